package extract

import (
	"regexp"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A count past ten spelled out before "ago" reads as its figure; ten and
// under are left to datePatAgo, and a compound on a teen is no count.
func TestAgoWithCountsPastTen(t *testing.T) {
	re := regexp.MustCompile(datePatAgoWords)
	published := timeline.DayDate(2026, time.March, 9)
	cases := []struct {
		text, want string // want: the reading's value, "" for none
	}{
		{"Thirteen years ago the hills burned.", "2013"},
		{"It closed twenty-one years ago.", "2005"},
		{"The mill shut a dozen years ago.", "2014"},
		{"She left half a dozen years ago.", "2020"},
		{"It opened Forty days ago.", "2026-01-28"},
		{"It opened ten years ago.", ""},
		{"It opened eleven-one years ago.", ""},
	}
	for _, tc := range cases {
		l := re.FindStringSubmatchIndex(tc.text)
		got := ""
		if l != nil {
			if c, ok := dateBuildAgoWords(tc.text, l); ok {
				from, _, err := timeline.Resolve(c.resolve, published, timeline.Past)
				if err != nil {
					t.Fatalf("Resolve(%q): %v", c.resolve, err)
				}
				got = from.ISO()
			}
		}
		if got != tc.want {
			t.Errorf("%q read as %q, want %q", tc.text, got, tc.want)
		}
	}
}
