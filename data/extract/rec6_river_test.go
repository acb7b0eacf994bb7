package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestARiverIsNoActor: "the River Brede", "Lake Orm" and "Mount Kell"
// are places, what a sentence is about, not who acted in it (rec28v);
// "Brede Valley Foods" still is an actor.
func TestARiverIsNoActor(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: timeline.DayDate(2025, 5, 16), Text: untrusted.Text(
				"Brede Valley Foods admitted on Monday that it had polluted the River Brede.\n\n" +
					"Anglers found dead fish in Lake Orm on Tuesday.\n\n" +
					"Climbers were turned back from Mount Kell on Wednesday.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}},
	}
	Into(&parts, []string{"a"}, Options{})
	for _, a := range parts.Actors {
		switch a.Name {
		case "River Brede", "Lake Orm", "Mount Kell":
			t.Errorf("%q is an actor, want a place", a.Name)
		}
	}
	if i := eventCiting(&parts, "a", "polluted the River Brede"); i < 0 || len(parts.Events[i].Actors) != 1 || parts.Events[i].Actors[0] != "brede-valley-foods" {
		t.Errorf("the pollution's event %d, want one with Brede Valley Foods alone", i)
	}
}
