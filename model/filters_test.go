package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestPickerTicksSeveralValues: space ticks options, enter applies them
// (any of them matches), and the header shows them as alternatives.
func TestPickerTicksSeveralValues(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "c")
	typeText(m, "israel")
	press(m, "space")
	if strings.Contains(m.picker.input.Value(), " ") {
		t.Fatal("space was typed into the picker instead of ticking")
	}
	for range 3 {
		press(m, "backspace")
	}
	press(m, "backspace", "backspace", "backspace")
	typeText(m, "albania")
	press(m, "space")
	if !strings.Contains(plain(m), "2 ticked") || !strings.Contains(ansiFooter(m), "enter apply 2 ticked") {
		t.Fatalf("the picker does not say two are ticked:\n%s\n%s", plain(m), ansiFooter(m))
	}
	press(m, "enter")
	if !slices.Equal(m.filter.Countries, []string{"AL", "IL"}) {
		t.Fatalf("country filter %v, want AL and IL", m.filter.Countries)
	}
	if !strings.Contains(plain(m), "[country: Albania | Israel]") {
		t.Errorf("the header does not show the alternatives:\n%s", plain(m))
	}
	if got := len(m.events); got != 6 {
		t.Errorf("Albania or Israel selects %d events, want all 6", got)
	}
	// Opened again, the values are ticked; enter without ticking chooses
	// the option under the cursor alone, as before.
	press(m, "c")
	if !m.picker.ticked["AL"] || !m.picker.ticked["IL"] {
		t.Fatalf("the picker forgot what was ticked: %v", m.picker.ticked)
	}
	typeText(m, "iran")
	press(m, "enter")
	if !slices.Equal(m.filter.Countries, []string{"IR"}) {
		t.Errorf("enter chose %v, want IR alone", m.filter.Countries)
	}
	// space on "Any" unticks everything.
	press(m, "c", "space", "enter")
	if len(m.filter.Countries) != 0 {
		t.Errorf("ticking Any left %v", m.filter.Countries)
	}
}

func ansiFooter(m *Model) string { return ansi.Strip(m.footer()) }

// TestTagPickerAndDateRange: # picks tags; r takes a date range at any
// precision, refuses one it cannot read, and shows in the header.
func TestTagPickerAndDateRange(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "#")
	if !m.picking || m.picker.facet != facetTag {
		t.Fatal("# did not open the tag picker")
	}
	typeText(m, "diplomacy")
	press(m, "enter")
	if got := eventIDs(m); !slices.Equal(got, []string{"1991-relations", "2022-09-ties"}) {
		t.Fatalf("tag diplomacy shows %v", got)
	}
	press(m, "x", "r")
	typeText(m, "2022-09..2022-13")
	press(m, "enter")
	if !m.typing || !strings.Contains(plain(m), "month 13") {
		t.Fatalf("an impossible date must be refused, saying why:\n%s", plain(m))
	}
	for range len("13") {
		press(m, "backspace")
	}
	typeText(m, "10")
	press(m, "enter")
	if m.typing || m.filter.Since != timeline.MonthDate(2022, 9) || m.filter.Until != timeline.MonthDate(2022, 10) {
		t.Fatalf("range not applied: typing %v, since %v until %v", m.typing, m.filter.Since, m.filter.Until)
	}
	if got := eventIDs(m); !slices.Equal(got, []string{"2022-09-ties", "2022-10-24-meeting"}) {
		t.Errorf("September to October shows %v", got)
	}
	if !strings.Contains(plain(m), "[dates: Sep 2022 to Oct 2022]") {
		t.Errorf("the header does not show the range:\n%s", plain(m))
	}
	press(m, "r")
	if m.bar.input.Value() != "2022-09..2022-10" {
		t.Errorf("r opens on %q, want the range set", m.bar.input.Value())
	}
	press(m, "esc")
	if m.typing || m.filter.Since.IsZero() {
		t.Error("esc must close the input and keep the range")
	}
	press(m, "r")
	typeText(m, "2022")
	m.bar.input.SetValue("2022")
	press(m, "enter")
	if m.filter.Since != timeline.YearDate(2022) || m.filter.Until != timeline.YearDate(2022) {
		t.Errorf("one date is both ends: since %v until %v", m.filter.Since, m.filter.Until)
	}
	press(m, "r")
	m.bar.input.SetValue("")
	press(m, "enter")
	if !m.filter.Since.IsZero() || !m.filter.Until.IsZero() {
		t.Error("an empty range must clear it")
	}
}

// TestHeaderNeverHidesAFilter: at any width the header shows every
// filter, in full, in short, or as a count of those left out.
func TestHeaderNeverHidesAFilter(t *testing.T) {
	f := timeline.Filter{Countries: []string{"IL", "AL"}, Outlets: []string{"north", "wire"}, Actors: []string{"lapid"},
		Tags: []string{"meeting"}, Since: timeline.MonthDate(2022, 9), Until: timeline.MonthDate(2022, 10), Search: "threat"}
	for _, w := range []int{50, 60, 80, 99, 120, 200} {
		m := newSized(t, w, 24, WithFilter(f))
		head := strings.Split(plain(m), "\n")[0]
		if strings.HasSuffix(strings.TrimSpace(head), "…") {
			t.Errorf("at %d columns the header is cut: %q", w, head)
		}
		shown := strings.Count(head, "[")
		if shown < 6 && !strings.Contains(head, fmt.Sprintf("+%d more filter", 6-shown)) {
			t.Errorf("at %d columns %d of 6 filters shown without saying how many are not: %q", w, shown, head)
		}
		if w >= 99 && shown < 2 {
			t.Errorf("at %d columns only %d filters shown: %q", w, shown, head)
		}
	}
	m := newSized(t, 200, 24, WithFilter(f))
	if head := strings.Split(plain(m), "\n")[0]; !strings.Contains(head, "[country: Israel | Albania]") || !strings.Contains(head, "[outlet: The Northern Star | Wire Service]") {
		t.Errorf("at 200 columns the filters are not in full: %q", head)
	}
	m = newSized(t, 100, 24, WithFilter(f))
	if head := strings.Split(plain(m), "\n")[0]; !strings.Contains(head, "[IL|AL] [Northern Star|Wire Service] [Lapid]") {
		t.Errorf("at 100 columns the filters are not in short: %q", head)
	}
}

// TestScreensHonourTheFilters: the discrepancies are those about the
// events filtered to, and say so; the quotes pane shows only what the
// outlets filtered to quoted.
func TestScreensHonourTheFilters(t *testing.T) {
	m := newSized(t, 120, 40, WithFilter(timeline.Filter{Actors: []string{"lapid"}}))
	press(m, "d")
	if out := plain(m); !strings.Contains(out, "Discrepancies · 1 of 3, about the events filtered to") || strings.Contains(out, "The day of the attack") {
		t.Errorf("d ignores the actor filter:\n%s", out)
	}
	// Rama's words on the attack, which Daily Ledger reports without
	// quoting them: under a Daily Ledger filter the pane leaves them out.
	parts := fixture(t).Parts()
	parts.Statements = slices.Clone(parts.Statements)
	parts.Statements[0].Events = []string{"2022-07-attribution", "2022-07-15-attack"}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	m = New(ds, WithFilter(timeline.Filter{Outlets: []string{"daily"}}))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for m.SelectedEvent() != "2022-07-15-attack" {
		press(m, "j")
	}
	out := plain(m)
	if strings.Contains(out, "state aggression") || !strings.Contains(out, "No quotations for this event in the outlets filtered to.") {
		t.Errorf("the quotes pane shows a statement the outlet filtered to did not quote:\n%s", out)
	}
}

func TestMultiSelectPickerGolden(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "o", "down", "space", "down", "space")
	golden.RequireEqual(t, []byte(plain(m)))
}
