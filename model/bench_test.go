package model

import (
	"fmt"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

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

// million is synth's dataset of a million events, built once a run: what
// issue 30's keystrokes are measured on.
var million = sync.OnceValues(func() (*timeline.Dataset, error) {
	return timeline.New(synth.Parts(synth.Options{Events: 1_000_000, Seed: 1}))
})

// BenchmarkKeystroke is what a user waits for at a million events: one
// key, from its press to its frame at 120x40 (Update, the filter its
// command runs, the answer shown, View). Each step's undo runs with the
// timer stopped, so each op is one key. The search's keys: the first
// letter into an empty search, a second letter, a backspace from two
// letters to one; the moves: j, pgdown, G.
func BenchmarkKeystroke(b *testing.B) {
	ds, err := million()
	if err != nil {
		b.Fatal(err)
	}
	step := func(m *Model, k string) {
		settle(m, startedBy(m, k))
		_ = m.View()
	}
	for _, tt := range []struct {
		name        string
		setup, undo []string
		key         string
	}{
		{"search-first-letter", []string{"/"}, []string{"backspace"}, "p"},
		{"search-second-letter", []string{"/", "p"}, []string{"backspace"}, "h"},
		{"search-backspace", []string{"/", "p"}, []string{"h"}, "backspace"},
		{"j", nil, []string{"k"}, "j"},
		{"pgdown", nil, []string{"pgup"}, "pgdown"},
		{"G", nil, []string{"g"}, "G"},
	} {
		b.Run(tt.name, func(b *testing.B) {
			m := New(ds)
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			_ = m.View()
			for _, k := range tt.setup {
				step(m, k)
			}
			for _, k := range tt.undo { // the first key's frame is then like the rest's
				step(m, k)
			}
			b.ReportAllocs()
			var cpu time.Duration
			for b.Loop() {
				t0 := processCPU()
				step(m, tt.key)
				cpu += processCPU() - t0
				b.StopTimer()
				for _, k := range tt.undo {
					step(m, k)
				}
				b.StartTimer()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
