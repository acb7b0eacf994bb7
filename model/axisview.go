package model

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// axisView is the time axis on a screen of its own: the events shown as
// bars by period, a cursor on one period. + and - zoom between decades,
// years, quarters and months; ←/→ move between periods; enter shows the
// period's first event in the chronology.
type axisView struct {
	frame
	env  *env
	hist *histogram // the chronology's: the events shown

	unit   axisUnit
	sel    int // the event selected in the chronology (a dataset index), or -1
	cursor int // the period under the cursor, counted from year 0
	offset int // index of the first period drawn
}

// jumpTo: show the chronology at the first event on or after a period's
// first day.
type jumpTo struct{ date string }

func (jumpTo) isOutcome() {}

func newAxisView(e *env, h *histogram) *axisView {
	return &axisView{frame: frame{focused: true}, env: e, hist: h}
}

// Open shows the axis in the finest unit that fits, the cursor on the
// period of event ei (a dataset index, or -1). Where the events shown are
// the story's and the background's both, it is the unit the story's
// events fit, from the story's first period on, so the axis opens on the
// story's shape rather than on centuries of history; - shows the rest.
func (a *axisView) Open(ei int) {
	fits := a.hist
	if a.hist.focus != nil {
		fits = a.hist.focus
	}
	a.unit, _ = fits.fit(a.barsW() / 2)
	if len(a.counts().counts) == 0 {
		fits = a.hist
		a.unit, _ = fits.fit(a.barsW() / 2)
	}
	a.sel = ei
	a.cursor = fits.units[a.unit].first
	a.offset = a.cursor - a.counts().first
	if ei >= 0 {
		if b, ok := a.unit.bin(a.env.ds.Events()[ei].Start); ok {
			a.cursor = b
		}
	}
	a.scroll()
}

func (a *axisView) counts() *counts { return &a.hist.units[a.unit] }

// barsW is the width the bars take.
func (a *axisView) barsW() int { return max(a.w-4, 1) }

// cellW is the cells a period takes: as wide as fits, up to 6; as wide
// as the story's periods fit, where it opened on the story (see Open), so
// they are not drawn a column each for the centuries beside them.
func (a *axisView) cellW() int {
	n := len(a.counts().counts)
	if f := a.hist.focus; f != nil && len(f.units[a.unit].counts) > 0 {
		n = len(f.units[a.unit].counts)
	}
	return min(max(a.barsW()/max(n, 1), 1), 6)
}

func (a *axisView) SetSize(w, h int) { a.frame.SetSize(w, h); a.scroll() }

// scroll keeps the cursor's period among those drawn; when the events
// shown have none in the unit drawn (a filter changed them), it draws the
// unit that fits.
func (a *axisView) scroll() {
	if len(a.counts().counts) == 0 {
		a.unit, _ = a.hist.fit(a.barsW() / 2)
	}
	c := a.counts()
	if len(c.counts) == 0 {
		return
	}
	a.cursor = min(max(a.cursor, c.first), c.first+len(c.counts)-1)
	a.offset = clampScroll(a.offset, a.cursor-c.first, a.barsW()/a.cellW(), len(c.counts))
}

// Update moves between periods, zooms, and opens a period.
func (a *axisView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || len(a.counts().counts) == 0 {
		return nil, nil
	}
	keys := &a.env.keys
	switch {
	case key.Matches(k, keys.Left):
		a.cursor--
	case key.Matches(k, keys.Right):
		a.cursor++
	case key.Matches(k, keys.ZoomIn):
		a.zoom(-1)
	case key.Matches(k, keys.ZoomOut):
		a.zoom(1)
	case key.Matches(k, keys.Top):
		a.cursor = a.counts().first
	case key.Matches(k, keys.Bottom):
		a.cursor = a.counts().first + len(a.counts().counts) - 1
	case key.Matches(k, keys.Open):
		return jumpTo{a.unit.date(a.cursor).ISO()}, nil
	}
	a.scroll()
	return nil, nil
}

// zoom moves to the next finer (-1) or coarser (1) unit that has
// periods, keeping the cursor in the same stretch of time: on the
// selected event's period when it was there, else on the first period
// there with events.
func (a *axisView) zoom(dir int) {
	for u := int(a.unit) + dir; u >= 0 && u < int(numUnits); u += dir {
		to := axisUnit(u)
		if len(a.hist.units[to].counts) == 0 {
			continue
		}
		from, next := a.unit.rebin(a.cursor, to), a.unit.rebin(a.cursor+1, to)
		cursor := from
		if a.sel >= 0 {
			d := a.env.ds.Events()[a.sel].Start
			if b, ok := a.unit.bin(d); ok && b == a.cursor {
				if nb, ok := to.bin(d); ok {
					cursor, next = nb, nb
				}
			}
		}
		c := &a.hist.units[to]
		for b := cursor; b < next; b++ { // the first with events
			if i := b - c.first; i >= 0 && i < len(c.counts) && c.counts[i] > 0 {
				cursor = b
				break
			}
		}
		a.unit, a.cursor = to, cursor
		a.offset = a.cursor - c.first - a.barsW()/a.cellW()/2
		return
	}
}

// Keys: periods, zoom and enter while there is anything to draw.
func (a *axisView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	some := len(a.counts().counts) > 0
	enable(some, &k.Left, &k.Right, &k.Top, &k.Bottom, &k.Open)
	say(&k.Left, "prev. "+a.unit.String())
	say(&k.Right, "next "+a.unit.String())
	say(&k.Open, "show in chronology")
	enable(some && a.unit > 0, &k.ZoomIn)
	enable(some && a.unit < numUnits-1, &k.ZoomOut)
	return append(short, group(a.unit.String(), k.Left, k.Right), group("zoom", k.ZoomIn, k.ZoomOut), k.Open)
}

func (a *axisView) View() string {
	st := &a.env.styles
	c := a.counts()
	title := "Time axis · by " + a.unit.String()
	var lines []string
	if len(c.counts) > 0 {
		n := a.barsW() / a.cellW()
		last := min(a.offset+n, len(c.counts)) - 1
		title += " · " + a.unit.label(c.first+a.offset) + "–" + a.unit.label(c.first+last)
	}
	if len(c.counts) == 0 {
		lines = append(lines, " "+st.Muted.Render("No dated events to draw."))
		return box(st, title, "esc: back", lines, a.w, a.h, a.focused)
	}
	cw := a.cellW()
	n := a.barsW() / cw
	barH := max(a.innerH()-5, 1)
	for _, r := range barRows(c, a.offset, n, cw, barH) {
		lines = append(lines, "  "+st.Bar.Render(r))
	}
	lines = append(lines, "  "+st.Muted.Render(a.labels(n, cw)))
	lines = append(lines, "  "+st.Key.Render(a.markers(n, cw)))
	// The two lines below lose their last parts where they do not fit,
	// rather than a word cut in half.
	count := c.counts[a.cursor-c.first]
	head := a.unit.label(a.cursor) + ": " + counted(count)
	legend := " · ▲ the period chosen"
	if b, ok := a.selBin(); ok && b == a.cursor {
		legend += ", which holds the event selected" // ▲ stands where • would
	} else if ok {
		legend += ", • the event selected"
	}
	line := shorten(head+" · most in one "+a.unit.String()+": "+strconv.Itoa(c.max)+legend, a.w-3)
	lines = append(lines, " "+st.PaneTitle.Render(head)+st.Muted.Render(strings.TrimPrefix(line, head)))
	note := "the events the filters select"
	if c.coarse > 0 {
		note += " · " + counted(c.coarse) + " dated less finely than a " + a.unit.String() + " not drawn"
	}
	if ansi.StringWidth(note) > a.w-3 { // a line each, on the line the bars leave
		note = strings.Replace(note, " · ", "\n", 1)
	}
	for l := range strings.SplitSeq(note, "\n") {
		lines = append(lines, " "+st.Muted.Render(l))
	}
	right := labels(scrollInfo(a.cursor-c.first, len(c.counts)), "esc: back")
	return box(st, title, right, lines, a.w, a.h, a.focused)
}

// markers is the line under the labels: ▲ under the cursor's period, •
// under the selected event's when it is another one drawn.
func (a *axisView) markers(n, cw int) string {
	c := a.counts()
	line := []rune(strings.Repeat(" ", n*cw))
	put := func(b int, r rune) {
		if at := (b - c.first - a.offset) * cw; at >= 0 && at < len(line) {
			line[at] = r
		}
	}
	if b, ok := a.selBin(); ok {
		put(b, '•')
	}
	put(a.cursor, '▲')
	return strings.TrimRight(string(line), " ")
}

// selBin is the period of the selected event, if one is selected and
// dated finely enough to be drawn.
func (a *axisView) selBin() (int, bool) {
	if a.sel < 0 {
		return 0, false
	}
	return a.unit.bin(a.env.ds.Events()[a.sel].Start)
}

// labels names periods along the bars, from offset on (see tickLabels).
func (a *axisView) labels(n, cw int) string {
	c := a.counts()
	periods := make([]int, 0, n)
	for i := 0; i < n && a.offset+i < len(c.counts); i++ {
		periods = append(periods, c.first+a.offset+i)
	}
	return renderTicks(tickLabels(a.unit, periods, cw, n*cw))
}
