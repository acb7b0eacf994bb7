package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestJoinedClauses: two clauses a comma and a conjunction join, each
// dated, are read apart at the joint; a sentence without one keeps the
// words between the dates.
func TestJoinedClauses(t *testing.T) {
	for _, c := range []struct {
		text  string
		words []string // each date group's words
	}{
		{"Brandt said it on Wednesday at a rally, and he repeated it on the radio on Thursday before noon.",
			[]string{"Brandt said it on Wednesday at a rally", "he repeated it on the radio on Thursday before noon."}},
		{"Brandt spoke on Wednesday at a rally in Kallvik after the vote on Monday.",
			[]string{"Brandt spoke on Wednesday at a rally in Kallvik after the vote ", " at a rally in Kallvik after the vote on Monday."}},
	} {
		dates := FindDates(c.text, timeline.DayDate(2025, 3, 14))
		if len(dates) != len(c.words) {
			t.Fatalf("%q: %d dates, want %d", c.text, len(dates), len(c.words))
		}
		for k, d := range dates {
			lo, hi := 0, len(c.text)
			if k > 0 {
				lo = dates[k-1].End
			}
			if k+1 < len(dates) {
				hi = dates[k+1].Start
			}
			lo, hi = joinedClauses(c.text, lo, hi, []Date{d})
			if got := c.text[lo:hi]; got != c.words[k] {
				t.Errorf("%q, date %q: words %q, want %q", c.text, d.Phrase, got, c.words[k])
			}
		}
	}
}
