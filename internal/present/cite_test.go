package present

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestPosition(t *testing.T) {
	text := "Title\nBy A Writer\n\nFirst paragraph. Second sentence.\n\nSecond paragraph.\n"
	for _, tt := range []struct {
		at, line, paragraph int
	}{
		{0, 1, 1},
		{6, 2, 2},
		{20, 4, 3},
		{37, 4, 3}, // inside the paragraph
		{56, 6, 4},
	} {
		if l, p := position(text, tt.at); l != tt.line || p != tt.paragraph {
			t.Errorf("position(%d) = line %d, paragraph %d; want %d, %d", tt.at, l, p, tt.line, tt.paragraph)
		}
	}
}

func TestLongDate(t *testing.T) {
	for _, tt := range []struct {
		d    timeline.Date
		want string
	}{
		{timeline.DayDate(2022, 10, 23), "23 October 2022"},
		{timeline.WeekDate(2022, 10, 24), "week of 24 October 2022"},
		{timeline.MonthDate(2022, 9), "September 2022"},
		{timeline.YearDate(2013).Approximate(), "about 2013"},
		{timeline.DecadeDate(1990), "the 1990s"},
	} {
		if got := longDate(tt.d); got != tt.want {
			t.Errorf("longDate(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
