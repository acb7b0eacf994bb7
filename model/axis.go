package model

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The time axis: the events shown counted by month, quarter, year or
// decade, drawn as a strip of block characters above the chronology and
// as bars on a screen of its own (t). An event is counted in the period
// its start falls in, when it is dated at least that finely; one dated
// more coarsely (a year-precision event, counted by month) is left out
// of the bars and the count of those is said.

// axisUnit is the length of one period of the axis.
type axisUnit int

const (
	unitMonth axisUnit = iota
	unitQuarter
	unitYear
	unitDecade
	numUnits
)

func (u axisUnit) String() string { return [...]string{"month", "quarter", "year", "decade"}[u] }

// bin is the number of the period holding d, counted from year 0, and
// whether d is dated finely enough to be counted by u.
func (u axisUnit) bin(d timeline.Date) (int, bool) {
	y, m := d.Year(), int(d.Month())-1
	switch p := d.Precision; {
	case p == timeline.PrecisionNone:
		return 0, false
	case u == unitMonth && p <= timeline.Month:
		return y*12 + m, true
	case u == unitQuarter && p <= timeline.Month:
		return y*4 + m/3, true
	case u == unitYear && p <= timeline.Year:
		return y, true
	case u == unitDecade:
		return floorDiv(y, 10), true
	}
	return 0, false
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// label names period b: "Sep 2022", "Q3 2022", "2022", "1990s".
func (u axisUnit) label(b int) string {
	switch u {
	case unitMonth:
		return time.Month(b%12 + 1).String()[:3] + " " + strconv.Itoa(floorDiv(b, 12))
	case unitQuarter:
		return "Q" + strconv.Itoa(b%4+1) + " " + strconv.Itoa(floorDiv(b, 4))
	case unitYear:
		return strconv.Itoa(b)
	}
	return strconv.Itoa(b*10) + "s"
}

// date is the first day of period b, at the unit's precision.
func (u axisUnit) date(b int) timeline.Date {
	switch u {
	case unitMonth:
		return timeline.MonthDate(floorDiv(b, 12), time.Month(b%12+1))
	case unitQuarter:
		return timeline.MonthDate(floorDiv(b, 4), time.Month(b%4*3+1))
	case unitYear:
		return timeline.YearDate(b)
	}
	return timeline.DecadeDate(b * 10)
}

// rebin is the period of unit to that holds the first day of period b:
// its first month, since a year's or a decade's date is too coarse for
// a finer unit to place (2015 is in no quarter; January 2015 is in Q1).
func (u axisUnit) rebin(b int, to axisUnit) int {
	d := u.date(b)
	n, _ := to.bin(timeline.MonthDate(d.Year(), max(d.Month(), time.January)))
	return n
}

// counts is the events by period of one unit: counts[i] is period
// first+i's, coarse how many events are dated too coarsely to count.
type counts struct {
	first  int
	counts []int
	coarse int
	max    int
}

// maxBins bounds a unit's periods; a span needing more (months over
// thousands of years) is not counted in that unit.
const maxBins = 1 << 16

// histogram is the events shown counted in every unit.
type histogram struct {
	units [numUnits]counts
	// strip is the strip's bars as last drawn, at stripW cells, with the
	// unit and the periods per cell they were drawn in.
	strip     []rune
	stripW    int
	stripUnit axisUnit
	perCell   int
	// stripFirst is the first period of the strip's first cell.
	stripFirst int
	// focus is the story's events alone when the events counted are the
	// story's and the background's both (the chronology's story), for
	// the time axis to open on; nil otherwise.
	focus *histogram
}

// finish is the histogram of the events counted by month, by year for
// those dated only to a year and by decade for those dated only to one,
// from year lo on, counted of them in all, undated of them in no period.
// The quarters, years and decades are sums of the months.
func finish(months, yearOnly, decadeOnly []int, lo, counted, undated int) (h histogram) {
	sum := func(xs []int) (n int) {
		for _, x := range xs {
			n += x
		}
		return n
	}
	quarters := make([]int, len(yearOnly)*4)
	yearly := slices.Clone(yearOnly)
	for i, n := range months {
		quarters[i/3] += n
		yearly[i/12] += n
	}
	decades := slices.Clone(decadeOnly)
	for i, n := range yearly {
		decades[floorDiv(lo+i, 10)-floorDiv(lo, 10)] += n
	}
	h.units[unitMonth] = trimmed(months, lo*12, counted-sum(months))
	h.units[unitQuarter] = trimmed(quarters, lo*4, counted-sum(quarters))
	h.units[unitYear] = trimmed(yearly, lo, counted-sum(yearly))
	h.units[unitDecade] = trimmed(decades, floorDiv(lo, 10), undated)
	return h
}

// trimmed is the counts by (by period, from period first on), without the empty
// periods at either end, and coarse events not counted.
func trimmed(by []int, first, coarse int) counts {
	c := counts{coarse: coarse}
	i, j := 0, len(by)
	for i < j && by[i] == 0 {
		i++
	}
	for j > i && by[j-1] == 0 {
		j--
	}
	if i == j {
		return c
	}
	c.first, c.counts = first+i, by[i:j]
	for _, n := range c.counts {
		c.max = max(c.max, n)
	}
	return c
}

// fit is the unit to draw the events in w cells, and how many periods
// each cell then holds: of the units that leave at most a quarter of the
// events out for being dated less finely, the one whose cells are the
// shortest stretch of time (two years a cell before a decade).
func (h *histogram) fit(w int) (axisUnit, int) {
	w = max(w, 1)
	best, bestPer := unitDecade, -1
	for u := range numUnits {
		c := &h.units[u]
		n := len(c.counts)
		if n == 0 || c.coarse*4 > c.coarse+c.total() {
			continue
		}
		per := (n + w - 1) / w
		if bestPer < 0 || per*u.months() < bestPer*best.months() {
			best, bestPer = u, per
		}
	}
	return best, max(bestPer, 1)
}

// months is how many months a period of u lasts.
func (u axisUnit) months() int { return [...]int{1, 3, 12, 120}[u] }

// total is how many events the periods count.
func (c *counts) total() int {
	n := 0
	for _, k := range c.counts {
		n += k
	}
	return n
}

// blocks are the bar heights in eighths, from nothing to full.
var blocks = []rune(" ▁▂▃▄▅▆▇█")

// level is how many eighths of a cell of height cells n of most takes:
// anything above nothing takes at least one.
func level(n, most, cells int) int {
	if n <= 0 || most <= 0 {
		return 0
	}
	return max(1, n*cells*8/most)
}

// stripBars is the strip's bars in w cells, made when w changes. With
// several periods a cell, the cells begin at multiples of their length
// (1940–41, not 1939–40), as a chart's bins do.
func (h *histogram) stripBars(w int) []rune {
	if h.strip != nil && h.stripW == w {
		return h.strip
	}
	u, per := h.fit(w)
	c := &h.units[u]
	start := func(per int) int { return floorDiv(c.first, per) * per }
	cellsOf := func(per int) int { return (c.first - start(per) + len(c.counts) + per - 1) / per }
	for per > 1 && cellsOf(per) > max(w, 1) {
		per++
	}
	cells, lead := cellsOf(per), c.first-start(per)
	sums := make([]int, cells)
	most := 0
	for i, n := range c.counts {
		sums[(lead+i)/per] += n
		most = max(most, sums[(lead+i)/per])
	}
	h.strip = make([]rune, cells)
	for i, n := range sums {
		h.strip[i] = blocks[min(level(n, most, 1), 8)]
	}
	h.stripW, h.stripUnit, h.perCell, h.stripFirst = w, u, per, start(per)
	return h.strip
}

// stripH is the strip's height in the chronology: three lines (the
// bars, the selected event's ▲, the periods' names) where the list keeps
// at least stripFrom rows and there are events, else none.
func (c *chronology) stripH() int {
	if len(c.events) == 0 || c.innerH() < stripFrom || c.w < 30 {
		return 0
	}
	return 3
}

// stripFrom is the least inner height of the chronology that has a strip.
const stripFrom = 14

// listH is the rows of events and headers the chronology shows.
func (c *chronology) listH() int { return max(c.innerH()-c.stripH(), 0) }

// stripCellW is how wide the strip draws each of its cells in w columns
// with room for a note of noteW after them: as wide as fits, up to the
// width of a period's full name and a space, so a strip of a few periods
// spreads under its names rather than crowding into the first columns.
func stripCellW(u axisUnit, cells, w, noteW int) int {
	widest := len(u.label(2022*12)) + 1
	if u == unitDecade {
		widest = len("1990s") + 1
	}
	return min(max((w-noteW)/max(cells, 1), 1), widest)
}

// appendStrip appends the strip, if there is room: the bars, a ▲ under
// the selected event's period, and the periods' names under the cells
// they name (see tickLabels).
func (c *chronology) appendStrip(lines []string, inner int) []string {
	if c.stripH() == 0 {
		return lines
	}
	st := &c.env.styles
	if c.counting { // the events by period are known once they are counted
		return append(lines, " "+st.Muted.Render(fit("counting the events by period…", max(inner-1, 0))), "", "")
	}
	w := inner - 2
	h := &c.hist
	if c.storyOnly {
		h = &c.story
	}
	bars := h.stripBars(w)
	u, per, first := h.stripUnit, h.perCell, h.stripFirst
	// What a cell is, and whose events, as far as it fits whole.
	unit := " by " + u.String()
	if per > 1 {
		unit = " " + strconv.Itoa(per) + " " + u.String() + "s a cell"
	}
	notes := []string{unit}
	if c.storyOnly {
		notes = []string{unit + " · the story's events", unit + " · the story", unit}
	}
	if per > 1 {
		notes = append(notes, " "+strconv.Itoa(per)+" "+u.String()+"s")
	}
	cw := stripCellW(u, len(bars), w, len(notes[len(notes)-1]))
	note := ""
	for _, n := range notes {
		if len([]rune(n)) <= w-len(bars)*cw {
			note = n
			break
		}
	}
	var drawn strings.Builder
	for _, r := range bars { // a gap between wide cells, as on the axis's screen
		if cw > 2 {
			drawn.WriteString(strings.Repeat(string(r), cw-1) + " ")
		} else {
			drawn.WriteString(strings.Repeat(string(r), cw))
		}
	}
	periods := make([]int, len(bars))
	for i := range periods {
		periods[i] = first + i*per
	}
	marker := ""
	if ei := c.Selected(); ei >= 0 {
		if b, ok := u.bin(c.env.ds.Events()[ei].Start); ok && b >= first && (b-first)/per < len(bars) {
			marker = strings.Repeat(" ", (b-first)/per*cw) + "▲"
		}
	}
	barsLine, room := drawn.String(), w-len(bars)*cw
	if cw > 2 { // the note's own space follows the last bar, not a second one
		barsLine, room = strings.TrimSuffix(barsLine, " "), room+1
	}
	return append(lines,
		" "+st.Bar.Render(barsLine)+st.Muted.Render(fit(note, max(room, 0))),
		" "+st.Key.Render(marker),
		" "+st.Muted.Render(renderTicks(tickLabels(u, periods, cw, w))))
}

// barRows draws counts as vertical bars h rows high, each period cw
// cells wide (a space between when there is room), from period from on.
func barRows(c *counts, from, n, cw, h int) []string {
	rows := make([]strings.Builder, h)
	for i := from; i < from+n && i < len(c.counts); i++ {
		lv := level(c.counts[i], c.max, h)
		for r := range h {
			eighths := min(max(lv-(h-1-r)*8, 0), 8)
			bar := strings.Repeat(string(blocks[eighths]), max(cw-1, 1))
			if cw > 1 {
				bar += " "
			}
			rows[r].WriteString(bar)
		}
	}
	out := make([]string, h)
	for r := range rows {
		out[r] = rows[r].String()
	}
	return out
}
