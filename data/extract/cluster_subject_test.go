package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOneSubjectOfOneActorOnOneDay: two outlets' reports of the same
// thing done at a rarely named place on the very same day ("Patients were
// moved to Kelmar General Hospital on Tuesday", "patients … were
// sent on to Kelmar General Hospital") are one event though their verbs
// differ: the same subject, place and day say what one action word would.
// Another subject there that day ("nurses … held a vigil") stays apart.
func TestOneSubjectOfOneActorOnOneDay(t *testing.T) {
	published := timeline.DayDate(2025, 6, 12) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Patients were moved to Kelmar General Hospital on Tuesday morning, a spokesman said.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"On Tuesday, patients needing surgery were sent on to Kelmar General Hospital.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"On Tuesday, nurses at Kelmar General Hospital held a candlelit vigil.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	moved := eventCiting(&parts, "a", "Patients were moved")
	if moved < 0 {
		t.Fatalf("no event cites the patients' move")
	}
	if got := eventCiting(&parts, "b", "patients needing surgery"); got != moved {
		t.Errorf("the second outlet's report of the patients sent on is event %d, want %d", got, moved)
	}
	if got := eventCiting(&parts, "c", "nurses at Kelmar"); got == moved {
		t.Errorf("the nurses' vigil joined the patients' move")
	}
}
