package model

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The quotes pane's cursor: how it moves from quote to quote, a page of
// lines at a time, from outlet to outlet, and stays in view with its ▶.

// move puts the cursor delta quotes on and scrolls it into view, with a
// line or two of its words.
func (q *quotesPane) move(delta int) {
	q.cursor = max(0, min(len(q.at)-1, q.cursor+clampDelta(delta)))
	q.dirty = true
	q.render()
	q.reveal()
}

// reveal scrolls the cursor's quote into view: its ▶ (its outlet's head,
// or the ⋯ between an outlet's quotes) and a line or two of its words.
func (q *quotesPane) reveal() {
	line := q.at[q.cursor].line
	q.offset = clampScroll(q.offset, min(line+2, len(q.lines)-1), q.innerH(), len(q.lines))
	if q.mark >= 0 {
		line = min(q.mark, line)
	}
	q.offset = clampScroll(q.offset, line, q.innerH(), len(q.lines))
}

// page moves the cursor a page of lines, as the other lists' pages do:
// onto the quote whose words start furthest from the cursor's within
// delta lines, shown with its ▶. Where none starts so near (a long quote,
// or a short pane) it scrolls the lines a page, and the cursor goes on to
// the next quote once the window reaches it; past the last line of quotes
// to the last quote (the first, going up).
func (q *quotesPane) page(delta int) {
	line := q.at[q.cursor].line
	dir := 1
	if delta < 0 {
		dir = -1
	}
	to, next := -1, -1 // the furthest quote within the page, the nearest beyond the cursor
	for i, a := range q.at {
		d := (a.line - line) * dir
		if d <= 0 {
			continue
		}
		if next < 0 || d < (q.at[next].line-line)*dir {
			next = i
		}
		if d <= delta*dir && (to < 0 || d > (q.at[to].line-line)*dir) {
			to = i
		}
	}
	if to >= 0 {
		q.pick(to)
		return
	}
	h := q.innerH()
	q.offset = clampScroll(q.offset+clampDelta(delta), -1, h, len(q.lines))
	if next < 0 { // none beyond the cursor's line: the first or the last
		q.pick(max(0, min(dir, 1)*(len(q.at)-1)))
		return
	}
	was := q.cursor
	q.choose(next)
	reached := q.mark < q.offset+h // pgdn: its ▶ is in the window, or above
	if delta < 0 {
		reached = q.at[next].line >= q.offset || line >= q.offset+h
	}
	if reached {
		q.reveal()
	} else {
		q.choose(was)
	}
}

// onScreen is the first quote that starts in the window, or, where none
// does, the last that starts above it (its words fill the window); -1
// when there is none.
func (q *quotesPane) onScreen() int {
	cur := -1
	for i, a := range q.at {
		if a.line >= q.offset+q.innerH() {
			break
		}
		cur = i
		if a.line >= q.offset {
			break
		}
	}
	return cur
}

// pick puts the cursor on quote i, if there is one, and keeps it in view.
func (q *quotesPane) pick(i int) {
	if i < 0 || i >= len(q.at) || i == q.cursor {
		return
	}
	q.choose(i)
	q.reveal()
}

// choose puts the cursor on quote i and redraws, which finds its ▶.
func (q *quotesPane) choose(i int) {
	q.cursor = i
	q.dirty = true
	q.render()
}

// outletOf is the outlet of the quote at[i].
func (q *quotesPane) outletOf(i int) string {
	a, _ := q.env.ds.Article(q.env.ds.Quotes()[q.at[i].quote].Span.Article)
	return a.Outlet
}

// sameStatement says whether at[i] and at[j] quote one statement.
func (q *quotesPane) sameStatement(i, j int) bool {
	qs := q.env.ds.Quotes()
	return qs[q.at[i].quote].Statement == qs[q.at[j].quote].Statement
}

// outletsSide says whether some statement shown has more than one
// outlet's column, for ←/→ to move between.
func (q *quotesPane) outletsSide() bool {
	for i := 1; i < len(q.at); i++ {
		if q.sameStatement(i-1, i) && q.outletOf(i-1) != q.outletOf(i) {
			return true
		}
	}
	return false
}

// column is the first quote of the cursor's statement in the next (dir
// 1) or previous (-1) outlet's column, or -1 at the first or last. at
// holds each statement's quotes column by column.
func (q *quotesPane) column(dir int) int {
	first := func(i int) int { // the first quote of i's column
		for i > 0 && q.sameStatement(i-1, i) && q.outletOf(i-1) == q.outletOf(i) {
			i--
		}
		return i
	}
	c := q.cursor
	if dir > 0 {
		for j := c + 1; j < len(q.at) && q.sameStatement(c, j); j++ {
			if q.outletOf(j) != q.outletOf(c) {
				return j
			}
		}
		return -1
	}
	if start := first(c); start > 0 && q.sameStatement(start-1, c) {
		return first(start - 1)
	}
	return -1
}

// markAbove is the line of the ▶ a statement's lines draw above the
// selected quote's words, which start on line words: the nearest one above
// them (the marker's line comes between them and any earlier quote's), or
// words itself if none is drawn.
func markAbove(lines []string, words int) int {
	for l := min(words, len(lines)-1); l >= 0; l-- {
		if strings.Contains(ansi.Strip(lines[l]), "▶") {
			return l
		}
	}
	return words
}
