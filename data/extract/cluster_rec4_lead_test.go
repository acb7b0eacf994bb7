package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestADatelinesAgencyTookNoPart: "CALDERPORT (MNA) - " says who wrote
// the report; the agency is no actor of the happening its lead reports,
// while the people the lead names are.
func TestADatelinesAgencyTookNoPart(t *testing.T) {
	published := timeline.DayDate(2023, 11, 2) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"CALDERPORT (MNA) - Mayor Elena Brandvold closed the Harbor Street bridge on Thursday after a barge struck it.\n\n" +
					"The MNA reported the closure first.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}},
	}
	Into(&parts, []string{"a"}, Options{})
	i := eventCiting(&parts, "a", "closed the Harbor Street bridge")
	if i < 0 {
		t.Fatalf("no event cites the lead")
	}
	if got := parts.Events[i].Actors; slices.Contains(got, "mna") || !slices.Contains(got, "elena-brandvold") {
		t.Errorf("the lead's event has actors %v, want Elena Brandvold and not the agency", got)
	}
}
