package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A month or a year between "the" and a noun names the noun ("the
// November inspection report"): it is listed but marked Names, and
// datingDates leaves it out; a day beside it, a scheduled happening, a noun
// of time and a phrase the sentence is set in still date their sentences.
func TestDateNamingANounDoesNotDateItsSentence(t *testing.T) {
	published := timeline.DayDate(2025, time.March, 10)
	cases := []struct {
		name, text string
		names      []bool // per date found, in order
	}{
		{"month before a noun", "Aas called on the minister to publish the November inspection report.", []bool{true}},
		{"month and year, then a day", "Hegge had received the November 2024 inspection report on December 2, 2024.", []bool{true, false}},
		{"year before a noun", "Reporters obtained the 2009 memo from a clerk.", []bool{true}},
		{"month, a", "Officials blamed a July attack on militants.", []bool{true}},
		{"set in the noun", "Five people died in the July attack.", []bool{false}},
		{"opens the sentence", "The July attack killed 86 people.", []bool{false}},
		{"scheduled happening", "Voters turned against the party in polls before the November election.", []bool{false}},
		{"noun of time", "He scored 20 goals over the 2009 season.", []bool{false}},
		{"possessive", "They must file their April reports to the board.", []bool{false}},
		{"from", "The dosing equipment dates from a 2011 refit.", []bool{false}},
		{"appositive of-phrase", "The attack came on a national holiday, the anniversary of the storming of the fortress on July 14, 1789.", []bool{true}},
		{"a clause after the comma", "On Monday, the price of oil rose in March.", []bool{false, false}},
		{"no comma before", "In the aftermath of the attack on July 14, police arrested two men.", []bool{false}},
		{"no noun after", "The strike began in November and ended in March.", []bool{false, false}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, published)
			if len(got) != len(tc.names) {
				t.Fatalf("FindDates(%q) = %s, want %d dates", tc.text, dateGotString(got), len(tc.names))
			}
			dating := 0
			for i, d := range got {
				if d.Names != tc.names[i] {
					t.Errorf("FindDates(%q): %q Names = %v, want %v", tc.text, d.Phrase, d.Names, tc.names[i])
				}
				if !tc.names[i] {
					dating++
				}
			}
			if n := len(datingDates(got)); n != dating {
				t.Errorf("datingDates(FindDates(%q)) keeps %d dates, want %d", tc.text, n, dating)
			}
		})
	}
}
