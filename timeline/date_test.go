package timeline

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in string
		prec     Precision
		want     string // String() of the result
		wantErr  string
	}{
		{"day", "2022-07-15", Day, "2022-07-15", ""},
		{"month", "2022-09", Month, "Sep 2022", ""},
		{"year", "2013", Year, "2013", ""},
		{"decade", "1990", Decade, "1990s", ""},
		{"week on a monday", "2022-10-24", Week, "wk 2022-10-24", ""},
		{"week not on a monday", "2022-10-23", Week, "", "starts on a Monday"},
		{"decade not on a 0 year", "1995", Decade, "", "ending in 0"},
		{"no such day", "2022-02-30", Day, "", "no such day"},
		{"month 13", "2022-13", Month, "", "out of range"},
		// checked before they are narrowed into a Date's small fields:
		// year 67,558 would pass as 2022 (67,558 - 65,536), month 257 as 1
		{"year past 9999", "67558", Year, "", "out of range"},
		{"year 0", "0", Year, "", "out of range"},
		{"month 257", "2022-257", Month, "", "out of range"},
		{"day 257", "2022-01-257", Day, "", "no such day"},
		{"too precise for month", "2022-09-12", Month, "", "wants YYYY-MM"},
		{"not a number", "20x2", Year, "", "not a number"},
		{"signed", "+2022", Year, "", "not a number"},
		{"no precision", "2022", PrecisionNone, "", "missing precision"},
		{"too few fields for day", "2022-09", Day, "", "wants YYYY-MM-DD"},
		{"an empty field", "2022--09", Day, "", `"" is not a number`},
		{"a trailing dash", "2022-", Month, "", `"" is not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseDate(tt.in, tt.prec)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseDate(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if got := d.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
			if got := d.ISO(); got != tt.in {
				t.Errorf("ISO() = %q, want the input back, %q", got, tt.in)
			}
		})
	}
}

func TestCompareOrdersByFirstDayThenCoarserFirst(t *testing.T) {
	ordered := []Date{
		DecadeDate(1930),
		YearDate(1939),
		YearDate(2022),
		MonthDate(2022, time.January),
		DayDate(2022, time.January, 1),
		MonthDate(2022, time.September),
		WeekDate(2022, time.September, 5),
		DayDate(2022, time.September, 12),
	}
	for i := 1; i < len(ordered); i++ {
		if c := Compare(ordered[i-1], ordered[i]); c >= 0 {
			t.Errorf("Compare(%v, %v) = %d, want < 0", ordered[i-1], ordered[i], c)
		}
		if c := Compare(ordered[i], ordered[i-1]); c <= 0 {
			t.Errorf("Compare(%v, %v) = %d, want > 0", ordered[i], ordered[i-1], c)
		}
	}
}

func TestFormatRange(t *testing.T) {
	y := YearDate
	tests := []struct {
		name       string
		start, end Date
		want       string
	}{
		{"single", DayDate(2022, 7, 15), Date{}, "2022-07-15"},
		{"years", y(1939), y(1945), "1939–1945"},
		{"days in a month", DayDate(2022, 10, 23), DayDate(2022, 10, 25), "2022-10-23–25"},
		{"days across months", DayDate(2022, 9, 30), DayDate(2022, 10, 2), "2022-09-30–2022-10-02"},
		{"approximate", Date{year: 1990, Precision: Decade, Approx: true}, Date{}, "c. 1990s"},
		{"approximate range says c. once", Date{year: 2022, month: 10, day: 23, Precision: Day, Approx: true}, Date{year: 2022, month: 10, day: 25, Precision: Day, Approx: true}, "c. 2022-10-23–25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatRange(tt.start, tt.end); got != tt.want {
				t.Errorf("FormatRange = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRangeCovers(t *testing.T) {
	sep := Date{year: 2022, month: uint8(time.September), Precision: Month}
	tests := []struct {
		name                       string
		oStart, oEnd, iStart, iEnd Date
		want                       bool
	}{
		{"day in month", sep, Date{}, DayDate(2022, 9, 12), Date{}, true},
		{"week in month", sep, Date{}, Date{year: 2022, month: 9, day: 5, Precision: Week}, Date{}, true},
		{"week straddling month end", sep, Date{}, Date{year: 2022, month: 9, day: 26, Precision: Week}, Date{}, false},
		{"month in day", DayDate(2022, 9, 12), Date{}, sep, Date{}, false},
		{"range in range", Date{year: 1939, Precision: Year}, Date{year: 1945, Precision: Year}, Date{year: 1940, Precision: Year}, Date{year: 1945, Precision: Year}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RangeCovers(tt.oStart, tt.oEnd, tt.iStart, tt.iEnd); got != tt.want {
				t.Errorf("RangeCovers = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestParseWritten(t *testing.T) {
	for _, tt := range []struct {
		in, want, err string
	}{
		{"2022", "2022", ""},
		{"2022-09", "Sep 2022", ""},
		{"2022-09-05", "2022-09-05", ""},
		{"2024-02-29", "2024-02-29", ""},
		{"2022-02-30", "", "2022-02-30: February 2022 has 28 days"},
		{"2022-04-31", "", "2022-04-31: April 2022 has 30 days"},
		{"2022-13", "", "month 13 out of range"},
		{"2022-9", "", "want a date as 2022, 2022-09 or 2022-09-05"},
		{"09/05/2022", "", "want a date as"},
		{"20x2", "", "want a date as"},
		{"", "", "want a date as"},
	} {
		d, err := ParseWritten(tt.in)
		switch {
		case tt.err == "" && (err != nil || d.String() != tt.want):
			t.Errorf("ParseWritten(%q) = %v, %v; want %s", tt.in, d, err, tt.want)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("ParseWritten(%q) error %v; want one saying %q", tt.in, err, tt.err)
		}
	}
}

// TestCheckDayIsTheCalendars: a day is checked without time.Date, and
// refused or taken as the calendar has it, in leap years and not, at the
// ends of the range of years and past the ends of months.
func TestCheckDayIsTheCalendars(t *testing.T) {
	for _, year := range []int{1, 4, 100, 400, 1900, 1999, 2000, 2023, 2024, 9996, 9999} {
		for month := time.Month(0); month <= 13; month++ {
			for day := -1; day <= 32; day++ {
				c := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
				calendar := month >= 1 && month <= 12 && c.Day() == day && c.Month() == month
				if got := checkDate(year, month, day, Day) == nil; got != calendar {
					t.Errorf("checkDate(%d, %d, %d, Day) accepts: %v, want %v", year, month, day, got, calendar)
				}
			}
		}
	}
}
