package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleKeepsAReportItsVerbTakes: "report" that ends a noun phrase is
// the verb's object, not a verb of saying cut off from what it says, and
// a date's comma after its year closes the clause before a participle:
// the title keeps what was received and stops before "contradicting".
func TestTitleKeepsAReportItsVerbTakes(t *testing.T) {
	s := "The report said the agency's director, Ana Brel, had signed the March 2024 safety report on June 3, 2024, contradicting her account in May that she had never seen it."
	a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: timeline.DayDate(2025, 6, 30)}
	ds := datingDates(FindDates(s, a.Published))
	m := mention{article: a, start: 0, end: len(s), from: 0, to: strings.Index(s, "in May"), subject: "Brel", dates: ds[:1]}
	want := "The report said Ana Brel had signed the March 2024 safety report"
	if got, _ := mentionTitle(&m); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSayingNoun: a word of saying that ends a noun phrase a determiner
// or a possessive opens is a noun; after a plural noun, or with no
// determiner, it is read as a verb.
func TestSayingNoun(t *testing.T) {
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"had signed the report", true},
		{"had signed the March 2024 safety report", true},
		{"denied the party's claims", true},
		{"the senators report", false},
		{"officials report", false},
		{"the committee reports", false},
		{"Brel said", false},
	} {
		ws := strings.Fields(c.words)
		if got := sayingNoun(ws, len(ws)-1); got != c.want {
			t.Errorf("%q: got %v, want %v", c.words, got, c.want)
		}
	}
}

// TestDateCommaAfterYear: the comma after a date's year goes with the
// date when a noun follows it ("the Sept. 11, 2001, attacks") and stays
// to close the clause before a participle.
func TestDateCommaAfterYear(t *testing.T) {
	pub := timeline.DayDate(2025, 6, 30)
	for _, c := range []struct{ text, want string }{
		{"She signed the report on June 3, 2024, contradicting her account.", "She signed the report, contradicting her account."},
		{"He recalled the Sept. 11, 2001, terrorist attacks in his speech.", "He recalled terrorist attacks in his speech."},
	} {
		if got := strings.Join(titleWords(c.text, 0, FindDates(c.text, pub), nil), " "); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
