package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleTellsAQuotationAfterSaid: a main clause that is only a name
// and "said," before a quotation is titled as a sentence that opens
// with the quotation ("Speaker: words"), the role's short form before
// the name left out, whatever clause leads into it.
func TestTitleTellsAQuotationAfterSaid(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Late on Tuesday at the quay in Velen, after the vote, Gov.\u00a0Ana Brel (R-OS), said, “The harbour stays open to every boat.”",
			"Ana Brel: The harbour stays open to every boat"},
		{"Ana Brel said, “The harbour stays open to every boat.”", "Ana Brel: The harbour stays open to every boat"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestTitleReadsAParticipleWithItsAgent: an irregular past form with
// "by" after it, a particle between or not, is a participle on the
// subject, and the title runs on to the clause's own verb ("A levy
// notice sent out by the board warned …", not "A levy notice sent out").
func TestTitleReadsAParticipleWithItsAgent(t *testing.T) {
	got, ok := sentenceTitle("A levy notice sent out by the harbour board on Tuesday warned of higher fees for trawlers.")
	if want := "A levy notice sent out by the harbour board warned of higher fees"; got != want || !ok {
		t.Errorf("got %q (whole %v), want %q (whole true)", got, ok, want)
	}
}

// TestTitleEndsNotOnAMonthOfANoun: "the November" ends no title; the
// month names the noun cut off after it.
func TestTitleEndsNotOnAMonthOfANoun(t *testing.T) {
	if endsWell(strings.Fields("The Velen Courier obtained a copy of the November")) || endsWell(strings.Fields("The Velen Courier obtained a copy of the November 2024")) {
		t.Errorf("a title ending on a determiner and a month ends well")
	}
	if !endsWell(strings.Fields("The Velen Courier obtained a copy of the ledger")) {
		t.Errorf("a title ending on a noun does not end well")
	}
}

// TestTitleDropsTheAsideOfAReportedSubject: what a verb of saying
// reports with no "that" loses its subject's aside as a sentence's
// subject does: a role, then the name between commas, is the name.
func TestTitleDropsTheAsideOfAReportedSubject(t *testing.T) {
	got, _ := sentenceTitle("The audit said the harbour's chief engineer, Ivo Lind, had signed off the crane on Friday.")
	if want := "The audit said Ivo Lind had signed off the crane"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTitleLendsNoSubjectToAParticiple: the words reporting a happening
// that open on a participle ("contradicting his statement …") take no
// subject from the sentence's start, which would make no clause of them:
// the whole sentence titles it.
func TestTitleLendsNoSubjectToAParticiple(t *testing.T) {
	s := "The report said Ivo Lind had signed off the crane, contradicting his statement in May that he had never seen it."
	a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: timeline.DayDate(2025, 6, 30)}
	m := mention{article: a, start: 0, end: len(s), from: strings.Index(s, "contradicting"), to: len(s), subject: "Lind",
		dates: FindDates(s, a.Published)}
	if got, _ := mentionTitle(&m); strings.Contains(got, "contradicting") {
		t.Errorf("got %q, want the sentence's title", got)
	}
}

// TestTitleReadsABareSubjectAfterALead: a leading clause or phrase ends
// at a comma before a plural subject with no determiner and its verb
// ("…, voters are divided", "In Velen, pilots walked out").
func TestTitleReadsABareSubjectAfterALead(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"After the storm that flooded the basin in Velen on Monday, pilots are divided on which berth to use first.",
			"Pilots are divided on which berth to use first"},
		{"In Velen, pilots walked out of the harbour talks on Monday.", "Pilots walked out of the harbour talks"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}
