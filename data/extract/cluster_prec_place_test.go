package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAPlaceSharedIsNoParticipant: two outlets' sentences of one day
// whose only common name is a country and whose main clauses share
// nothing report two happenings and stay apart; a third outlet's report
// of what the first says joins it.
func TestAPlaceSharedIsNoParticipant(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"On Monday, Ola Brandt, the party's leader, invoked the Kellport bombings as a cudgel against migrants from Syria.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Jon Aas's assertion Monday that more airstrikes are needed in Syria to prevent bombings like the one in Kellport drew rebukes.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Ola Brandt on Monday invoked the Kellport bombings against migrants from Syria.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "invoked the"), eventCiting(&parts, "b", "drew rebukes"), eventCiting(&parts, "c", "invoked the")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("a cudgel and a call for airstrikes are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("one speech in two outlets is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}
