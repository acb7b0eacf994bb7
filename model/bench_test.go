package model

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// synthetic builds a dataset of n events over one article, for measuring
// how View and filtering grow with size.
func synthetic(b *testing.B, n int) *timeline.Dataset {
	b.Helper()
	text := "Synthetic source text for benchmarks."
	sp := timeline.Span{Article: "a", Start: 0, End: 9, Text: "Synthetic"}
	p := timeline.Parts{
		Countries: map[string]string{"AL": "Albania", "IR": "Iran"},
		Outlets:   []timeline.Outlet{{ID: "o", Name: "Outlet"}},
		Articles:  []timeline.Article{{ID: "a", File: "a.txt", Outlet: "o", Title: "A", Published: timeline.DayDate(2022, 1, 1), Text: untrusted.Text(text)}},
		Actors:    []timeline.Actor{{ID: "x", Name: "Actor X", Kind: timeline.Person, Country: "AL"}},
	}
	for i := range n {
		p.Events = append(p.Events, timeline.Event{
			ID: fmt.Sprintf("e%07d", i), Title: fmt.Sprintf("Event number %d about cyber defence", i), Summary: "A summary.",
			Start:  timeline.DayDate(1900+i%120, time.Month(1+i%12), 1+i%28),
			Actors: []string{"x"}, Tags: []string{"history"},
			Sources: []timeline.Source{{Span: sp}},
		})
	}
	ds, err := timeline.New(p)
	if err != nil {
		b.Fatal(err)
	}
	return ds
}

func BenchmarkView(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			b.ReportAllocs()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

func BenchmarkMoveAndView(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			j := keyMsg("j")
			b.ReportAllocs()
			for b.Loop() {
				m.Update(j)
				_ = m.View()
			}
		})
	}
}

func BenchmarkSearchKeystroke(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			press(m, "/")
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					typeText(m, "9")
				} else {
					press(m, "backspace")
				}
				_ = m.View()
			}
		})
	}
}

// BenchmarkKeybindings is the step after every message that enables the
// keys acting in the state it leaves and works out the footer.
func BenchmarkKeybindings(b *testing.B) {
	for _, tt := range []struct {
		name string
		keys []string
	}{{"panes", nil}, {"coverage", []string{"m"}}, {"picker", []string{"c"}}, {"help", []string{"?"}}} {
		b.Run(tt.name, func(b *testing.B) {
			m := newSized(b, 160, 48)
			press(m, tt.keys...)
			b.ReportAllocs()
			for b.Loop() {
				m.updateKeybindings()
			}
		})
	}
}

// BenchmarkHistogram counts the events shown by period in every unit:
// what the chronology's strip and the time axis need after each filter.
func BenchmarkHistogram(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			ds := synthetic(b, n)
			all := ds.Apply(timeline.Filter{})
			bins := newBinTable(ds)
			b.ReportAllocs()
			for b.Loop() {
				bins.histograms(all)
			}
		})
	}
}

// BenchmarkTimeAxis opens the time axis, zooms in twice and draws it.
func BenchmarkTimeAxis(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			keys := []tea.KeyPressMsg{keyMsg("t"), keyMsg("+"), keyMsg("+"), keyMsg("l"), keyMsg("esc")}
			b.ReportAllocs()
			for b.Loop() {
				for _, k := range keys {
					m.Update(k)
					_ = m.View()
				}
			}
		})
	}
}

// BenchmarkShowEvents is a filter's answer to the frame that shows it:
// the chronology's rows, headers and strip rebuilt for every event.
func BenchmarkShowEvents(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			all := m.env.ds.Apply(timeline.Filter{})
			b.ReportAllocs()
			for b.Loop() {
				m.showEvents(timeline.Filter{}, all)
				_ = m.View()
			}
		})
	}
}

// BenchmarkSearchFirstLetter is the first letter typed into the search
// and taken back, each to its frame, on an indexed dataset: the letter
// matches every event ("c" of "cyber" in every title), so what a key
// costs is what grows with the events shown, not with the matches found.
// Both keys' work is counted: the filter in its command, its answer and
// the View after each.
func BenchmarkSearchFirstLetter(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			m := New(synthetic(b, n))
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			settle(m, startedBy(m, "/"))
			_ = m.View()
			b.ReportAllocs()
			for b.Loop() {
				settle(m, startedBy(m, "c"))
				_ = m.View()
				settle(m, startedBy(m, "backspace"))
				_ = m.View()
			}
		})
	}
}

// millions is synth's datasets of a million events, full and short
// shapes, each built once a run: what issue 30's keystrokes are measured
// on.
var millions = map[synth.Shape]func() (*timeline.Dataset, error){
	synth.Full: sync.OnceValues(func() (*timeline.Dataset, error) {
		return timeline.New(synth.Parts(synth.Options{Events: 1_000_000, Seed: 1}))
	}),
	synth.Short: sync.OnceValues(func() (*timeline.Dataset, error) {
		return timeline.New(shortParts())
	}),
}

// shortParts is synth's million short events as a TimelineJS import
// gives them: each event's text opens its passage, which the search is
// told (timeline.TextPlacer), so it is searched in its article.
func shortParts() timeline.Parts {
	p := synth.Parts(synth.Options{Events: 1_000_000, Seed: 1, Shape: synth.Short})
	p.Placer = opensPassages{}
	return p
}

// opensPassages says every event's text opens its first passage, as a
// TimelineJS import's does; the search checks it.
type opensPassages struct{}

func (opensPassages) TextOpensSource(*timeline.Event) bool { return true }

// keystrokes are the keys BenchmarkKeystroke times: each with the keys
// that bring a new explorer to where it is pressed and those that undo
// it (both untimed).
var keystrokes = []struct {
	name         string
	before, undo []string
	key          string
	search       bool // a filter's key, measured before the index too
	recall       bool // the answers of the keys before are kept (Model.recent)
}{
	{"search-first-letter", []string{"/"}, []string{"backspace"}, "p", true, false},
	{"search-second-letter", []string{"/", "p"}, []string{"backspace"}, "h", true, false},
	{"search-third-letter", []string{"/", "p", "h"}, []string{"backspace"}, "i", true, false},
	{"search-backspace", []string{"/", "p", "h"}, []string{"h"}, "backspace", true, false},
	{"search-backspace-recalled", []string{"/", "p", "h"}, []string{"h"}, "backspace", true, true},
	{"search-clear", []string{"/", "p", "h"}, []string{"/", "p", "h"}, "esc", true, false},
	{"filter-scope", nil, []string{"b", "b"}, "b", true, false},
	{"j", nil, []string{"k"}, "j", false, false},
	{"pgdown", nil, []string{"pgup"}, "pgdown", false, false},
	{"G", nil, []string{"g"}, "G", false, false},
}

// firstFrame is a key from its press to the first frame that answers it:
// Update, the commands it starts run and their messages fed back until
// one shows an answer to the filter (all of it, or its first screenful
// while the rest is counted), then View. It returns the work left, which
// the caller settles.
func firstFrame(m *Model, k string) []tea.Cmd {
	queue := []tea.Cmd{startedBy(m, k)}
	for len(queue) > 0 {
		cmd := queue[0]
		queue = queue[1:]
		if cmd == nil {
			continue
		}
		switch msg := cmd().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			queue = append(queue, started(m, msg))
			if answers(msg) {
				_ = m.View()
				return queue
			}
		}
	}
	_ = m.View()
	return nil
}

// settleAll runs the work left in cmds, as the event loop would.
func settleAll(m *Model, cmds []tea.Cmd) {
	for _, c := range cmds {
		settle(m, c)
	}
	_ = m.View()
}

// BenchmarkKeystroke is what a user waits for at a million events: one
// key, from its press to the first frame that answers it at 120x40
// (Update, the filter its command runs, the answer or its first
// screenful shown, View), on synth's events of both shapes. Each step's
// undo, and the rest of a count, run with the timer stopped, so each op
// is one key's frame. cpu-ms/op is the processor time of every thread to
// that frame; count-ms/op the wall time until the filter's count is
// complete (the op's own when the first frame has it all), and count-B/op
// the bytes allocated until then. The key and its undo run once before
// the timing, as a session's keys before it have.
func BenchmarkKeystroke(b *testing.B) {
	for _, shape := range []synth.Shape{synth.Full, synth.Short} {
		ds, err := millions[shape]()
		if err != nil {
			b.Fatal(err)
		}
		for _, tt := range keystrokes {
			b.Run(shapeName(shape)+"/"+tt.name, func(b *testing.B) {
				m := New(ds)
				m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
				_ = m.View()
				step := func(k string) { settleAll(m, firstFrame(m, k)) }
				for _, k := range tt.before {
					step(k)
				}
				// the key and its undo once, untimed: a session's first key
				// makes the lists its answers are written into (arena), as
				// every key did before they were reused
				step(tt.key)
				for _, k := range tt.undo {
					step(k)
				}
				if !tt.recall {
					m.forget()
				}
				b.ReportAllocs()
				var cpu, count time.Duration
				var whole uint64
				var ms runtime.MemStats
				for b.Loop() {
					b.StopTimer()
					runtime.ReadMemStats(&ms)
					a0 := ms.TotalAlloc
					b.StartTimer()
					t0, c0 := time.Now(), procstat.CPU()
					rest := firstFrame(m, tt.key)
					cpu += procstat.CPU() - c0
					b.StopTimer()
					settleAll(m, rest)
					count += time.Since(t0)
					runtime.ReadMemStats(&ms)
					whole += ms.TotalAlloc - a0
					for _, k := range tt.undo {
						step(k)
					}
					if !tt.recall {
						m.forget() // the key's filter is worked out, not recalled
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
				b.ReportMetric(float64(count.Microseconds())/1000/float64(b.N), "count-ms/op")
				b.ReportMetric(float64(whole)/float64(b.N), "count-B/op")
			})
		}
	}
}

// BenchmarkKeystrokeUnindexed is BenchmarkKeystroke's filter keys while
// the dataset's indexes are being built (timeline.AdoptDeferred): the
// search then reads the events. When the indexes are done, a new dataset
// is adopted (untimed), so every key is timed before them; the index
// builder runs beside the keys, as it does in the explorer.
func BenchmarkKeystrokeUnindexed(b *testing.B) {
	for _, shape := range []synth.Shape{synth.Full, synth.Short} {
		parts := synth.Parts(synth.Options{Events: 1_000_000, Seed: 1})
		if shape == synth.Short {
			parts = shortParts()
		}
		for _, tt := range keystrokes {
			if !tt.search {
				continue
			}
			b.Run(shapeName(shape)+"/"+tt.name, func(b *testing.B) {
				var m *Model
				var ds *timeline.Dataset
				step := func(k string) { settleAll(m, firstFrame(m, k)) }
				fresh := func() {
					var err error
					if ds, err = timeline.AdoptDeferred(parts); err != nil {
						b.Fatal(err)
					}
					m = New(ds)
					m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
					_ = m.View()
					for _, k := range tt.before {
						step(k)
					}
				}
				indexed := func() bool {
					select {
					case <-ds.Indexed():
						return true
					default:
						return false
					}
				}
				fresh()
				b.ReportAllocs()
				var count time.Duration
				for b.Loop() {
					b.StopTimer()
					for indexed() {
						fresh()
					}
					b.StartTimer()
					t0 := time.Now()
					rest := firstFrame(m, tt.key)
					b.StopTimer()
					settleAll(m, rest)
					count += time.Since(t0)
					for _, k := range tt.undo {
						step(k)
					}
					if !tt.recall {
						m.forget()
					}
					b.StartTimer()
				}
				b.ReportMetric(float64(count.Microseconds())/1000/float64(b.N), "count-ms/op")
			})
		}
	}
}

func shapeName(s synth.Shape) string {
	if s == synth.Short {
		return "short"
	}
	return "full"
}

// answers reports whether msg is a filter's answer, or its first
// screenful.
func answers(msg tea.Msg) bool {
	switch msg.(type) {
	case filteredMsg, firstScreenMsg:
		return true
	}
	return false
}
