package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// With datePatAgoWords and "by the Monday" wired into dateMatchers: a
// count past ten before "ago" is read, and "by the Wednesday" counts
// from the day named before it.
func TestAgoPastTenAndByTheWeekdayInText(t *testing.T) {
	published := timeline.DayDate(2026, time.March, 9) // a Monday
	cases := []struct {
		name, text string
		want       []string // each date's phrase=value, in order
	}{
		{"a teen", "Thirteen years ago the same hills burned.", []string{"Thirteen years ago=c. 2013"}},
		{"by the weekday, after ago", "Ten days ago, a fire broke out at the mill. By the Wednesday morning, it had spread.",
			[]string{"Ten days ago=2026-02-27", "By the Wednesday=2026-03-04"}},
		{"by the weekday, none named", "By the Wednesday morning, it had spread.", nil},
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
