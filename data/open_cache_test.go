package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOpenFromTheCache: a file opened once and saved opens from the cache
// the next time, to the same dataset, as the format it was read as; a
// file changed since is read again; without a cache, or under its least
// size, nothing is kept.
func TestOpenFromTheCache(t *testing.T) {
	dir := t.TempDir()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 500, Seed: 3}))
	if err != nil {
		t.Fatal(err)
	}
	var exp, csv bytes.Buffer
	if err := export.Write(&exp, ds); err != nil {
		t.Fatal(err)
	}
	if err := synth.WriteShortCSV(&csv, ds); err != nil {
		t.Fatal(err)
	}
	c := &cache.Dir{Path: filepath.Join(dir, "cache")}
	for _, f := range []struct {
		name   string
		src    []byte
		format Format
	}{{"a.json", exp.Bytes(), Export}, {"a.csv", csv.Bytes(), TimelineJS}} {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, f.src, 0o600); err != nil {
			t.Fatal(err)
		}
		first, err := Open(path, Options{Cache: c, IndexLater: true})
		if err != nil || first.Cached || first.Save == nil {
			t.Fatalf("%s: first open: cached %v, save %v, %v", f.name, first.Cached, first.Save != nil, err)
		}
		if err := first.Save(context.Background()); err != nil {
			t.Fatal(err)
		}
		var reports []Progress
		again, err := Open(path, Options{Cache: c, Progress: func(p Progress) { reports = append(reports, p) }})
		if err != nil || !again.Cached || again.Save != nil || again.Format != f.format {
			t.Fatalf("%s: second open: cached %v, save %v, format %v, %v", f.name, again.Cached, again.Save != nil, again.Format, err)
		}
		if len(reports) != 1 || !reports[0].Done || reports[0].Events != len(again.Dataset.Events()) {
			t.Errorf("%s: from the cache, reports %+v; want one, done, with the events", f.name, reports)
		}
		var a, b bytes.Buffer
		export.Write(&a, first.Dataset)
		export.Write(&b, again.Dataset)
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("%s: the cached dataset differs", f.name)
		}
		// asked for as another format: read, and refused as that format
		other := map[Format]Format{Export: TimelineJS, TimelineJS: Export}[f.format]
		if o, err := Open(path, Options{Cache: c, Format: other}); err == nil && o.Cached {
			t.Errorf("%s: served from the cache as %v", f.name, other)
		}
		// changed: read again
		later := time.Now().Add(time.Minute)
		os.Chtimes(path, later, later)
		if o, err := Open(path, Options{Cache: c}); err != nil || o.Cached || o.Save == nil {
			t.Errorf("%s, changed: cached %v, %v", f.name, o.Cached, err)
		}
	}
	path := filepath.Join(dir, "a.csv")
	if o, err := Open(path, Options{}); err != nil || o.Cached || o.Save != nil {
		t.Errorf("without a cache: cached %v, save %v", o.Cached, o.Save != nil)
	}
	if o, err := Open(path, Options{Cache: &cache.Dir{Path: c.Path, Least: 1 << 30}}); err != nil || o.Cached || o.Save != nil {
		t.Errorf("under the least size: cached %v, save %v", o.Cached, o.Save != nil)
	}
}

// TestADamagedEntryIsRebuilt: an entry cut short, overwritten with
// something else, with bytes changed, or kept for the file before it
// changed (the same size) is not served: the file is read again, to the
// dataset it holds now, and kept anew, and the next open comes from the
// cache. (data/cache's FuzzDecode covers entries whose checksums match.)
func TestADamagedEntryIsRebuilt(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 300, Seed: 4, Shape: synth.Short}))
	if err != nil {
		t.Fatal(err)
	}
	var csv bytes.Buffer
	if err := synth.WriteShortCSV(&csv, ds); err != nil {
		t.Fatal(err)
	}
	exported := func(ds *timeline.Dataset) []byte {
		var b bytes.Buffer
		if err := export.Write(&b, ds); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for name, damage := range map[string]func(entry, source string){
		"cut short": func(entry, _ string) {
			b, _ := os.ReadFile(entry)
			os.WriteFile(entry, b[:len(b)/2], 0o600)
		},
		"another file": func(entry, _ string) { os.WriteFile(entry, []byte("Year,Headline\n2022,A\n"), 0o600) },
		"bytes changed": func(entry, _ string) {
			b, _ := os.ReadFile(entry)
			for i := len(b) / 3; i < len(b); i += 101 {
				b[i] ^= 0xff
			}
			os.WriteFile(entry, b, 0o600)
		},
		"stale": func(_, source string) {
			b, _ := os.ReadFile(source)
			os.WriteFile(source, bytes.Replace(b, []byte("\n2"), []byte("\n1"), 1), 0o600)
		},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, "a.csv")
		if err := os.WriteFile(path, csv.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		c := &cache.Dir{Path: filepath.Join(dir, "cache")}
		first, err := Open(path, Options{Cache: c})
		if err != nil || first.Save == nil {
			t.Fatalf("%s: first open: %v, or nothing to keep", name, err)
		}
		if err := first.Save(context.Background()); err != nil {
			t.Fatal(err)
		}
		entries, _ := filepath.Glob(filepath.Join(c.Path, "*"))
		if len(entries) != 1 {
			t.Fatalf("%s: the cache holds %v", name, entries)
		}
		damage(entries[0], path)
		want, err := Open(path, Options{}) // the file as it is now
		if err != nil {
			t.Fatal(err)
		}
		again, err := Open(path, Options{Cache: c})
		if err != nil || again.Cached || again.Save == nil {
			t.Fatalf("%s: cached %v, %v; want the file read", name, again != nil && again.Cached, err)
		}
		if !bytes.Equal(exported(again.Dataset), exported(want.Dataset)) {
			t.Fatalf("%s: read to another dataset", name)
		}
		if err := again.Save(context.Background()); err != nil {
			t.Fatal(err)
		}
		third, err := Open(path, Options{Cache: c})
		if err != nil || !third.Cached || !bytes.Equal(exported(third.Dataset), exported(want.Dataset)) {
			t.Errorf("%s: after the rebuild, cached %v, %v", name, third != nil && third.Cached, err)
		}
	}
}

// TestTheCacheGivesWhatTheFileGives: every kind of file the cache keeps
// (the seeds' export, the TimelineJS samples, synth's events of both
// shapes as an export and as CSV) opens from its entry to the dataset the
// file gives, export for export, byte for byte, and answers the same
// searches and filters the same, before its indexes are built and after.
// An entry's events are neither cleaned nor checked again when read, so
// this is what holds the cache to what the file gives.
func TestTheCacheGivesWhatTheFileGives(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, name := range []string{"women_in_computing.csv", "women_in_computing.json"} {
		b, err := os.ReadFile(filepath.Join("timelinejs", "testdata", "samples", name))
		if err != nil {
			t.Fatal(err)
		}
		files["sample-"+name] = b
	}
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var seedsJSON bytes.Buffer
	if err := export.Write(&seedsJSON, seeds); err != nil {
		t.Fatal(err)
	}
	files["seeds.json"] = seedsJSON.Bytes()
	for _, shape := range []synth.Shape{synth.Full, synth.Short} {
		ds, err := timeline.New(synth.Parts(synth.Options{Events: 2000, Seed: 5, Shape: shape}))
		if err != nil {
			t.Fatal(err)
		}
		var exp, csv, short bytes.Buffer
		all := make([]int, len(ds.Events()))
		for i := range all {
			all[i] = i
		}
		if err := timelinejs.WriteCSV(&csv, ds, all, "tag"); err != nil {
			t.Fatal(err)
		}
		name := map[synth.Shape]string{synth.Full: "full", synth.Short: "short"}[shape]
		files["synth-"+name+".csv"] = csv.Bytes()
		if shape == synth.Full {
			if err := export.Write(&exp, ds); err != nil {
				t.Fatal(err)
			}
			files["synth-full.json"] = exp.Bytes()
		} else {
			if err := synth.WriteShortCSV(&short, ds); err != nil {
				t.Fatal(err)
			}
			files["synth-short-rows.csv"] = short.Bytes()
		}
	}
	filters := []timeline.Filter{
		{},
		{Search: "the"},
		{Search: "attack minister"},
		{Search: "ph", Passages: true},
		{Countries: []string{"AL"}},
		{Countries: []string{"IR", "US"}, Tags: []string{"cyberattack", "diplomacy"}},
		{Since: timeline.MonthDate(2022, 9)},
		{Until: timeline.YearDate(2021), Search: "a"},
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, src, 0o600); err != nil {
			t.Fatal(err)
		}
		c := &cache.Dir{Path: filepath.Join(dir, "cache-"+name)}
		file, err := Open(path, Options{Cache: c})
		if err != nil || file.Save == nil {
			t.Fatalf("%s: %v, or nothing to keep", name, err)
		}
		if err := file.Save(context.Background()); err != nil {
			t.Fatal(err)
		}
		want := file.Dataset
		var wantExport bytes.Buffer
		if err := export.Write(&wantExport, want); err != nil {
			t.Fatal(err)
		}
		// facets the dataset has: its first actor and outlet
		fs := filters
		if len(want.Actors()) > 0 {
			fs = append(fs, timeline.Filter{Actors: []string{want.Actors()[len(want.Actors())/2].ID}})
		}
		if len(want.Outlets()) > 0 {
			fs = append(fs, timeline.Filter{Outlets: []string{want.Outlets()[0].ID}, Search: "e"})
		}
		for _, later := range []bool{true, false} {
			got, err := Open(path, Options{Cache: c, IndexLater: later})
			if err != nil || !got.Cached {
				t.Fatalf("%s (later %v): cached %v, %v", name, later, got != nil && got.Cached, err)
			}
			check := func(when string) {
				t.Helper()
				var b bytes.Buffer
				if err := export.Write(&b, got.Dataset); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(b.Bytes(), wantExport.Bytes()) {
					t.Fatalf("%s (%s): the export from the cache differs from the file's", name, when)
				}
				for _, f := range fs {
					if g, w := got.Dataset.Apply(f), want.Apply(f); !slices.Equal(g, w) {
						t.Errorf("%s (%s): %+v finds %d events, the file's dataset %d", name, when, f, len(g), len(w))
					}
				}
				for i := range min(len(want.Events()), 50) {
					id := want.Events()[i].ID
					if g, ok := got.Dataset.EventIndex(id); !ok || g != i {
						t.Errorf("%s (%s): event %s at %d (%v), want %d", name, when, id, g, ok, i)
					}
				}
			}
			check(map[bool]string{true: "indexes building", false: "indexed"}[later])
			<-got.Dataset.Indexed()
			check("indexed")
		}
	}
}

// TestOpenHoldsTheIndexes: with IndexAfter, a TimelineJS file's dataset,
// read or opened from the cache, is not indexed until IndexAfter is
// closed, and is once it is.
func TestOpenHoldsTheIndexes(t *testing.T) {
	dir := t.TempDir()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 500, Seed: 3}))
	if err != nil {
		t.Fatal(err)
	}
	var csv, exp bytes.Buffer
	if err := synth.WriteShortCSV(&csv, ds); err != nil {
		t.Fatal(err)
	}
	if err := export.Write(&exp, ds); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"a.csv": csv.Bytes(), "a.json": exp.Bytes()} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		c := &cache.Dir{Path: filepath.Join(dir, "cache-"+name)}
		for _, cached := range []bool{false, true} {
			start := make(chan struct{})
			o, err := Open(path, Options{Cache: c, IndexLater: true, IndexAfter: start})
			if err != nil || o.Cached != cached {
				t.Fatalf("%s: cached %v, want %v: %v", name, o.Cached, cached, err)
			}
			for range 20 { // room for a build that was not held to finish
				time.Sleep(time.Millisecond)
				select {
				case <-o.Dataset.Indexed():
					t.Fatalf("%s, cached %v: indexed before IndexAfter was closed", name, cached)
				default:
				}
			}
			close(start)
			<-o.Dataset.Indexed()
			if o.Save != nil {
				if err := o.Save(context.Background()); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
