package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestCrossOutletJoinNeedsTheAction: on a weak footing (a date that
// anchors another happening), a sentence from a second outlet that
// shares a councillor and a few words with an event, but not what she
// did, stays apart; one that reports the same action joins.
func TestCrossOutletJoinNeedsTheAction(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	fill := []timeline.Article{
		{ID: "s1", Outlet: "o3", Published: published, Text: untrusted.Text("The smelter closed its gates on March 3, 2023.\n")},
		{ID: "s2", Outlet: "o3", Published: published, Text: untrusted.Text("A smelter fire was reported on March 9, 2023.\n")},
	}
	parts := korrCorpus(append(fill,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga inspected the Brenmoor smelter ahead of Tuesday's vote.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga praised the Brenmoor smelter before Tuesday's hearing.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga inspected the Brenmoor smelter ahead of the vote on Tuesday.\n")})...)
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "inspected the"), eventCiting(&parts, "b", "praised the"), eventCiting(&parts, "c", "inspected the")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("the inspection and the praise are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the inspection is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}

// TestAMonthToComeJoinsNothingAlone: two outlets' sentences dated by a
// month still to come when they were written share a councillor, a
// place and the month, not a happening, and stay apart; a third that
// says what the first says (the same verb) joins it.
func TestAMonthToComeJoinsNothingAlone(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4)
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga will need the Brenmoor dockers in November.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga could lose the Brenmoor dockers in November.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga will need the Brenmoor dockers in November, her aides say.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "will need"), eventCiting(&parts, "b", "could lose"), eventCiting(&parts, "c", "her aides")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("a need and a loss to come are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("one sentence in two outlets is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}
