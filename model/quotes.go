package model

import (
	"slices"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// minColumn is the narrowest a side-by-side quote column may be; below it
// the columns stack vertically in the same order.
const minColumn = 24

// quotesPane shows, for the selected event or actor, each statement with
// one column per outlet: the outlet's words, or "not quoted by this outlet"
// where it reports the event but did not quote the statement.
type quotesPane struct {
	env     *env
	keys    *KeyMap
	w, h    int
	focused bool

	event   int    // dataset index, or -1
	speaker string // when set, statements by this actor instead of an event's
	outlets []string

	lines  []string // rendered content, rebuilt when an input changes
	offset int
	dirty  bool
}

func (q *quotesPane) SetSize(w, h int) {
	if w != q.w {
		q.dirty = true
	}
	q.w, q.h = w, h
}
func (q *quotesPane) SetFocused(f bool) { q.focused = f }
func (q *quotesPane) innerH() int       { return max(q.h-2, 0) }

// Show sets what the pane is about: an event, or (speaker != "") an actor.
// outlets, when not empty, limits the columns to those outlets.
func (q *quotesPane) Show(event int, speaker string, outlets []string) {
	if event == q.event && speaker == q.speaker && slices.Equal(outlets, q.outlets) {
		return
	}
	q.event, q.speaker, q.outlets = event, speaker, slices.Clone(outlets)
	q.offset = 0
	q.dirty = true
}

func (q *quotesPane) Update(msg tea.KeyPressMsg) {
	if d, ok := q.keys.moveDelta(msg, q.innerH()-1); ok {
		q.Scroll(d)
	}
}

func (q *quotesPane) Scroll(delta int) {
	q.render()
	q.offset = clampScroll(q.offset+clampDelta(delta), -1, q.innerH(), len(q.lines))
}

// statements lists what the pane shows, in dataset order.
func (q *quotesPane) statements() []int {
	ds := q.env.ds
	if q.speaker != "" {
		var out []int
		for si, s := range ds.Statements() {
			if s.Speaker == q.speaker {
				out = append(out, si)
			}
		}
		return out
	}
	if q.event < 0 {
		return nil
	}
	return ds.EventStatements(q.event)
}

// render rebuilds the content lines if an input changed since last time.
func (q *quotesPane) render() {
	if !q.dirty {
		return
	}
	q.dirty = false
	st := &q.env.styles
	inner := max(q.w-2, 1)
	var out []string
	stmts := q.statements()
	if len(stmts) == 0 {
		msg := "No quotations for this event."
		if q.speaker != "" {
			msg = "No quotations from " + q.env.actorName(q.speaker) + "."
		}
		out = append(out, st.Muted.Render(msg))
	}
	compared := false
	for n, si := range stmts {
		if n > 0 {
			out = append(out, "")
		}
		out = append(out, q.renderStatement(si, inner)...)
		compared = compared || len(q.env.ds.Renderings(si)) > 1
	}
	if compared { // say what the marks mean, and how to turn them off
		note := "w: mark the words that differ"
		if q.env.marking {
			note = legend + " · w: marks off"
		}
		var head []string
		for _, l := range wrap(note, inner) {
			head = append(head, st.Muted.Render(l))
		}
		out = append(head, out...)
	}
	q.lines = out
}

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

func (q *quotesPane) renderStatement(si, w int) []string {
	return renderStatement(q.env, si, w, q.outlets, q.env.marking)
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

func (q *quotesPane) title() string {
	if q.speaker != "" {
		return "Quotes by " + q.env.actorName(q.speaker)
	}
	return "Quotes, side by side"
}

func (q *quotesPane) View() string {
	q.render()
	q.offset = clampScroll(q.offset, -1, q.innerH(), len(q.lines))
	end := min(q.offset+q.innerH(), len(q.lines))
	right := ""
	if len(q.lines) > q.innerH() {
		right = scrollInfo(q.offset, len(q.lines)) + " lines"
	}
	return box(&q.env.styles, q.title(), right, q.lines[q.offset:end], q.w, q.h, q.focused)
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
