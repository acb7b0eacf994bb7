package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
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

// TestAClauseDateJoinsOnlyOnItsVerb: a sentence dated only by a date in
// a relative clause on a noun ("an issue that helped her pull off a win
// last month") tells that happening in passing; from another outlet it
// does not join a day of that month on the names they share, but does
// when the event says what its own sentence says.
func TestAClauseDateJoinsOnlyOnItsVerb(t *testing.T) {
	day := timeline.DayDate(2024, 9, 4) // a Wednesday
	later := timeline.DayDate(2024, 10, 10)
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: day, Text: untrusted.Text(
			"Councillor Ines Varga came into Tuesday with a lead of 300 votes over Brenmoor's mayor.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: later, Text: untrusted.Text(
			"Councillor Ines Varga may have her best chance with a lead of 300 votes over Brenmoor's mayor in the north, an issue that helped her pull off a win over Mayor Olav Brekke last month.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: later, Text: untrusted.Text(
			"Councillor Ines Varga came into the vote with a lead over Brenmoor's mayor that grew last month.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "came into"), eventCiting(&parts, "b", "best chance"), eventCiting(&parts, "c", "came into")
	if a < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("the lead and the win told in passing are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the lead is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}

// TestClauseVerb: the verb of the relative clause a date stands in.
func TestClauseVerb(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"It was an issue that helped him pull off a win last month.", "help"},
		{"It was the collapse that had killed two dockers in March.", "kil"},
		{"He said that the port closed in March.", "-"},
	} {
		got := "-"
		for _, d := range FindDates(c.text, timeline.DayDate(2025, 6, 30)) {
			if v, ok := clauseVerb(c.text, d); ok {
				got = v
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
