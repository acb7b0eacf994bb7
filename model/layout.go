package model

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Breakpoints of the layout.
const (
	// Below minWidth or minHeight the panes cannot show a row with its
	// date and title, so the screen says it is too small instead.
	minWidth  = 50
	minHeight = 12
	// From wideWidth columns the chronology, at three fifths of the
	// width, still has room for a row's date, title and outlet marks
	// beside the actors; from tallLines lines the panes above and the
	// quotes below both keep several rows. Then all three show at once.
	wideWidth = 100
	tallLines = 30
	// chronWide is the chronology's width at which a row of the embedded
	// story's keeps minTitle cells for its title: the border, the cursor,
	// the date, the outlet marks and the spaces between.
	chronWide = 2 + 2 + 16 + 1 + minTitle + 1 + 5
	// quietQuotes is the quotes pane's height, its one line between
	// borders, while no event shown has a quotation (layout.quiet).
	quietQuotes = 3
)

// rect is a pane's box on screen.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes at a given size.
type layout struct {
	tooSmall bool
	width    int
	height   int
	header   rect
	footer   rect
	body     rect // the area below the header and above the footer
	chron    rect
	actors   rect // zero when the actors pane shares the lower area
	quotes   rect
	shared   bool // actors and quotes take turns in the lower area
	quiet    bool // the quotes pane has a line, the chronology the rest
}

// computeLayout places the panes: from wideWidth x tallLines, chronology
// and actors side by side above a full-width quotes pane; narrower or
// shorter, chronology above a lower area that shows the quotes, or the
// actors while they have focus. quiet, when no event shown has a
// quotation to show, leaves the quotes pane one line (quietQuotes) and
// gives the chronology the rest: it depends on the list, not on the event
// selected, so moving through the list never moves a pane's edge.
func computeLayout(w, h int, quiet bool) layout {
	l := layout{width: w, height: h, quiet: quiet}
	if w < minWidth || h < minHeight {
		l.tooSmall = true
		return l
	}
	l.header = rect{0, 0, w, 1}
	l.footer = rect{0, h - 1, w, 1}
	l.body = rect{0, 1, w, h - 2}
	bh := l.body.h
	switch {
	case w >= wideWidth && h >= tallLines:
		top := bh * 11 / 20
		if quiet {
			top = bh - quietQuotes
		}
		// The chronology takes what a row with a title of minTitle cells
		// needs, leaving the actors at least 30 columns and at most two
		// fifths of the width.
		chronW := w - min(max(30, w-chronWide), w*2/5)
		l.chron = rect{0, 1, chronW, top}
		l.actors = rect{chronW, 1, w - chronW, top}
		l.quotes = rect{0, 1 + top, w, bh - top}
	default:
		top := bh / 2
		if bh-top < 6 {
			top = bh - 6
		}
		if quiet {
			top = bh - quietQuotes
		}
		l.chron = rect{0, 1, w, top}
		l.quotes = rect{0, 1 + top, w, bh - top}
		l.actors = l.quotes
		l.shared = true
	}
	return l
}

// resize lays the screen out for w x h and gives every pane its box.
func (m *Model) resize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout = computeLayout(m.width, m.height, m.quietQuotes())
	l := m.layout
	m.chron.SetSize(l.chron.w, l.chron.h)
	m.actors.SetSize(l.actors.w, l.actors.h)
	m.quotes.SetSize(l.quotes.w, l.quotes.h)
	for _, p := range []pane{m.detail, m.reader, m.cover, m.discs, m.disc, m.axis, m.talk, m.hits} {
		p.SetSize(l.body.w, l.body.h)
	}
	m.picker.SetSize(l.body.w-4, l.body.h-2)
	m.helpView.SetSize(l.body.w-2, l.body.h-2)
	m.bar.SetSize(m.width, 1)
	m.help.SetWidth(max(m.width-6, 1))
}

// quietQuotes reports whether the quotes pane has nothing to show for any
// event of the list: none of them is linked to a statement, and the actors
// do not have focus (then the pane shows the one selected's quotations).
func (m *Model) quietQuotes() bool { return m.quoteless && m.focus != focusActors }

// relayout lays the screen out again when the quotes pane's height
// changes: the list shown or the focus did.
func (m *Model) relayout() {
	if m.quietQuotes() != m.layout.quiet && !m.layout.tooSmall {
		m.resize(m.width, m.height)
	}
}

// quoteless reports whether no event of events is linked to a statement.
func quoteless(ds *timeline.Dataset, events []int) bool {
	if len(ds.Statements()) == 0 {
		return true // an import, a million events perhaps: no list to read
	}
	for _, ei := range events {
		if len(ds.EventStatements(ei)) > 0 {
			return false
		}
	}
	return true
}

// panes draws the tiled panes where the layout puts them.
func (m *Model) panes() string {
	l := m.layout
	if l.shared {
		lower := m.quotes.View()
		if m.focus == focusActors {
			lower = m.actors.View()
		}
		return m.chron.View() + "\n" + lower
	}
	top := joinColumns(m.chron.View(), m.actors.View())
	return top + "\n" + m.quotes.View()
}

// joinColumns puts two blocks of equal height side by side.
func joinColumns(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range la {
		if i < len(lb) {
			la[i] += lb[i]
		}
	}
	return strings.Join(la, "\n")
}
