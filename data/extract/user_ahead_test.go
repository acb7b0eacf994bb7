package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A weekday named in reported speech about what is to come ("said the
// port would reopen on Monday") is the one after the article's date; one
// the sentence looks back on ("said it closed on Monday", "would have
// closed") is the one before.
func TestReportedFutureWeekdayLooksAhead(t *testing.T) {
	thursday := timeline.DayDate(2025, time.March, 6)
	cases := []struct {
		name, text, want string
	}{
		{"would, Friday", "The union said its strike would go ahead on Friday.", "2025-03-07"},
		{"would, Monday", "The chief executive said the port would reopen on Monday for ships.", "2025-03-10"},
		{"will", "The port will reopen on Monday.", "2025-03-10"},
		{"plans to", "The union plans to strike on Friday.", "2025-03-07"},
		{"past keeps the past", "The chief executive said the port reopened on Monday.", "2025-03-03"},
		{"would have looks back", "The port would have reopened on Monday but for the storm.", "2025-03-03"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, thursday)
			if len(got) != 1 {
				t.Fatalf("FindDates(%q) = %s, want one date", tc.text, dateGotString(got))
			}
			if iso := got[0].From.ISO(); iso != tc.want {
				t.Errorf("FindDates(%q) = %s, want %s", tc.text, iso, tc.want)
			}
		})
	}
}
