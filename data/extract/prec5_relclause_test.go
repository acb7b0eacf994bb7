package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A date in a relative clause on a noun dates the noun's happening when
// another date stands in the sentence's main clause: its mention's words
// are the noun and its clause. A clause whose pronoun is a conjunction,
// a date after the clause's verb and another verb, and a sentence whose
// other date stands in a clause too are read as before.
func TestNounClauseTakesItsDate(t *testing.T) {
	published := timeline.DayDate(2025, time.June, 30)
	cases := []struct {
		name, text string
		want       string // the clause's words, "" for none
	}{
		{"subject's clause", "An inquiry into the crane collapse that killed two dockers at the port in March found that the port ignored warnings, its chairman said on Monday.",
			"the crane collapse that killed two dockers at the port in March"},
		{"object's clause", "On Monday, police arrested the man who attacked a shop in March.", "the man who attacked a shop in March"},
		{"auxiliary and participle", "A hearing officer who was appointed in March ruled on Monday that the name stays.", "A hearing officer who was appointed in March"},
		{"conjunction", "The minister said that the port closed in March, and it reopened on Monday.", ""},
		{"second verb", "The company that was founded by Smith announced in March a plan to close, and shut on Monday.", ""},
		{"of that", "Some $14 million left in May; $2 million of that seeped out on Monday alone, and more on Tuesday.", ""},
		{"other date in a clause", "They cannot argue it about Nevada, where voters in March counted, a number that could be higher on Saturday.", ""},
	}
	for _, c := range cases {
		dates := FindDates(c.text, published)
		var groups [][]Date
		for _, d := range dates {
			groups = append(groups, []Date{d})
		}
		got := ""
		for _, g := range groups {
			if s, e, ok := nounClause(c.text, 0, len(c.text), g, groups); ok {
				got = c.text[s:e]
			}
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
