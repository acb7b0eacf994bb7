package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleIsNoFragment: a title is the sentence's main clause, whatever
// leads into it (a preposition, an adverb before a subordinator, a
// stretch of time), without an aside or the frame of speech, and a subject
// that runs on in a relative clause keeps the main verb after it; a
// sentence told in the first person, or with no main verb, is no whole
// title.
func TestTitleIsNoFragment(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	tests := []struct {
		name, sentence, want string
		whole                bool
	}{
		{"adverb before a subordinator", "Shortly after the polls closed in Velen on Monday, the harbour master conceded defeat.",
			"The harbour master conceded defeat", true},
		{"preposition leads", "Ahead of Tuesday's vote in Ostra, the mayor toured the north basin with dock workers.",
			"The mayor toured the north basin with dock workers", true},
		{"stretch of time before", "Two years before the port reopened, the council sold its cranes to a private firm on Monday.",
			"The council sold its cranes to a private firm", true},
		{"stretch of time ahead", "Three weeks ahead of the harbour vote, the union endorsed Ana Brel on Monday.",
			"The union endorsed Ana Brel", true},
		{"an aside and the frame of reported speech", "Crane drivers and their union, however, said on Monday they believed the new rosters were dangerous.",
			"Crane drivers and their union said they believed the new rosters were dangerous", true},
		{"relative clause in the subject", "The strong gains in the three towns that voted on Monday lifted the mayor's party to a clear majority.",
			"The strong gains in the three towns that voted lifted the mayor's party", true},
		{"a capitalised first word is no name", "About two-thirds of the dock workers backed the walkout on Monday.",
			"About two-thirds of the dock workers backed the walkout", true},
		{"first person", "I walked the length of the quay on Monday with the last of the crane drivers.", "", false},
		{"plural after a number is no verb", "A dozen states that held votes on Monday.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &timeline.Article{ID: "a", Text: untrusted.Text(tt.sentence), Published: published}
			m := &mention{article: a, start: 0, end: len(tt.sentence), dates: FindDates(tt.sentence, published)}
			got, ok := mentionTitle(m)
			if ok != tt.whole || tt.whole && got != tt.want {
				t.Errorf("got %q (whole %v), want %q (whole %v)", got, ok, tt.want, tt.whole)
			}
		})
	}
}

// TestTitleDropsAnAttribution: "according to …," leads into the news,
// whatever word opens what follows it.
func TestTitleDropsAnAttribution(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Since last November, according to the ombudsman's office, prison guards have injured more than 40 inmates.",
			"Prison guards have injured more than 40 inmates"},
		{"According to the union, workers walked out on Monday.", "Workers walked out"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestTitleDropsADiscourseOpener: a sentence adverb before a comma
// ("Indeed, ", "What's more, ", "Again, ") and what is left of a date phrase cut from the title
// ("Back in 1999, " → "Back, ") are no part of a title.
func TestTitleDropsADiscourseOpener(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Indeed, the harbour board approved the crane contract", "the harbour board approved the crane contract"},
		{"Back, the mayor opened the footbridge over the river", "the mayor opened the footbridge over the river"},
		{"Yes, the council closed two libraries", "the council closed two libraries"},
		{"Back taxes were paid by the mill", "Back taxes were paid by the mill"},
		{"Just Eat bought the courier firm", "Just Eat bought the courier firm"},
		{"What's more, the board approved the crane contract", "the board approved the crane contract"},
		{"Again, the council closed two libraries", "the council closed two libraries"},
	} {
		ws, _ := dropLead(strings.Fields(c.in))
		if got := strings.Join(ws, " "); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
