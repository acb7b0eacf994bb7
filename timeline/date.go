package timeline

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how exactly a [Date] is known.
type Precision uint8

// Precisions, from finest to coarsest. The zero value means "no date".
const (
	PrecisionNone Precision = iota
	Day
	Week // the seven days starting on the Monday given
	Month
	Year
	Decade
)

var precisionNames = [...]string{"", "day", "week", "month", "year", "decade"}

// String returns the name used in files: "day", "week", "month", "year", "decade".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "precision(" + strconv.Itoa(int(p)) + ")"
}

// ParsePrecision is the inverse of [Precision.String].
func ParsePrecision(s string) (Precision, error) {
	for i, name := range precisionNames {
		if i > 0 && name == s {
			return Precision(i), nil
		}
	}
	return PrecisionNone, fmt.Errorf("precision %q: want day, week, month, year or decade", s)
}

// Date is a calendar date known to some precision. Fields finer than the
// precision are zero: a Month date has Day 0, a Year date Month 0. A Decade
// date holds the decade's first year (1990 for "the 1990s"). A Week date
// holds the Monday that starts the week.
//
// Its year, month and day are read with [Date.Year], [Date.Month] and
// [Date.Day], and set by the constructors ([DayDate], [ParseDate] and the
// rest), which keep them in the small fields a million events' dates fit
// in.
type Date struct {
	year      int16
	month     uint8 // a time.Month
	day       uint8
	Precision Precision
	Approx    bool // the text only allows an approximate date
}

// Year returns the year; for a decade, its first year.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, or 0 when d is coarser than a month.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month (a week's Monday), or 0 when d is
// coarser than a week.
func (d Date) Day() int { return int(d.day) }

// Approximate returns d marked approximate: "c. 2022".
func (d Date) Approximate() Date { d.Approx = true; return d }

// IsZero reports whether d is the absent date.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// DayDate returns the day-precision date y-m-d.
func DayDate(y int, m time.Month, day int) Date {
	return Date{year: int16(y), month: uint8(m), day: uint8(day), Precision: Day}
}

// MonthDate returns the month-precision date y-m.
func MonthDate(y int, m time.Month) Date {
	return Date{year: int16(y), month: uint8(m), Precision: Month}
}

// YearDate returns the year-precision date y.
func YearDate(y int) Date { return Date{year: int16(y), Precision: Year} }

// WeekDate returns the week that starts on Monday y-m-day. It does not
// check that the day is a Monday: [ParseDate] does.
func WeekDate(y int, m time.Month, day int) Date {
	return Date{year: int16(y), month: uint8(m), day: uint8(day), Precision: Week}
}

// DecadeDate returns the decade that starts in year y (1990 for the
// 1990s).
func DecadeDate(y int) Date { return Date{year: int16(y), Precision: Decade} }

// ParseDate parses the file form of a date ("2022", "2022-09", "2022-09-12";
// a decade is its first year, "1990") at precision p, and checks that the
// text has exactly the fields p needs.
func ParseDate(s string, p Precision) (Date, error) {
	want := 0 // fields
	switch p {
	case Day, Week:
		want = 3
	case Month:
		want = 2
	case Year, Decade:
		want = 1
	default:
		return Date{}, fmt.Errorf("date %q: missing precision", s)
	}
	if strings.Count(s, "-")+1 != want {
		return Date{}, fmt.Errorf("date %q: precision %s wants %s", s, p, p.layout())
	}
	// Cut by hand, not by strings.Split: a million events' dates would
	// make a million slices to throw away.
	var n [3]int
	for i, rest := 0, s; i < want; i++ {
		part, after, _ := strings.Cut(rest, "-")
		rest = after
		v, err := strconv.Atoi(part)
		if err != nil || part == "" || part[0] == '+' {
			return Date{}, fmt.Errorf("date %q: %q is not a number", s, part)
		}
		n[i] = v
	}
	if err := checkDate(n[0], time.Month(n[1]), n[2], p); err != nil {
		return Date{}, fmt.Errorf("date %q: %w", s, err)
	}
	return Date{year: int16(n[0]), month: uint8(n[1]), day: uint8(n[2]), Precision: p}, nil
}

// ParseWritten parses a date at the precision its form gives: "2022" is a
// year, "2022-09" a month, "2022-09-05" a day. An error says whether the
// form or the date is wrong ("2022-02-30: February 2022 has 28 days").
func ParseWritten(s string) (Date, error) {
	p := PrecisionNone
	switch len(s) {
	case 4:
		p = Year
	case 7:
		p = Month
	case 10:
		p = Day
	}
	if p == PrecisionNone || !writtenForm(s) {
		return Date{}, fmt.Errorf("%q: want a date as 2022, 2022-09 or 2022-09-05", s)
	}
	d, err := ParseDate(s, p)
	var day *dayError
	switch {
	case errors.As(err, &day):
		return d, fmt.Errorf("%s: %s %d has %d days", s, day.month, day.year, day.monthDays())
	case err != nil:
		return d, fmt.Errorf("%s: %w", s, errors.Unwrap(err))
	}
	return d, nil
}

// dayError is a day its month does not have.
type dayError struct {
	year  int
	month time.Month
	day   int
}

func (e *dayError) Error() string {
	return fmt.Sprintf("no such day %04d-%02d-%02d: %s %d has %d days", e.year, e.month, e.day, e.month, e.year, e.monthDays())
}

func (e *dayError) monthDays() int {
	return time.Date(e.year, e.month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// writtenForm reports whether s is digits with dashes only where
// YYYY-MM-DD has them.
func writtenForm(s string) bool {
	for i := range len(s) {
		if dash := i == 4 || i == 7; dash != (s[i] == '-') || !dash && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func (p Precision) layout() string {
	switch p {
	case Day, Week:
		return "YYYY-MM-DD"
	case Month:
		return "YYYY-MM"
	case Decade:
		return "YYY0"
	}
	return "YYYY"
}

func (d Date) check() error {
	return checkDate(int(d.year), time.Month(d.month), int(d.day), d.Precision)
}

// checkDate checks a date's fields before they are narrowed into a [Date].
func checkDate(year int, month time.Month, day int, p Precision) error {
	if year < 1 || year > 9999 {
		return fmt.Errorf("year %d out of range", year)
	}
	switch p {
	case Decade:
		if year%10 != 0 {
			return fmt.Errorf("decade must start at a year ending in 0, not %d", year)
		}
	case Month:
		if month < 1 || month > 12 {
			return fmt.Errorf("month %d out of range", month)
		}
	case Day, Week:
		if p == Day && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) {
			return nil // a day of the calendar: no time.Date made for each of a million
		}
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		switch {
		case month < 1 || month > 12:
			return fmt.Errorf("month %d out of range", month)
		case t.Day() != day:
			return &dayError{year, month, day}
		}
		if p == Week && t.Weekday() != time.Monday {
			return fmt.Errorf("a week starts on a Monday; %s is a %s", t.Format(time.DateOnly), t.Weekday())
		}
	}
	return nil
}

// ISO returns the file form: "YYYY-MM-DD" for day and week, "YYYY-MM",
// "YYYY", and the first year for a decade. The zero Date gives "".
func (d Date) ISO() string {
	switch d.Precision {
	case Day, Week:
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	case Year, Decade:
		return fmt.Sprintf("%04d", d.year)
	}
	return ""
}

// String renders d for people at its own precision: "2022-07-15",
// "wk 2022-10-03", "Sep 2022", "2013", "1990s", with "c. " when approximate.
func (d Date) String() string {
	var s string
	switch d.Precision {
	case Day:
		s = d.ISO()
	case Week:
		s = "wk " + d.ISO()
	case Month:
		s = time.Month(d.month).String()[:3] + " " + strconv.Itoa(int(d.year))
	case Year:
		s = strconv.Itoa(int(d.year))
	case Decade:
		s = strconv.Itoa(int(d.year)) + "s"
	default:
		return "undated"
	}
	if d.Approx {
		s = "c. " + s
	}
	return s
}

// FormatRange renders an event's dates: the start alone, or a range such as
// "1939–1945" or "2022-10-23–25".
func FormatRange(start, end Date) string {
	if end.IsZero() || end == start {
		return start.String()
	}
	prefix := ""
	if start.Approx && end.Approx { // "c. 2022-10-23–25", not "c. … – c. …"
		prefix = "c. "
		start.Approx, end.Approx = false, false
	}
	if start.Precision == Day && end.Precision == Day && start.year == end.year && start.month == end.month && start.Approx == end.Approx {
		return prefix + fmt.Sprintf("%s–%02d", start.String(), end.day)
	}
	return prefix + start.String() + "–" + end.String()
}

// First returns the first day d covers, as a UTC time at midnight.
func (d Date) First() time.Time {
	m, day := time.Month(d.month), int(d.day)
	if m == 0 {
		m = time.January
	}
	if day == 0 {
		day = 1
	}
	return time.Date(int(d.year), m, day, 0, 0, 0, 0, time.UTC)
}

// regular reports whether d's month and day are ones a calendar has (or
// absent), so that firstKey orders it as First does.
func (d Date) regular() bool {
	switch {
	case d.month > 12:
		return false
	case d.day <= 28:
		return true
	case d.month == 2:
		y := int(d.year)
		return d.day == 29 && y%4 == 0 && (y%100 != 0 || y%400 == 0)
	case d.month == 4 || d.month == 6 || d.month == 9 || d.month == 11:
		return d.day <= 30
	}
	return d.day <= 31
}

// firstKey is a number that orders regular dates as their First days do,
// worked out without the calendar arithmetic First does.
func (d Date) firstKey() int64 {
	return int64(d.year)*512 + int64(max(d.month, 1))*32 + int64(max(d.day, 1))
}

// dayKey is firstKey's number for the day t falls on.
func dayKey(t time.Time) int64 {
	y, m, d := t.Date()
	return int64(y)*512 + int64(m)*32 + int64(d)
}

// plain reports whether d is regular and holds no finer field than its
// precision (a month-precision date with no day), so that lastKey
// numbers its Last day.
func (d Date) plain() bool {
	switch d.Precision {
	case Month:
		return d.day == 0 && d.regular()
	case Year, Decade:
		return d.month == 0 && d.day == 0
	}
	return d.regular()
}

// lastKey is firstKey's number for d's Last day, for a plain d.
func (d Date) lastKey() int64 {
	y, m, day := int(d.year), time.Month(max(d.month, 1)), int(max(d.day, 1))
	switch d.Precision {
	case Week:
		day += 6
		if n := daysIn(y, m); day > n {
			day -= n
			if m++; m > time.December {
				m, y = time.January, y+1
			}
		}
	case Month:
		day = daysIn(y, m)
	case Year:
		m, day = time.December, 31
	case Decade:
		y, m, day = y+9, time.December, 31
	}
	return int64(y)*512 + int64(m)*32 + int64(day)
}

// daysIn is the number of days of month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Last returns the last day d covers, as a UTC time at midnight.
func (d Date) Last() time.Time {
	f := d.First()
	switch d.Precision {
	case Week:
		return f.AddDate(0, 0, 6)
	case Month:
		return f.AddDate(0, 1, -1)
	case Year:
		return f.AddDate(1, 0, -1)
	case Decade:
		return f.AddDate(10, 0, -1)
	}
	return f
}

// Compare orders dates by their first day; on a tie the coarser date comes
// first, so "2022" sorts before "Jan 2022" before "2022-01-01".
func Compare(a, b Date) int {
	if c := a.First().Compare(b.First()); c != 0 {
		return c
	}
	return int(b.Precision) - int(a.Precision)
}

// RangeCovers reports whether every day of the inner range lies inside the
// outer one. A zero end means the range is its start alone.
func RangeCovers(outerStart, outerEnd, innerStart, innerEnd Date) bool {
	return !innerStart.First().Before(outerStart.First()) && !lastOf(innerStart, innerEnd).After(lastOf(outerStart, outerEnd))
}

func lastOf(start, end Date) time.Time {
	if end.IsZero() {
		return start.Last()
	}
	return end.Last()
}
