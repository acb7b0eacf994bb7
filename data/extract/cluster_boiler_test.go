package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestBoilerplateIsNoMention: a running story's header, printed atop
// three of one outlet's updates word for word or with its middle changed,
// names the mayor and the day but reports nothing: it is no event's
// source. The same sentence in two
// outlets' articles, a shared wire report, still is one.
func TestBoilerplateIsNoMention(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	headers := []string{
		"WELLSBY (Wire) — The Latest on Mayor Ines Varga and the harbour budget on Monday (all times local):",
		"WELLSBY (Wire) — The Latest on Mayor Ines Varga and the harbour budget, with the vote on Monday (all times local):",
		"The Latest on Mayor Ines Varga and the harbour budget on Monday (all times local):",
	}
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}}}
	for i, body := range []string{
		"Mayor Ines Varga vetoed the harbour budget on Monday.",
		"Varga's aides met port unions on Tuesday.",
		"Varga flew to the capital on Wednesday.",
	} {
		parts.Articles = append(parts.Articles, timeline.Article{ID: fmt.Sprintf("u%d", i), Outlet: "o1", Published: published,
			Text: untrusted.Text(headers[i] + "\n\n" + body + "\n")})
	}
	wire := "Mayor Ines Varga opened a ferry terminal in Ostby on Monday, the mayor's office said."
	for i, o := range []string{"o1", "o2"} {
		parts.Articles = append(parts.Articles, timeline.Article{ID: fmt.Sprintf("w%d", i), Outlet: o, Published: published,
			Text: untrusted.Text(wire + "\n")})
	}
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	for _, e := range parts.Events {
		for _, s := range e.Sources {
			if strings.Contains(s.Text.String(), "The Latest on") {
				t.Errorf("the header is a source of %q (%s)", e.Title, s.Article)
			}
		}
	}
	if eventCiting(&parts, "u0", "vetoed the harbour") < 0 {
		t.Error("the veto is no event's source")
	}
	if w0, w1 := eventCiting(&parts, "w0", "ferry terminal"), eventCiting(&parts, "w1", "ferry terminal"); w0 < 0 || w0 != w1 {
		t.Errorf("the wire report is not one event of both outlets (%d, %d)", w0, w1)
	}
}
