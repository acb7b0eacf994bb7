package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleSaysWhoseViewItIs: what a speaker holds (what should or
// might be, words they are quoted in) is titled as theirs, by name,
// however long the frame that leads to it, in the sentence's own words
// ("told" keeps whom it was told); a "that" after the verb goes, leaving
// the words to what was said; a cut never leaves a verb after its
// auxiliary without what it takes, nor parts two adjectives of one noun.
// The frame goes where it names the speaker as what was said names
// another, or leaves no room for what was said.
func TestTitleSaysWhoseViewItIs(t *testing.T) {
	for _, c := range []struct{ name, sentence, want string }{
		{"a long frame, an aside between hyphens", `Dock union leader Ivo Lind - who once vowed to "close" the quay - said at a weekend meeting in Velen that the board should also shut the north basin.`,
			"Ivo Lind said the board should also shut the north basin"},
		{"a word in quotation marks", "Having questioned on Monday whether a second review was needed, Lind said Thursday that the board “would welcome” a state inquiry into the docks.",
			"Lind said the board would welcome a state inquiry"},
		{"a name in apposition before the verb", "Separately, the chief engineer, Ivo Lind, confirmed on Tuesday that his office had opened an inquiry into the crane.",
			"Ivo Lind confirmed his office had opened an inquiry"},
		{"a short subject", "The harbour master told the Velen Courier on Friday that the pilots were “not willing to talk” to the board.",
			"The harbour master told the Velen Courier the pilots were not willing to talk"},
		{"a name, not what an of-phrase names", "Brel, chair of Velen Freight, told the Courier on Monday that the levy was “unlawful.”",
			"Brel told the Courier the levy was unlawful"},
		{"the same name on both sides", "Ana Brel told voters in Velen on Monday that Mr. Brel would be “in charge of the quay.”",
			"Mr. Brel would be in charge of the quay"},
		{"no room for what was said", "Lind himself said Tuesday that “the only way to win the north basin is to go and ask, one on one, for the support of the crews.”",
			"The only way to win the north basin is to go and ask"},
		{"two adjectives of one noun", "Ana Brel said on Monday that Lind is a “good, decent man of the harbour,” and said that the board “melted down.”",
			"Ana Brel said Lind is a good, decent man of the harbour"},
		{"no name to say it", "He said at the quay on Monday that the levy was “unlawful.”", "The levy was unlawful"},
		{"no name in a sentence adverb", "Separately, the harbour board's chief engineer confirmed on Tuesday that his office had “opened” an inquiry.",
			"His office had opened an inquiry"},
		{"no cut after a verb its auxiliary opens", "Ana Brel, an aide to Lind for many years, said Monday that the harbour master will arrive at the hearing with the votes to stop the levy.",
			"Ana Brel said the harbour master will arrive at the hearing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := sentenceTitle(c.sentence); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestTitleDropsAParticipleLead: a participle leading into the subject
// ("Greeting …, Ana Brel …") goes, past the comma of a place and its
// region; a noun in -ing opening the sentence, or a compound in
// -ing ("Award-winning"), is its subject's.
func TestTitleDropsAParticipleLead(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Following a storm in Velen, Ost., she issued a detailed plan on Monday.", "She issued a detailed plan"},
		{"VELEN - Greeting hundreds of dock workers who say their wages fall short, Ana Brel pledged on Monday to change the rosters.",
			"Ana Brel pledged to change the rosters"},
		{"Touring Velen, Ostra, for a campaign stop on Monday, Ana Brel promised a new quay.", "Ana Brel promised a new quay"},
		{"Building the new quay cost the council 40 million crowns on Monday.", "Building the new quay cost the council 40 million crowns"},
		{"Award-winning pilot Ana Brel, a veteran of the north basin, closed the quay on Monday.", "Award-winning pilot Ana Brel closed the quay"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
	if _, ok := sentenceTitle("Spending on the quay, which rose again on Monday, reached 40 million crowns."); !ok {
		t.Errorf("a noun in -ing opening the sentence is its subject: the title is whole")
	}
}

// TestQuotedTitleNamesTheWriter: a quotation a speaker wrote is theirs
// as one they said is, by name without the role before it, whole up to
// longTitleWords less one where it reads whole no shorter; a speaker
// described by a clause, or named past an abbreviation the match stops
// at ("Navy Lt. Ana Brel"), keeps it whole.
func TestQuotedTitleNamesTheWriter(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	mk := func(s string) []mention {
		a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: published}
		return []mention{{article: a, start: 0, end: len(s), dates: FindDates(s, published)}}
	}
	s := "“Rough weather in the north may well close the ferry routes south,” veteran pilot Mara Holt wrote on Monday, adding that the board would lose."
	if got, want := clusterTitle(mk(s), 0), "Mara Holt: Rough weather in the north may well close the ferry routes south"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	s = "“Heavy storms in the coming season could badly damage all the harbour roads south,” Lind said on Monday."
	if got, want := clusterTitle(mk(s), 0), "Lind: Heavy storms in the coming season could badly damage all the harbour roads south"; got != want {
		t.Errorf("a quotation whole at longTitleWords less one: got %q, want %q", got, want)
	}
	s = "“The quay is unsafe,” said a spokesman for Velen Freight on Monday."
	if got := clusterTitle(mk(s), 0); strings.HasPrefix(got, "Velen Freight") {
		t.Errorf("got %q: the speaker is the spokesman, not Velen Freight", got)
	}
	s = "“The quay is unsafe,” said retired Navy Lt. Ana Brel on Monday."
	if got := clusterTitle(mk(s), 0); strings.HasPrefix(got, "Navy") {
		t.Errorf("got %q: the name stops at an abbreviation, so the role stays", got)
	}
	s = "“The quay will not be done in time,” said a port engineer who once worked for one of Lind's rivals on Monday."
	if got := clusterTitle(mk(s), 0); strings.HasPrefix(got, "Lind's") {
		t.Errorf("got %q: the speaker is the engineer, not Lind's", got)
	}
}

// TestClusterTitleIsWhatTheDateDates: a sentence whose date phrase
// stands in an aside its title drops titles what the aside tells
// ("days after the floods of May 3"), not the event: another mention's
// whole title comes first.
func TestClusterTitleIsWhatTheDateDates(t *testing.T) {
	published := timeline.DayDate(2024, 5, 20)
	var ms []mention
	for k, s := range []string{
		"The storm - a few days after the floods of May 3 in the lower town - closed the port of Velen for a week.",
		"The floods of May 3 swept the lower town of Velen.",
	} {
		a := &timeline.Article{ID: string(rune('a' + k)), Text: untrusted.Text(s), Published: published}
		ms = append(ms, mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)})
	}
	if got, want := clusterTitle(ms, 0), "The floods swept the lower town of Velen"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !inAside("VELEN — The storm - days after May 3 - closed the port.", strings.Index("VELEN — The storm - days after May 3 - closed the port.", "May")) {
		t.Errorf("a date between hyphens after a dateline stands in an aside")
	}
	if inAside("VELEN — The storm closed the port on May 3 — the day of the floods.", strings.Index("VELEN — The storm closed the port on May 3 — the day of the floods.", "May")) {
		t.Errorf("a dateline's dash opens no aside")
	}
}

// TestTitleNamesWhomThePronounStandsFor: a pronoun opening the clause a
// title keeps is the person the clause dropped before it names as its
// subject ("Even before Lind reached …, his office …"); a person named
// elsewhere in that clause, or a place, is not what it stands for.
func TestTitleNamesWhomThePronounStandsFor(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	title := func(s string, names ...string) string {
		a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: published}
		m := &mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)}
		for _, n := range names {
			i := strings.Index(s, n)
			m.people = append(m.people, match{start: i, end: i + len(n)})
		}
		got, _ := mentionTitle(m)
		return got
	}
	for _, c := range []struct {
		sentence string
		names    []string
		want     string
	}{
		{"Even before Ivo Lind reached the podium on Tuesday night, his office mailed a notice to members.", []string{"Ivo Lind"},
			"Ivo Lind's office mailed a notice to members"},
		{"Just as Lind spoke to the dockers on Monday, he promised a new quay.", []string{"Lind"}, "Lind promised a new quay"},
		{"While many of Ana Brel's voters backed the levy on Monday, she has not changed her plan.", []string{"Ana Brel"},
			"She has not changed her plan"},
		{"When the board asked Lind about the levy on Monday, he promised a new quay.", []string{"Lind"}, "He promised a new quay"},
		{"Even before Lind Harbour closed, he moved his stalls on Monday.", []string{"Lind"}, "He moved his stalls"},
	} {
		if got := title(c.sentence, c.names...); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestTitleEndsWithItsSentence: words that run on past a sentence's end
// (a source that splits no sentence at a quotation written with two
// apostrophes) stop there, where a common word ends it; an abbreviation
// ("then-Sen.") ends none. A clause read inside a sentence stops there
// too, so the next sentence's subject is not read as its own.
func TestTitleEndsWithItsSentence(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"On Monday, Ana Brel stuck firmly to her harbour plan. ''I like this quay more than the other,'' she said.", "Ana Brel stuck firmly to her harbour plan"},
		{"Ana Brel ran against then-Sen. Ivo Lind in the harbour race on Monday.", "Ana Brel ran against then-Sen. Ivo Lind"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
	published := timeline.DayDate(2024, 3, 6)
	for _, s := range []string{
		"Before the vote, which ran late into the night, the board met Ivo Lind. ''We had no choice at all in the end,'' he said.",
		"Before the vote, which ran late into the night, the harbour board met Lind. ''Nobody wanted it,'' he said.",
	} {
		a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: published}
		m := mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)}
		if got := innerClauseTitle(&m); !strings.HasSuffix(got, "met Ivo Lind") && !strings.HasSuffix(got, "met Lind") {
			t.Errorf("%q: got %q, want the clause up to the sentence's end", s, got)
		}
	}
	if got, want := sentenceEnd("a member from Velen. ''But they can't afford it.''"), len("a member from Velen."); got != want {
		t.Errorf("sentenceEnd: got %d, want %d", got, want)
	}
	if got, want := sentenceEnd("the chair, Mr. Lind, closed it."), len("the chair, Mr. Lind, closed it."); got != want {
		t.Errorf("sentenceEnd past an abbreviation: got %d, want %d", got, want)
	}
}
