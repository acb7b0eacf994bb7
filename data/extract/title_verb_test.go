package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleKeepsTheMainVerb: a title is cut after its sentence's main
// verb, which is neither a past participle opening a phrase on the
// subject ("workers aligned with the union took …"), nor a verb inside a
// relative clause on the subject, however many commas its list holds,
// nor a plural after an adjective of a country ("Albanian leaders"); a
// long relative clause on the subject goes, a short one stays; a name
// after a place is the place's region, not the subject's; a long subject
// is cut to its head, but not between a verb in -ing and its phrase; a
// cut right after the main verb is the last choice.
func TestTitleKeepsTheMainVerb(t *testing.T) {
	tests := []struct {
		name, sentence, want string
		whole                bool
	}{
		{"participle phrase on the subject", "Several hundred dock workers aligned with the union and two crews took to the quays of North Ostra to protest the rosters on Monday.",
			"Several hundred dock workers took to the quays of North Ostra", true},
		{"a long relative clause with a list", "Ana Brel, whose campaigns against the levy, the rosters and the closure of the north basin won over the port for a decade, died on Monday.",
			"Ana Brel died", true},
		{"a subject's verb in -ing keeps its phrase", "One group campaigning for a new harbour for the fishing fleet of the coast posted a long message on its website on Monday.",
			"", false},
		{"a short relative clause stays", "Ana Brel, who ran the port, resigned on Monday.",
			"Ana Brel, who ran the port, resigned", true},
		{"a plural after an adjective of a country", "Albanian leaders in the council and the assembly of the port looked to end the strike on Monday.",
			"Albanian leaders looked to end the strike", true},
		{"a region after a place", "The depot in North Ostra, Velen, closed its gates on Monday after the flood.",
			"The depot in North Ostra closed its gates", true},
		{"an irregular participle in a subordinate clause", "The outbreak began when samples taken at the north basin pumps on Monday showed oil in the water.",
			"The outbreak began when samples taken at the north basin pumps showed oil", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, whole := sentenceTitle(tt.sentence)
			if whole != tt.whole || tt.whole && got != tt.want {
				t.Errorf("got %q (whole %v), want %q (whole %v)", got, whole, tt.want, tt.whole)
			}
		})
	}
}

// TestWholeReadsARelativeAsideToItsEnd: a relative clause on the subject
// runs to the comma before a verb, past the commas of a list inside it,
// so its own verb is never read as the sentence's.
func TestWholeReadsARelativeAsideToItsEnd(t *testing.T) {
	for _, c := range []struct {
		words string
		whole bool
	}{
		{"Ana Brel, whose campaigns against the levy, the rosters and the closure won over the port", false},
		{"Ana Brel, whose campaigns against the levy, the rosters and the closure won over the port, died", true},
	} {
		if got := whole(strings.Fields(c.words)); got != c.whole {
			t.Errorf("%q: whole %v, want %v", c.words, got, c.whole)
		}
	}
}

// TestParticiplePhrase: a past form before a preposition opens a phrase
// on its noun only when a verb of the same clause follows, not a noun
// after an adjective ("the Albanian state"), a plural after a name
// ("Velen dockers") nor a verb "and" joins.
func TestParticiplePhrase(t *testing.T) {
	for _, c := range []struct {
		words string
		k     int
		want  bool
	}{
		{"Dock workers aligned with the union took to the quays", 2, true},
		{"Samples taken at the pumps showed oil", 1, true},
		{"The mayor worked with crews across the Albanian state to mend the quays", 2, false},
		{"Dock workers marched with the crews and clashed with police", 2, false},
		{"Ana Brel apologized for her crew's remark to Velen dockers that the port would close", 2, false},
		{"Port officials met with the union leaders as pilots praised the deal", 2, false},
	} {
		if got := participlePhrase(strings.Fields(c.words), c.k); got != c.want {
			t.Errorf("%q at %d: %v, want %v", c.words, c.k, got, c.want)
		}
	}
}

// TestWholeNeedsWhatIsReported: what a verb of saying reports must hold a
// verb, and a participle opening a phrase after a comma ("based on …")
// is none.
func TestWholeNeedsWhatIsReported(t *testing.T) {
	for _, c := range []struct {
		words string
		whole bool
	}{
		{"The harbour board reported, based on the latest count of crane drivers", false},
		{"The harbour board reported, based on the latest count, that the basin closed", true},
	} {
		if got := whole(strings.Fields(c.words)); got != c.whole {
			t.Errorf("%q: whole %v, want %v", c.words, got, c.whole)
		}
	}
}

// TestTitleLendsASubjectOnlyToAClauseWithout: the words reporting a
// happening that open mid-sentence take the sentence's subject only when
// they have none of their own ("closed the basin"), not when they do
// ("the harbour board's office announced"): a clause that only says
// who announced it is no whole statement, so the whole sentence titles
// it (the old expectation, "The harbour board's office announced", was a
// fragment).
func TestTitleLendsASubjectOnlyToAClauseWithout(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	for _, c := range []struct{ sentence, from, subject, want string }{
		{"Ana Brel and Ivo Lind will visit the port in March, the harbour board's office announced on Friday.",
			"the harbour board's", "Ana Brel", "Ana Brel and Ivo Lind will visit the port"},
		{"Ferries stayed in Velen harbour this morning after the council shut the quays yesterday, three days after the Mara Star ran onto the reef.",
			"three days after", "Ferries", "Ferries stayed in Velen harbour after the council shut the quays"},
		{"The harbour master, after a long night of talks, closed the north basin on Monday.",
			"closed", "The harbour master", "The harbour master closed the north basin"},
	} {
		a := &timeline.Article{ID: "a", Text: untrusted.Text(c.sentence), Published: published}
		m := &mention{article: a, start: 0, end: len(c.sentence), from: strings.Index(c.sentence, c.from), to: len(c.sentence),
			subject: c.subject, dates: FindDates(c.sentence, published)}
		if got, _ := mentionTitle(m); got != c.want {
			t.Errorf("%q from %q: got %q, want %q", c.sentence, c.from, got, c.want)
		}
	}
}
