package model

import (
	"slices"
	"sort"
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// chronology is the list of events in date order under headers: a year's
// with its count; in a year of many events, a month's with its count; a
// run of years of few events each under one header. Within a period an
// event dated only to the period (a month, a year) comes first, then
// those dated more finely, as timeline.Compare orders them. Where there
// is room a strip of the events' density over time heads the list. It
// draws only the rows in its window.
type chronology struct {
	frame
	env *env

	events []int // dataset indexes of the events shown, in order
	// The headers, in order, each with the position in events of its
	// first event: the rows are the events with the headers between
	// them, worked out from these where they are drawn (rowAt, rowOf),
	// so a list of a million events keeps no row of its own.
	headers []chronHeader
	cursor  int // position in events
	// What the next SetEvents selects instead of keeping the selection:
	// restore-1, the dataset index of an event (0: none); toFirst, the
	// first event when the selected one is not in the new list; top,
	// the restored event scrolled to the top when the list shows it.
	restore int
	toFirst bool
	top     bool
	offset  int // first row drawn
	// counting is set while the list is a filter's first screenful, its
	// count still being worked out (SetFirstScreen): the headers say no
	// count, the strip waits, and the next SetEvents scrolls from held,
	// the offset before, and selects as it would have without it.
	counting bool
	held     int
	empty    []string
	words    []string  // the search's words, marked in the titles
	hist     histogram // the events shown by period, for the time axis
	// story is the story's events alone by period, drawn by the strip
	// when the events shown are the story's and the background's both
	// (storyOnly): history mentioned in passing would stretch the strip
	// over centuries and squeeze the story into one cell.
	story     histogram
	storyOnly bool

	// bins is what the histograms read of every event of the dataset,
	// made by the first SetEvents.
	bins *binTable
	// every is the list of every event (SetEvery), whose histograms are
	// counted once, into everyCounts.
	every       []int
	everyCounts everyCounts

	// The rows of the last frame, by what they show, at width drawnW;
	// moving the selection draws two rows, not the window. drawing is
	// the next frame's, swapped in when it is done.
	drawn, drawing map[rowKey]string
	drawnW         int
}

// rowKey is what a drawn row shows: a year header, or an event (by its
// dataset index) selected or not.
type rowKey struct {
	header   string
	event    int
	selected bool
}

// chronHeader is a header's text, whether it is a month's within a year,
// and the position in the events shown of the first event under it.
type chronHeader struct {
	label string
	month bool
	first int
}

// Headers: a run of years each with at most sparseYear events shares one
// header; a year with at least monthsFrom has a header for each month.
const (
	sparseYear = 3
	monthsFrom = 8
)

func (c *chronology) SetSize(w, h int) {
	if w != c.w {
		c.hist.strip, c.story.strip = nil, nil
	}
	c.frame.SetSize(w, h)
	c.scroll()
}

func (c *chronology) SetEmptyNotice(s []string) { c.empty = s }

// SetWords marks the search's words in the titles.
func (c *chronology) SetWords(words []string) {
	if !slices.Equal(words, c.words) {
		c.words = words
		clear(c.drawn)
	}
}

// SelectNext has the next SetEvents select event ei (or the nearest one
// after it) rather than the event selected now: a search dropped returns
// to where it began, even through an empty list.
func (c *chronology) SelectNext(ei int) {
	if ei >= 0 {
		c.restore = ei + 1
	}
}

// FirstNext has the next SetEvents select the first event, if the one
// selected now is not in the new list: another scope starts at its top.
func (c *chronology) FirstNext() { c.toFirst = true }

// TopNext has the next SetEvents scroll the event SelectNext asked for
// to the top of the list (under its headers), if it shows it: one place
// for it whether the list comes at once or after its first screenful.
func (c *chronology) TopNext() { c.top = true }

// SetEvents replaces the list, keeping the selected event if it is still
// shown, else selecting the nearest one after it (the first, after
// FirstNext; the one asked for, after SelectNext).
func (c *chronology) SetEvents(events []int) {
	prev, toFirst, top := c.intent()
	if c.counting {
		c.counting, c.offset = false, c.held
	}
	c.list(events, prev, toFirst)
	c.toTop(top, prev)
	if c.bins == nil {
		c.bins = newBinTable(c.env.ds)
	}
	c.hist, c.story, c.storyOnly = c.count(events)
	if c.storyOnly {
		c.hist.focus = &c.story
	}
	c.scroll()
}

// count is the histograms of events: all of them, and the story's alone
// when they hold the story's and the background's both (storyOnly; the
// time axis then opens on the story). Those of every event are counted
// once and kept (everyCounts): a search cleared shows every event again,
// a million of them to count otherwise.
func (c *chronology) count(events []int) (hist, story histogram, storyOnly bool) {
	var stories int
	if k := &c.everyCounts; k.ok && len(events) == len(c.env.ds.Events()) && listKey(events) == listKey(c.every) {
		hist, story, stories = k.hist, k.story, k.stories
	} else {
		hist, story, stories = c.bins.histograms(events)
		if len(events) == len(c.env.ds.Events()) && listKey(events) == listKey(c.every) {
			*k = everyCounts{true, hist, story, stories}
		}
	}
	hist.strip, hist.focus = nil, nil
	if stories == 0 || stories == len(events) {
		return hist, histogram{}, false
	}
	story.strip = nil
	if u, _ := story.fit(1); len(story.units[u].counts) == 0 { // none of it is dated: draw all
		return hist, histogram{}, false
	}
	return hist, story, true
}

// everyCounts is the histograms of every event, once counted.
type everyCounts struct {
	ok          bool
	hist, story histogram
	stories     int
}

// SetEvery tells the chronology which list is every event's, for count
// to keep its histograms.
func (c *chronology) SetEvery(every []int) { c.every = every }

// SetFirstScreen shows events, the first screenful of a filter's answer
// (what the answer holds from anchor's event on), while the rest is
// counted: the headers without their counts, the strip as it was, and
// the selection the answer will have. The next SetEvents selects as it
// would have without it, unless a key has moved the selection since.
func (c *chronology) SetFirstScreen(events []int) {
	prev, toFirst, top := c.intent()
	if !c.counting {
		c.counting, c.held = true, c.offset
	}
	c.list(events, prev, toFirst)
	c.toTop(top, prev)
	c.restore, c.toFirst, c.top = prev+1, toFirst, top
	c.scroll()
}

// intent is what the next list selects: the event selected now, or the
// one SelectNext asked for, whether FirstNext asked for the first, and
// whether TopNext asked to scroll it to the top; all are taken.
func (c *chronology) intent() (prev int, toFirst, top bool) {
	prev, toFirst, top = c.Selected(), c.toFirst, c.top && c.restore > 0
	if c.restore > 0 {
		prev = c.restore - 1
	}
	c.restore, c.toFirst, c.top = 0, false, false
	return prev, toFirst, top
}

// toTop scrolls the selection to the top of the list (scroll then brings
// its headers) when top is asked and it is event ei.
func (c *chronology) toTop(top bool, ei int) {
	if top && ei >= 0 && c.Selected() == ei {
		c.offset = c.rowOf(c.cursor)
	}
}

// Intended is the event the list selects once the filter being worked
// out answers: the one SelectNext asked for, else the one selected now
// (-1 for none). Unlike Selected, it does not depend on whether the
// answer has come yet.
func (c *chronology) Intended() int {
	if c.restore > 0 {
		return c.restore - 1
	}
	return c.Selected()
}

// anchor is the event a list shows first for a filter's first screenful
// (the one it selects, or the next one the filter keeps) without taking
// it, and whether the list opens at its top when that event is not kept.
func (c *chronology) anchor() (from int, toFirst bool) {
	return max(c.Intended(), 0), c.toFirst
}

// list makes events the list, with its headers, selecting prev (or the
// next event after it; the first with toFirst when prev is not shown).
func (c *chronology) list(events []int, prev int, toFirst bool) {
	c.events = events
	c.headers = c.headers[:0]
	for pos := 0; pos < len(events); {
		end := c.groupEnd(pos)
		if end-pos <= sparseYear { // and the sparse years after it
			last := pos
			for end < len(events) {
				next := c.groupEnd(end)
				if next-end > sparseYear {
					break
				}
				last, end = end, next
			}
			label := c.groupLabel(pos)
			if last != pos {
				label += "–" + c.groupLabel(last)
			}
			c.header(label+" · "+c.counted(end-pos), false, pos)
		} else {
			c.header(c.groupLabel(pos)+" · "+c.counted(end-pos), false, pos)
			if end-pos >= monthsFrom {
				c.monthHeaders(pos, end)
			}
		}
		pos = end
	}
	c.cursor = 0
	if prev >= 0 { // the same event, or the next one still shown
		i, found := slices.BinarySearch(events, prev)
		if !found && toFirst {
			i = 0
		}
		c.cursor = min(i, max(len(events)-1, 0))
	}
}

// counted is a header's count of n events: none while they are counted.
func (c *chronology) counted(n int) string {
	if c.counting {
		return "…"
	}
	return counted(n)
}

// header adds a header over the events from position first on.
func (c *chronology) header(label string, month bool, first int) {
	c.headers = append(c.headers, chronHeader{label, month, first})
}

// monthHeaders adds a header for each month of the events [from, to),
// those of one year: its events dated only to the year come first and
// have none.
func (c *chronology) monthHeaders(from, to int) {
	for pos := from; pos < to; {
		m := c.monthOf(pos)
		end := c.runEnd(pos, to, func(i int) bool { return c.monthOf(i) == m })
		if m >= 0 {
			d := c.start(pos)
			n := strconv.Itoa(end - pos)
			if c.counting {
				n = "…"
			}
			c.header(d.Month().String()[:3]+" "+strconv.Itoa(d.Year())+" · "+n, true, pos)
		}
		pos = end
	}
}

// runEnd is one past the last position of the run of events from pos
// that same accepts, below to. The events are in date order, so those of
// one period are together: it gallops, then halves, reading about twice
// the logarithm of the run's length rather than every event of it.
func (c *chronology) runEnd(pos, to int, same func(int) bool) int {
	lo, step := pos, 1 // same(lo) holds
	for lo+step < to && same(lo+step) {
		lo += step
		step *= 2
	}
	hi := min(lo+step, to) // same(hi) fails, or hi is to
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if same(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

func (c *chronology) start(pos int) timeline.Date { return c.env.ds.Events()[c.events[pos]].Start }

// groupEnd is one past the last event of the year (or decade) that the
// event at pos starts in.
func (c *chronology) groupEnd(pos int) int {
	d := c.start(pos)
	y, dec := d.Year(), d.Precision == timeline.Decade
	return c.runEnd(pos, len(c.events), func(i int) bool {
		e := c.start(i)
		return e.Year() == y && (e.Precision == timeline.Decade) == dec
	})
}

// monthOf is the month the event at pos is dated in, counted from year 0,
// or -1 when it is dated only to a year or a decade.
func (c *chronology) monthOf(pos int) int {
	d := c.start(pos)
	if d.Precision == timeline.Year || d.Precision == timeline.Decade {
		return -1
	}
	return d.Year()*12 + int(d.Month()) - 1
}

// groupLabel is the period the event at pos is grouped in: its year, or
// its decade for a decade-precision date.
func (c *chronology) groupLabel(pos int) string {
	d := c.start(pos)
	if d.Precision == timeline.Decade {
		return strconv.Itoa(d.Year()) + "s"
	}
	return strconv.Itoa(d.Year())
}

// counted is "1 event" or "n events".
func counted(n int) string { return strconv.Itoa(n) + plural(n, " event") }

// JumpTo selects the first event shown that starts on or after d's first
// day, or the last event when none does; it reports whether one did.
func (c *chronology) JumpTo(d timeline.Date) bool {
	if len(c.events) == 0 {
		return false
	}
	first := d.First()
	i, _ := slices.BinarySearchFunc(c.events, first, func(ei int, t time.Time) int {
		return c.env.ds.Events()[ei].Start.First().Compare(t)
	})
	found := i < len(c.events)
	c.cursor = min(i, len(c.events)-1)
	c.moved()
	c.scroll()
	return found
}

// Selected returns the dataset index of the selected event, or -1.
func (c *chronology) Selected() int {
	if c.cursor < 0 || c.cursor >= len(c.events) {
		return -1
	}
	return c.events[c.cursor]
}

// Select moves the cursor to the event with dataset index ei, if shown.
func (c *chronology) Select(ei int) {
	if i, ok := slices.BinarySearch(c.events, ei); ok {
		c.cursor = i
		c.moved()
		c.scroll()
	}
}

// rowCount is how many rows the list has: its events and headers.
func (c *chronology) rowCount() int { return len(c.events) + len(c.headers) }

// rowOf is the row of the event at position pos: after the events before
// it and the headers over them and over it.
func (c *chronology) rowOf(pos int) int {
	return pos + sort.Search(len(c.headers), func(i int) bool { return c.headers[i].first > pos })
}

// rowAt is what row r shows: header h, or (h -1) the event at position
// pos. Header i is row headers[i].first+i, rising with i.
func (c *chronology) rowAt(r int) (h, pos int) {
	k := sort.Search(len(c.headers), func(i int) bool { return c.headers[i].first+i > r })
	if k > 0 && c.headers[k-1].first+k-1 == r {
		return k - 1, -1
	}
	return -1, r - k
}

func (c *chronology) move(delta int) {
	if len(c.events) == 0 {
		return
	}
	c.cursor = max(0, min(len(c.events)-1, c.cursor+clampDelta(delta)))
	c.moved()
	c.scroll()
}

// moved is a key or a click choosing the selection: while the list is a
// first screenful, the whole answer then keeps it.
func (c *chronology) moved() {
	if c.counting {
		c.restore, c.toFirst, c.top = 0, false, false
	}
}

func (c *chronology) scroll() {
	if len(c.events) == 0 {
		c.offset = 0
		return
	}
	cur := c.rowOf(c.cursor)
	for cur > 0 && cur-1 < c.offset {
		if h, _ := c.rowAt(cur - 1); h < 0 {
			break
		}
		cur-- // bring the headers into view with their first event
	}
	c.offset = clampScroll(c.offset, cur, c.listH(), c.rowCount())
}

// Update moves through the list; enter opens the selected event.
func (c *chronology) Update(msg tea.Msg) (outcome, tea.Cmd) {
	return moveOrOpen(msg, &c.env.keys, c.listH()-1, c.move, func() outcome {
		if ei := c.Selected(); ei >= 0 {
			return openEvent{ei}
		}
		return nil
	})
}

// Keys: moving and enter, while there are events.
func (c *chronology) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	some := len(c.events) > 0
	k.enableMoves(some)
	k.Open.SetEnabled(some)
	return append(short, k.Down, k.Open)
}

// Copyable is the selected event's sources.
func (c *chronology) Copyable() (copyable, bool) {
	if ei := c.Selected(); ei >= 0 && len(c.env.ds.Events()[ei].Sources) > 0 {
		return eventCopy(c.env, ei), true
	}
	return copyable{}, false
}

// Scroll is the mouse wheel: it moves the selection, as j and k do.
func (c *chronology) Scroll(delta int) { c.move(delta) }

// ClickRow selects the event on the given line of the pane's inner area.
func (c *chronology) ClickRow(line int) bool {
	r := c.offset + line - c.stripH()
	if r < 0 || r >= c.rowCount() {
		return false
	}
	h, pos := c.rowAt(r)
	if h >= 0 {
		return false
	}
	c.cursor = pos
	c.moved()
	c.scroll()
	return true
}

// Restyle forgets the rows drawn in the old palette.
func (c *chronology) Restyle() { clear(c.drawn) }

func (c *chronology) View() string {
	st := &c.env.styles
	inner := c.w - 2
	if c.drawn == nil || c.drawnW != inner {
		c.drawn, c.drawing, c.drawnW = map[rowKey]string{}, map[rowKey]string{}, inner
	}
	lines := make([]string, 0, c.innerH())
	lines = c.appendStrip(lines, inner)
	switch {
	case len(c.events) == 0 && c.counting:
		lines = append(lines, st.Muted.Render("Looking through the events…"))
	case len(c.events) == 0:
		lines = append(lines, c.empty...)
	}
	end := min(c.offset+c.listH(), c.rowCount())
	for r := c.offset; r < end; r++ {
		h, pos := c.rowAt(r)
		var k rowKey
		if h < 0 {
			k = rowKey{event: c.events[pos], selected: pos == c.cursor}
		} else {
			k = rowKey{header: c.headers[h].label, event: -1}
		}
		line, ok := c.drawn[k]
		switch {
		case ok:
		case h >= 0 && c.headers[h].month:
			line = st.MonthHeader.Render(monthRule(c.headers[h].label, inner))
		case h >= 0:
			line = st.YearHeader.Render(rule(c.headers[h].label, inner))
		default:
			line = c.renderRow(pos, inner)
		}
		c.drawing[k] = line
		lines = append(lines, line)
	}
	c.drawn, c.drawing = c.drawing, c.drawn
	clear(c.drawing)
	right := scrollInfo(c.cursor, len(c.events))
	if c.counting {
		right = "counting…"
	}
	return box(st, "Chronology", right, lines, c.w, c.h, c.focused)
}
