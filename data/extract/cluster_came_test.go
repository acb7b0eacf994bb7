package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestClauseCountedFromTheSentenceBefore: "The fine came three days
// after inspectors closed the bakery" dates the closure three days
// before the fine the sentence before dates (Friday): Tuesday, the day
// another outlet gives it, and the two are one event. Where the sentence
// before gives two days, nothing says which to count from, and the
// clause is no mention; and a sentence that gives its own date is
// dated by it.
func TestClauseCountedFromTheSentenceBefore(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: timeline.DayDate(2025, 3, 6), Text: untrusted.Text(
				"Health inspectors closed the Varnholm bakery on Tuesday after a rat was found in its flour store.\n\n" +
					"Farmers blocked the ring road with tractors on Monday.\n")},
			{ID: "b", Outlet: "o2", Published: timeline.DayDate(2025, 3, 8), Text: untrusted.Text(
				"Health officials fined the owner of the Varnholm bakery 4,000 crowns on Friday.\n" +
					"The fine came three days after inspectors closed the bakery over a rat in its flour store.\n\n" +
					"The owner appealed on Monday and again on Wednesday.\n" +
					"The hearing came two days after inspectors closed the bakery's second shop.\n\n" +
					"Health officials warned the Varnholm bakery on Sunday.\n" +
					"The warning came a day after inspectors visited its kitchens on February 27.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	closed := eventCiting(&parts, "a", "inspectors closed the Varnholm bakery")
	if closed < 0 {
		t.Fatalf("no event cites the closure")
	}
	if i := eventCiting(&parts, "b", "The fine came three days after"); i != closed {
		t.Errorf("the closure counted from the fine is event %d, want %d (the closure)", i, closed)
	}
	if e := parts.Events[closed]; e.Start != timeline.DayDate(2025, 3, 4) {
		t.Errorf("the closure is dated %v, want Tuesday 2025-03-04", e.Start)
	}
	if fined := eventCiting(&parts, "b", "fined the owner"); fined == closed {
		t.Errorf("the fine joined the closure")
	}
	for _, e := range parts.Events {
		for _, src := range e.Sources {
			if src.Article == "b" && strings.Contains(src.Text.String(), "The warning came") && e.Start != timeline.DayDate(2025, 2, 27) {
				t.Errorf("a sentence that dates itself is counted from the one before: %s", e.ID)
			}
		}
	}
	if i := eventCiting(&parts, "b", "The hearing came two days after"); i >= 0 {
		t.Errorf("a clause counted from a sentence of two days is a source of %s", parts.Events[i].ID)
	}
}
