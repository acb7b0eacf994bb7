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
// last name's, else alone ("Dec"), so every name's year can be read. The
// cells named are those where a period of the shortest regular step that
// fits begins (every month, quarter, half year, year, 2, 5, 10 years...),
// so the names fall at even intervals.
func tickLabels(u axisUnit, periods []int, cw, w int) []tick {
	if len(periods) == 0 || cw <= 0 {
		return nil
	}
	var best []tick
	for _, step := range tickSteps(u) {
		ticks, dropped := placeTicks(u, periods, cw, w, step)
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
// before it other than the first cell's.
func placeTicks(u axisUnit, periods []int, cw, w, step int) (ticks []tick, dropped bool) {
	free, year := 0, 0
	for i, p := range periods {
		if i > 0 && floorDiv(p, step) == floorDiv(periods[i-1], step) {
			continue
		}
		text := u.label(p)
		if y := u.year(p); len(ticks) > 0 && y == year {
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
	return ticks, dropped
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
