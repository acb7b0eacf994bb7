package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestASentenceSharingOnlyNamesWithItsArticlesEventIsKept: a sentence
// whose main clause shares with an event its article reports elsewhere
// only names ("Shares in Kellbrook fell 18 percent in Pellham trading on
// Wednesday", beside "Kellbrook chief executive Ines Varga flew in from
// Pellham on Wednesday") reports another happening: it is cited, not
// dropped as that event told again. A sentence telling that event again
// in its own words still is not cited twice.
func TestASentenceSharingOnlyNamesWithItsArticlesEventIsKept(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Kellbrook chief executive Ines Varga flew in from Pellham and Tessaly on Wednesday and met savers.\n\n" +
				"Shares in Kellbrook fell 18 percent in Pellham trading on Wednesday, as Ines Varga met savers.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Ines Varga met savers of Kellbrook Bank on Wednesday.\n")},
	)
	if eventCiting(&parts, "a", "Shares in Kellbrook") < 0 {
		t.Errorf("no event cites the fall in the shares")
	}
	if flight := eventCiting(&parts, "a", "flew in"); flight < 0 || flight == eventCiting(&parts, "a", "Shares in Kellbrook") {
		t.Errorf("the flight is event %d, the fall in the shares %d: want two events", flight, eventCiting(&parts, "a", "Shares in Kellbrook"))
	}
}
