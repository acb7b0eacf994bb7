package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestWholeNeedsEveryClauseItOpens: a title is a whole clause: what a
// verb of believing inside a report believes says what happened ("said
// they believed Ostra" does not), a verb of saying does not end it with
// nothing said, a reminder says of what, and a determiner "that" after a
// preposition opens no clause; a verb of saying that takes a preposition
// and its noun ("admitted to a loss") needs no clause, and a present verb
// after a noun in what is reported is a verb.
func TestWholeNeedsEveryClauseItOpens(t *testing.T) {
	for _, c := range []struct {
		words string
		whole bool
	}{
		{"Harbour pilots and port officials said they believed Ostra", false},
		{"Harbour pilots and port officials said they believed Ostra closed the quay", true},
		{"The harbour board's office announced", false},
		{"The Labour candidate's office announced", false},
		{"The dockers' union agreed", true},
		{"One answer will be reminding the dockers every single day", false},
		{"One answer will be reminding the dockers that the quay reopened", true},
		{"The harbour board admitted to a two million crown loss", true},
		{"The harbour committee said about its new levy:", false},
		{"The Velen Courier reported, based on the count, if Ana Brel wins the north basin", false},
		{"The Velen Courier reported that if Ana Brel wins the north basin, the vote is decided", true},
		{"Ana Brel thinks the harbour board requires too many permits", true},
		{"What the board did is calling out for that kind of answer", true},
		{"The family planned the protest", true},
		{"Supporters of the harbour levy plan to march", true},
		{"Supporters of a hastily arranged harbour levy", false},
	} {
		for _, ws := range []string{"supporters of the levy didn't attend the rally", "the claim that dockers attend the rally",
			"pilots appear to be eager to face the Vessish captain the next season"} {
			if got := bareVerb(strings.Fields(ws)); got != -1 {
				t.Errorf("%q: a verb after an auxiliary, or in a clause \"that\" opens, is no bare verb: got %d", ws, got)
			}
		}
		if got := whole(strings.Fields(c.words)); got != c.whole {
			t.Errorf("%q: whole %v, want %v", c.words, got, c.whole)
		}
	}
}

// TestTitleKeepsWhatCompletesIt: a cut never leaves a phrase without
// what completes it: "the first woman to lead …" keeps its infinitive, an
// object the date was ("spent Monday on …") stays, "face to face" keeps
// "with" whom, a list between double hyphens is an aside, and a title too
// long for a whole cut ends before an of-phrase, unless the phrase holds
// the verb's last word ("ordered the gates of the basin closed") or the
// noun before it only counts ("two weeks of talks").
func TestTitleKeepsWhatCompletesIt(t *testing.T) {
	tests := []struct {
		name, sentence, want string
		whole                bool
	}{
		{"an ordinal keeps its infinitive", "Ana Brel on Monday became the first woman to lead the harbour board of the northern port of Velen, ending a century of tradition.",
			"Ana Brel became the first woman to lead the harbour board", true},
		{"a date as an object stays", "Ana Brel spent Monday on something of a victory lap in Velen, meeting dockers and pilots.",
			"Ana Brel spent Monday on something of a victory lap", true},
		{"face to face with whom", "For an hour, the harbour board's new chairman sat face to face with Ana Brel, who had voted against him.",
			"The harbour board's new chairman sat face to face with Ana Brel", true},
		{"a list between double hyphens", "The other captains at the harbour meeting -- Ana Brel of Velen, Ivo Lind of Ostra, retired pilot Mara Holt, Tomas Holm and Edda Roll -- voted to close the north basin.",
			"The other captains at the harbour meeting voted to close the north basin", true},
		{"a verb's last word stays", "Harbour master Ana Brel of the Velen port board on Monday ordered the sluice gates of the north basin closed, cutting the flow into Ostra.",
			"", false},
		{"a short title keeps its of-phrase", "Polls show that dockers have a better opinion of Ana Brel than of either Ivo Lind or of Mara Holt, with 56 percent of pilots viewing her well, according to a harbour poll.",
			"", false},
		{"a stretch of time is no head", "Harbour pilots and port officials from Velen criticized the new rosters adopted after two weeks of talks between the union and the board.",
			"", false},
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

// TestTitleWordsDropAnOfficeWithItsTime: an office before a name goes,
// with the "former" that dated it, whether or not the reader marked the
// name.
func TestTitleWordsDropAnOfficeWithItsTime(t *testing.T) {
	s := "Pilot Ivo Lind and former Velen Harbour Master Ana Brel wore caps reading “Open the Quay” on Monday night."
	published := timeline.DayDate(2024, 3, 6)
	a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: published}
	i, j := strings.Index(s, "Ivo Lind"), strings.Index(s, "Ana Brel")
	m := &mention{article: a, start: 0, end: len(s), dates: FindDates(s, published),
		people: []match{{start: i, end: i + len("Ivo Lind")}, {start: j, end: j + len("Ana Brel")}}}
	if got, want := eventTitle(m), "Ivo Lind and Ana Brel wore caps"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := eventTitleOf("Mayor Ana Brel and Governor Ivo Lind will open the new north basin quay to tankers at separate events in Velen and Ostra, the harbour board announced on Friday."),
		"Ana Brel and Ivo Lind will open the new north basin quay"; got != want {
		t.Errorf("unmarked names: got %q, want %q", got, want)
	}
}

// TestTitleReadsTheClauseAfterItsLead: "that" before a noun and its verb
// is the noun's determiner, so the frame stays ("says that plan is …"),
// and a subordinate clause after a sentence adverb, or after "almost",
// leads into the news.
func TestTitleReadsTheClauseAfterItsLead(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Holt says that plan is based on the union winning nearly every ballot in the north basin on Tuesday.",
			"Holt says that plan is based on the union winning nearly every ballot"},
		{"Almost as soon as the gates closed in Velen on Tuesday morning, a new dispute over the levy was raised in the harbour council.",
			"A new dispute over the levy was raised in the harbour council"},
		{"Indeed, though the union trails in the ballot, Ana Brel has won the pilots' vote.", "Ana Brel has won the pilots' vote"},
		{"Holt, who attended the rally on Wednesday, said that “Brel closed the quay and took the levy for herself.”", "Holt said Brel closed the quay"},
	} {
		if got := eventTitleOf(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestClusterTitleReadsAWholeClauseInside: a cluster no mention of which
// reads whole is titled by a whole clause inside one of its sentences
// ("… and Ana Brel put her hand on …"), never a clause of a condition or
// what follows it, nor one cut from a list of names; then by a
// quotation's whole first sentence up to the long limit; never by a
// person of one sentence and a phrase of another.
func TestClusterTitleReadsAWholeClauseInside(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	mk := func(id string, ss ...string) []mention {
		var ms []mention
		for k, s := range ss {
			a := &timeline.Article{ID: id + string(rune('a'+k)), Text: untrusted.Text(s), Published: published}
			ms = append(ms, mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)})
		}
		return ms
	}
	for _, c := range []struct {
		name string
		ms   []mention
		want string
	}{
		{"a clause after and", mk("a", "I found it again on Monday as the two captains came back to Velen.",
			"They shook hands at the quay on Monday and Ana Brel put her hand on Ivo Lind's shoulder in front of the crews."),
			"Ana Brel put her hand on Ivo Lind's shoulder"},
		{"not a condition's (nor its outcome's)", mk("b", "I found it again on Monday as the two captains came back to Velen.",
			"The Velen Courier reported on Monday, based on the count, if Ana Brel wins the north basin and Ivo Lind wins the south basin, the harbour vote will be decided in June."),
			""},
		{"a long quotation", mk("c", "“What Brel did is almost is calling out for that kind of answer,” said Mara Holt, a pilot who had backed Brel in 2019.",
			"I found it again on Monday as the two captains came back to Velen."),
			"Mara Holt: What Brel did is almost is calling out for that kind of answer"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := clusterTitle(c.ms, 0)
			if c.want == "" && (strings.Contains(got, "vote") || strings.Contains(got, "wins")) || c.want != "" && got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if !asideBeforeVerb(strings.Fields("Velen, and Ana Brel, 41, will appear in court")) {
		t.Errorf("a clause opening on an address, then a name and an age before its verb, is no clause of its own")
	}
	for _, s := range []string{
		"Ana Brel, Ivo Lind and Mara Holt walked out of the harbour talks on Monday.",                                                 // no verb before "and"
		"The fire jumped the river on Monday and Tanner's Row were destroyed by dawn.",                                                // a name alone before "were"
		"The board made its offer on Monday and the union itself have been startled by its terms.",                                    // a singular subject before "have"
		"Ana Lind and Ivo Brel, two of the pilots who survived the storm in Velen, Ostra, last year, made a call for calm on Monday.", // a relative clause's verb
		"If Brel took Velen on Saturday and Lind took Ostra, the harbour board lost its majority.",                                    // a condition the sentence opens with
		"The board wrote on Monday and the Harbour Authority to immediately stop issuing permits against certain unnamed trawlers.",   // a verb too far in
	} {
		if got := innerClauseTitle(&mk("d", s)[0]); got != "" {
			t.Errorf("%q: a name cut from its list: got %q, want none", s, got)
		}
	}
}
