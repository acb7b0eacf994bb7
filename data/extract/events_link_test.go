package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAQuotationGoesWithTheEventItsSentenceReports: a statement quoted
// in a sentence that reports an event is that event's, not every event
// its paragraph reports; a quotation in a sentence that reports none
// goes with the paragraph's events, as before.
func TestAQuotationGoesWithTheEventItsSentenceReports(t *testing.T) {
	published := timeline.DayDate(2025, 3, 12) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Harbour master Ana Brel resigned on Monday, saying the vote had been “a betrayal of every fisherman in Velen.” " +
				"The board appointed Jonas Berg as harbour master on Tuesday. " +
				"“He knows the quays better than anyone,” the board's chair, Mara Holt, said.\n")}},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}},
	}
	Into(&parts, []string{"a"}, Options{})
	resigned := eventCiting(&parts, "a", "Ana Brel resigned")
	appointed := eventCiting(&parts, "a", "The board appointed")
	if resigned < 0 || appointed < 0 || resigned == appointed {
		t.Fatalf("want two events, the resignation and the appointment: %d, %d", resigned, appointed)
	}
	text := parts.Articles[0].Text.Verbatim()
	linked := func(words string) []string {
		for _, q := range parts.Quotes {
			if strings.Contains(text[q.Span.Start:q.Span.End], words) {
				for _, s := range parts.Statements {
					if s.ID == q.Statement {
						return s.Events
					}
				}
			}
		}
		t.Fatalf("no statement quotes %q", words)
		return nil
	}
	if got := linked("a betrayal"); len(got) != 1 || got[0] != parts.Events[resigned].ID {
		t.Errorf("the quotation in the resignation's sentence goes with %v, want only %s", got, parts.Events[resigned].ID)
	}
	if got := linked("knows the quays"); len(got) != 2 {
		t.Errorf("a quotation whose sentence reports no event goes with its paragraph's events, got %v", got)
	}
}
