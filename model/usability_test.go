// Behaviour the new-user trial found wrong: the place kept through an
// empty search, the scope key's first event, the empty list's hint, the
// help's other keys and the actor picker's order.

package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSearchThatMatchesNothingKeepsYourPlace: a search dropped with esc,
// erased, or kept with enter on no match and then cleared with esc,
// returns to the event selected when it was opened, not the first.
func TestSearchThatMatchesNothingKeepsYourPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
	}{
		{"esc while typing", []string{"esc"}},
		{"enter then esc", []string{"enter", "esc"}},
		{"erased", []string{"backspace", "backspace", "backspace", "esc"}},
	} {
		m := newSized(t, 120, 40)
		press(m, "down", "down", "down")
		want := m.SelectedEvent()
		if want == "" || want == m.env.ds.Events()[m.events[0]].ID {
			t.Fatalf("the test needs an event other than the first selected: %q", want)
		}
		press(m, "/")
		typeText(m, "zzz")
		if len(m.events) != 0 {
			t.Fatalf("%s: the search zzz matched %d events, want none", tc.name, len(m.events))
		}
		press(m, tc.keys...)
		if m.filter.Search != "" || len(m.events) != 6 {
			t.Fatalf("%s: search %q, %d events shown", tc.name, m.filter.Search, len(m.events))
		}
		if got := m.SelectedEvent(); got != want {
			t.Errorf("%s: selected %q after the empty search, want %q where it began", tc.name, got, want)
		}
	}
}

// TestScopeKeySelectsTheNewListsFirstEvent: b to a scope that does not
// hold the selected event selects its first event, not its last; one
// that holds it keeps it.
func TestScopeKeySelectsTheNewListsFirstEvent(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "b") // the story
	press(m, "down", "down")
	press(m, "b") // the background: 1991, 2009
	if got := m.SelectedEvent(); got != "1991-relations" {
		t.Errorf("b to the background selected %q, want its first event 1991-relations", got)
	}
	press(m, "down")
	press(m, "b") // all: holds 2009-nato
	if got := m.SelectedEvent(); got != "2009-nato" {
		t.Errorf("b to all moved the selection from 2009-nato to %q", got)
	}
}

// TestScopeRunReturnsToItsEvent: a run of b presses selects, in each
// scope that shows it, the event selected before its first b, however
// the scopes between moved the selection; a key between ends the run.
func TestScopeRunReturnsToItsEvent(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "down", "down", "down", "down") // 2022-09-ties, in the story
	want := m.SelectedEvent()
	for _, step := range []struct{ scope, selected string }{
		{"story", want},
		{"background", "1991-relations"}, // it does not show it: its first
		{"all", want},
		{"story", want},
		{"background", "1991-relations"},
		{"all", want},
	} {
		press(m, "b")
		if got := m.SelectedEvent(); got != step.selected {
			t.Errorf("b to %s selected %q, want %q", step.scope, got, step.selected)
		}
	}
	press(m, "b", "b", "down", "b") // background: 1991, down to 2009, all
	if got := m.SelectedEvent(); got != "2009-nato" {
		t.Errorf("after a move the run went back to %q, want 2009-nato kept", got)
	}
}

// TestEmptyListNamesTheFiltersSet: the hint under an empty list names
// the keys of the filters that are set (here the scope and 2+ outlets)
// and x, and says nothing of a search when there is none; with a search
// it names esc.
func TestEmptyListNamesTheFiltersSet(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "b", "b", "2") // the background, reported by two outlets or more
	if len(m.events) != 0 {
		t.Fatalf("the fixture's background has %d events of 2+ outlets, want none", len(m.events))
	}
	out := ansi.Strip(m.chron.View())
	for _, want := range []string{"No events match", "b changes the scope (background)", "2 shows events of one outlet too", "x clears them all"} {
		if !strings.Contains(out, want) {
			t.Errorf("the empty list's hint lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"search", "c changes", "o changes", "a changes"} {
		if strings.Contains(out, not) {
			t.Errorf("the empty list's hint names %q, which is not set:\n%s", not, out)
		}
	}
	press(m, "x", "/")
	typeText(m, "zzz")
	press(m, "enter")
	if out := ansi.Strip(m.chron.View()); !strings.Contains(out, "esc clears the search") || strings.Contains(out, "clears them all") {
		t.Errorf("a search alone: the hint should name esc and only it:\n%s", out)
	}
}

// TestHelpNamesTheKeysOfOtherPanes: ? on the chronology also lists the
// keys that act only elsewhere: s, h/l, n/N, home/end; on the actors
// pane, where s acts, it is listed with its keys, not twice.
func TestHelpNamesTheKeysOfOtherPanes(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "?")
	out := ansi.Strip(strings.Join(m.helpView.lines(), "\n"))
	for _, want := range []string{"Elsewhere", "s an actor's statements", "←/h →/l the previous / next outlet", "n N the next / previous match", "home end the first / last"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q:\n%s", want, out)
		}
	}
	press(m, "esc", "tab", "?") // the actors pane
	out = strings.Join(strings.Fields(ansi.Strip(strings.Join(m.helpView.lines(), "\n"))), " ")
	if strings.Contains(out, "s an actor's statements") || !strings.Contains(out, "s statements") {
		t.Errorf("on the actors pane s should be listed once, with its keys:\n%s", out)
	}
}

// TestActorPickerListsTheBusiestFirst: a lists the actors by how many
// events each is in, most first, then by name; typing still narrows.
func TestActorPickerListsTheBusiestFirst(t *testing.T) {
	m := newSized(t, 120, 40)
	ds := m.env.ds
	press(m, "a")
	var got []string
	prev, prevLabel := -1, ""
	for _, oi := range m.picker.shown[1:] {
		o := m.picker.options[oi]
		ai, _ := ds.ActorIndex(o.value)
		n := len(ds.ActorEvents(ai))
		if prev >= 0 && (n > prev || n == prev && compareFold(o.label, prevLabel) < 0) {
			t.Errorf("%q (%d events) comes after %q (%d events)", o.label, n, prevLabel, prev)
		}
		prev, prevLabel = n, o.label
		got = append(got, o.value)
	}
	if len(got) != len(ds.Actors()) || got[0] != "albania" || got[3] != "hackers" {
		t.Errorf("the actor picker lists %v, want albania (3 events) first and hackers after rama and iran (2 each)", got)
	}
	typeText(m, "lapid")
	if len(m.picker.shown) != 1 || m.picker.options[m.picker.shown[0]].value != "lapid" {
		t.Errorf("typing lapid left %d options", len(m.picker.shown))
	}
	press(m, "esc", "c") // the other facets keep their order: by name
	if o := m.picker.options[1:]; len(o) < 2 || compareFold(o[0].label, o[1].label) > 0 {
		t.Errorf("the country picker is no longer by name: %v", o)
	}
}
