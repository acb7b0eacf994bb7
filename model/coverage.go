package model

import (
	"context"
	"slices"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// coverageView is the matrix of events (rows, those the filters select)
// by outlets (columns): a mark where an outlet reports the event, counts
// per outlet and per event, and events only one outlet reports flagged. A
// cursor picks a cell; enter opens that outlet's passage.
type coverageView struct {
	frame
	env *env

	cov             timeline.Coverage
	rows            []timeline.CoverageRow // cov's rows as shown: sorted, and only single-outlet ones when single
	byCount, single bool
	key             []string // the outlet key, wrapped to the width
	row             int      // cursor row
	col             int      // cursor column (outlet)
	offset          int      // first row drawn
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

func newCoverageView(e *env) *coverageView {
	return &coverageView{frame: frame{focused: true}, env: e}
}

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
		if c.row < len(c.rows) {
			c.keep = c.rows[c.row].Event
		}
	}
	c.pending, c.building = true, n
	c.cov.Rows, c.cov.PerOutlet, c.rows = nil, nil, nil // no stale rows, and their memory back
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
	c.arrange()
	c.row = 0
	for i, r := range c.rows {
		if r.Event == c.keep {
			c.row = i
		}
	}
	c.scroll()
	if c.sel >= 0 {
		c.SelectEvent(c.sel)
	}
}

// arrange makes the rows shown from the matrix's: those only one outlet
// reports when single, sorted by how many outlets report them (most
// first, then by date) when byCount, else by date.
func (c *coverageView) arrange() {
	if !c.byCount && !c.single {
		c.rows = c.cov.Rows
		return
	}
	c.rows = make([]timeline.CoverageRow, 0, len(c.cov.Rows))
	for _, r := range c.cov.Rows {
		if !c.single || r.Single() {
			c.rows = append(c.rows, r)
		}
	}
	if c.byCount {
		slices.SortStableFunc(c.rows, func(a, b timeline.CoverageRow) int { return b.Count - a.Count })
	}
}

// rearrange arranges the rows again, the cursor on the same event when
// it is still a row.
func (c *coverageView) rearrange() {
	keep := -1
	if c.row < len(c.rows) {
		keep = c.rows[c.row].Event
	}
	c.arrange()
	c.row = 0
	for i, r := range c.rows {
		if r.Event == keep {
			c.row = i
		}
	}
	c.scroll()
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
	for i, r := range c.rows {
		if r.Event == ei {
			c.row = i
		}
	}
	c.scroll()
}

func (c *coverageView) SetSize(w, h int) {
	c.frame.SetSize(w, h)
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
	c.offset = clampScroll(c.offset, c.row, c.listH(), len(c.rows))
}

// Update moves the cursor; enter reads the passage under it. While the
// matrix is built elsewhere, keys wait.
func (c *coverageView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || c.pending {
		return nil, nil
	}
	if d, ok := c.env.keys.moveDelta(k, c.listH()-1); ok {
		c.row = max(0, min(c.row+clampDelta(d), len(c.rows)-1))
		c.scroll()
		return nil, nil
	}
	switch {
	case key.Matches(k, c.env.keys.CoverSort):
		c.byCount = !c.byCount
		c.rearrange()
		return nil, nil
	case key.Matches(k, c.env.keys.CoverSingle):
		c.single = !c.single
		c.rearrange()
		return nil, nil
	case key.Matches(k, c.env.keys.Left):
		c.col = max(c.col-1, 0)
	case key.Matches(k, c.env.keys.Right):
		c.col = max(min(c.col+1, len(c.cov.Outlets)-1), 0)
	case key.Matches(k, c.env.keys.Open):
		if p, ok := c.selected(); ok {
			return readSpan{p}, nil
		}
		return nil, nil
	}
	off := c.colOff
	c.scrollCols()
	if c.colOff != off {
		c.key = c.keyLines() // the key names the columns drawn
	}
	return nil, nil
}

// Keys: once the matrix is built, moving between events and outlets, and
// enter where the outlet reports the event.
func (c *coverageView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	ready := !c.pending
	k.enableMoves(ready && len(c.rows) > 0)
	enable(ready && len(c.cov.Outlets) > 0, &k.Left, &k.Right)
	_, reported := c.selected()
	k.Open.SetEnabled(ready && reported)
	say(&k.Open, "read")
	enable(ready, &k.CoverSort, &k.CoverSingle)
	say(&k.CoverSort, "sort by count")
	if c.byCount {
		say(&k.CoverSort, "sort by date")
	}
	say(&k.CoverSingle, "only ◆ rows")
	if c.single {
		say(&k.CoverSingle, "all rows")
	}
	return append(short, group("event", k.Up, k.Down), group("outlet", k.Left, k.Right), k.Open, k.CoverSort, k.CoverSingle)
}

// selected is the passage under the cursor, if the outlet reports the event.
func (c *coverageView) selected() (passage, bool) {
	if c.pending || c.row >= len(c.rows) || c.col >= len(c.cov.Outlets) {
		return passage{}, false
	}
	r := c.rows[c.row]
	if si := r.Source(c.col); si >= 0 {
		return sourcePassage(c.env.ds, r.Event, si), true
	}
	return passage{}, false
}

// Copyable is the passage under the cursor.
func (c *coverageView) Copyable() (copyable, bool) {
	p, ok := c.selected()
	if !ok {
		return copyable{}, false
	}
	return passageCopy(c.env, p), true
}
