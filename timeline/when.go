package timeline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Tense says which way a bare weekday points: "arrived on Sunday" looks
// back, "is slated to land Monday" looks ahead.
type Tense uint8

// Tenses for [Resolve].
const (
	Past Tense = iota
	Future
)

// WhenError reports a date phrase that [Resolve] cannot turn into a date.
type WhenError struct {
	Phrase string
	Reason string
}

func (e *WhenError) Error() string { return fmt.Sprintf("date phrase %q: %s", e.Phrase, e.Reason) }

// namedPeriods are phrases that name a fixed stretch of years.
var namedPeriods = map[string][2]int{
	"world war ii":     {1939, 1945},
	"second world war": {1939, 1945},
	"wwii":             {1939, 1945},
	"ww2":              {1939, 1945},
}

var numberWords = map[string]int{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

var (
	reDayMonthYear = regexp.MustCompile(`^(\d{1,2}) ([a-z]+)\.? (\d{4})$`)
	reMonthDayYear = regexp.MustCompile(`^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$`)
	reMonthDay     = regexp.MustCompile(`^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?$`)
	reISODay       = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	rePeriod       = regexp.MustCompile(`^(?:(early|late|earlier|later) )?(this|next|last) (week|month|year)$`)
	reShifted      = regexp.MustCompile(`^(this|next|last|coming) ([a-z]+)$`)
	reDayMonth     = regexp.MustCompile(`^(\d{1,2}) ([a-z]+)\.?$`)
	reMonthYear    = regexp.MustCompile(`^([a-z]+)\.? (\d{4})$`)
	reYear         = regexp.MustCompile(`^(\d{4})$`)
	reYearPart     = regexp.MustCompile(`^(early|mid-|mid |late )[ -]?(\d{4})$`)
	rePartOf       = regexp.MustCompile(`^(end|beginning|start|middle) of (.+)$`)
	reDecade       = regexp.MustCompile(`^(early |mid-|mid |late )?(\d{3}0)s$`)
	reAgo          = regexp.MustCompile(`^([a-z]+|\d+) (day|week|month|year)s? ago$`)
)

// leadingWords are dropped from a phrase before it is read: "on Sunday",
// "since 1991", "at least 2007", "during World War II".
var leadingWords = []string{"on ", "in ", "since ", "at least ", "during ", "by ", "the ", "as of "}

// Resolve turns a date phrase from news text into the dates it denotes,
// read against anchor, the publication date of the article it appears in.
// It returns a start and, for a phrase naming a stretch of time, an end.
// The result is never more precise than the phrase and the anchor allow:
// "yesterday" against a day is a day; "last week" is a week; "In September"
// is a month of the anchor's year (or the year before, if September has not
// come yet); "Three weeks ago" is an approximate week; "earlier this year"
// is the anchor's year. tense decides which way a bare weekday points, and
// a month or a day of a month named without its year: looking ahead, it
// is the next one not over by the anchor ("in November" written in
// September). Phrases counted from the anchor ("last month", "next
// Tuesday", "over the weekend", "tonight") are read in resolveNear.
func Resolve(phrase string, anchor Date, tense Tense) (start, end Date, err error) {
	start, end, err = resolve(phrase, anchor, tense)
	if err == nil && (start.check() != nil || !end.IsZero() && end.check() != nil) {
		// "99999999999 days ago" reads, but names no date a timeline has
		return Date{}, Date{}, &WhenError{Phrase: phrase, Reason: "out of the range of dates"}
	}
	return start, end, err
}

func resolve(phrase string, anchor Date, tense Tense) (start, end Date, err error) {
	p := strings.ToLower(strings.Join(strings.Fields(phrase), " ")) // a no-break space is a space
	p = strings.TrimRight(p, ",.")
	for changed := true; changed; {
		changed = false
		for _, w := range leadingWords {
			if strings.HasPrefix(p, w) {
				p, changed = strings.TrimPrefix(p, w), true
			}
		}
	}
	fail := func(reason string) (Date, Date, error) {
		return Date{}, Date{}, &WhenError{Phrase: phrase, Reason: reason}
	}
	if span, ok := namedPeriods[p]; ok {
		return Date{year: int16(span[0]), Precision: Year}, Date{year: int16(span[1]), Precision: Year}, nil
	}
	if m := reDecade.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[2])
		return Date{year: int16(y), Precision: Decade, Approx: m[1] != ""}, Date{}, nil
	}
	if m := rePartOf.FindStringSubmatch(p); m != nil {
		// "the end of June", "the beginning of the year": about the
		// period it is part of
		rest := map[string]string{"the year": "this year", "the month": "this month", "the week": "this week"}[m[2]]
		if rest == "" {
			rest = m[2]
		}
		start, end, err := resolve(rest, anchor, tense)
		if err != nil || !end.IsZero() {
			return fail("not a period it can be a part of")
		}
		start.Approx = true
		return start, end, nil
	}
	if m := reYearPart.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[2])
		return Date{year: int16(y), Precision: Year, Approx: true}, Date{}, nil
	}
	if m := reYear.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Date{year: int16(y), Precision: Year}, Date{}, nil
	}
	if wd, rest, ok := weekdayBefore(p); ok {
		// "Wednesday, September 7, 2022", "Friday 9 September": the day
		// the rest names, which must be that weekday
		if start, end, err := resolve(rest, anchor, tense); err == nil && start.Precision == Day && end.IsZero() {
			if start.First().Weekday() != wd {
				return fail(start.String() + " is a " + start.First().Weekday().String() + ", not a " + wd.String())
			}
			return start, end, nil
		}
	}
	if m := reISODay.FindStringSubmatch(p); m != nil {
		y, _ := strconv.Atoi(m[1])
		mon, _ := strconv.Atoi(m[2])
		day, _ := strconv.Atoi(m[3])
		d := DayDate(y, time.Month(mon), day)
		if mon < 1 || mon > 12 || d.check() != nil {
			return fail("no such day")
		}
		return d, Date{}, nil
	}
	if d, ok, err := absoluteDay(p); ok || err != nil {
		if err != nil {
			return fail(err.Error())
		}
		return d, Date{}, nil
	}
	if m := reMonthYear.FindStringSubmatch(p); m != nil {
		if mon, ok := monthNamed(m[1]); ok {
			y, _ := strconv.Atoi(m[2])
			return Date{year: int16(y), month: uint8(mon), Precision: Month}, Date{}, nil
		}
	}
	if anchor.IsZero() {
		return fail("a relative phrase needs the article's date, and it has none")
	}
	if m := reDayMonth.FindStringSubmatch(p); m != nil {
		m[1], m[2] = m[2], m[1] // "2 September" reads as "September 2"
		p = m[1] + " " + m[2]
	}
	if m := reMonthDay.FindStringSubmatch(p); m != nil {
		if mon, ok := monthNamed(m[1]); ok {
			day, _ := strconv.Atoi(m[2])
			d := DayDate(int(anchor.year), mon, day)
			if err := d.check(); err != nil {
				return fail(err.Error())
			}
			if tense == Future {
				return nextOne(d, anchor), Date{}, nil
			}
			if anchor.Precision <= Month && d.First().After(anchor.Last()) {
				d.year--
			}
			return d, Date{}, nil
		}
	}
	if mon, ok := monthNamed(monthPart(p)); ok {
		d := Date{year: anchor.year, month: uint8(mon), Precision: Month}
		if tense == Future {
			return nextOne(d, anchor), Date{}, nil
		}
		if anchor.Precision <= Month && d.month > anchor.month {
			d.year--
		}
		return d, Date{}, nil
	}
	return resolveRelative(p, anchor, tense, fail)
}

// nextOne is d, a month or a day of a month placed in the anchor's
// year, moved to the first year in which it is not over by the anchor's
// start: a phrase looking ahead names the next one ("the primary in
// June", "the vote on March 1" written in February).
func nextOne(d, anchor Date) Date {
	at := anchor.First()
	for _, y := range []int16{d.year - 1, d.year, d.year + 1} {
		c := d
		c.year = y
		if c.check() == nil && !c.Last().Before(at) {
			return c
		}
	}
	return d
}

// monthPart is p without the part of a month it opens with: "early
// March", "late July", "mid-January" are read as their month.
func monthPart(p string) string {
	for _, w := range []string{"early ", "late ", "early-", "late-", "mid-", "mid "} {
		if rest, ok := strings.CutPrefix(p, w); ok {
			return rest
		}
	}
	return p
}

func resolveRelative(p string, anchor Date, tense Tense, fail func(string) (Date, Date, error)) (Date, Date, error) {
	if start, end, ok, reason := resolveNear(p, anchor, tense); ok || reason != "" {
		if !ok {
			return fail(reason)
		}
		return start, end, nil
	}
	if wd, ok := weekdayNamed(p); ok {
		return resolveWeekday(wd, anchor, tense, fail)
	}
	if m := reAgo.FindStringSubmatch(p); m != nil {
		n, ok := numberWords[m[1]]
		if !ok {
			v, err := strconv.Atoi(m[1])
			if err != nil || v < 0 {
				return fail("cannot count " + strconv.Quote(m[1]))
			}
			n = v
		}
		t := anchor.First()
		switch m[2] {
		case "day":
			if anchor.Precision != Day {
				return fail("needs an anchor of day precision, have " + anchor.Precision.String())
			}
			t = t.AddDate(0, 0, -n)
		case "week":
			t = t.AddDate(0, 0, -7*n)
		case "month":
			t = t.AddDate(0, -n, 0)
		default:
			t = t.AddDate(-n, 0, 0)
		}
		if y := t.Year(); y < 1 || y > 9999 || t.After(anchor.First()) {
			return fail("lands outside the years 1 to 9999")
		}
		switch m[2] {
		case "day":
			return dayOf(t), Date{}, nil
		case "week":
			d := weekOf(t)
			d.Approx = true
			return d, Date{}, nil
		case "month":
			return Date{year: int16(t.Year()), month: uint8(t.Month()), Precision: Month, Approx: true}, Date{}, nil
		default:
			return Date{year: int16(t.Year()), Precision: Year, Approx: true}, Date{}, nil
		}
	}
	return fail("not a date phrase cyberdesk understands")
}

// resolveWeekday finds the named weekday nearest the anchor in the tense's
// direction. The anchor's own day counts ("arrived on Sunday" in Sunday's
// paper). Against a week anchor, the weekday is the one inside that week.
func resolveWeekday(wd time.Weekday, anchor Date, tense Tense, fail func(string) (Date, Date, error)) (Date, Date, error) {
	switch anchor.Precision {
	case Day:
		t := anchor.First()
		for t.Weekday() != wd {
			if tense == Future {
				t = t.AddDate(0, 0, 1)
			} else {
				t = t.AddDate(0, 0, -1)
			}
		}
		return dayOf(t), Date{}, nil
	case Week:
		offset := (int(wd) + 6) % 7 // Monday is 0
		return dayOf(anchor.First().AddDate(0, 0, offset)), Date{}, nil
	}
	return fail("needs an anchor of week or day precision, have " + anchor.Precision.String())
}

func absoluteDay(p string) (Date, bool, error) {
	var mon time.Month
	var dayS, yearS string
	if m := reMonthDayYear.FindStringSubmatch(p); m != nil {
		var ok bool
		if mon, ok = monthNamed(m[1]); !ok {
			return Date{}, false, nil
		}
		dayS, yearS = m[2], m[3]
	} else if m := reDayMonthYear.FindStringSubmatch(p); m != nil {
		var ok bool
		if mon, ok = monthNamed(m[2]); !ok {
			return Date{}, false, nil
		}
		dayS, yearS = m[1], m[3]
	} else {
		return Date{}, false, nil
	}
	day, _ := strconv.Atoi(dayS)
	y, _ := strconv.Atoi(yearS)
	d := DayDate(y, mon, day)
	return d, true, d.check()
}

func dayOf(t time.Time) Date { return DayDate(t.Year(), t.Month(), t.Day()) }

func weekOf(t time.Time) Date {
	t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	d := dayOf(t)
	d.Precision = Week
	return d
}

func monthNamed(s string) (time.Month, bool) {
	if s == "sept" {
		return time.September, true
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || (len(s) == 3 && strings.HasPrefix(name, s)) {
			return m, true
		}
	}
	return 0, false
}

// weekdayBefore splits a phrase that opens with a weekday's name before
// a day of a month ("wednesday, september 7, 2022") into the weekday and
// the rest.
func weekdayBefore(p string) (time.Weekday, string, bool) {
	name, rest, ok := strings.Cut(p, " ")
	if !ok {
		return 0, "", false
	}
	wd, ok := weekdayNamed(strings.TrimSuffix(name, ","))
	rest = strings.TrimSpace(rest)
	return wd, rest, ok && rest != ""
}

func weekdayNamed(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if s == strings.ToLower(d.String()) {
			return d, true
		}
	}
	return 0, false
}
