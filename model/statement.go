package model

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A statement drawn for comparison: each outlet's words in a column of
// its own, side by side where they fit, the words that differ marked. The
// quotes pane and a wording discrepancy both draw them.

// minColumn is the narrowest a side-by-side quote column may be; below it
// the columns stack vertically in the same order.
const minColumn = 24

// column is one outlet's rendering of a statement.
type column struct {
	outlet    string
	head      string              // outlet name
	date      string              // the article's date
	quotes    []string            // verbatim passages; empty: not quoted
	rendering *timeline.Rendering // how they compare with another outlet's; nil if not quoted
}

// statementColumns is a column per outlet that quotes statement si or
// reports one of its events, in outlet order; outlets, when not empty,
// limits them.
func statementColumns(e *env, si int, outlets []string) []column {
	ds := e.ds
	byOutlet := map[string]*column{}
	add := func(outlet, article string) *column {
		if c, ok := byOutlet[outlet]; ok {
			return c
		}
		c := &column{outlet: outlet, head: e.outletName(outlet)}
		if a, ok := ds.Article(article); ok {
			c.date = a.Published.String()
		}
		byOutlet[outlet] = c
		return c
	}
	rs := ds.Renderings(si)
	for i := range rs {
		r := &rs[i]
		c := add(r.Outlet, ds.Quotes()[r.Quotes[0]].Span.Article)
		c.rendering = r
		for _, qi := range r.Quotes {
			c.quotes = append(c.quotes, ds.Quotes()[qi].Span.Text.String())
		}
	}
	// Outlets that report the statement's events but did not quote it.
	for _, evID := range ds.Statements()[si].Events {
		if ev, ok := ds.Event(evID); ok {
			for _, s := range ev.Sources {
				add(ds.ArticleOutlet(s.Article).ID, s.Article)
			}
		}
	}
	var out []column
	for _, id := range e.order { // stable outlet order
		if c, ok := byOutlet[id]; ok && (len(outlets) == 0 || slices.Contains(outlets, id)) {
			out = append(out, *c)
		}
	}
	return out
}

// renderStatement draws a statement: who said it, then each outlet's words
// side by side (stacked when the columns would be too narrow), with the
// words that differ marked when marking is on.
func renderStatement(e *env, si, w int, outlets []string, marking bool) []string {
	st := &e.styles
	s := &e.ds.Statements()[si]
	head := st.Speaker.Render(e.actorName(s.Speaker)) + st.Muted.Render(" — "+oneLine(s.Label))
	out := []string{fit(head, w)}
	cols := statementColumns(e, si, outlets)
	if len(cols) == 0 {
		return append(out, st.Missing.Render("not quoted by the selected outlet"))
	}
	gap := 2
	colW := (w - gap*(len(cols)-1)) / len(cols)
	if colW < minColumn || len(cols) == 1 {
		for _, c := range cols { // stacked, same order
			out = append(out, renderColumn(e, c, w, marking)...)
		}
		return out
	}
	rendered := make([][]string, len(cols))
	for i, c := range cols {
		rendered[i] = renderColumn(e, c, colW, marking)
	}
	return append(out, sideBySide(rendered, colW, gap)...)
}

// sideBySide lays columns of lines, each colW cells wide, next to each
// other with gap spaces between.
func sideBySide(cols [][]string, colW, gap int) []string {
	height := 0
	for _, c := range cols {
		height = max(height, len(c))
	}
	out := make([]string, 0, height)
	for row := 0; row < height; row++ {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			cell := ""
			if row < len(c) {
				cell = c[row]
			}
			b.WriteString(fit(cell, colW))
		}
		out = append(out, b.String())
	}
	return out
}

// renderColumn is an outlet's head (name, date, and how its words compare)
// and its words wrapped to w.
func renderColumn(e *env, c column, w int, marking bool) []string {
	st := &e.styles
	out := []string{st.Outlet.Render(fit("▌"+c.head, w)), st.Muted.Render(fit("▌"+c.date, w))}
	if r := c.rendering; r != nil && r.Against != "" {
		cls := "▌" + r.Class.String() + " · vs " + e.outletName(r.Against)
		out = append(out, st.Class.Render(fit(cls, w)))
	}
	if r := c.rendering; r != nil {
		if s := extractedNote(e, r); s != "" {
			out = append(out, st.Muted.Render(fit("▌"+s, w)))
		}
	}
	if len(c.quotes) == 0 {
		for _, l := range wrap("not quoted by this outlet", w) {
			out = append(out, st.Missing.Render(l))
		}
		return out
	}
	for i, m := range markFragments(c.rendering, c.quotes, marking) {
		if i > 0 {
			out = append(out, st.Muted.Render("  ⋯"))
		}
		out = append(out, wrapMarked(m, w, st.Quote, st.Diff)...)
	}
	return out
}

// extractedNote says that a rendering was found automatically, and how
// surely it belongs to the statement: the lowest grouping score of its
// quotations.
func extractedNote(e *env, r *timeline.Rendering) string {
	score, found := 1.0, false
	for _, qi := range r.Quotes {
		if q := &e.ds.Quotes()[qi]; q.Extracted {
			found = true
			score = min(score, q.Score)
		}
	}
	if !found {
		return ""
	}
	return extractedGlyph + " " + extractedWord + " · grouped " + strconv.FormatFloat(score, 'f', 2, 64)
}
