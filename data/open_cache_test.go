package data

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
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
