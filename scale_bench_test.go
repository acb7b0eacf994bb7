package main

// Benchmarks of cyberdesk at scale, on synthetic datasets of 1,000,
// 100,000 and 1,000,000 events (`cyberdesk synth`). Run them with
//
//	go test -run '^$' -bench Scale -benchtime 10x -timeout 60m .
//
// BENCHMARKS.md has the results and how they compare with fzf and less.

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/model"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

var scaleSizes = []int{1_000, 100_000, 1_000_000}

var scaleCache sync.Map // events -> *scaleData

type scaleData struct {
	parts timeline.Parts
	ds    *timeline.Dataset
}

// scaled returns the synthetic dataset of n events, built once per run.
func scaled(b *testing.B, n int) *scaleData {
	b.Helper()
	if d, ok := scaleCache.Load(n); ok {
		return d.(*scaleData)
	}
	parts := synth.Parts(synth.Options{Events: n, Seed: 1})
	ds, err := timeline.New(parts)
	if err != nil {
		b.Fatal(err)
	}
	d := &scaleData{parts: parts, ds: ds}
	scaleCache.Store(n, d)
	return d
}

func eachSize(b *testing.B, f func(b *testing.B, d *scaleData)) {
	for _, n := range scaleSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			d := scaled(b, n)
			b.ReportAllocs()
			f(b, d)
		})
	}
}

// BenchmarkScaleNew sorts, checks and indexes the events: what every
// loader ends with (timeline.Adopt). Adopt sorts in place, so each run
// gets the events shuffled afresh, outside the timing.
func BenchmarkScaleNew(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		rng := rand.New(rand.NewPCG(1, 2))
		for b.Loop() {
			b.StopTimer()
			p := d.parts
			p.Events = slices.Clone(p.Events)
			rng.Shuffle(len(p.Events), func(i, j int) { p.Events[i], p.Events[j] = p.Events[j], p.Events[i] })
			b.StartTimer()
			if _, err := timeline.Adopt(p); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkScaleLoadDataset reads a JSON export, as --dataset does.
func BenchmarkScaleLoadDataset(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		var doc bytes.Buffer
		if err := export.Write(&doc, d.ds); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(doc.Len()))
		b.ResetTimer()
		for b.Loop() {
			if _, err := export.Load("synth.json", doc.Bytes(), export.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkScaleLoadTimelineJSCSV streams a TimelineJS spreadsheet, as
// --timelinejs does (where it is under data.MaxTimelineJSBytes).
func BenchmarkScaleLoadTimelineJSCSV(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		all := make([]int, len(d.ds.Events()))
		for i := range all {
			all[i] = i
		}
		var doc bytes.Buffer
		if err := timelinejs.WriteCSV(&doc, d.ds, all, "tag"); err != nil {
			b.Fatal(err)
		}
		if doc.Len() > data.MaxTimelineJSBytes {
			b.Skipf("%d bytes is over the TimelineJS limit", doc.Len())
		}
		b.SetBytes(int64(doc.Len()))
		b.ResetTimer()
		for b.Loop() {
			if _, err := timelinejs.Read("synth.csv", bytes.NewReader(doc.Bytes()), timelinejs.Options{Size: int64(doc.Len())}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkScaleFilter applies the filters a user sets, each from
// scratch over every event.
func BenchmarkScaleFilter(b *testing.B) {
	benchFilters(b, eachSize, false)
}

// BenchmarkScaleFilterImported applies the searches to the same events
// imported from their TimelineJS CSV, whose titles and summaries are
// searched in the import's article, not in a lower-cased copy. (An import
// has no countries, and one outlet: itself.)
func BenchmarkScaleFilterImported(b *testing.B) {
	benchFilters(b, func(b *testing.B, f func(b *testing.B, d *scaleData)) {
		eachSize(b, func(b *testing.B, d *scaleData) { f(b, imported(b, d)) })
	}, true)
}

var importCache sync.Map // *scaleData -> *scaleData

// imported is d's events as --timelinejs reads them from their CSV.
func imported(b *testing.B, d *scaleData) *scaleData {
	b.Helper()
	if i, ok := importCache.Load(d); ok {
		return i.(*scaleData)
	}
	var doc bytes.Buffer
	if err := timelinejs.WriteCSV(&doc, d.ds, d.ds.Apply(timeline.Filter{}), "tag"); err != nil {
		b.Fatal(err)
	}
	ds, err := timelinejs.Read("synth.csv", bytes.NewReader(doc.Bytes()), timelinejs.Options{Size: int64(doc.Len())})
	if err != nil {
		b.Fatal(err)
	}
	i := &scaleData{ds: ds}
	importCache.Store(d, i)
	return i
}

// benchFilters runs each filter at each of sizes' datasets, or only the
// searches.
func benchFilters(b *testing.B, sizes func(b *testing.B, f func(b *testing.B, d *scaleData)), searches bool) {
	for _, tt := range []struct {
		name string
		f    timeline.Filter
		from string // narrowing: the search the filter extends, whose result it filters
	}{
		{"text", timeline.Filter{Search: "ministry"}, ""},
		{"text-rare", timeline.Filter{Search: "customs portal"}, ""},
		{"country", timeline.Filter{Countries: []string{"AL"}}, ""},
		{"outlet", timeline.Filter{Outlets: []string{"o001"}}, ""},
		{"combined", timeline.Filter{Countries: []string{"AL"}, Search: "cyber"}, ""},
		{"narrow", timeline.Filter{Search: "ph"}, "p"},                          // a second letter typed: most events hold a p
		{"letter-passages", timeline.Filter{Search: "p", Passages: true}, ""},   // the explorer's first letter
		{"narrow-passages", timeline.Filter{Search: "ph", Passages: true}, "p"}, // and its second
	} {
		if searches && (len(tt.f.Countries) > 0 || len(tt.f.Outlets) > 0) {
			continue
		}
		b.Run(tt.name, func(b *testing.B) {
			sizes(b, func(b *testing.B, d *scaleData) {
				f := tt.f
				if len(f.Outlets) > 0 {
					f.Outlets = []string{d.ds.Outlets()[0].ID}
				}
				var within []int
				if tt.from != "" {
					within = d.ds.Apply(timeline.Filter{Search: tt.from, Passages: tt.f.Passages})
				}
				for b.Loop() {
					if _, err := d.ds.ApplyWithin(context.Background(), f, within); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

// explorer is the model at 160x48 with the whole dataset shown.
func explorer(d *scaleData, opts ...model.Option) *model.Model {
	m := model.New(d.ds, opts...)
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	return m
}

func key(k rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: k, Text: string(k)} }

// BenchmarkScaleMove is a key that moves the selection, to the frame.
func BenchmarkScaleMove(b *testing.B) {
	for _, tt := range []struct {
		name string
		keys []tea.KeyPressMsg
	}{
		{"j", []tea.KeyPressMsg{key('j')}},
		{"pgdown", []tea.KeyPressMsg{{Code: tea.KeyPgDown}}},
		{"G-g", []tea.KeyPressMsg{key('G'), key('g')}},
	} {
		b.Run(tt.name, func(b *testing.B) {
			eachSize(b, func(b *testing.B, d *scaleData) {
				m := explorer(d)
				for b.Loop() {
					for _, k := range tt.keys {
						m.Update(k)
						_ = m.View()
					}
				}
			})
		})
	}
}

// BenchmarkScaleView draws a frame with nothing changed.
func BenchmarkScaleView(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		m := explorer(d)
		for b.Loop() {
			_ = m.View()
		}
	})
}

// BenchmarkScaleSearchKeystroke types one letter of a search and takes
// it back, each to the updated frame, filtering on the UI goroutine (as
// the explorer does up to 20,000 events; above, the same work runs in a
// command while keys go on being handled).
func BenchmarkScaleSearchKeystroke(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		m := explorer(d, model.WithBackgroundFilterOver(len(d.ds.Events())))
		m.Update(key('/'))
		for _, r := range "minist" {
			m.Update(key(r))
		}
		for i := 0; b.Loop(); i++ {
			if i%2 == 0 {
				m.Update(key('r'))
			} else {
				m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
			}
			_ = m.View()
		}
	})
}

// BenchmarkScaleSearchFirstLetter types the first letter of a search,
// "p" (held by most events), into an empty search and takes it back, each
// to the updated frame, filtering on the UI goroutine: the whole of what a
// key costs from it to its frame once the dataset is indexed, with the
// explorer's search, which reads the sources' passages too.
func BenchmarkScaleSearchFirstLetter(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		m := explorer(d, model.WithBackgroundFilterOver(len(d.ds.Events())))
		m.Update(key('/'))
		for i := 0; b.Loop(); i++ {
			if i%2 == 0 {
				m.Update(key('p'))
			} else {
				m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
			}
			_ = m.View()
		}
	})
}

// BenchmarkScalePickerOpen opens the country picker and closes it again,
// timing Update alone. By default the options' counts are a command above
// 20,000 events (one the benchmark never runs); at-once counts them on
// the UI goroutine, as every size did before.
func BenchmarkScalePickerOpen(b *testing.B) {
	for _, atOnce := range []bool{false, true} {
		name := "default"
		if atOnce {
			name = "at-once"
		}
		b.Run(name, func(b *testing.B) {
			eachSize(b, func(b *testing.B, d *scaleData) {
				var opts []model.Option
				if atOnce {
					opts = append(opts, model.WithBackgroundFilterOver(len(d.ds.Events())))
				}
				m := explorer(d, opts...)
				for b.Loop() {
					m.Update(key('c'))
					m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
				}
			})
		})
	}
}

// BenchmarkScaleCoverage builds the coverage matrix of every event, as
// the coverage screen does with no filter.
func BenchmarkScaleCoverage(b *testing.B) {
	eachSize(b, func(b *testing.B, d *scaleData) {
		all := d.ds.Apply(timeline.Filter{})
		for b.Loop() {
			d.ds.Coverage(all)
		}
	})
}

// BenchmarkScaleReopen opens an unchanged file from the cache, as the
// explorer does (data.Open with the cache, the indexes built after), to
// its first frame at 160x48: what a second open costs but for the
// terminal. Both shapes: synth's own events and the short rows' import.
// The indexes are waited for outside the timing.
func BenchmarkScaleReopen(b *testing.B) {
	for _, shape := range []string{"full", "short"} {
		for _, n := range scaleSizes[1:] {
			b.Run(fmt.Sprintf("%s/events=%d", shape, n), func(b *testing.B) {
				ds := scaled(b, n).ds
				if shape == "short" {
					ds = shortImported(b, n)
				}
				dir := b.TempDir()
				path := filepath.Join(dir, "file")
				if err := os.WriteFile(path, []byte("the file the entry is for"), 0o600); err != nil {
					b.Fatal(err)
				}
				k, err := cache.KeyOf(path)
				if err != nil {
					b.Fatal(err)
				}
				c := &cache.Dir{Path: filepath.Join(dir, "cache")}
				if err := c.Save(context.Background(), k, ds, uint8(data.TimelineJS)); err != nil {
					b.Fatal(err)
				}
				ds = nil
				b.ReportAllocs()
				for b.Loop() {
					o, err := data.Open(path, data.Options{Format: data.TimelineJS, Cache: c, IndexLater: true})
					if err != nil || !o.Cached {
						b.Fatalf("not from the cache: %v", err)
					}
					m := model.New(o.Dataset)
					m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
					_ = m.View()
					b.StopTimer()
					<-o.Dataset.Indexed()
					b.StartTimer()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
			})
		}
	}
}

// shortImported is n events of the short shape, written as their CSV and
// imported, as --timelinejs reads them.
func shortImported(b *testing.B, n int) *timeline.Dataset {
	b.Helper()
	csv, err := synth.ShortCSV(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	ds, err := timelinejs.Load("short.csv", csv, timelinejs.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return ds
}
