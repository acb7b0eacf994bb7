package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAPartOfAMonthJoinsTheDayItHolds (rec28s): "Queues formed outside
// the Tessaly branches of the bank earlier this month" or "in early
// March", alone in its event, joins another outlet's report of queues
// forming on a day of that month, which keeps its day; the whole month
// ("in March"), which may be a plan or a tally, stays apart.
func TestAPartOfAMonthJoinsTheDayItHolds(t *testing.T) {
	published := timeline.DayDate(2025, 3, 25) // a Tuesday
	for _, c := range []struct {
		text  string
		joins bool
	}{
		{"Queues formed outside the Tessaly branches of the bank earlier this month, savers said.", true},
		{"Queues formed outside the Tessaly branches of the bank in early March, savers said.", true},
		{"Queues formed outside the Tessaly branches of the bank in March, savers said.", false},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Long queues formed outside Marrowgate Cooperative Bank branches in Tessaly on March 5 as savers withdrew deposits.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(c.text + "\n")},
		)
		formed := eventCiting(&parts, "a", "Long queues formed")
		if formed < 0 {
			t.Fatalf("no event cites the queues on March 5")
		}
		if got := eventCiting(&parts, "b", "Queues"); (got == formed) != c.joins {
			t.Errorf("%q: event %d, the queues on March 5 %d, want joined %v", c.text, got, formed, c.joins)
		}
		if e := parts.Events[formed]; e.Start != timeline.DayDate(2025, 3, 5) {
			t.Errorf("%q: the event is dated %s, want 2025-03-05", c.text, e.Start.ISO())
		}
	}
}
