package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// "On the Monday" after a day named counts from it, as "the following
// Monday" does; a weekday that says what kind of thing a noun is ("to
// Sunday football") dates nothing, so "a day later" counts from the day
// named before it.
func TestDatesTellingTheStorysOwnSequence(t *testing.T) {
	published := timeline.DayDate(2025, time.May, 18) // a Sunday
	cases := []struct {
		name, text string
		want       []string // each date's phrase=value, in order
	}{
		{"on the Monday", "On January 12, a tank split open. On the Monday, the water company closed its intake.",
			[]string{"January 12=2025-01-12", "On the Monday=2025-01-13"}},
		{"on the Monday, none named", "On the Monday, the water company closed its intake.", nil},
		{"on the Monday before", "On January 12, a tank split open. On the Monday before the vote, nobody came.",
			[]string{"January 12=2025-01-12", "Monday=2025-05-12"}},
		{"a weekday before a noun", "On January 12 the solvent poured out. Children on their way to Sunday football stopped to stare. A day later the intake was closed.",
			[]string{"January 12=2025-01-12", "A day later=2025-01-13"}},
		{"a weekday and a day part", "Police said they were called to Sunday morning's match.",
			[]string{"Sunday=2025-05-18"}},
		{"a weekday before a noun, after a", "Trump said at a Saturday rally that he would win.",
			[]string{"Saturday=2025-05-17"}},
		{"a weekday's", "Lawyers prepared to Monday's hearing.",
			[]string{"Monday=2025-05-12"}},
		{"prior to a weekday", "Trump, who prior to Wednesday hadn't received a single endorsement, won.",
			[]string{"Wednesday=2025-05-14"}},
		{"on the Sunday morning shows", "On January 12, a tank split open. On the Sunday morning shows, Carson said he was facing scrutiny.",
			[]string{"January 12=2025-01-12", "Sunday=2025-05-18"}},
		{"a scheduled happening in the present", "The trial opens on September 15.",
			[]string{"September 15=2025-09-15"}},
		{"a fiscal year's end", "The deficit for this fiscal year, which ends Sept. 30, is projected to rise.",
			[]string{"Sept. 30=2025-09-30"}},
		{"a past happening", "The trial opened on September 15.",
			[]string{"September 15=2024-09-15"}},
		{"a weekday after a verb", "The council will meet Tuesday to decide.",
			[]string{"Tuesday=2025-05-20"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range FindDates(tc.text, published) {
				got = append(got, d.Phrase+"="+d.From.String())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("FindDates(%q) = %v, want %v", tc.text, got, tc.want)
			}
			for k := range got {
				if got[k] != tc.want[k] {
					t.Errorf("FindDates(%q) = %v, want %v", tc.text, got, tc.want)
				}
			}
		})
	}
}
