package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnEditorsNoteIsNoMention: a note appended to an article about the
// outlet's own reporting dates no event and joins none; the report it
// corrects still does.
func TestAnEditorsNoteIsNoMention(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: timeline.DayDate(2025, 3, 12), Text: untrusted.Text(
				"Harbour director under fire\n\n" +
					"Harbour director Oskar Brandt resigned on Tuesday after the quay collapse at Kallvik.\n\n" +
					"Editor's Note: An article on Monday about Oskar Brandt, the harbour director at Kallvik, misstated his age.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}},
	}
	Into(&parts, []string{"a"}, Options{})
	if eventCiting(&parts, "a", "Editor's Note") >= 0 {
		t.Error("the editor's note is a source of an event")
	}
	if eventCiting(&parts, "a", "resigned on Tuesday") < 0 {
		t.Error("the resignation is no event's source")
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Editor's Note: An article on Monday misstated his age.", true},
		{"Correction: An earlier version of this story misspelled a name.", true},
		{"The correction came on Monday.", false},
	} {
		if got := editorsNote(c.s); got != c.want {
			t.Errorf("editorsNote(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
