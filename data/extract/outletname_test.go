package extract_test

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestNoMentionInsideAnOutletsName: a country named inside an outlet's
// name ("the Voice of America reported") is no mention of the country;
// the same country named on its own is.
func TestNoMentionInsideAnOutletsName(t *testing.T) {
	text := "America offered help on Monday, the Voice of America reported.\n"
	parts := timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "voa", Name: "Voice of America"}},
		Articles: []timeline.Article{{ID: "a", File: "a.txt", Outlet: "voa", Published: timeline.DayDate(2022, 10, 25),
			Text: untrusted.Text(text)}},
	}
	extract.Into(&parts, []string{"a"}, extract.Options{})
	inName := strings.Index(text, "Voice of America") + len("Voice of ")
	var got []int
	for _, a := range parts.Actors {
		for _, m := range a.Mentions {
			if m.Text.String() == "America" {
				got = append(got, m.Start)
			}
		}
	}
	if len(got) != 1 || got[0] != 0 {
		t.Errorf("mentions of America at %v, want only at 0 (not at %d, inside the outlet's name)", got, inName)
	}
}
