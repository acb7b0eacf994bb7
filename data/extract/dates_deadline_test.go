package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestADeadlineAheadDatesNoSentence: a date phrase after "by", "before",
// "until" or "between now and" that names a time still to come when the
// article was published is a deadline: it is listed, but dates neither
// the statement nor what it tells of. A deadline already past, and a
// date phrase with no such word, date their sentence.
func TestADeadlineAheadDatesNoSentence(t *testing.T) {
	published := timeline.DayDate(2016, 6, 30)
	for _, c := range []struct {
		name, text, phrase string
		dates              bool
	}{
		{"the end of the year", "The board expects to sign the measure by the end of the year, Ana Brel said.", "the end of the year", false},
		{"between now and", "There is time to finish it between now and the end of the year.", "the end of the year", false},
		{"a year to come", "The port will not reopen until 2018.", "2018", false},
		{"a day to come", "The votes will not be counted before July 15.", "July 15", false},
		{"a deadline past", "By March 1, 2016, 30 ports had closed.", "March 1, 2016", true},
		{"a year that has begun", "The union held the seat until this year.", "this year", true},
		{"no deadline", "The board will vote on July 15.", "July 15", true},
		{"a happening moved to a date", "The judge adjourned sentencing until July 20.", "July 20", true},
		{"a date naming what the words tell of", "Fans will march before Saturday's match.", "Saturday", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, d := range FindDates(c.text, published) {
				if d.Phrase != c.phrase {
					continue
				}
				if got := len(datingDates([]Date{d})) == 1; got != c.dates {
					t.Errorf("%q in %q dates its sentence: got %v, want %v", d.Phrase, c.text, got, c.dates)
				}
				return
			}
			t.Errorf("%q: no date phrase %q in %v", c.text, c.phrase, FindDates(c.text, published))
		})
	}
}
