package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnUndatedSentenceTellingTheDatedOneAgainJoinsItsEvent: news tells
// a happening in several sentences and dates one of them; the undated
// one whose subject and main verb are the dated one's, and which shares
// what was acted on, is cited by the same event (its passage widened),
// while an undated sentence of another action on the same things is not.
func TestAnUndatedSentenceTellingTheDatedOneAgainJoinsItsEvent(t *testing.T) {
	published := timeline.DayDate(2025, 4, 10)
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Kestrel Water Holdings closed the Harlow reservoir on April 8 after engineers found a crack in its wall.\n\n" +
				"Kestrel Water Holdings closed the reservoir to walkers and anglers as well.\n\n" +
				"Kestrel Water Holdings inspected the reservoir wall to find the crack.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Kestrel Water Holdings inspected the Harlow reservoir on April 2.\n")},
	)
	closed := eventCiting(&parts, "a", "closed the Harlow reservoir")
	if closed < 0 {
		t.Fatalf("no event cites the dated closure")
	}
	if got := eventCiting(&parts, "a", "to walkers and anglers"); got != closed {
		t.Errorf("the closure told again undated is event %d, want %d", got, closed)
	}
	if got := eventCiting(&parts, "a", "inspected the reservoir wall"); got >= 0 {
		t.Errorf("an undated sentence of another action is event %d, want none", got)
	}
}

// TestALooseLastWeekJoinsTheDayItHolds: "Queues formed outside the
// Tessaly branches last week", alone in its event, joins another
// outlet's report of queues forming on a day of that week, which keeps
// its day; told "next week" a week before (the same week), or with
// another main verb, it stays apart.
func TestALooseLastWeekJoinsTheDayItHolds(t *testing.T) {
	published := timeline.DayDate(2025, 3, 11) // a Tuesday
	for _, c := range []struct {
		published timeline.Date
		text      string
		joins     bool
	}{
		{published, "Queues formed outside the Tessaly branches of the bank last week, savers said.", true},
		{timeline.DayDate(2025, 2, 25), "Queues formed outside the Tessaly branches of the bank next week, savers said.", false},
		{published, "Queues stretched outside the Tessaly branches of the bank last week, savers said.", false},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Long queues formed outside Marrowgate Cooperative Bank branches in Tessaly on Wednesday as savers withdrew deposits.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: c.published, Text: untrusted.Text(c.text + "\n")},
		)
		formed := eventCiting(&parts, "a", "Long queues formed")
		if formed < 0 {
			t.Fatalf("no event cites the queues on Wednesday")
		}
		if got := eventCiting(&parts, "b", "Queues"); (got == formed) != c.joins {
			t.Errorf("%q: event %d, the queues on Wednesday %d, want joined %v", c.text, got, formed, c.joins)
		}
		if e := parts.Events[formed]; e.Start != timeline.DayDate(2025, 3, 5) {
			t.Errorf("%q: the event is dated %s, want the Wednesday, 2025-03-05", c.text, e.Start.ISO())
		}
	}
}

// TestAnUndatedSentenceWithADefiniteSubjectJoinsOnStrongerWords: "The
// reservoir was closed to walkers and anglers while engineers examined
// the crack" names no one, but its subject is what the dated sentence
// before acted on and the two share words weighing minStrong: it is
// cited by the dated sentence's event; told with "also", it is another
// closure and is not.
func TestAnUndatedSentenceWithADefiniteSubjectJoinsOnStrongerWords(t *testing.T) {
	published := timeline.DayDate(2025, 4, 10)
	for _, c := range []struct {
		echo  string
		joins bool
	}{
		{"The reservoir was closed to walkers and anglers while engineers examined the crack.", true},
		{"The reservoir was also closed to walkers and anglers while engineers examined the crack.", false},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Kestrel Water Holdings closed the Harlow reservoir to walkers and anglers on April 8 after engineers found a crack in its wall.\n\n" +
					c.echo + "\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Kestrel Water Holdings inspected the Harlow reservoir on April 2.\n")},
		)
		closed := eventCiting(&parts, "a", "closed the Harlow reservoir")
		if closed < 0 {
			t.Fatalf("no event cites the dated closure")
		}
		if got := eventCiting(&parts, "a", "engineers examined"); (got == closed) != c.joins {
			t.Errorf("%q: event %d, the closure %d, want joined %v", c.echo, got, closed, c.joins)
		}
	}
}
