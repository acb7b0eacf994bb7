package model

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestFooterHidesKeysThatDoNothing: in each state the footer names the
// keys that act there, under the words they act under, and not the keys
// that would do nothing; pressing one of those changes nothing.
func TestFooterHidesKeysThatDoNothing(t *testing.T) {
	tests := []struct {
		name       string
		keys       []string
		has, lacks []string
		idle       string // a key the footer leaves out: pressing it changes nothing
	}{
		{"chronology", nil, []string{"↓/j down", "enter open", "c/o/a/#/r filter"}, []string{"esc", "x clear filters"}, "esc"},
		{"filtered", []string{"c", "I", "r", "enter"}, []string{"x clear filters"}, nil, ""},
		{"no events", []string{"/", "z", "z", "z", "enter"}, []string{"x clear filters", "/ search"}, []string{"↓/j down", "enter open"}, "enter"},
		{"picker", []string{"c"}, []string{"type narrow", "↑/↓ move", "enter choose", "esc cancel"}, []string{"↑/k", "↓/j", "back"}, ""},
		{"picker, no match", []string{"c", "z", "z", "z"}, []string{"esc cancel"}, []string{"enter choose"}, "enter"},
		{"actors", []string{"tab"}, []string{"enter filter by actor"}, nil, ""},
		{"the actor chosen", []string{"tab", "enter", "tab"}, []string{"enter all actors again"}, []string{"filter by actor"}, ""},
		{"coverage", []string{"m", "j", "l"}, []string{"↑/↓ event", "←/→ outlet", "enter read", "esc back"}, []string{"back / clear"}, ""},
		{"coverage, empty cell", []string{"m"}, []string{"←/→ outlet"}, []string{"enter read"}, "enter"},
		{"discrepancy", []string{"d", "enter"}, []string{"←/→ side", "enter read"}, nil, ""},
		{"help", []string{"?"}, []string{"esc/? close help", "q quit"}, []string{"open"}, "j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, 200, 40)
			press(m, tt.keys...)
			footer := ansi.Strip(m.footer())
			for _, want := range tt.has {
				if !strings.Contains(footer, want) {
					t.Errorf("the footer lacks %q: %q", want, footer)
				}
			}
			for _, not := range tt.lacks {
				if strings.Contains(footer, not) {
					t.Errorf("the footer names %q: %q", not, footer)
				}
			}
			if tt.idle == "" {
				return
			}
			before, state := plain(m), [...]any{m.screen, m.focus, m.picking, m.showHelp, m.filter.Search}
			press(m, tt.idle)
			if plain(m) != before || [...]any{m.screen, m.focus, m.picking, m.showHelp, m.filter.Search} != state {
				t.Errorf("%s, which the footer leaves out, changed the screen", tt.idle)
			}
		})
	}
}

// TestHelpListsTheKeysThatActWhereItIsOpened: the overlay is built from
// the bindings enabled beneath it.
func TestHelpListsTheKeysThatActWhereItIsOpened(t *testing.T) {
	tests := []struct {
		name       string
		keys       []string
		has, lacks []string
	}{
		{"chronology", []string{"?"}, []string{"country filter", "/ search", "next pane", "word marks", "open"}, []string{"prev. outlet", "back / clear", "close help"}},
		{"quotes", []string{"tab", "tab", "?"}, []string{"next pane", "back / clear"}, []string{"open"}},
		{"reader", []string{"G", "enter", "enter", "?"}, []string{"page down", "esc back", "/ find in article", "y copy with citation"}, []string{"country filter", "next pane", "coverage", "back / clear"}},
		{"coverage", []string{"m", "j", "l", "?"}, []string{"prev. outlet", "next outlet", "country filter", "read"}, []string{"next pane", "/ search"}},
		{"discrepancy", []string{"d", "enter", "?"}, []string{"prev. side", "next side", "read"}, []string{"prev. outlet", "next pane"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, 200, 60)
			press(m, tt.keys...)
			overlay := ansi.Strip(m.helpView.View())
			for _, want := range tt.has {
				if !strings.Contains(overlay, want) {
					t.Errorf("the help lacks %q:\n%s", want, overlay)
				}
			}
			for _, not := range tt.lacks {
				if strings.Contains(overlay, not) {
					t.Errorf("the help lists %q:\n%s", not, overlay)
				}
			}
		})
	}
}

// TestFooterFollowsTheBindings: the footer and the keys that act come from
// the same bindings, so rebinding a key renames it in the footer.
func TestFooterFollowsTheBindings(t *testing.T) {
	m := New(fixture(t))
	m.keymap.Country = key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "country filter"))
	m.keymap.Down = key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next"))
	m.Update(keyMsg("esc")) // any message brings the bindings up to date
	m.resize(200, 40)
	if footer := ansi.Strip(m.footer()); !strings.Contains(footer, "n next") || !strings.Contains(footer, "C/o/a/#/r filter") {
		t.Fatalf("the footer does not name the keys bound: %q", footer)
	}
	press(m, "c")
	if m.picking {
		t.Fatal("c opened the picker after it was rebound to C")
	}
	press(m, "n")
	if m.SelectedEvent() != "2009-nato" {
		t.Errorf("n, bound to Down, selected %q", m.SelectedEvent())
	}
	press(m, "C")
	if !m.picking {
		t.Error("C did not open the country picker")
	}
}

// TestCtrlZSuspends: ctrl+z gives the terminal back wherever the keys
// are, even while a text input takes letters.
func TestCtrlZSuspends(t *testing.T) {
	for _, open := range [][]string{nil, {"/"}, {"c"}, {"?"}, {"enter", "enter"}} {
		m := newSized(t, 120, 40)
		press(m, open...)
		cmd := press(m, "ctrl+z")
		if cmd == nil {
			t.Fatalf("after %v, ctrl+z does nothing", open)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("after %v, ctrl+z does not suspend", open)
		}
	}
}

// TestFooterNeverCutsAKey: in every state at every width, the footer
// ends whole, with how to quit, and says how to see the keys it leaves
// out.
func TestFooterNeverCutsAKey(t *testing.T) {
	for name, enter := range states {
		for _, w := range []int{50, 80, 99, 120, 200} {
			m := newSized(t, w, 30)
			enter(m)
			footer := strings.TrimRight(ansi.Strip(m.footer()), " ")
			if m.typing || m.notice != "" || m.layout.tooSmall {
				continue
			}
			if strings.HasSuffix(footer, "…") {
				t.Errorf("%s at %d columns: the footer is cut: %q", name, w, footer)
			}
			if !m.picking && !strings.HasSuffix(footer, "q quit") {
				t.Errorf("%s at %d columns: the footer does not end with q quit: %q", name, w, footer)
			}
		}
	}
}

// TestDateNotesNameOutlets: a curator's note that cites articles by id
// reads with the outlets' names; an id in brackets after its own
// outlet's name, as an extracted event's note has it, stays.
func TestDateNotesNameOutlets(t *testing.T) {
	m := newSized(t, 120, 40)
	for note, want := range map[string]string{
		"a1: “in July”; a2/a3 give no date; a1x and xa1 are not ids": "The Northern Star: “in July”; Wire Service/Daily Ledger give no date; a1x and xa1 are not ids",
		// an extracted event's note names the outlet and the article
		"Dated by The Northern Star (a1): “in July”.":    "Dated by The Northern Star (a1): “in July”.",
		"Dated by Wire Service (a1): “in July”.":         "Dated by Wire Service (The Northern Star): “in July”.",
		"The Northern Star (a1 and a2) date it earlier.": "The Northern Star (The Northern Star and Wire Service) date it earlier.",
	} {
		if got := m.env.namedArticles(note); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
}

// TestHelpScrolls: at 80x24 the help is taller than the screen; the
// moving keys scroll it to its last line, and the footer says so.
func TestHelpScrolls(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "?")
	if strings.Contains(plain(m), "Press ? or esc to close.") {
		t.Fatal("the help fits 80x24; this test needs one that does not")
	}
	if !strings.Contains(ansi.Strip(m.footer()), "↑/↓ scroll") {
		t.Errorf("the footer does not say the help scrolls: %q", ansi.Strip(m.footer()))
	}
	press(m, "G")
	if !strings.Contains(plain(m), "Press ? or esc to close.") || m.helpView.offset == 0 {
		t.Errorf("G did not scroll the help to its end:\n%s", plain(m))
	}
	press(m, "g")
	if m.helpView.offset != 0 {
		t.Errorf("g left the help at line %d", m.helpView.offset)
	}
	press(m, "esc", "?")
	if m.helpView.offset != 0 {
		t.Error("the help opened again where it was scrolled to, not at its top")
	}
}
