package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestApproximateYearsNeedStrongWords: two outlets' sentences that name
// no one in common, each dated only about ("since mid-2015", "a year
// ago"), and share a common noun and a verb of one class (suspending and
// stopping both halt something) report two happenings: two dates the
// text gives only about say little by agreeing, so the words must say it
// strongly. Six other articles make "company" a word few sentences give,
// as it is in a corpus of many stories.
func TestApproximateYearsNeedStrongWords(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o", Published: timeline.DayDate(2016, 2, 8),
				Text: untrusted.Text("The company said it had suspended 40,000 accounts tied to fraud since mid-2015 and was reviewing sellers suspected of running them.\n")},
			{ID: "b", Outlet: "p", Published: timeline.DayDate(2016, 5, 2),
				Text: untrusted.Text("A complaint filed a year ago with the WTO has forced Ostrava to stop subsidizing companies exporting timber, grain and other goods.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o", Name: "O"}, {ID: "p", Name: "P"}},
	}
	ids := []string{"a", "b"}
	for i, text := range []string{
		"Mayor Ines Varga opened the new bridge on Monday.",
		"The harbour board approved three contracts on Tuesday.",
		"Dock workers walked out in March.",
		"The river flooded the lower town last week.",
		"Senator Tomas Hale won the primary in April.",
		"The council closed the old market in January.",
	} {
		id := string(rune('c' + i))
		parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Published: timeline.DayDate(2016, 5, 2), Text: untrusted.Text(text + "\n")})
		ids = append(ids, id)
	}
	Into(&parts, ids, Options{})
	for _, e := range parts.Events {
		if len(e.Sources) > 1 {
			t.Errorf("%s %q joins %d sentences of different happenings", timeline.FormatRange(e.Start, e.End), e.Title, len(e.Sources))
		}
	}
}
