package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// clashStory is a small story of a quay collapse told by three outlets:
// a strike called for Friday, an inquiry ordered on Thursday into the
// collapse, a director's statement of Tuesday and his forecast, written
// the Thursday before, that the port would reopen on Monday. No two of
// its dated sentences report one happening with two dates.
func clashStory() timeline.Parts {
	return timeline.Parts{
		Articles: []timeline.Article{
			{ID: "strike", Outlet: "o1", Published: timeline.DayDate(2025, 3, 5), Text: untrusted.Text(
				"Ferrymen at Kallvik walk out over safety\n\n" +
					"Kallvik's ferrymen will walk out for 48 hours from Friday in protest at safety failures after two men died when a quay collapsed at the harbour of Kallvik on Monday.\n\n" +
					"The Kallvik Ferrymen's Guild announced the strike on Wednesday.\n")},
			{ID: "wire", Outlet: "o2", Published: timeline.DayDate(2025, 3, 6), Text: untrusted.Text(
				"Inquiry ordered into Kallvik quay collapse\n\n" +
					"Vessia's government on Thursday ordered an independent inquiry into the collapse of a quay that killed two ferrymen at the harbour of Kallvik this week.\n\n" +
					"The Kallvik Ferrymen's Guild said its 48-hour strike would go ahead on Friday.\n\n" +
					"Kallvik Harbour Board director Oskar Brandt said the harbour would reopen on Monday for ferries already waiting in the sound.\n")},
			{ID: "post", Outlet: "o3", Published: timeline.DayDate(2025, 3, 12), Text: untrusted.Text(
				"Questions mount over Kallvik quay\n\n" +
					"Oskar Brandt, the harbour board's director, said on Tuesday that he had not seen the survey before the collapse.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
}

// TestNoDateDiscrepancyFromAnUnsoundJoin: a discrepancy says two outlets
// date one happening differently. A sentence about another happening
// (an inquiry ordered, beside a strike called) and a forecast ("would
// reopen on Monday", beside what the director said on Tuesday) are no
// such side: they make no date discrepancy and stay out of the event
// whose date they contradict.
func TestNoDateDiscrepancyFromAnUnsoundJoin(t *testing.T) {
	parts := clashStory()
	Into(&parts, []string{"strike", "wire", "post"}, Options{})
	for _, d := range parts.Discrepancies {
		if d.Kind == timeline.DiscrepancyDate {
			t.Errorf("date discrepancy %q", d.Description)
		}
	}
	for _, c := range []struct{ article, words, other, otherWords string }{
		{"wire", "ordered an independent inquiry", "strike", "will walk out"},
		{"wire", "would reopen on Monday", "post", "he had not seen the survey"},
		{"wire", "would go ahead on Friday", "strike", "announced the strike"},
	} {
		i, j := eventCiting(&parts, c.article, c.words), eventCiting(&parts, c.other, c.otherWords)
		if i >= 0 && i == j {
			t.Errorf("%q and %q are one event, %q", c.words, c.otherWords, parts.Events[i].Title)
		}
	}
}

// TestForecast: a date its words look ahead to, or one after the day
// its article was published, dates a happening still to come.
func TestForecast(t *testing.T) {
	a := &timeline.Article{Published: timeline.DayDate(2025, 3, 6)} // a Thursday
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"The director said the harbour would reopen on Monday.", "on Monday", true},
		{"The guild will strike on Friday.", "on Friday", true},
		{"The director said on Tuesday that he had not seen it.", "on Tuesday", false},
		{"The harbour reopened on March 3.", "March 3", false},
	} {
		var d Date
		for _, x := range FindDates(c.text, a.Published) {
			if x.Phrase == c.phrase {
				d = x
			}
		}
		if d.Phrase == "" {
			t.Fatalf("%q: no date phrase %q", c.text, c.phrase)
		}
		if got := forecast(a, d); got != c.want {
			t.Errorf("forecast(%q in %q) = %v, want %v", c.phrase, c.text, got, c.want)
		}
	}
}

// TestOwnStems: a sentence's own words leave out its quotations and its
// clauses of another time.
func TestOwnStems(t *testing.T) {
	text := `Clara Voss spoke on Thursday after winning the vote, saying "we prevailed" to cheers.`
	a := &timeline.Article{Text: untrusted.Text(text)}
	got := strings.Join(ownStems(&mention{article: a, start: 0, end: len(text)}), " ")
	for _, w := range []string{"win", "vote", "prevail"} {
		if st, _ := contentStem(w); strings.Contains(" "+got+" ", " "+st+" ") {
			t.Errorf("ownStems holds %q: %s", st, got)
		}
	}
	if st, _ := contentStem("spoke"); !strings.Contains(got, st) {
		t.Errorf("ownStems lacks %q: %s", st, got)
	}
}
