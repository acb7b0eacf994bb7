package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestANegativeFutureLooksAhead: "won't" looks ahead as "will" does: a
// weekday in its clause is the one to come.
func TestANegativeFutureLooksAhead(t *testing.T) {
	published := timeline.DayDate(2016, 2, 5) // a Friday
	for _, text := range []string{
		"Independent voters won't decide the primary Tuesday.",
		"Independent voters won’t decide the primary Tuesday.",
	} {
		ds := FindDates(text, published)
		if len(ds) != 1 || ds[0].From != timeline.DayDate(2016, 2, 9) {
			t.Errorf("%q: got %v, want Tuesday 2016-02-09", text, ds)
		}
	}
}
