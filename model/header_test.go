package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// trialFilter is the eight filters of the new-user trial: two countries,
// three outlets, two tags, a date range, the story, 2+ outlets, a search.
var trialFilter = timeline.Filter{Countries: []string{"AL", "IL"}, Outlets: []string{"north", "wire", "daily"},
	Tags: []string{"diplomacy", "meeting"}, Since: timeline.MonthDate(2022, 9), Until: timeline.MonthDate(2022, 10),
	Scope: timeline.ScopeStory, MinOutlets: 2, Search: "albania"}

// TestHeaderDropsTheTitleThenShortensEveryFilter: with more filters than
// fit, the header leaves out the story's name before it shortens or hides
// a filter, and shows every facet in its shortest form (country codes,
// outlet mark letters) before it hides one: at 100 columns all seven of
// the trial's filters show, at 80 five and how many more.
func TestHeaderDropsTheTitleThenShortensEveryFilter(t *testing.T) {
	for _, w := range []int{80, 100, 120} {
		m := newSized(t, w, 24, WithFilter(trialFilter))
		head := strings.Split(plain(m), "\n")[0]
		shown := strings.Count(head, "[")
		if strings.Contains(head, "more filter") || shown != 7 {
			t.Errorf("at %d columns a filter is hidden: %q", w, head)
		}
		if strings.Contains(head, "Iran–Albania") {
			t.Errorf("at %d columns the title is kept while the filters are shortened: %q", w, head)
		}
	}
	m := newSized(t, 80, 24, WithFilter(trialFilter))
	head := strings.Split(plain(m), "\n")[0]
	for _, want := range []string{"[AL|IL]", "[" + m.env.marks["north"] + "|" + m.env.marks["wire"] + "|" + m.env.marks["daily"] + "]", "[2+]", "[story]", "[2022-09..10]", "“albania”", "0/6"} {
		if !strings.Contains(head, want) {
			t.Errorf("at 80 columns the header lacks the short form %q: %q", want, head)
		}
	}
	// Too narrow for every filter even so: some are hidden, and the header
	// says how many.
	m = newSized(t, 60, 24, WithFilter(trialFilter))
	if head := strings.Split(plain(m), "\n")[0]; !strings.Contains(head, "more filter") {
		t.Errorf("at 60 columns the header hides filters without saying so: %q", head)
	}
	// Wide enough for everything in full: the title comes back.
	m = newSized(t, 260, 24, WithFilter(trialFilter))
	if head := strings.Split(plain(m), "\n")[0]; !strings.Contains(head, "Iran–Albania") || !strings.Contains(head, "[outlet: The Northern Star | Wire Service | Daily Ledger]") {
		t.Errorf("at 260 columns the header should hold the title and every filter in full: %q", head)
	}
}

// TestHeaderNamesOutletsByLetterRatherThanCutNames: where an outlet's
// short name would be cut ("Albanian Daily…"), the header names it by its
// mark letter, as the chronology's rows do; a short name that fits stays.
func TestHeaderNamesOutletsByLetterRatherThanCutNames(t *testing.T) {
	text := "Something happened."
	sp := timeline.Span{Article: "a", Start: 0, End: len(text), Text: untrusted.Text(text)}
	ds, err := timeline.New(timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "adn", Name: "Albanian Daily News Service"}, {ID: "jp", Name: "Jerusalem Post International"}, {ID: "w", Name: "Wire"}},
		Articles:  []timeline.Article{{ID: "a", File: "a.txt", Outlet: "adn", Title: "A", Published: timeline.DayDate(2022, 9, 6), Text: untrusted.Text(text)}},
		Events:    []timeline.Event{{ID: "e", Title: "Event", Summary: "S", Start: timeline.DayDate(2022, 9, 5), Sources: []timeline.Source{{Span: sp}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	f := trialFilter
	f.Outlets = []string{"adn", "jp"}
	m := New(ds, WithFilter(f))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	head := strings.Split(plain(m), "\n")[0]
	if strings.Contains(head, "…|") || strings.Contains(head, "Albanian Daily…") {
		t.Errorf("at 120 columns the header cuts outlet names: %q", head)
	}
	if want := "[" + m.env.marks["adn"] + "|" + m.env.marks["jp"] + "]"; !strings.Contains(head, want) {
		t.Errorf("at 120 columns the header lacks the outlets' letters %q: %q", want, head)
	}
}
