package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// An outlet the dataset lists, named in an article in words a person's
// name could take, is read as a news organisation: readNames, which runs
// in prepare on every processor, is told the outlets' names.
func TestAnOutletNamedInAnArticleIsReadAsMedia(t *testing.T) {
	text := "Harbour Mercer wrote on Monday that the council would close the ferry pier.\n\n" +
		"The council denied it on Tuesday.\n"
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 8)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "Harbour Mercer"}},
	}
	Into(&parts, []string{"a"}, Options{})
	for _, a := range parts.Actors {
		if a.Name == "Harbour Mercer" {
			if a.Kind != timeline.Media {
				t.Errorf("Harbour Mercer read as %q, want %q", a.Kind, timeline.Media)
			}
			return
		}
	}
	t.Errorf("no actor named Harbour Mercer; actors: %v", parts.Actors)
}
