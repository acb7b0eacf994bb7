package model

import "strings"

// The names along a time axis, under the strip and on the axis's screen:
// placed as a chart's axis places them.

// tick is a period's name on an axis, starting at column at.
type tick struct {
	at   int
	text string
}

// tickLabels names the cells of an axis, each cw columns wide, the ith
// starting with period periods[i] of u, in w columns, as a chart's axis
// does: each name starts under the cell it names and no two touch or run
// past w; the first cell is always named; a month or a quarter is named
// with its year ("Nov 2015") first and wherever the year differs from the
// last name's, else alone ("Dec"), so every name's year can be read; but
// where the first name with its year would hide the next name and the
// first year's last name has room for it, the year goes there instead
// ("Jun Jul Aug Sep Oct 2022", not "Jun 2022 Aug Sep Oct"). The
// cells named are those where a period of the shortest regular step that
// fits begins (every month, quarter, half year, year, 2, 5, 10 years...),
// so the names fall at even intervals.
func tickLabels(u axisUnit, periods []int, cw, w int) []tick {
	if len(periods) == 0 || cw <= 0 {
		return nil
	}
	var best []tick
	for _, step := range tickSteps(u) {
		ticks, dropped := placeTicks(u, periods, cw, w, step, false)
		if late, lateDropped := placeTicks(u, periods, cw, w, step, true); len(late) > len(ticks) {
			ticks, dropped = late, lateDropped
		}
		best = ticks
		if !dropped || step > periods[len(periods)-1]-periods[0] {
			break
		}
	}
	return best
}

// tickSteps are the regular steps between named periods of u, shortest
// first: for months 1, 2, 3, 6 months, then a year and its multiples.
func tickSteps(u axisUnit) []int {
	var steps []int
	perYear := 1
	switch u {
	case unitMonth:
		steps, perYear = []int{1, 2, 3, 6}, 12
	case unitQuarter:
		steps, perYear = []int{1, 2}, 4
	}
	for _, n := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000} {
		steps = append(steps, n*perYear)
	}
	return steps
}

// placeTicks names the cells where a multiple of step periods begins,
// and the first, leaving out a name that would touch one before it or
// run past w; dropped says whether a name was left out for touching one
// before it other than the first cell's. With yearLast the first year's
// names go without it but for the last of them, which must have room for
// it (else placeTicks names nothing).
func placeTicks(u axisUnit, periods []int, cw, w, step int, yearLast bool) (ticks []tick, dropped bool) {
	free, year := 0, 0
	for i, p := range periods {
		if i > 0 && floorDiv(p, step) == floorDiv(periods[i-1], step) {
			continue
		}
		text := u.label(p)
		if y := u.year(p); len(ticks) > 0 && y == year || len(ticks) == 0 && yearLast {
			text = u.shortLabel(p)
		}
		at := i * cw
		if at+len([]rune(text)) > w { // past the end: so is every later one
			break
		}
		if at < free {
			dropped = dropped || len(ticks) > 1
			continue
		}
		ticks = append(ticks, tick{at, text})
		free, year = at+len([]rune(text))+1, u.year(p)
	}
	if yearLast && !lastOfYearInFull(u, periods, cw, w, ticks) {
		return nil, true
	}
	return ticks, dropped
}

// lastOfYearInFull names the last of ticks in the first one's year with
// its year, if it has room for it before the next name or the end of w;
// it reports whether it had.
func lastOfYearInFull(u axisUnit, periods []int, cw, w int, ticks []tick) bool {
	if len(ticks) == 0 || u.shortLabel(periods[0]) == u.label(periods[0]) {
		return false // no year to carry, or its names always carry it
	}
	k := 0
	for k+1 < len(ticks) && u.year(periods[ticks[k+1].at/cw]) == u.year(periods[0]) {
		k++
	}
	full := u.label(periods[ticks[k].at/cw])
	end := w + 1 // the end of the line may be reached, a next name not touched
	if k+1 < len(ticks) {
		end = ticks[k+1].at
	}
	if ticks[k].at+len([]rune(full)) >= end {
		return false
	}
	ticks[k].text = full
	return true
}

// year is the year period b of u begins in.
func (u axisUnit) year(b int) int { return u.date(b).Year() }

// shortLabel names period b without its year where u's periods are
// parts of a year: "Sep", "Q3"; else as label does.
func (u axisUnit) shortLabel(b int) string {
	l := u.label(b)
	switch u {
	case unitMonth:
		return l[:3]
	case unitQuarter:
		return l[:2]
	}
	return l
}

// renderTicks is the ticks as one line.
func renderTicks(ticks []tick) string {
	var b strings.Builder
	col := 0
	for _, t := range ticks {
		b.WriteString(strings.Repeat(" ", max(t.at-col, 0)))
		b.WriteString(t.text)
		col = t.at + len([]rune(t.text))
	}
	return b.String()
}
