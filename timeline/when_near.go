package timeline

import (
	"strings"
	"time"
)

// resolveNear reads the phrases news uses for a time near the article's
// date: a period counted from it ("next week", "last month", "late this
// year", "earlier this month"), a month or a weekday counted from it
// ("last April", "next June", "this Sunday", "last Wednesday"), its day
// and a part of it ("yesterday", "tonight", "this morning", "last
// night") and a weekend ("over
// the weekend", "last weekend"). ok is false when p is none of them; then
// reason says why it cannot be read, if it is one of them read against
// an anchor not precise enough.
func resolveNear(p string, anchor Date, tense Tense) (start, end Date, ok bool, reason string) {
	needs := func(what string) string {
		return "needs an anchor of " + what + " precision, have " + anchor.Precision.String()
	}
	if m := rePeriod.FindStringSubmatch(p); m != nil {
		unit := periodUnits[m[3]]
		d, ok := ShiftPeriod(anchor, unit, shifts[m[2]])
		if !ok {
			return Date{}, Date{}, false, needs(unit.String() + " or finer")
		}
		d.Approx = m[1] == "early" || m[1] == "late"
		return d, Date{}, true, ""
	}
	if m := reShifted.FindStringSubmatch(p); m != nil {
		n := shifts[m[1]]
		if mon, ok := monthNamed(m[2]); ok && m[2] == strings.ToLower(mon.String()) {
			d, ok := ShiftMonth(anchor, mon, n)
			if !ok {
				return Date{}, Date{}, false, needs("month or finer")
			}
			return d, Date{}, true, ""
		}
		if wd, ok := weekdayNamed(m[2]); ok {
			d, ok := ShiftWeekday(anchor, wd, n)
			if !ok {
				return Date{}, Date{}, false, needs("day")
			}
			return d, Date{}, true, ""
		}
	}
	if n, ok := nearDays[p]; ok {
		d, ok := ShiftPeriod(anchor, Day, n)
		if !ok {
			return Date{}, Date{}, false, needs("day")
		}
		return d, Date{}, true, ""
	}
	for _, pre := range []string{"at the ", "over the ", "during the ", "the "} {
		if rest, ok := strings.CutPrefix(p, pre); ok && rest == "weekend" {
			p = rest
		}
	}
	if p == "weekend" || p == "last weekend" || p == "this weekend" {
		from, to, ok := Weekend(anchor, tense == Future && p != "last weekend")
		if !ok {
			return Date{}, Date{}, false, needs("day")
		}
		return from, to, true, ""
	}
	return Date{}, Date{}, false, ""
}

var (
	periodUnits = map[string]Precision{"week": Week, "month": Month, "year": Year}
	shifts      = map[string]int{"this": 0, "next": 1, "coming": 1, "last": -1}
	// nearDays are the anchor's day, a day either side, and parts of them
	nearDays = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1,
		"tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}
)

// ShiftPeriod is the day, week, month or year n of them from the one
// holding ref, if ref is known that finely (a week is known finely
// enough for its month): "next week", "last month", "two days later".
func ShiftPeriod(ref Date, unit Precision, n int) (Date, bool) {
	if ref.Precision > unit && !(unit == Month && ref.Precision == Week) {
		return Date{}, false
	}
	t := ref.First()
	switch unit {
	case Day:
		return dayOf(t.AddDate(0, 0, n)), true
	case Week:
		return weekOf(t.AddDate(0, 0, 7*n)), true
	case Month:
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return MonthDate(t.Year(), t.Month()), true
	case Year:
		return YearDate(t.Year() + n), true
	}
	return Date{}, false
}

// ShiftMonth is the month m counted from ref's: "last April" (n < 0) the
// last one before ref's month, "next June" (n > 0) the first after it,
// "this September" (n == 0) the one in ref's year.
func ShiftMonth(ref Date, m time.Month, n int) (Date, bool) {
	if ref.Precision > Month {
		return Date{}, false
	}
	y := ref.Year()
	switch {
	case n < 0 && m >= ref.Month():
		y--
	case n > 0 && m <= ref.Month():
		y++
	}
	return MonthDate(y, m), true
}

// ShiftWeekday is the day named wd counted from ref's day: "last
// Wednesday" (n < 0) the one before it, "next Friday" (n > 0) the one
// after it, "this Sunday" (n == 0) the one in its week, Monday to Sunday.
func ShiftWeekday(ref Date, wd time.Weekday, n int) (Date, bool) {
	if ref.Precision != Day {
		return Date{}, false
	}
	t := ref.First()
	switch {
	case n < 0:
		t = t.AddDate(0, 0, -1)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, -1)
		}
	case n > 0:
		t = t.AddDate(0, 0, 1)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
	default:
		monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		t = monday.AddDate(0, 0, (int(wd)+6)%7)
	}
	return dayOf(t), true
}

// Weekend is a Saturday and Sunday near ref's day: the last one before
// it (the one it ends, on a Sunday), or with ahead the next one, from
// that day on: "over the weekend", "at the weekend" looking ahead.
func Weekend(ref Date, ahead bool) (from, to Date, ok bool) {
	if ref.Precision != Day {
		return Date{}, Date{}, false
	}
	t := ref.First()
	if ahead {
		for t.Weekday() != time.Saturday {
			t = t.AddDate(0, 0, 1)
		}
	} else {
		d, _ := ShiftWeekday(ref, time.Saturday, -1)
		t = d.First()
	}
	return dayOf(t), dayOf(t.AddDate(0, 0, 1)), true
}
