package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAQuotationsStatementIsCleaned: the statement a quotation makes is
// labelled and named from its cleaned text, as its span is shown: a
// terminal escape in an article never reaches a label or an id.
func TestAQuotationsStatementIsCleaned(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Published: timeline.DayDate(2024, 5, 8), Text: untrusted.Text(
			"“We will \x1b]0;pwned\x07\x1b[2Jnot move the harbour office,” Mayor Ines Varga said on Tuesday.\n")}},
		Outlets: []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	if len(parts.Statements) == 0 {
		t.Fatal("no statement extracted")
	}
	for _, s := range parts.Statements {
		for _, v := range []string{s.ID, s.Label} {
			if strings.ContainsAny(v, "\x1b\x07") || strings.Contains(v, "pwned") && s.ID == v {
				t.Errorf("statement %q labelled %q: raw escape bytes reach it", s.ID, s.Label)
			}
		}
	}
}
