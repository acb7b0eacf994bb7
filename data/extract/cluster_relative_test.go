package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestADateInARelativeClauseDatesThatClause: a date inside a relative
// clause on a person, set off by commas ("Varga, who resigned in
// February,"), dates what the clause says of that person, not the
// sentence's main clause: the event is the resignation, titled by the
// person and the clause's words. A date after the clause has closed
// dates the main clause.
func TestADateInARelativeClauseDatesThatClause(t *testing.T) {
	for _, c := range []struct {
		text, when, title string
	}{
		{"Without Mayor Ines Varga, who resigned in February, the harbour board deadlocked four to four.\n", "Feb 2024", "Varga resigned"},
		{"The council praised Mayor Ines Varga, who opened the new ferry terminal on Monday.\n", "2024-05-06", "Varga opened the new ferry terminal"},
		{"Mayor Ines Varga, who grew up in the port, opened the new ferry terminal on Monday.\n", "2024-05-06", "opened the new ferry terminal"},
	} {
		parts := timeline.Parts{
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(c.text), Published: timeline.DayDate(2024, 5, 8)}},
			Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
		}
		Into(&parts, []string{"a"}, Options{})
		var got []string
		for _, e := range parts.Events {
			got = append(got, timeline.FormatRange(e.Start, e.End)+" "+e.Title)
		}
		if len(got) != 1 || !strings.HasPrefix(got[0], c.when+" ") || !strings.Contains(got[0], c.title) {
			t.Errorf("%q: events %q, want %q", c.text, got, c.when+" "+c.title)
		}
	}
}
