package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A scheduled happening named without its year leans ahead up to about
// eleven months; one in a sentence that looks back, or one just past,
// keeps the past reading; a date that names no scheduled happening keeps
// the three months' reach.
func TestScheduledDatesLeanAhead(t *testing.T) {
	july := timeline.DayDate(2016, time.July, 20)
	cases := []struct {
		name      string
		text      string
		published timeline.Date
		want      string
	}{
		{"day before its noun", "Officials are busy preparing for the Nov. 8 general election.", july, "2016-11-08"},
		{"month before its noun", "The party turned its attention to the November election.", july, "2016-11"},
		{"possessive month", "She faces a rival in November's election.", july, "2016-11"},
		{"noun, then on", "Voters go to a primary on March 1 in the state.", timeline.DayDate(2015, time.November, 20), "2016-03-01"},
		{"past verb keeps the past", "Trump won the March 15 primary in Florida.", july, "2016-03-15"},
		{"just past stays past", "Analysts still argue over the Nov. 8 election.", timeline.DayDate(2016, time.December, 20), "2016-11-08"},
		{"no scheduled noun", "Analysts still argue over the Nov. 8 letter.", july, "2015-11-08"},
		{"in after a noun is no lean", "He lit into her at a debate in August and kept at it.", timeline.DayDate(2016, time.March, 4), "2015-08"},
		{"beyond eleven months", "Officials are busy preparing for the June 30 deadline.", timeline.DayDate(2016, time.July, 2), "2016-06-30"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, tc.published)
			if len(got) != 1 {
				t.Fatalf("FindDates(%q) = %s, want one date", tc.text, dateGotString(got))
			}
			if iso := got[0].From.ISO(); iso != tc.want {
				t.Errorf("FindDates(%q) = %s, want %s", tc.text, iso, tc.want)
			}
		})
	}
}

func TestScheduledPhrase(t *testing.T) {
	cases := []struct {
		text, phrase string
		want         bool
	}{
		{"to influence the Nov. 8 U.S. presidential election.", "Nov. 8", true},
		{"the June 7 primary in California", "June 7", true},
		{"a deadline of Dec. 1 for the filing", "Dec. 1", true},
		{"the convention in July", "July", false},
		{"the Nov. 8 letter to the election board", "Nov. 8", false},
		{"on Nov. 8, the election", "Nov. 8", false},
	}
	for _, tc := range cases {
		i := strings.Index(tc.text, tc.phrase)
		if got := scheduledPhrase(tc.text, i, i+len(tc.phrase)); got != tc.want {
			t.Errorf("scheduledPhrase(%q, %q) = %v, want %v", tc.text, tc.phrase, got, tc.want)
		}
	}
}
