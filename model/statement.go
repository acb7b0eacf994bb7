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
	credits   []string            // the speakers its quotes credit, when not the statement's (see credits)
	date      string              // the article's date
	quotes    []string            // verbatim passages; empty: not quoted
	qis       []int               // the quotes' dataset indexes
	rendering *timeline.Rendering // how they compare with another outlet's; nil if not quoted
}

// quoteAt is where a quote starts among a statement's drawn lines.
type quoteAt struct{ quote, line int }

// statementColumns is a column per outlet that quotes statement si, in
// outlet order, the outlets that report one of its events without
// quoting its words, and those that quote them crediting another
// speaker ("Breitbart: FBI", see creditedElsewhere); outlets, when not
// empty, limits all three.
func statementColumns(e *env, si int, outlets []string) (cols []column, silent, elsewhere []string) {
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
			c.qis = append(c.qis, qi)
		}
		c.credits = credits(e, c, ds.Statements()[si].Speaker)
	}
	// Outlets that report the statement's events but did not quote it.
	for _, evID := range ds.Statements()[si].Events {
		if ev, ok := ds.Event(evID); ok {
			for _, s := range ev.Sources {
				add(ds.ArticleOutlet(s.Article).ID, s.Article)
			}
		}
	}
	var elsewhereBy map[string][]string // made once, where an outlet is silent
	looked := false
	for _, id := range e.order { // stable outlet order
		c, ok := byOutlet[id]
		switch {
		case !ok || len(outlets) > 0 && !slices.Contains(outlets, id):
		case len(c.quotes) == 0:
			if !looked {
				elsewhereBy, looked = creditedElsewhere(e, si), true
			}
			if names := elsewhereBy[id]; len(names) > 0 {
				elsewhere = append(elsewhere, c.head+": "+strings.Join(names, ", "))
			} else {
				silent = append(silent, c.head)
			}
		default:
			cols = append(cols, *c)
		}
	}
	return cols, silent, elsewhere
}

// renderStatement draws a statement: who said it, then each outlet's words
// side by side (stacked when the columns would be too narrow), with the
// words that differ marked when marking is on, and the outlets that
// report it without quoting it named on a line. The quote sel (a dataset
// index, or -1) is drawn selected. at is where each quote starts, in the
// order drawn: column by column, each top to bottom.
func renderStatement(e *env, si, w int, outlets []string, marking bool, sel int) (out []string, at []quoteAt) {
	st := &e.styles
	s := &e.ds.Statements()[si]
	head := st.Speaker.Render(e.actorName(s.Speaker)) + st.Muted.Render(" — "+oneLine(s.Label))
	out = []string{fit(head, w)}
	cols, silent, elsewhere := statementColumns(e, si, outlets)
	if len(cols) == 0 {
		out = append(out, st.Missing.Render("not quoted by the selected outlet"))
	}
	gap := 2
	colW := (w - gap*(max(len(cols), 1)-1)) / max(len(cols), 1)
	if colW < minColumn || len(cols) == 1 {
		for _, c := range cols { // stacked, same order
			lines, starts := renderColumn(e, c, w, marking, sel)
			at = appendAt(at, c, starts, len(out))
			out = append(out, lines...)
		}
	} else {
		rendered := make([][]string, len(cols))
		for i, c := range cols {
			var starts []int
			rendered[i], starts = renderColumn(e, c, colW, marking, sel)
			at = appendAt(at, c, starts, len(out))
		}
		out = append(out, sideBySide(rendered, colW, gap)...)
	}
	if len(elsewhere) > 0 {
		for _, l := range wrap(creditLine(elsewhere), w) {
			out = append(out, st.Muted.Render(l))
		}
	}
	if len(silent) > 0 {
		verb := ", which reports it"
		if len(silent) > 1 {
			verb = ", which report it"
		}
		for _, l := range wrap("not quoted by "+strings.Join(silent, ", ")+verb, w) {
			out = append(out, st.Missing.Render(l))
		}
	}
	return out, at
}

// appendAt adds where column c's quotes start (starts, lines into the
// column) to at, the column starting at line base.
func appendAt(at []quoteAt, c column, starts []int, base int) []quoteAt {
	for i, qi := range c.qis {
		at = append(at, quoteAt{quote: qi, line: base + starts[i]})
	}
	return at
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
// and its words wrapped to w; starts is the line each quote starts on.
// The quote sel is drawn selected, a ▶ before it.
func renderColumn(e *env, c column, w int, marking bool, sel int) (out []string, starts []int) {
	st := &e.styles
	bar := func(i int) string {
		if i < len(c.qis) && c.qis[i] == sel {
			return "▶"
		}
		return "▌"
	}
	head := c.head
	if len(c.credits) > 0 {
		head += ": " + strings.Join(c.credits, ", ") // the speaker this outlet credits
	}
	out = []string{st.Outlet.Render(fit(bar(0)+head, w)), st.Muted.Render(fit("▌"+c.date, w))}
	if r := c.rendering; r != nil && r.Against != "" {
		// The outlet compared with is never cut: the line wraps instead.
		for _, l := range wrap(r.Class.String()+" · vs "+e.outletName(r.Against), max(w-1, 1)) {
			out = append(out, st.Class.Render(fit("▌"+l, w)))
		}
	}
	if r := c.rendering; r != nil {
		if s := extractedNote(e, r); s != "" {
			out = append(out, st.Muted.Render(fit("▌"+s, w)))
		}
	}
	for i, m := range markFragments(c.rendering, c.quotes, marking) {
		if i > 0 {
			out = append(out, st.Muted.Render(bar(i)+" ⋯"))
		}
		starts = append(starts, len(out))
		base, diff := st.Quote, st.Diff
		if c.qis[i] == sel {
			base, diff = st.Selected, st.SelectedDiff
		}
		out = append(out, wrapMarked(m, w, base, diff)...)
	}
	return out, starts
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
