package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestEventTitle: a title says who did what in the sentence's main
// clause, without its date phrases, the clause leading into it, the
// clauses hanging off it or the frame of reported speech.
func TestEventTitle(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	tests := []struct{ name, sentence, want string }{
		{"date and hanging clause", "Port workers in Velen walked out on Monday, which halted every crane.", "Port workers in Velen walked out"},
		{"leading clause", "In a late statement on Tuesday, the harbour master closed the north basin to tankers.", "The harbour master closed the north basin to tankers"},
		{"reported speech", "The ministry said it would call in the envoy on Tuesday.", "The ministry would call in the envoy"},
		{"said that", "Officials told reporters on Monday that the bridge had been closed for repairs.", "The bridge had been closed for repairs"},
		{"aside left by its date", "The board, formed in 1998, approved the merger on Monday.", "The board approved the merger"},
		{"asides between dashes", "Velen — a port of 40,000 people — reopened its terminal on Monday.", "Velen reopened its terminal"},
		{"long: cut before a phrase", "Port workers in Velen walked out of the terminal on Monday over pay and the new rosters that cut their breaks.", "Port workers in Velen walked out of the terminal"},
		{"quote marks as two apostrophes", "''There are five primaries on Tuesday,'' the chairman said.", "There are five primaries"},
		{"quotation led", "“We will not go back until the rosters change,” Mara Holt said on Monday.", "Mara Holt: We will not go back until the rosters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &timeline.Article{ID: "a", Text: untrusted.Text(tt.sentence), Published: published}
			m := &mention{article: a, start: 0, end: len(tt.sentence), dates: FindDates(tt.sentence, published)}
			if got := eventTitle(m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
