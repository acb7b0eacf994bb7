package model

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// chronology is the list of events in date order under year headers. It
// draws only the rows in its window.
type chronology struct {
	frame
	env *env

	events  []int // dataset indexes of the events shown, in order
	rows    []chronRow
	headers []string // the year headers' texts, in order
	rowOf   []int32  // row index of each entry of events
	cursor  int      // position in events
	offset  int      // first row drawn
	empty   []string

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

// chronRow is a year header (event -1, its text headers[header]) or an
// event (its position in events). Two int32s, not a string and an int:
// there is a row for every event shown, and a dataset may hold millions.
type chronRow struct {
	event, header int32
}

func (c *chronology) SetSize(w, h int)          { c.frame.SetSize(w, h); c.scroll() }
func (c *chronology) SetEmptyNotice(s []string) { c.empty = s }

// SetEvents replaces the list, keeping the selected event if it is still
// shown, else selecting the nearest one after it.
func (c *chronology) SetEvents(events []int) {
	prev := c.Selected()
	c.events = events
	c.rows, c.headers = c.rows[:0], c.headers[:0]
	c.rowOf = slices.Grow(c.rowOf[:0], len(events))[:len(events)] // reused: this runs after every filter
	c.rows = slices.Grow(c.rows, len(events)+len(events)/8)
	type group struct {
		year   int
		decade bool
	}
	var cur group // compared per event; the header's text is made per group
	for pos, ei := range events {
		d := c.env.ds.Events()[ei].Start
		if g := (group{d.Year(), d.Precision == timeline.Decade}); pos == 0 || g != cur {
			cur = g
			c.rows = append(c.rows, chronRow{event: -1, header: int32(len(c.headers))})
			c.headers = append(c.headers, groupLabel(d))
		}
		c.rowOf[pos] = int32(len(c.rows))
		c.rows = append(c.rows, chronRow{event: int32(pos)})
	}
	c.cursor = 0
	if prev >= 0 { // the same event, or the next one still shown
		i, _ := slices.BinarySearch(events, prev)
		c.cursor = min(i, max(len(events)-1, 0))
	}
	c.scroll()
}

// groupLabel is the header an event falls under: its year, or its decade
// for a decade-precision date.
func groupLabel(d timeline.Date) string {
	if d.Precision == timeline.Decade {
		return strconv.Itoa(d.Year()) + "s"
	}
	return strconv.Itoa(d.Year())
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
		c.scroll()
	}
}

func (c *chronology) move(delta int) {
	if len(c.events) == 0 {
		return
	}
	c.cursor = max(0, min(len(c.events)-1, c.cursor+clampDelta(delta)))
	c.scroll()
}

func (c *chronology) scroll() {
	if len(c.events) == 0 {
		c.offset = 0
		return
	}
	cur := int(c.rowOf[c.cursor])
	if cur > 0 && c.rows[cur-1].event < 0 && cur-1 < c.offset {
		cur-- // bring the year header into view with its first event
	}
	c.offset = clampScroll(c.offset, cur, c.innerH(), len(c.rows))
}

// Update moves through the list; enter opens the selected event.
func (c *chronology) Update(msg tea.Msg) (outcome, tea.Cmd) {
	return moveOrOpen(msg, &c.env.keys, c.innerH()-1, c.move, func() outcome {
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
	r := c.offset + line
	if r < 0 || r >= len(c.rows) || c.rows[r].event < 0 {
		return false
	}
	c.cursor = int(c.rows[r].event)
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
	if len(c.events) == 0 {
		lines = append(lines, c.empty...)
	}
	end := min(c.offset+c.innerH(), len(c.rows))
	for _, r := range c.rows[c.offset:end] {
		var k rowKey
		if r.event >= 0 {
			k = rowKey{event: c.events[r.event], selected: int(r.event) == c.cursor}
		} else {
			k = rowKey{header: c.headers[r.header], event: -1}
		}
		line, ok := c.drawn[k]
		switch {
		case ok:
		case r.event < 0:
			line = st.YearHeader.Render(rule(c.headers[r.header], inner))
		default:
			line = c.renderRow(int(r.event), inner)
		}
		c.drawing[k] = line
		lines = append(lines, line)
	}
	c.drawn, c.drawing = c.drawing, c.drawn
	clear(c.drawing)
	right := scrollInfo(c.cursor, len(c.events))
	return box(st, "Chronology", right, lines, c.w, c.h, c.focused)
}

// renderRow draws one event: cursor, date, title, tags and outlet marks.
func (c *chronology) renderRow(pos, w int) string {
	st := &c.env.styles
	ei := c.events[pos]
	e := &c.env.ds.Events()[ei]
	selected := pos == c.cursor
	cursor := "  "
	if selected {
		cursor = "▶ "
	}
	date := timeline.FormatRange(e.Start, e.End)
	dateW := 16
	marks := c.marks(ei)
	marksW := len(c.env.order)
	tags := ""
	tagsW := 0
	if w >= 66 {
		// Tags get what the title can spare, between 12 and 30 cells.
		tagsW = max(12, min(30, w-2-dateW-marksW-3-48))
		tags = strings.Join(e.Tags, ",")
	}
	caption := ""
	if e.FromCaption() {
		caption = " [photo]"
	}
	title := eventTitle(e)
	titleW := w - 2 - dateW - 1 - tagsW - 1 - marksW - 1
	if titleW < 8 { // too narrow for columns: cursor, date and title only
		return c.styleRow(fit(cursor+date+" "+title, w), selected)
	}
	var b strings.Builder
	b.WriteString(cursor)
	if selected {
		b.WriteString(fit(date, dateW) + " " + fit(title+caption, titleW) + " ")
		if tagsW > 0 {
			b.WriteString(fit(tags, tagsW) + " ")
		}
		b.WriteString(marks)
		return st.Selected.Render(fit(b.String(), w))
	}
	b.WriteString(st.Date.Render(fit(date, dateW)) + " " + fit(title+st.Caption.Render(caption), titleW) + " ")
	if tagsW > 0 {
		b.WriteString(st.Tag.Render(fit(tags, tagsW)) + " ")
	}
	b.WriteString(st.Outlet.Render(marks))
	return fit(b.String(), w)
}

func (c *chronology) styleRow(s string, selected bool) string {
	if selected {
		return c.env.styles.Selected.Render(s)
	}
	return s
}

// marks is the outlet strip: each outlet's letter where it reports the
// event, a dot where it does not.
func (c *chronology) marks(ei int) string {
	have := c.env.ds.EventOutlets(ei)
	var b strings.Builder
	for _, id := range c.env.order {
		if slices.Contains(have, id) {
			b.WriteString(c.env.marks[id])
		} else {
			b.WriteString("·")
		}
	}
	return b.String()
}

// rule is a labelled horizontal line exactly w cells wide.
func rule(label string, w int) string {
	s := "── " + label + " "
	return fit(s+strings.Repeat("─", max(w-ansi.StringWidth(s), 0)), w)
}
