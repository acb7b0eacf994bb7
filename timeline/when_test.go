package timeline

import (
	"errors"
	"testing"
)

func TestResolve(t *testing.T) {
	sun := DayDate(2022, 10, 23)                                // a Sunday: toi, jpost, tmu
	tue := DayDate(2022, 9, 13)                                 // memo
	wk := Date{year: 2022, month: 10, day: 24, Precision: Week} // ain: the week of Monday 2022-10-24
	tests := []struct {
		name    string
		phrase  string
		anchor  Date
		tense   Tense
		want    string // FormatRange of the result
		wantErr bool
	}{
		{"yesterday", "yesterday", tue, Past, "2022-09-12", false},
		{"last week is a week", "last week", tue, Past, "wk 2022-09-05", false},
		{"this week", "this week", sun, Past, "wk 2022-10-17", false},
		{"this week against a week", "this week", wk, Past, "wk 2022-10-24", false},
		{"weekday on its own day", "on Sunday", sun, Past, "2022-10-23", false},
		{"weekday looking ahead", "Monday", sun, Future, "2022-10-24", false},
		{"weekday looking back", "On Monday", tue, Past, "2022-09-12", false},
		{"weekday inside a week anchor", "On Monday", wk, Past, "2022-10-24", false},
		{"weeks ago is approximate", "Three weeks ago", wk, Past, "c. wk 2022-10-03", false},
		{"days ago", "2 days ago", sun, Past, "2022-10-21", false},
		{"earlier this year", "earlier this year", sun, Past, "2022", false},
		{"month of the anchor's year", "In September", sun, Past, "Sep 2022", false},
		{"month not yet come is last year's", "in November", tue, Past, "Nov 2021", false},
		{"month and day", "July 15", sun, Past, "2022-07-15", false},
		{"month day year", "on October 23, 2022", Date{}, Past, "2022-10-23", false},
		{"abbreviated month", "Sept. 1, 2022", Date{}, Past, "2022-09-01", false},
		{"day month year", "on 12 September 2022", Date{}, Past, "2022-09-12", false},
		{"month year", "September 2022", Date{}, Past, "Sep 2022", false},
		{"year", "since 1991", Date{}, Past, "1991", false},
		{"at least a year", "at least 2007", Date{}, Past, "2007", false},
		{"decade", "the 1990s", Date{}, Past, "1990s", false},
		{"early decade is approximate", "in the early 1990s", Date{}, Past, "c. 1990s", false},
		{"named war", "during World War II", Date{}, Past, "1939–1945", false},
		{"relative needs an anchor", "yesterday", Date{}, Past, "", true},
		{"yesterday needs a day", "yesterday", wk, Past, "", true},
		{"last week needs a week", "last week", Date{year: 2022, Precision: Year}, Past, "", true},
		{"a few days later is narrative, not a date", "A few days later", sun, Past, "", true},
		{"weekday before a full date", "on Wednesday, September 7, 2022", Date{}, Past, "2022-09-07", false},
		{"weekday before a day and month", "Friday 9 September", tue, Past, "2022-09-09", false},
		{"the wrong weekday before a date", "Thursday, September 7, 2022", Date{}, Past, "", true},
		{"a weekday and a time of day is not read", "Wednesday night", tue, Past, "", true},
		{"no such day", "February 30, 2022", Date{}, Past, "", true},
		{"gibberish", "the other day", sun, Past, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, err := Resolve(tt.phrase, tt.anchor, tt.tense)
			if tt.wantErr {
				var we *WhenError
				if !errors.As(err, &we) {
					t.Fatalf("Resolve(%q) = %v, %v; want a *WhenError", tt.phrase, FormatRange(start, end), err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Resolve(%q): %v", tt.phrase, err)
			}
			if got := FormatRange(start, end); got != tt.want {
				t.Errorf("Resolve(%q, %v) = %q, want %q", tt.phrase, tt.anchor, got, tt.want)
			}
		})
	}
}
