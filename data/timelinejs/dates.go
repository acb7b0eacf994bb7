package timelinejs

// TimelineJS dates: year/month/day fields and display_date in
// cyberdesk's own notation, read back at their precision.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func (imp *importer) dates(s *slide) (start, end timeline.Date, note string, ok bool) {
	start, cell, err := fieldsDate(s.start)
	if err != nil {
		imp.fail(s, cell, fmt.Errorf("start date: %w", err))
		return start, end, "", false
	}
	if start.IsZero() {
		imp.fail(s, "year", errors.New("no start date: every slide but the title needs one (a start year at least)"))
		return start, end, "", false
	}
	end, cell, err = fieldsDate(s.end)
	if err != nil {
		imp.fail(s, "end "+cell, fmt.Errorf("end date: %w", err))
		return start, end, "", false
	}
	start, end, note = applyDisplay(oneLine(plain(s.display)), start, end)
	if !end.IsZero() && end.Last().Before(start.First()) {
		imp.fail(s, "end year", fmt.Errorf("end date %s is before the start date %s", end, start))
		return start, end, note, false
	}
	return start, end, note, true
}

// fieldsDate makes a date of year, month and day at the precision their
// presence gives. It returns the zero Date when all three are absent, and
// on error the name of the cell at fault.
func fieldsDate(f [3]string) (timeline.Date, string, error) {
	y, m, d := f[0], f[1], f[2]
	switch {
	case y == "" && (m != "" || d != ""):
		return timeline.Date{}, "year", errors.New("a month or day without a year")
	case y == "":
		return timeline.Date{}, "", nil
	case m == "" && d != "":
		return timeline.Date{}, "month", errors.New("a day without a month")
	}
	year, err := parseNumber("year", y, 9999)
	if err != nil {
		return timeline.Date{}, "year", fmt.Errorf("%w (cyberdesk dates run from year 1 to 9999)", err)
	}
	if m == "" {
		return timeline.YearDate(year), "", nil
	}
	month, err := parseNumber("month", m, 12)
	if err != nil {
		return timeline.Date{}, "month", err
	}
	if d == "" {
		return timeline.MonthDate(year, time.Month(month)), "", nil
	}
	day, err := parseNumber("day", d, 31)
	if err != nil {
		return timeline.Date{}, "day", err
	}
	date, err := timeline.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, month, day), timeline.Day)
	if err != nil {
		return timeline.Date{}, "day", fmt.Errorf("day %q: %w", d, err)
	}
	return date, "", nil
}

// parseNumber reads a whole number from 1 to most.
func parseNumber(name, s string, most int) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("%s %q is not a whole number", name, s)
	}
	if n < 1 || n > most {
		return 0, fmt.Errorf("%s %q is not 1-%d", name, s, most)
	}
	return n, nil
}

// applyDisplay reads a display date written in cyberdesk's notation
// (what [timeline.FormatRange] writes) and, when it names the same days as
// the year/month/day fields, takes its precision and approximation from
// it. Any other display date is kept as the event's date note.
func applyDisplay(display string, start, end timeline.Date) (timeline.Date, timeline.Date, string) {
	if display == "" {
		return start, end, ""
	}
	found := notation(display)
	for _, c := range found.d[:found.n] {
		switch {
		case !sameFields(c[0], start):
		case c[1].IsZero() && end.IsZero():
			return c[0], end, ""
		case c[1].IsZero() && sameFields(end, start): // FormatRange shows an end equal to the start once
			return c[0], c[0], ""
		case !c[1].IsZero() && sameFields(c[1], end):
			return c[0], c[1], ""
		}
	}
	return start, end, display
}

func sameFields(a, b timeline.Date) bool {
	return a.Year() == b.Year() && a.Month() == b.Month() && a.Day() == b.Day()
}

// notation lists the readings of s as cyberdesk's date notation, each a
// start and an end (zero for a single date), in order of preference. Only
// readings that FormatRange writes back as s are kept. "c. 2022–2023" is
// both a range approximate at both ends and one approximate at its start;
// the first is preferred. It allocates nothing where s is such a date.
func notation(s string) (out readings) {
	keep := func(a, b timeline.Date) {
		var buf [64]byte
		if string(appendRange(buf[:0], a, b)) == s && out.n < len(out.d) {
			out.d[out.n] = [2]timeline.Date{a, b}
			out.n++
		}
	}
	rest, approx := strings.CutPrefix(s, "c. ")
	first, second, isRange := strings.Cut(rest, "–")
	if !isRange {
		if d, ok := oneDate(s); ok {
			keep(d, timeline.Date{})
		}
		return out
	}
	start, ok := oneDate(first)
	if !ok {
		return out
	}
	var ends [2]timeline.Date
	n := 0
	if e, ok := sameMonthDay(start, second); ok {
		ends[n], n = e, n+1
	}
	if e, ok := oneDate(second); ok {
		ends[n], n = e, n+1
	}
	for _, e := range ends[:n] {
		if !approx {
			keep(start, e)
			continue
		}
		a, b := start, e
		a.Approx, b.Approx = true, true
		keep(a, b)
		b.Approx = e.Approx
		keep(a, b)
	}
	return out
}

// readings are what notation found: d[:n].
type readings struct {
	d [4][2]timeline.Date
	n int
}

// sameMonthDay reads the "25" of "2022-10-23–25".
func sameMonthDay(start timeline.Date, s string) (timeline.Date, bool) {
	if start.Precision != timeline.Day || len(s) != 2 || s[0] == '+' || strings.Contains(s, "-") {
		return timeline.Date{}, false
	}
	day, err := strconv.Atoi(s)
	if err != nil || day < 1 || day > daysIn(start.Year(), int(start.Month())) {
		return timeline.Date{}, false
	}
	d := timeline.DayDate(start.Year(), start.Month(), day)
	d.Approx = start.Approx
	return d, true
}

// oneDate reads one date as [timeline.Date.String] writes it.
func oneDate(s string) (timeline.Date, bool) {
	s, approx := strings.CutPrefix(s, "c. ")
	var d timeline.Date
	var err error
	switch {
	case strings.HasPrefix(s, "wk "):
		d, err = timeline.ParseDate(s[3:], timeline.Week)
	case strings.HasSuffix(s, "s"):
		d, err = timeline.ParseDate(strings.TrimSuffix(s, "s"), timeline.Decade)
	case strings.Count(s, "-") == 2:
		d, err = timeline.ParseDate(s, timeline.Day)
	case strings.Contains(s, " "):
		d, err = monthDate(s)
	default:
		d, err = timeline.ParseDate(s, timeline.Year)
	}
	d.Approx = approx
	return d, err == nil
}

// errNotMonth is any reading monthDate refuses: only that it does counts.
var errNotMonth = errors.New("not a month")

// monthDate reads "Sep 2022": the month's name, then the year as
// timeline.ParseDate reads one.
func monthDate(s string) (timeline.Date, error) {
	name, year, _ := strings.Cut(s, " ")
	for m := time.January; m <= time.December; m++ {
		if m.String()[:3] != name {
			continue
		}
		y, err := strconv.Atoi(year)
		if err != nil || year == "" || year[0] == '+' || strings.Contains(year, "-") || y < 1 || y > 9999 {
			return timeline.Date{}, errNotMonth
		}
		return timeline.MonthDate(y, m), nil
	}
	return timeline.Date{}, errNotMonth
}

// appendRange appends timeline.FormatRange(start, end) to dst.
func appendRange(dst []byte, start, end timeline.Date) []byte {
	if end.IsZero() || end == start {
		return appendDate(dst, start)
	}
	if start.Approx && end.Approx { // "c. 2022-10-23–25", not "c. … – c. …"
		dst = append(dst, "c. "...)
		start.Approx, end.Approx = false, false
	}
	dst = appendDate(dst, start)
	dst = append(dst, "–"...)
	if start.Precision == timeline.Day && end.Precision == timeline.Day && start.Year() == end.Year() && start.Month() == end.Month() && start.Approx == end.Approx {
		return appendPadded(dst, end.Day(), 2)
	}
	return appendDate(dst, end)
}

// appendDate appends d.String() to dst.
func appendDate(dst []byte, d timeline.Date) []byte {
	if d.Approx && !d.IsZero() {
		dst = append(dst, "c. "...)
	}
	switch d.Precision {
	case timeline.Week:
		dst = append(dst, "wk "...)
		fallthrough
	case timeline.Day:
		dst = append(appendPadded(dst, d.Year(), 4), '-')
		dst = append(appendPadded(dst, int(d.Month()), 2), '-')
		return appendPadded(dst, d.Day(), 2)
	case timeline.Month:
		dst = append(dst, d.Month().String()[:3]...)
		return strconv.AppendInt(append(dst, ' '), int64(d.Year()), 10)
	case timeline.Year:
		return strconv.AppendInt(dst, int64(d.Year()), 10)
	case timeline.Decade:
		return append(strconv.AppendInt(dst, int64(d.Year()), 10), 's')
	}
	return append(dst, "undated"...)
}

// appendPadded appends n as fmt's %0*d does.
func appendPadded(dst []byte, n, width int) []byte {
	if n < 0 {
		dst, n, width = append(dst, '-'), -n, width-1
	}
	for d := digits(n); d < width; d++ {
		dst = append(dst, '0')
	}
	return strconv.AppendInt(dst, int64(n), 10)
}
