package model

// Breakpoints of the layout.
const (
	minWidth  = 50 // below this, or minHeight, only the too-small notice
	minHeight = 12
	wideWidth = 100 // from here, chronology and actors sit side by side
	tallLines = 30  // from here (and wide), actors and quotes both show
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
}

// computeLayout places the panes: at 120x40 and wider, chronology and
// actors side by side above a full-width quotes pane; narrower, chronology
// above a lower area that shows quotes, or actors when they have focus.
func computeLayout(w, h int) layout {
	l := layout{width: w, height: h}
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
		chronW := w * 3 / 5
		l.chron = rect{0, 1, chronW, top}
		l.actors = rect{chronW, 1, w - chronW, top}
		l.quotes = rect{0, 1 + top, w, bh - top}
	default:
		top := bh / 2
		if bh-top < 6 {
			top = bh - 6
		}
		l.chron = rect{0, 1, w, top}
		l.quotes = rect{0, 1 + top, w, bh - top}
		l.actors = l.quotes
		l.shared = true
	}
	return l
}
