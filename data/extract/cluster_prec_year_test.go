package extract

import (
	"fmt"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestACrowdedYearJoinsADayOnItsVerb: a sentence from a second outlet
// dated only by a year many of the corpus's sentences give ("this year")
// joins an event of one day only when its main verb is that of another
// outlet's sentence there: the councillor who "has backed" a petition
// this year is not reported launching it on Tuesday. Where few sentences
// give the year, it is a sound footing and the two join as before.
func TestACrowdedYearJoinsADayOnItsVerb(t *testing.T) {
	published := timeline.DayDate(2024, 1, 10) // a Wednesday
	for _, crowd := range []int{12, 0} {
		var fill []timeline.Article
		for i := range crowd {
			w := func(k int) string { return "zor" + string(rune('a'+i)) + string(rune('a'+k)) + "ton" }
			fill = append(fill, timeline.Article{ID: fmt.Sprintf("y%d", i), Outlet: "o3", Published: published, Text: untrusted.Text(
				"Mayor Dana Korr praised the " + w(0) + " " + w(1) + " this year.\n")})
		}
		parts := korrCorpus(append(fill,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Councillor Ines Varga launched a Tallow quay petition with harbour pilots on Tuesday.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Councillor Ines Varga has backed the Tallow quay petition of harbour pilots and a handful of others this year.\n")})...)
		ids := make([]string, len(parts.Articles))
		for i, a := range parts.Articles {
			ids[i] = a.ID
		}
		Into(&parts, ids, Options{})
		a, b := eventCiting(&parts, "a", "launched a"), eventCiting(&parts, "b", "has backed")
		if a < 0 || b < 0 {
			t.Fatalf("%d sentences give the year: the sentences are not both sources (%d, %d)", crowd, a, b)
		}
		if crowd >= minCrowded && a == b {
			t.Errorf("%d sentences give the year: the petition and the backing are one event: %q", crowd, parts.Events[a].Title)
		}
		if crowd < minCrowded && a != b {
			t.Errorf("%d sentences give the year: the petition, told of a year few sentences give, is two events", crowd)
		}
	}
}
