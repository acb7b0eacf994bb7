package model

import (
	"strings"
	"testing"

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
		if w > 80 && (strings.Contains(head, "more filter") || shown != 7) {
			t.Errorf("at %d columns a filter is hidden: %q", w, head)
		}
		if w == 80 && (shown < 5 || !strings.Contains(head, "+2 more filters")) {
			t.Errorf("at 80 columns %d filters shown, want 5 and +2 more: %q", shown, head)
		}
		if strings.Contains(head, "Iran–Albania") {
			t.Errorf("at %d columns the title is kept while the filters are shortened: %q", w, head)
		}
	}
	m := newSized(t, 80, 24, WithFilter(trialFilter))
	head := strings.Split(plain(m), "\n")[0]
	for _, want := range []string{"[AL|IL]", "[" + m.env.marks["north"] + "|" + m.env.marks["wire"] + "|" + m.env.marks["daily"] + "]", "[2+]", "[story]"} {
		if !strings.Contains(head, want) {
			t.Errorf("at 80 columns the header lacks the short form %q: %q", want, head)
		}
	}
	// Wide enough for everything in full: the title comes back.
	m = newSized(t, 260, 24, WithFilter(trialFilter))
	if head := strings.Split(plain(m), "\n")[0]; !strings.Contains(head, "Iran–Albania") || !strings.Contains(head, "[outlet: The Northern Star | Wire Service | Daily Ledger]") {
		t.Errorf("at 260 columns the header should hold the title and every filter in full: %q", head)
	}
}
