package model

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

var sizes = [][2]int{{0, 0}, {1, 1}, {20, 5}, {49, 12}, {50, 12}, {60, 18}, {80, 24}, {99, 30}, {100, 30}, {119, 40}, {120, 40}, {200, 60}}

// states puts a fresh model into each pane, screen and overlay state.
var states = map[string]func(m *Model){
	"chronology":    func(m *Model) { press(m, "j", "j") },
	"actors":        func(m *Model) { press(m, "tab", "j", "j") },
	"quotes":        func(m *Model) { press(m, "G", "tab", "tab", "j") },
	"detail":        func(m *Model) { press(m, "j", "j", "j", "enter", "j") },
	"reader":        func(m *Model) { press(m, "G", "enter", "enter", "pgdown") },
	"help":          func(m *Model) { press(m, "?") },
	"picker":        func(m *Model) { press(m, "a") },
	"search":        func(m *Model) { press(m, "/", "r", "a") },
	"empty":         func(m *Model) { m.filter = timeline.Filter{Search: "zzz"}; m.applyFilter() },
	"filtered":      func(m *Model) { press(m, "c", "I", "r", "enter") },
	"actor quotes":  func(m *Model) { press(m, "tab", "G") },
	"coverage":      func(m *Model) { press(m, "m", "j", "l") },
	"cov. reader":   func(m *Model) { press(m, "m", "G", "enter") },
	"cov. filter":   func(m *Model) { press(m, "m", "o", "W", "enter") },
	"discrepancies": func(m *Model) { press(m, "d", "j") },
	"discrepancy":   func(m *Model) { press(m, "d", "enter", "l") },
	"wording":       func(m *Model) { press(m, "d", "G", "enter", "j") },
	"marks off":     func(m *Model) { press(m, "G", "w") },
	"copied":        func(m *Model) { press(m, "G", "tab", "tab", "j", "y") },
	"quote reader":  func(m *Model) { press(m, "G", "tab", "tab", "j", "enter", "Y") },
	"time axis":     func(m *Model) { press(m, "G", "t") },
	"axis months":   func(m *Model) { press(m, "G", "t", "+", "+", "h") },
	"axis decades":  func(m *Model) { press(m, "t", "-", "-", "-") },
	"jump input":    func(m *Model) { press(m, "@", "2", "0", "x", "enter") },
	"dates":         func(m *Model) { press(m, "r", "2", "0", "2", "2", "enter") },
	"tags ticked":   func(m *Model) { press(m, "#", "down", "space", "down", "space") },
	"reader find":   func(m *Model) { press(m, "G", "enter", "enter", "/", "r", "a", "enter", "n") },
	"actors find":   func(m *Model) { press(m, "tab", "/", "r", "a") },
	"help scrolled": func(m *Model) { press(m, "?", "pgdown", "j") },
	"speaker":       func(m *Model) { press(m, "tab", "j", "s", "j") },
	"articles":      func(m *Model) { press(m, "/", "a", "tab", "l", "enter", "j") },
	"no places":     func(m *Model) { press(m, "/", "tab", "z", "z") },
	"cov. sorted":   func(m *Model) { press(m, "m", "s", "1", "j") },
	"cov. no ◆":     func(m *Model) { m.filter.Outlets = []string{"north"}; m.applyFilter(); press(m, "m", "1") },
	"all filters": func(m *Model) {
		m.filter = timeline.Filter{Countries: []string{"IL", "AL"}, Outlets: []string{"north", "wire"}, Actors: []string{"lapid"},
			Tags: []string{"meeting"}, Since: timeline.YearDate(2022), Search: "threat", Passages: true}
		m.applyFilter()
	},
}

// TestViewFitsEverySizeInEveryState is the layout invariant: no panic,
// exactly h lines, none wider than w.
func TestViewFitsEverySizeInEveryState(t *testing.T) {
	for name, enter := range states {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", name, w, h), func(t *testing.T) {
				m := New(fixture(t))
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				enter(m)
				checkFits(t, m, w, h)
				// Resizing in this state must keep the invariant too.
				m.Update(tea.WindowSizeMsg{Width: h + 40, Height: w/3 + 10})
				checkFits(t, m, h+40, w/3+10)
			})
		}
	}
}

func checkFits(t *testing.T, m *Model, w, h int) {
	t.Helper()
	out := m.View().Content
	if h == 0 || w == 0 {
		if out != "" {
			t.Fatalf("a %dx%d view must be empty, got %q", w, h, out)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		t.Fatalf("%d lines, want exactly %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Fatalf("line %d is %d cells wide, want at most %d: %q", i, lw, w, ansi.Strip(l))
		}
	}
}

func TestTooSmallSaysSo(t *testing.T) {
	m := newSized(t, 40, 10)
	if out := plain(m); !strings.Contains(out, "Terminal too small") || !strings.Contains(out, "50×12") {
		t.Errorf("too-small notice missing or without the minimum:\n%s", out)
	}
	press(m, "j")
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if strings.Contains(plain(m), "too small") {
		t.Error("the notice stayed after the terminal grew")
	}
}

func TestFirstViewBeforeAnySize(t *testing.T) {
	m := New(fixture(t))
	v := m.View()
	if !v.AltScreen || v.Content != "" {
		t.Errorf("the first view (no size yet) must be empty on the alt screen, got %q alt=%v", v.Content, v.AltScreen)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		w, h  int
		enter func(m *Model)
	}{
		{"panes_80x24", 80, 24, func(m *Model) { press(m, "j", "j") }},
		{"panes_140x40", 140, 40, func(m *Model) { press(m, "G") }},
		{"detail_80x24", 80, 24, func(m *Model) { press(m, "j", "j", "j", "enter") }},
		{"reader_80x24", 80, 24, func(m *Model) { press(m, "G", "enter", "j", "enter") }},
		{"actors_140x40", 140, 40, func(m *Model) { press(m, "G", "tab") }},
		{"quotes_marked_80x24", 80, 24, func(m *Model) { press(m, "G") }},
		{"quotes_unmarked_80x24", 80, 24, func(m *Model) { press(m, "G", "w") }},
		{"quotes_marked_160x40", 160, 40, func(m *Model) { press(m, "G") }},
		{"quotes_unmarked_160x40", 160, 40, func(m *Model) { press(m, "G", "w") }},
		{"coverage_80x24", 80, 24, func(m *Model) { press(m, "m", "j", "l") }},
		{"discrepancies_80x24", 80, 24, func(m *Model) { press(m, "d") }},
		{"discrepancy_120x40", 120, 40, func(m *Model) { press(m, "d", "enter") }},
		{"wording_120x40", 120, 40, func(m *Model) { press(m, "d", "G", "enter") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, tt.w, tt.h)
			tt.enter(m)
			golden.RequireEqual(t, []byte(plain(m)))
		})
	}
}

// TestSideBySideFromTheBreakpoint: from wideWidth x tallLines the
// chronology and the actors sit side by side above the quotes; a column
// or a line less, the actors take turns with the quotes below.
func TestSideBySideFromTheBreakpoint(t *testing.T) {
	tests := []struct {
		w, h int
		side bool
	}{
		{99, 30, false}, {99, 40, false}, {100, 29, false},
		{100, 30, true}, {119, 40, true}, {120, 40, true}, {200, 60, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%dx%d", tt.w, tt.h), func(t *testing.T) {
			if l := computeLayout(tt.w, tt.h, false); l.shared == tt.side {
				t.Errorf("computeLayout: shared = %v, want side by side = %v", l.shared, tt.side)
			}
			m := newSized(t, tt.w, tt.h)
			top := strings.Split(plain(m), "\n")[1] // the panes' top edges
			if both := strings.Contains(top, "Chronology") && strings.Contains(top, "Actors"); both != tt.side {
				t.Errorf("chronology and actors side by side: %v, want %v\n%s", both, tt.side, plain(m))
			}
		})
	}
}

// TestEveryPaneFillsItsBox is the pane contract's layout invariant: given
// a box of w x h, a pane's View is exactly h lines (an overlay's at most
// h), none wider than w, in every state.
func TestEveryPaneFillsItsBox(t *testing.T) {
	boxes := [][2]int{{1, 1}, {2, 2}, {3, 5}, {20, 5}, {48, 10}, {80, 22}, {119, 38}, {200, 58}}
	for name, enter := range states {
		m := newSized(t, 120, 40)
		enter(m)
		panes := map[string]pane{
			"chronology": m.chron, "actors": m.actors, "quotes": m.quotes, "detail": m.detail,
			"reader": m.reader, "coverage": m.cover, "discrepancies": m.discs, "discrepancy": m.disc,
			"picker": m.picker, "input": m.bar, "help": m.helpView, "axis": m.axis, "speaker": m.talk, "places": m.hits,
		}
		for pn, p := range panes {
			overlay := p == m.picker || p == m.helpView
			for _, b := range boxes {
				w, h := b[0], b[1]
				p.SetSize(w, h)
				lines := strings.Split(p.View(), "\n")
				if len(lines) != h && !(overlay && len(lines) <= h) {
					t.Errorf("%s, %s in %dx%d: %d lines", name, pn, w, h, len(lines))
				}
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw > w {
						t.Errorf("%s, %s in %dx%d: line %d is %d wide: %q", name, pn, w, h, i, lw, ansi.Strip(l))
						break
					}
				}
			}
		}
	}
}

// TestQuietQuotesGiveTheChronologyTheRoom: while no event shown has a
// quotation (the fixture's background), the quotes pane keeps one line
// and the chronology takes the rest, at every layout; moving through the
// list moves no pane's edge; a list with quotations, or the actors taking
// focus (the lower area then shows them), gives the pane its room back.
func TestQuietQuotesGiveTheChronologyTheRoom(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		m := newSized(t, size[0], size[1])
		loud := m.layout
		press(m, "b", "b") // the background: no statements
		if m.layout.quotes.h != quietQuotes || m.layout.chron.h != loud.chron.h+loud.quotes.h-quietQuotes {
			t.Errorf("%v: a list without quotations leaves the quotes %d lines, the chronology %d", size, m.layout.quotes.h, m.layout.chron.h)
		}
		if out := plain(m); !strings.Contains(out, "No quotations for this event.") || len(strings.Split(out, "\n")) != size[1] {
			t.Errorf("%v: the quiet pane does not say why it is empty, or the screen is not %d lines:\n%s", size, size[1], out)
		}
		quiet := m.layout
		press(m, "j")
		if m.layout != quiet {
			t.Errorf("%v: j moved a pane: %+v, was %+v", size, m.layout, quiet)
		}
		press(m, "tab")
		if m.layout.shared && m.layout.quotes != loud.quotes {
			t.Errorf("%v: the actors, focused, have %+v below, want %+v", size, m.layout.quotes, loud.quotes)
		}
		press(m, "shift+tab", "b") // every event: some have quotations
		if m.layout != loud {
			t.Errorf("%v: with quotations shown the layout is %+v, want %+v", size, m.layout, loud)
		}
	}
}
