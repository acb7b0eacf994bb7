package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAHappeningToldAfterABaselineDate: "the worst accident at the pit
// since 1987, when six miners drowned in a flood" tells of the 1987 flood
// in its when-clause; it joins the event another outlet reports of it in
// February 1987 (a year and a month of it that few mentions give, which
// tells as much as words: the two share only "miners" and "flood", and
// two of the story's three mentions hold each). A
// baseline's when-clause that no other outlet reports starts no event.
func TestAHappeningToldAfterABaselineDate(t *testing.T) {
	published := timeline.DayDate(2024, 11, 12)
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"In February 1987 a flood in the lower district of Brackwater Pit killed six miners.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"It is the worst accident at Brackwater Pit since 1987, when six miners were lost in a flood.\n\n" +
					"Output at Brackwater Pit is the lowest since 2001, when the owners closed two seams.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	flood := eventCiting(&parts, "a", "a flood in the lower district")
	if flood < 0 {
		t.Fatalf("no event cites the 1987 flood")
	}
	if got := eventCiting(&parts, "b", "six miners were lost"); got != flood {
		t.Errorf("the flood told after a baseline date is event %d, want the flood's, %d", got, flood)
	}
	if got := eventCiting(&parts, "b", "the owners closed two seams"); got >= 0 {
		t.Errorf("a baseline's when-clause no one else reports started or joined event %d (%s)", got, parts.Events[got].ID)
	}
}

func TestWhenClause(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"the worst since 1987, when six miners drowned", "1987", true},
		{"in place since last Thursday when crowds gathered", "last Thursday", true},
		{"the worst since 1987, and the owners knew it", "1987", false},
		{"the worst since 1987", "1987", false},
	} {
		i := strings.Index(c.text, c.phrase)
		d := Date{Start: i, End: i + len(c.phrase), Phrase: c.phrase}
		if got := whenClause(c.text, d); got != c.want {
			t.Errorf("whenClause(%q, %q) = %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
}
