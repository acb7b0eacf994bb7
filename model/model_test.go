package model

import (
	"image/color"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestMovingThroughTheChronology(t *testing.T) {
	m := newSized(t, 120, 40)
	if got := m.SelectedEvent(); got != "1991-relations" {
		t.Fatalf("first selection = %q, want the earliest event", got)
	}
	steps := []struct {
		keys []string
		want string
	}{
		{[]string{"j"}, "2009-nato"},
		{[]string{"down", "down"}, "2022-07-15-attack"}, // "Jul 2022" sorts before "2022-07-15"
		{[]string{"k"}, "2022-07-attribution"},
		{[]string{"G"}, "2022-10-24-meeting"},
		{[]string{"j"}, "2022-10-24-meeting"}, // stays at the end
		{[]string{"g"}, "1991-relations"},
		{[]string{"up"}, "1991-relations"}, // stays at the start
		{[]string{"pgdown"}, "2022-10-24-meeting"},
		{[]string{"pgup"}, "1991-relations"},
		{[]string{"end"}, "2022-10-24-meeting"},
		{[]string{"home"}, "1991-relations"},
	}
	for _, s := range steps {
		press(m, s.keys...)
		if got := m.SelectedEvent(); got != s.want {
			t.Fatalf("after %v selected %q, want %q", s.keys, got, s.want)
		}
	}
}

func TestTabCyclesFocusAndTheOtherPanesFollowTheSelection(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "G")
	if !strings.Contains(plain(m), "Iran is a shared threat ⟨to both nations,⟩") {
		t.Error("quotes pane does not show the selected event's statement, marked")
	}
	want := []focus{focusActors, focusQuotes, focusChron}
	for _, f := range want {
		press(m, "tab")
		if m.focus != f {
			t.Fatalf("tab: focus = %v, want %v", m.focus, f)
		}
	}
	press(m, "shift+tab")
	if m.focus != focusQuotes {
		t.Fatalf("shift+tab: focus = %v, want quotes", m.focus)
	}
	press(m, "esc")
	if m.focus != focusChron {
		t.Fatalf("esc: focus = %v, want the chronology back", m.focus)
	}
}

func TestSelectionIsMarkedWithoutColour(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "j")
	for _, line := range strings.Split(plain(m), "\n") {
		if strings.Contains(line, "Albania joins NATO") && !strings.Contains(line, "▶ 2009") {
			t.Errorf("selected row has no cursor glyph: %q", line)
		}
		if strings.Contains(line, "Albania and Israel open relations") && strings.Contains(line, "▶") {
			t.Errorf("unselected row has the cursor glyph: %q", line)
		}
	}
}

func TestEnterOpensDetailThenTheSourceAndEscGoesBack(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "j", "j", "j", "enter") // the July attack, reported by three outlets
	if m.screen != screenDetail || !strings.Contains(plain(m), "Hackers disrupt government services.") {
		t.Fatalf("enter did not open the event detail:\n%s", plain(m))
	}
	for _, outlet := range []string{"The Northern Star", "Wire Service", "Daily Ledger"} {
		if !strings.Contains(plain(m), outlet) {
			t.Errorf("detail lacks the source from %s", outlet)
		}
	}
	press(m, "j", "enter") // the second source: Wire Service
	if m.screen != screenReader {
		t.Fatal("enter on a source did not open the reader")
	}
	out := plain(m)
	if !strings.Contains(out, "▌ In July hackers hit Albania.") {
		t.Errorf("the reader does not mark the passage in the gutter:\n%s", out)
	}
	if !strings.Contains(out, "a2.txt") {
		t.Error("the reader does not name the file it shows")
	}
	press(m, "esc")
	if m.screen != screenDetail {
		t.Fatal("esc from the reader did not return to the detail")
	}
	press(m, "esc")
	if m.screen != screenPanes || m.SelectedEvent() != "2022-07-15-attack" {
		t.Fatalf("esc from the detail: screen %v, selected %q", m.screen, m.SelectedEvent())
	}
}

func TestSearchFiltersAsYouTypeAndEscClearsIt(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "/")
	typeText(m, "shared threat")
	if got := len(m.events); got != 1 {
		t.Fatalf("search for quote text matched %d events, want 1", got)
	}
	if !strings.Contains(plain(m), "1 of 6 events") {
		t.Error("the header does not show the count")
	}
	typeText(m, "q") // typed into the search, not a quit
	if m.quitting {
		t.Fatal("q in the search box quit the program")
	}
	press(m, "esc")
	if m.typing || m.filter.Search != "" || len(m.events) != 6 {
		t.Fatalf("esc left searching=%v search=%q events=%d", m.typing, m.filter.Search, len(m.events))
	}
	press(m, "/")
	typeText(m, "nato")
	press(m, "enter")
	if m.typing || m.filter.Search != "nato" || m.SelectedEvent() != "2009-nato" {
		t.Fatalf("enter should keep the search: searching=%v search=%q selected=%q", m.typing, m.filter.Search, m.SelectedEvent())
	}
	press(m, "esc")
	if m.filter.Search != "" {
		t.Error("esc on the panes did not clear the kept search")
	}
}

func TestPickersSetFiltersThatCombine(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "c")
	if !m.picking {
		t.Fatal("c did not open the country picker")
	}
	typeText(m, "iran")
	press(m, "enter")
	if !slices.Equal(m.filter.Countries, []string{"IR"}) {
		t.Fatalf("country filter = %v, want [IR]", m.filter.Countries)
	}
	if got := eventIDs(m); !slices.Equal(got, []string{"2022-07-attribution", "2022-09-ties"}) {
		t.Fatalf("country IR (through actors) shows %v", got)
	}
	press(m, "o")
	typeText(m, "wire")
	press(m, "enter")
	if got := eventIDs(m); !slices.Equal(got, []string{"2022-07-attribution"}) {
		t.Fatalf("country AND outlet shows %v", got)
	}
	if out := plain(m); !strings.Contains(out, "[country: Iran]") || !strings.Contains(out, "[outlet: Wire Service]") {
		t.Errorf("active filters not shown in the header:\n%s", out)
	}
	press(m, "a")
	typeText(m, "lapid")
	press(m, "enter")
	if len(m.events) != 0 || !strings.Contains(plain(m), "No events match these filters.") {
		t.Fatalf("an empty result must say so; events=%d", len(m.events))
	}
	if out := ansi.Strip(m.chron.View()); !strings.Contains(out, "x clears them all") || !strings.Contains(out, "a changes the actors") ||
		strings.Contains(out, "search") {
		t.Errorf("the empty result does not name the filters set and x, or names a search there is not:\n%s", out)
	}
	press(m, "x")
	if !m.filter.IsZero() || len(m.events) != 6 {
		t.Fatalf("x left filter %+v", m.filter)
	}
}

func TestPickerEscCancelsAndAnyClears(t *testing.T) {
	m := newSized(t, 120, 40, WithFilter(timeline.Filter{Countries: []string{"AL"}}))
	press(m, "c", "esc")
	if m.picking || !slices.Equal(m.filter.Countries, []string{"AL"}) {
		t.Fatalf("esc changed the filter: %v", m.filter.Countries)
	}
	press(m, "c", "g") // g is typed into the picker, not a movement key
	if m.picker.input.Value() != "g" {
		t.Fatalf("picker input = %q", m.picker.input.Value())
	}
	press(m, "backspace") // all options again, the cursor back on "Any country"
	if m.picker.cursor != 0 {
		t.Fatalf("after narrowing and widening, cursor = %d, want the first option", m.picker.cursor)
	}
	press(m, "down", "up", "enter")
	if len(m.filter.Countries) != 0 {
		t.Fatalf("choosing Any left %v", m.filter.Countries)
	}
}

func TestChoosingAnActorNarrowsTheChronology(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "tab")
	if !strings.Contains(plain(m), "All actors by country") {
		t.Fatal("focused actors pane does not list all actors")
	}
	for m.actors.Selected() < 0 || m.env.ds.Actors()[m.actors.Selected()].ID != "lapid" {
		before := m.actors.cursor
		press(m, "j")
		if m.actors.cursor == before {
			t.Fatal("never reached Lapid in the actors list")
		}
	}
	if !strings.Contains(plain(m), "Quotes by Yair Lapid") {
		t.Error("the quotes pane does not follow the actor under the cursor")
	}
	press(m, "enter")
	if m.focus != focusChron || !slices.Equal(m.filter.Actors, []string{"lapid"}) {
		t.Fatalf("enter on an actor: focus %v filter %v", m.focus, m.filter.Actors)
	}
	if got := eventIDs(m); !slices.Equal(got, []string{"2022-10-24-meeting"}) {
		t.Fatalf("actor filter shows %v", got)
	}
}

func TestOutletFilterLimitsQuoteColumns(t *testing.T) {
	m := newSized(t, 140, 40)
	press(m, "G")
	if out := plain(m); !strings.Contains(out, "The Northern Star") || !strings.Contains(out, "Wire Service") {
		t.Fatal("both outlets' columns should show before filtering")
	}
	m.setFacet(facetOutlet, []string{"wire"})
	quotes := plain(m)[strings.Index(plain(m), "Quotes, side by side"):]
	if strings.Contains(quotes, "▌The Northern Star") {
		t.Error("an outlet filter must leave only that outlet's column")
	}
	if !strings.Contains(quotes, "“Iran is a shared threat⟨.⟩”") {
		t.Error("the filtered outlet's quote is missing")
	}
}

func TestQuoteColumnsPerOutlet(t *testing.T) {
	ds := fixture(t)
	q := &quotesPane{env: newEnv(ds, NewStyles(true), DefaultKeyMap()), frame: frame{w: 120, h: 30}}
	ei, _ := ds.EventIndex("2022-07-attribution")
	q.Show(ei, "", nil)
	q.render()
	out := strings.Join(q.lines, "\n")
	for _, want := range []string{"The Northern Star", "Wire Service", "“This was state aggression,”", "“state aggression.”"} {
		if !strings.Contains(out, want) {
			t.Errorf("side-by-side statement lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Daily Ledger") {
		t.Error("an outlet that does not report the event got a column")
	}
	ai, _ := ds.EventIndex("2022-07-15-attack")
	q.Show(ai, "", nil)
	q.render()
	if !strings.Contains(strings.Join(q.lines, "\n"), "No quotations for this event.") {
		t.Error("an event without statements must say so")
	}
}

func TestNotQuotedByThisOutlet(t *testing.T) {
	ds := fixture(t)
	parts := ds.Parts()
	parts.Statements = append([]timeline.Statement(nil), parts.Statements...)
	parts.Statements[0].Events = []string{"2022-07-attribution", "2022-07-15-attack"} // reported by all three
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	q := &quotesPane{env: newEnv(ds, NewStyles(true), DefaultKeyMap()), frame: frame{w: 120, h: 30}}
	ai, _ := ds.EventIndex("2022-07-15-attack")
	q.Show(ai, "", nil)
	q.render()
	out := strings.Join(q.lines, "\n")
	if !strings.Contains(out, "not quoted by Daily Ledger, which reports it") {
		t.Errorf("an outlet reporting the event without the quote must say so:\n%s", out)
	}
	if strings.Contains(out, "▌Daily Ledger") {
		t.Errorf("an outlet that did not quote the statement takes a column:\n%s", out)
	}
	q.w = 60 // too narrow for three columns: stacked, same order
	q.dirty = true
	q.render()
	out = strings.Join(q.lines, "\n")
	n, w, d := strings.Index(out, "Northern Star"), strings.Index(out, "Wire Service"), strings.Index(out, "Daily Ledger")
	if !(n >= 0 && n < w && w < d) {
		t.Errorf("stacked columns out of order:\n%s", out)
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newSized(t, 80, 24)
		cmd := press(m, k)
		if cmd == nil {
			t.Fatalf("%s returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s did not quit", k)
		}
	}
	m := newSized(t, 80, 24)
	press(m, "/")
	if _, ok := press(m, "ctrl+c")().(tea.QuitMsg); !ok {
		t.Error("ctrl+c must quit even while searching")
	}
}

func TestHelpOverlayListsKeysAndCloses(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "?")
	out := plain(m)
	for _, want := range []string{"country filter", "clear filters", "Outlet marks", "Wire Service"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	press(m, "j") // keys do not leak through the overlay
	if m.SelectedEvent() != "1991-relations" {
		t.Error("a key moved the list under the help overlay")
	}
	press(m, "esc")
	if m.showHelp {
		t.Error("esc did not close help")
	}
}

func TestMouseClickSelectsAndWheelScrolls(t *testing.T) {
	m := newSized(t, 120, 40)
	// Row 1 of the chronology's inner area is the 1991 event; find NATO's row.
	lines := strings.Split(plain(m), "\n")
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "Albania joins NATO") {
			y = i
		}
	}
	m.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	if m.SelectedEvent() != "2009-nato" {
		t.Fatalf("click on row %d selected %q", y, m.SelectedEvent())
	}
	m.Update(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
	if m.screen != screenDetail {
		t.Error("a second click on the selected event should open it")
	}
	press(m, "esc")
	m.Update(tea.MouseWheelMsg{X: 10, Y: 5, Button: tea.MouseWheelDown})
	if m.SelectedEvent() == "2009-nato" {
		t.Error("the wheel did not move through the chronology")
	}
}

func eventIDs(m *Model) []string {
	var out []string
	for _, ei := range m.events {
		out = append(out, m.env.ds.Events()[ei].ID)
	}
	return out
}

func TestLightBackgroundRestylesEverything(t *testing.T) {
	m := newSized(t, 120, 40, WithFilter(timeline.Filter{Search: "zzz"}))
	dark, darkNotice := m.View().Content, m.chron.empty[0]
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	light := m.View().Content
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Error("the palette changed the text, not just its colours")
	}
	if m.chron.empty[0] == darkNotice {
		t.Error("the cached empty-result notice kept its dark-background styling")
	}
	if !strings.Contains(light, m.chron.empty[0]) {
		t.Error("the restyled notice is not what the screen shows")
	}
}

// TestChronologyRowsFromTheLastFrameAreCurrent checks the row cache: after
// moves, a resize, a filter and palette changes, the chronology draws what
// it would draw with nothing cached.
func TestChronologyRowsFromTheLastFrameAreCurrent(t *testing.T) {
	m := newSized(t, 120, 40)
	steps := []struct {
		name string
		msg  tea.Msg
	}{
		{"j", keyMsg("j")},
		{"j", keyMsg("j")},
		{"G", keyMsg("G")},
		{"k", keyMsg("k")},
		{"light", tea.BackgroundColorMsg{Color: color.White}},
		{"g", keyMsg("g")},
		{"narrower", tea.WindowSizeMsg{Width: 90, Height: 30}},
		{"j", keyMsg("j")},
		{"dark", tea.BackgroundColorMsg{Color: color.Black}},
		{"/", keyMsg("/")},
		{"a", keyMsg("a")},
		{"enter", keyMsg("enter")},
		{"j", keyMsg("j")},
	}
	_ = m.chron.View()
	for i, s := range steps {
		m.Update(s.msg)
		got := m.chron.View()
		m.chron.drawn = nil
		if want := m.chron.View(); got != want {
			t.Fatalf("after step %d (%s), the chronology drew\n%s\nbut with nothing cached it draws\n%s", i, s.name, got, want)
		}
	}
}
