package model

import (
	"context"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// coverageView is the matrix of events (rows, those the filters select)
// by outlets (columns): a mark where an outlet reports the event, counts
// per outlet and per event, and events only one outlet reports flagged. A
// cursor picks a cell; enter opens that outlet's passage.
type coverageView struct {
	env  *env
	keys *KeyMap
	w, h int

	cov    timeline.Coverage
	key    []string // the outlet key, wrapped to the width
	row    int      // cursor row
	col    int      // cursor column (outlet)
	offset int      // first row drawn
	// Columns: as many as fit are drawn, from colOff, each cellW wide
	// (wider when an outlet's total needs it).
	colOff, cellW int

	// While a matrix is built elsewhere (pending), the screen says so
	// and keys wait. building is how many events it will have; when it
	// comes, the cursor goes to event sel if that is a row, else to event
	// keep, the one it was on.
	pending   bool
	building  int
	keep, sel int
}

const (
	covDateW    = 18
	covCellW    = 3
	covCount    = 5
	covMinTitle = 16 // the event titles keep this much room before columns are dropped
)

// SetEvents rebuilds the matrix for the events the filters select,
// keeping the cursor on the same event when it is still there.
func (c *coverageView) SetEvents(events []int) {
	c.Wait(len(events))
	c.Show(c.env.ds.Coverage(events))
}

// Wait drops the matrix while one of n events is built elsewhere, to come
// with Show; it remembers the event under the cursor for then.
func (c *coverageView) Wait(n int) {
	if !c.pending {
		c.keep, c.sel = -1, -1
		if c.row < len(c.cov.Rows) {
			c.keep = c.cov.Rows[c.row].Event
		}
	}
	c.pending, c.building = true, n
	c.cov.Rows, c.cov.PerOutlet = nil, nil // no stale rows, and their memory back
}

// Show puts in a built matrix, with the cursor on the event it was on
// before Wait, or was sent to meanwhile, when that is still a row.
func (c *coverageView) Show(cov timeline.Coverage) {
	c.cov, c.pending = cov, false
	c.cellW = covCellW
	for _, n := range cov.PerOutlet {
		c.cellW = max(c.cellW, len(strconv.Itoa(n))+1)
	}
	c.col = min(c.col, max(len(cov.Outlets)-1, 0))
	c.scrollCols()
	c.key = c.keyLines()
	c.row = 0
	for i, r := range c.cov.Rows {
		if r.Event == c.keep {
			c.row = i
		}
	}
	c.scroll()
	if c.sel >= 0 {
		c.SelectEvent(c.sel)
	}
}

// coverageWithin is ds.Coverage(events), built a slice of events at a time
// so that ctx can stop it between slices (timeline.Coverage takes no
// context). The slices' rows and counts add up to the whole matrix.
func coverageWithin(ctx context.Context, ds *timeline.Dataset, events []int) (timeline.Coverage, error) {
	cov := timeline.Coverage{Rows: make([]timeline.CoverageRow, 0, len(events))}
	for from := 0; from == 0 || from < len(events); from += checkEvery {
		if err := ctx.Err(); err != nil {
			return timeline.Coverage{}, err
		}
		part := ds.Coverage(events[from:min(from+checkEvery, len(events))])
		if from == 0 {
			cov.Outlets, cov.PerOutlet = part.Outlets, part.PerOutlet
		} else {
			for j, n := range part.PerOutlet {
				cov.PerOutlet[j] += n
			}
		}
		cov.Rows = append(cov.Rows, part.Rows...)
	}
	return cov, nil
}

// SelectEvent puts the cursor on dataset event ei, if it is a row.
func (c *coverageView) SelectEvent(ei int) {
	if c.pending {
		c.sel = ei
		return
	}
	for i, r := range c.cov.Rows {
		if r.Event == ei {
			c.row = i
		}
	}
	c.scroll()
}

func (c *coverageView) SetSize(w, h int) {
	c.w, c.h = w, h
	c.scrollCols()
	c.key = c.keyLines()
	c.scroll()
}

// shownCols is how many outlet columns fit beside the dates, titles and
// counts.
func (c *coverageView) shownCols() int {
	avail := c.w - 2 - 2 - covDateW - covMinTitle - covCount - 1
	return max(1, min(len(c.cov.Outlets), avail/max(c.cellW, covCellW)))
}

// scrollCols keeps the cursor's column among those drawn.
func (c *coverageView) scrollCols() {
	c.colOff = clampScroll(c.colOff, c.col, c.shownCols(), len(c.cov.Outlets))
}

// listH is how many event rows fit: the box's inner height less the
// outlet key, the header, the totals, the legend and the status line.
func (c *coverageView) listH() int { return max(c.h-2-len(c.key)-4, 1) }

func (c *coverageView) scroll() {
	c.offset = clampScroll(c.offset, c.row, c.listH(), len(c.cov.Rows))
}

// Update moves the cursor; it returns the passage to open on enter.
func (c *coverageView) Update(msg tea.KeyPressMsg) (timeline.Span, bool) {
	if c.pending {
		return timeline.Span{}, false
	}
	if d, ok := c.keys.moveDelta(msg, c.listH()-1); ok {
		c.row = max(0, min(c.row+clampDelta(d), len(c.cov.Rows)-1))
		c.scroll()
		return timeline.Span{}, false
	}
	switch {
	case key.Matches(msg, c.keys.Left):
		c.col = max(c.col-1, 0)
	case key.Matches(msg, c.keys.Right):
		c.col = max(min(c.col+1, len(c.cov.Outlets)-1), 0)
	case key.Matches(msg, c.keys.Open):
		return c.selected()
	}
	off := c.colOff
	c.scrollCols()
	if c.colOff != off {
		c.key = c.keyLines() // the key names the columns drawn
	}
	return timeline.Span{}, false
}

// selected is the passage under the cursor, if the outlet reports the event.
func (c *coverageView) selected() (timeline.Span, bool) {
	if c.row >= len(c.cov.Rows) || c.col >= len(c.cov.Outlets) {
		return timeline.Span{}, false
	}
	r := c.cov.Rows[c.row]
	if si := r.Source(c.col); si >= 0 {
		return c.env.ds.Events()[r.Event].Sources[si].Span, true
	}
	return timeline.Span{}, false
}

// keyLines name the outlet behind each column letter, wrapped; built when
// the size or the rows change, not on every frame.
func (c *coverageView) keyLines() []string {
	var parts []string
	for _, id := range c.cov.Outlets[c.colOff:c.colEnd()] {
		parts = append(parts, c.env.marks[id]+" "+c.env.outletName(id))
	}
	return wrap(strings.Join(parts, " · "), max(c.w-4, 1))
}

// colEnd is one past the last column drawn.
func (c *coverageView) colEnd() int {
	return min(c.colOff+c.shownCols(), len(c.cov.Outlets))
}

func (c *coverageView) View() string {
	st := &c.env.styles
	if c.pending {
		lines := []string{" " + st.Muted.Render("Building the matrix of "+strconv.Itoa(c.building)+" events…")}
		return box(st, "Coverage · building…", "esc: back", lines, c.w, c.h, true)
	}
	inner := max(c.w-2, 1)
	from, to := c.colOff, c.colEnd()
	titleW := max(inner-2-covDateW-c.cellW*(to-from)-covCount-1, 4)
	var lines []string
	for _, l := range c.key {
		lines = append(lines, " "+st.Muted.Render(l))
	}
	var head strings.Builder
	head.WriteString("  " + fit("Date", covDateW) + fit("Event", titleW))
	for _, id := range c.cov.Outlets[from:to] {
		head.WriteString(center(c.env.marks[id], c.cellW))
	}
	head.WriteString(padLeft("n", covCount))
	lines = append(lines, st.PaneTitle.Render(head.String()))

	end := min(c.offset+c.listH(), len(c.cov.Rows))
	for i := c.offset; i < end; i++ {
		lines = append(lines, c.renderRow(i, titleW, from, to))
	}
	if len(c.cov.Rows) == 0 {
		lines = append(lines, "  "+st.Warn.Render("No events match these filters."))
	}
	var tot strings.Builder
	tot.WriteString("  " + fit("", covDateW) + fit("Reported by", titleW))
	for _, n := range c.cov.PerOutlet[from:to] {
		tot.WriteString(center(strconv.Itoa(n), c.cellW))
	}
	lines = append(lines, st.Count.Render(tot.String()))
	lines = append(lines, " "+st.Muted.Render("● reports it · ○ in a photo caption only · ◆ only one outlet reports it"))
	lines = append(lines, " "+c.status())
	title := "Coverage · " + strconv.Itoa(len(c.cov.Rows)) + " events × " + strconv.Itoa(len(c.cov.Outlets)) + " outlets"
	if to-from < len(c.cov.Outlets) {
		title += " (" + strconv.Itoa(from+1) + "–" + strconv.Itoa(to) + " shown, ←/→)"
	}
	right := scrollInfo(c.row, len(c.cov.Rows)) + " · esc: back"
	return box(st, title, right, lines, c.w, c.h, true)
}

func (c *coverageView) renderRow(i, titleW, from, to int) string {
	st := &c.env.styles
	ds := c.env.ds
	r := c.cov.Rows[i]
	e := &ds.Events()[r.Event]
	cur := i == c.row
	marker := "  "
	if cur {
		marker = "▶ "
	}
	var cells strings.Builder
	for j := from; j < to; j++ {
		si := r.Source(j)
		glyph := "·"
		switch {
		case si >= 0 && e.Sources[si].Caption:
			glyph = "○"
		case si >= 0:
			glyph = "●"
		}
		if cur && j == c.col {
			pad := c.cellW - 3
			cells.WriteString(strings.Repeat(" ", pad/2) + st.Highlight.Render("["+glyph+"]") + strings.Repeat(" ", pad-pad/2))
		} else {
			cells.WriteString(center(glyph, c.cellW))
		}
	}
	count := padLeft(strconv.Itoa(r.Count), covCount-2)
	flag := "  "
	if r.Single() {
		flag = " ◆"
	}
	date := fit(timeline.FormatRange(e.Start, e.End), covDateW-1) + " "
	title := fit(eventTitle(e), titleW)
	if cur {
		return st.Selected.Render(marker+date+title) + cells.String() + st.Selected.Render(count+flag)
	}
	return marker + st.Date.Render(date) + title + st.Outlet.Render(cells.String()) + count + st.Warn.Render(flag)
}

// status says what the cursor's cell holds.
func (c *coverageView) status() string {
	st := &c.env.styles
	if len(c.cov.Rows) == 0 {
		return ""
	}
	name := c.env.outletName(c.cov.Outlets[c.col])
	s, ok := c.selected()
	if !ok {
		return st.Missing.Render(name + " does not report this event.")
	}
	return st.Outlet.Render(name+": ") + "“" + oneLine(s.Text) + "”" + st.Muted.Render(" · enter reads it")
}

func center(s string, w int) string {
	pad := max(w-len([]rune(s)), 0)
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(w-len(s), 0)) + s
}
