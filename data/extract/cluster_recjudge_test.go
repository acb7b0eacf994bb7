package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAMentionReadBeforeItsEventIsWeighedAgain: a report read before any
// other outlet's report of the theft ("when thieves forced a fire door at
// Brackwell Museum on October 6") starts an event of its own; the
// reports read after it join one another, sharing more with each other
// than with it. Read again, it joins theirs: it names the museum they
// name, on their day, and they hold the verb of its main clause ("taken")
// and words weighing minStrong. A report of that day naming the museum
// that says something else ("hosted a school choir") stays apart.
func TestAMentionReadBeforeItsEventIsWeighedAgain(t *testing.T) {
	published := timeline.DayDate(2024, 10, 7) // a Monday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Two coastal landscapes were taken when thieves forced a fire door at Brackwell Museum on October 6.\n\n" +
				"Brackwell Museum hosted a school choir on October 6, before the alarm.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"When thieves walked out of Brackwell Museum with the Harlow torc in the small hours of October 6, they did not need to be clever.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Thieves broke into Brackwell Museum in the small hours of Sunday and took the Harlow torc and two coastal landscapes.\n")},
	)
	taken, walked, broke := eventCiting(&parts, "a", "were taken"), eventCiting(&parts, "b", "walked out"), eventCiting(&parts, "c", "broke into")
	if taken < 0 || walked != broke || taken != broke {
		t.Errorf("the theft read first is event %d, the reports after it %d and %d; want one", taken, walked, broke)
	}
	if choir := eventCiting(&parts, "a", "school choir"); choir >= 0 && choir == broke {
		t.Errorf("the choir, which shares the museum and the day but not what happened, joined the theft")
	}
}
