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
	for _, c := range notation(display) {
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
// the first is preferred.
func notation(s string) [][2]timeline.Date {
	var out [][2]timeline.Date
	keep := func(a, b timeline.Date) {
		if timeline.FormatRange(a, b) == s {
			out = append(out, [2]timeline.Date{a, b})
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
		return nil
	}
	var ends []timeline.Date
	if e, ok := sameMonthDay(start, second); ok {
		ends = append(ends, e)
	}
	if e, ok := oneDate(second); ok {
		ends = append(ends, e)
	}
	for _, e := range ends {
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

// sameMonthDay reads the "25" of "2022-10-23–25".
func sameMonthDay(start timeline.Date, s string) (timeline.Date, bool) {
	if start.Precision != timeline.Day || len(s) != 2 {
		return timeline.Date{}, false
	}
	d, err := timeline.ParseDate(fmt.Sprintf("%04d-%02d-%s", start.Year(), int(start.Month()), s), timeline.Day)
	d.Approx = start.Approx
	return d, err == nil
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

// monthDate reads "Sep 2022".
func monthDate(s string) (timeline.Date, error) {
	name, year, _ := strings.Cut(s, " ")
	for m := time.January; m <= time.December; m++ {
		if m.String()[:3] == name {
			return timeline.ParseDate(year+"-"+fmt.Sprintf("%02d", int(m)), timeline.Month)
		}
	}
	return timeline.Date{}, fmt.Errorf("%q is not a month", name)
}
