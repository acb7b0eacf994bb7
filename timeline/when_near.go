package timeline

import (
	"strings"
	"time"
)

// resolveNear reads the phrases news uses for a time near the article's
// date: a period counted from it ("next week", "last month", "late this
// year", "earlier this month"), a month or a weekday counted from it
// ("last April", "next June", "this Sunday", "last Wednesday"), a part of
// its day ("tonight", "this morning", "last night") and a weekend ("over
// the weekend", "last weekend"). ok is false when p is none of them; then
// reason says why it cannot be read, if it is one of them read against
// an anchor not precise enough.
func resolveNear(p string, anchor Date, tense Tense) (start, end Date, ok bool, reason string) {
	if m := rePeriod.FindStringSubmatch(p); m != nil {
		unit := map[string]Precision{"week": Week, "month": Month, "year": Year}[m[3]]
		d, ok := shiftPeriod(anchor, unit, map[string]int{"this": 0, "next": 1, "last": -1}[m[2]])
		if !ok {
			return Date{}, Date{}, false, "needs an anchor of " + unit.String() + " precision or finer, have " + anchor.Precision.String()
		}
		d.Approx = m[1] == "early" || m[1] == "late"
		return d, Date{}, true, ""
	}
	if m := reShifted.FindStringSubmatch(p); m != nil {
		n := map[string]int{"this": 0, "next": 1, "coming": 1, "last": -1}[m[1]]
		if mon, ok := monthNamed(m[2]); ok && m[2] == strings.ToLower(mon.String()) {
			if anchor.Precision > Month {
				return Date{}, Date{}, false, "needs an anchor of month precision or finer, have " + anchor.Precision.String()
			}
			y := int(anchor.year)
			switch {
			case n < 0 && mon >= time.Month(anchor.month):
				y--
			case n > 0 && mon <= time.Month(anchor.month):
				y++
			}
			return MonthDate(y, mon), Date{}, true, ""
		}
		if wd, ok := weekdayNamed(m[2]); ok {
			if anchor.Precision != Day {
				return Date{}, Date{}, false, "needs an anchor of day precision, have " + anchor.Precision.String()
			}
			return dayOf(shiftWeekday(anchor.First(), wd, n)), Date{}, true, ""
		}
	}
	day := map[string]int{"tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1}
	if n, ok := day[p]; ok {
		if anchor.Precision != Day {
			return Date{}, Date{}, false, "needs an anchor of day precision, have " + anchor.Precision.String()
		}
		return dayOf(anchor.First().AddDate(0, 0, n)), Date{}, true, ""
	}
	for _, pre := range []string{"at the ", "over the ", "during the ", "the "} {
		if rest, ok := strings.CutPrefix(p, pre); ok && rest == "weekend" {
			p = rest
		}
	}
	if p == "weekend" || p == "last weekend" || p == "this weekend" {
		if anchor.Precision != Day {
			return Date{}, Date{}, false, "needs an anchor of day precision, have " + anchor.Precision.String()
		}
		t := anchor.First()
		if tense == Future && p != "last weekend" {
			for t.Weekday() != time.Saturday {
				t = t.AddDate(0, 0, 1)
			}
		} else {
			t = shiftWeekday(t, time.Saturday, -1)
		}
		return dayOf(t), dayOf(t.AddDate(0, 0, 1)), true, ""
	}
	return Date{}, Date{}, false, ""
}

// shiftPeriod is the week, month or year n of them from the one holding
// ref, if ref is known that finely (a week is known finely enough for
// its month).
func shiftPeriod(ref Date, unit Precision, n int) (Date, bool) {
	if ref.Precision > unit && !(unit == Month && ref.Precision == Week) {
		return Date{}, false
	}
	t := ref.First()
	switch unit {
	case Week:
		return weekOf(t.AddDate(0, 0, 7*n)), true
	case Month:
		t = time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return MonthDate(t.Year(), t.Month()), true
	}
	return YearDate(t.Year() + n), true
}

// shiftWeekday is the day named wd before t (n < 0), after it (n > 0),
// or in its week, Monday to Sunday (n == 0).
func shiftWeekday(t time.Time, wd time.Weekday, n int) time.Time {
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
	return t
}
