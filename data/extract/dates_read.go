package extract

import (
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dateRead says how a phrase is read where timeline.Resolve, which checks
// the curated sources' phrases, does not read it the way news prose means
// it: a month or a day of a month named without its year, a period named
// from the article's date ("next week", "last month"), a weekday with
// "last" or "next", a date named from another date the text has just
// named ("two days later", "the following year"), a year or a decade
// written in words. The zero value leaves the phrase to timeline.Resolve.
type dateRead struct {
	kind    dateKind
	unit    timeline.Precision // Day, Week, Month or Year: the period counted in
	n       int                // periods forward (negative: back) from the anchor
	month   time.Month
	day     int
	weekday time.Weekday
	dayName bool // the phrase names the weekday of its day
	year    int
	approx  bool   // "early July", "late next year", "mid-1996": a part of the period
	orNow   bool   // dateAfter: with no date named in reach, the article's ("later in the day")
	anchor  string // dateAfter: the happening it counts from ("attack" in "the day after the attack")
	clause  bool   // anchor is the verb of a clause ("brought" in "the day after he was brought up")
}

type dateKind uint8

const (
	dateByResolve    dateKind = iota
	dateMonthOnly             // "In September": the year from which way the sentence looks
	dateMonthDay              // "July 15", "Saturday, April 25": likewise, or from the weekday
	dateMonthShift            // "last April" (n -1), "next June" (1), "this September" (0)
	dateMonthOfYear           // "July last year": the month in the anchor's year plus n
	datePeriod                // "next week", "last month", "late this year": n units from the anchor's
	dateWeekdayShift          // "last Wednesday" (n -1), "next Friday" (1), "this Sunday" (0)
	dateAfter                 // "two days later", "the following year", "the previous Friday": from the date last named
	dateYearOnly              // "mid-1996", "nineteen ninety-six"
	dateDecadeWord            // "the nineties", "the '80s": the last such decade by the anchor
	dateWeekend               // "at the weekend", "last weekend": its Saturday to Sunday
	dateMonthFirst            // "the first of the month": the first day of the anchor's month
)

// dateLean is which way a sentence looks from the article's date.
type dateLean int8

const (
	leanNone dateLean = iota
	leanPast
	leanFuture
	leanScheduled // it names a scheduled happening and says neither way (see dates_ahead.go)
)

// dateSoon is how far ahead a month or a day named without its year may
// begin and still be read as coming, when its sentence says neither way:
// about three months. "The rights expire Nov. 21" in early November is
// that November's; "talks run until March" in October is most likely the
// March before.
const dateSoon = 92 * 24 * time.Hour

// read resolves the phrase against the anchor (the article's date), tense
// and lean; dateAfter phrases are read by readAfter instead.
func (r dateRead) read(resolve string, anchor timeline.Date, tense timeline.Tense, lean dateLean) (from, to timeline.Date, ok bool) {
	if r.kind == dateByResolve {
		from, to, err := timeline.Resolve(resolve, anchor, tense)
		return from, to, err == nil
	}
	if anchor.IsZero() {
		return from, to, false
	}
	at := anchor.First()
	switch r.kind {
	case dateMonthOnly, dateMonthDay:
		from, ok = r.yearByLean(anchor, lean)
	case dateMonthShift:
		from, ok = timeline.ShiftMonth(anchor, r.month, r.n)
	case dateMonthOfYear:
		from = timeline.MonthDate(anchor.Year()+r.n, r.month)
		ok = anchor.Precision <= timeline.Year
	case datePeriod:
		from, ok = timeline.ShiftPeriod(anchor, r.unit, r.n)
	case dateWeekdayShift:
		from, ok = timeline.ShiftWeekday(anchor, r.weekday, r.n)
	case dateYearOnly:
		from, ok = timeline.YearDate(r.year), true
	case dateMonthFirst:
		// the month's first day by the anchor; in a sentence about the
		// future, once it is past, the next month's ("by the first of
		// the month")
		from, ok = timeline.DayDate(at.Year(), at.Month(), 1), anchor.Precision == timeline.Day
		if tense == timeline.Future && at.Day() > 1 {
			from = timeline.DayDate(at.AddDate(0, 1, 1-at.Day()).Year(), at.AddDate(0, 1, 1-at.Day()).Month(), 1)
		}
	case dateWeekend:
		// "at the weekend": the last one; in a sentence about the future
		// and not "last weekend", the next one
		from, to, ok = timeline.Weekend(anchor, tense == timeline.Future && r.n >= 0)
	case dateDecadeWord:
		y := at.Year() - at.Year()%100 + r.year // r.year: the decade within a century
		if y > at.Year() {
			y -= 100
		}
		from, ok = timeline.DecadeDate(y), true
	}
	from.Approx = from.Approx || r.approx
	return from, to, ok && validDate(from)
}

func validDate(d timeline.Date) bool {
	_, err := timeline.ParseDate(d.ISO(), d.Precision)
	return err == nil && d.Year() >= 1 && d.Year() <= 9999
}

// yearByLean places a month, or a day of a month, named without its year:
// the next one after the anchor when the sentence looks ahead, the last
// one by it when the sentence looks back, and when it says neither, the
// last one unless the next comes soon (dateSoon). A weekday named with the
// day ("Saturday, April 25") picks the year it falls on that weekday, if
// one of the three around the anchor does.
func (r dateRead) yearByLean(anchor timeline.Date, lean dateLean) (timeline.Date, bool) {
	at := anchor.First()
	var cands [3]timeline.Date
	for i := range cands {
		y := at.Year() - 1 + i
		if r.kind == dateMonthOnly {
			cands[i] = timeline.MonthDate(y, r.month)
			continue
		}
		cands[i] = timeline.DayDate(y, r.month, r.day)
		if !validDate(cands[i]) {
			return timeline.Date{}, false
		}
	}
	if r.dayName {
		match, n := 0, 0
		for i, c := range cands {
			if c.First().Weekday() == r.weekday {
				match, n = i, n+1
			}
		}
		if n == 1 {
			return cands[match], true
		}
	}
	var past, next timeline.Date
	for _, c := range cands {
		if !c.First().After(anchor.Last()) {
			past = c // the last one begun by the anchor's end
		}
	}
	for _, c := range cands {
		if c.Last().After(at) || c.Last().Equal(at) {
			next = c // the first one not over by the anchor's start
			break
		}
	}
	switch {
	case lean == leanFuture:
		return next, !next.IsZero()
	case lean == leanPast, next.IsZero():
		return past, !past.IsZero()
	case lean == leanScheduled && next != past && next.First().Sub(at) <= dateAheadScheduled && (past.IsZero() || at.Sub(past.Last()) > dateSoon):
		return next, true
	case past.IsZero(), next != past && next.First().Sub(at) <= dateSoon:
		return next, true
	}
	return past, true
}

// readAfter reads a phrase that counts from the date the text last named
// ("two days later", "the following year", "the previous Friday") against
// that date, ref.
func (r dateRead) readAfter(ref timeline.Date) (timeline.Date, bool) {
	if r.dayName {
		// "the previous Friday", "the following Monday"
		d, ok := timeline.ShiftWeekday(ref, r.weekday, r.n)
		return d, ok && validDate(d)
	}
	d, ok := timeline.ShiftPeriod(ref, r.unit, r.n)
	d.Approx = r.approx
	return d, ok && validDate(d)
}
