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
		{"last month", "last month", tue, Past, "Aug 2022", false},
		{"this month", "this month", tue, Past, "Sep 2022", false},
		{"earlier this month", "earlier this month", tue, Past, "Sep 2022", false},
		{"late last month is about", "late last month", tue, Past, "c. Aug 2022", false},
		{"next week", "next week", tue, Future, "wk 2022-09-19", false},
		{"next year", "next year", tue, Future, "2023", false},
		{"last month needs a month", "last month", Date{year: 2022, Precision: Year}, Past, "", true},
		{"tonight", "tonight", tue, Past, "2022-09-13", false},
		{"this morning", "this morning", tue, Past, "2022-09-13", false},
		{"last night", "Last night", tue, Past, "2022-09-12", false},
		{"over the weekend", "over the weekend", tue, Past, "2022-09-10–11", false},
		{"last weekend", "last weekend", tue, Future, "2022-09-10–11", false},
		{"the weekend ahead", "at the weekend", tue, Future, "2022-09-17–18", false},
		{"last July", "last July", tue, Past, "Jul 2022", false},
		{"last September is a year back", "last September", tue, Past, "Sep 2021", false},
		{"next January", "next January", tue, Future, "Jan 2023", false},
		{"this November", "this November", tue, Future, "Nov 2022", false},
		{"last Friday", "last Friday", tue, Past, "2022-09-09", false},
		{"next Tuesday", "next Tuesday", tue, Future, "2022-09-20", false},
		{"this Sunday", "this Sunday", tue, Future, "2022-09-18", false},
		{"a month ahead is this year's", "November", tue, Future, "Nov 2022", false},
		{"a month gone ahead is next year's", "in January", tue, Future, "Jan 2023", false},
		{"a day of a month ahead", "March 1", Date{year: 2016, month: 2, day: 10, Precision: Day}, Future, "2016-03-01", false},
		{"a day of a month looking back", "March 1", Date{year: 2016, month: 2, day: 10, Precision: Day}, Past, "2015-03-01", false},
		{"a part of a month", "in early March", tue, Past, "Mar 2022", false},
		{"the middle of a month", "mid-January", tue, Past, "Jan 2022", false},
		{"the end of a month is about", "the end of June", tue, Past, "c. Jun 2022", false},
		{"the end of the year is about", "the end of the year", tue, Future, "c. 2022", false},
		{"a part of a year is about", "mid-2015", Date{}, Past, "c. 2015", false},
		{"an ISO day", "2016-09-01", Date{}, Past, "2016-09-01", false},
		{"no such ISO day", "2016-13-01", Date{}, Past, "", true},
		{"an ordinal day", "September 11th, 2001", Date{}, Past, "2001-09-11", false},
		{"WWII", "WWII", Date{}, Past, "1939–1945", false},
		{"a no-break space", "in\u00a0July", tue, Past, "Jul 2022", false},
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
