package extract

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A bare weekday in a present schedule, after a present perfect call, or
// in the possessive after a call, is the coming one; the same weekday in
// a sentence that looks back, or dating a past call, is the last one.
func TestWeekdaysInAPresentOrCallFrameLookAhead(t *testing.T) {
	thursday := timeline.DayDate(2026, time.March, 5)
	friday := timeline.DayDate(2026, time.March, 6)
	cases := []struct {
		name      string
		text      string
		published timeline.Date
		want      string
	}{
		{"is expected", "Completion is expected on Friday, the firm says.", thursday, "2026-03-06"},
		{"are due", "The results are due on Monday.", thursday, "2026-03-09"},
		{"present fixture, place between", "The side travels to the coast on Saturday.", thursday, "2026-03-07"},
		{"present sitting", "The council meets on Tuesday to decide.", thursday, "2026-03-10"},
		{"present perfect call", "A mediator has called both sides to talks on Saturday.", thursday, "2026-03-07"},
		{"possessive after a call", "Fans called for a march before Saturday's home match.", friday, "2026-03-07"},
		{"past call keeps its day", "The mayor called for calm on Saturday.", thursday, "2026-02-28"},
		{"past sentence", "The council met on Tuesday.", thursday, "2026-03-03"},
		{"past word between", "The side travels less since it lost on Saturday.", thursday, "2026-02-28"},
		{"noun, not verb", "They counted the votes on Tuesday.", thursday, "2026-03-03"},
		{"possessive, no call", "Fans were angry after Saturday's home match.", friday, "2026-02-28"},
		{"a caption's present is the picture's past", "The minister arrives at parliament on Tuesday. Picture: Jane Doe/Daily Example", thursday, "2026-03-03"},
		{"a caption's line only", "The minister arrives at parliament on Tuesday.\nA file picture. Picture: Jane Doe/Daily Example", thursday, "2026-03-10"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, tc.published)
			if len(got) != 1 {
				t.Fatalf("FindDates(%q) = %s, want one date", tc.text, dateGotString(got))
			}
			if iso := got[0].From.ISO(); iso != tc.want {
				t.Errorf("FindDates(%q) = %s, want %s", tc.text, iso, tc.want)
			}
		})
	}
}

// A verb of the present schedule written with a capital is a title's
// word, not the sentence's verb.
func TestWeekdayAheadNotAfterATitle(t *testing.T) {
	text := "The candidate told CBS' Meet the Press on Sunday that he would run."
	got := FindDates(text, timeline.DayDate(2026, time.March, 5))
	if len(got) != 1 || got[0].From.ISO() != "2026-03-01" {
		t.Errorf("FindDates(%q) = %s, want 2026-03-01", text, dateGotString(got))
	}
}
