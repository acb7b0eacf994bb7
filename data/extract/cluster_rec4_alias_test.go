package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnOrganisationNamedWithoutItsPlace: "the Regional Transit
// Authority" in an article that names Calderport is the "Calderport
// Regional Transit Authority" other outlets name, and their reports of
// its deal are one event; "the Green Party" in an article that never
// names Vellmark is not the "Vellmark Green Party".
func TestAnOrganisationNamedWithoutItsPlace(t *testing.T) {
	published := timeline.DayDate(2025, 4, 11) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Calderport Regional Transit Authority and the drivers' union reached a tentative three-year agreement on Wednesday.\n\n" +
					"The Vellmark Green Party chose a new leader on Tuesday after a ballot of members.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Calderport's bus strike is over.\n\n" +
					"Negotiators for the Regional Transit Authority and the union reached a tentative pay agreement on Wednesday.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"The Calderport Regional Transit Authority board will meet on Monday.\n\n" +
					"The Green Party chose a new leader on Tuesday after a ballot of members.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	deal := eventCiting(&parts, "a", "reached a tentative three-year agreement")
	if got := eventCiting(&parts, "b", "Negotiators for the Regional"); deal < 0 || got != deal {
		t.Errorf("the deal told with the authority's short name is event %d, want %d", got, deal)
	}
	green := eventCiting(&parts, "a", "Vellmark Green Party chose")
	if got := eventCiting(&parts, "c", "The Green Party chose"); green < 0 || got == green {
		t.Errorf("the Green Party's leader, in an article naming no Vellmark, is event %d, the Vellmark party's (%d)", got, green)
	}
}
