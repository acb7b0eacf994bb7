package model

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
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
		for si, s := range ds.Statements {
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
	for n, si := range stmts {
		if n > 0 {
			out = append(out, "")
		}
		out = append(out, q.renderStatement(si, inner)...)
	}
	q.lines = out
}

// column is one outlet's rendering of a statement.
type column struct {
	outlet string
	head   string   // outlet name
	date   string   // the article's date
	quotes []string // verbatim passages; empty: not quoted
}

func (q *quotesPane) columns(si int) []column {
	ds := q.env.ds
	byOutlet := map[string]*column{}
	var order []string
	add := func(outlet, article string) *column {
		if c, ok := byOutlet[outlet]; ok {
			return c
		}
		c := &column{outlet: outlet, head: q.env.outletName(outlet)}
		if a, ok := ds.Article(article); ok {
			c.date = a.Published.String()
		}
		byOutlet[outlet] = c
		order = append(order, outlet)
		return byOutlet[outlet]
	}
	for _, qi := range ds.StatementQuotes(si) {
		qt := &ds.Quotes[qi]
		c := add(ds.ArticleOutlet(qt.Span.Article).ID, qt.Span.Article)
		c.quotes = append(c.quotes, qt.Span.Text)
	}
	// Outlets that report the statement's events but did not quote it.
	for _, evID := range ds.Statements[si].Events {
		if e, ok := ds.Event(evID); ok {
			for _, s := range e.Sources {
				add(ds.ArticleOutlet(s.Article).ID, s.Article)
			}
		}
	}
	var out []column
	for _, id := range q.env.order { // stable outlet order
		if c, ok := byOutlet[id]; ok && (len(q.outlets) == 0 || slices.Contains(q.outlets, id)) {
			out = append(out, *c)
		}
	}
	return out
}

func (q *quotesPane) renderStatement(si, w int) []string {
	st := &q.env.styles
	s := &q.env.ds.Statements[si]
	head := st.Speaker.Render(q.env.actorName(s.Speaker)) + st.Muted.Render(" — "+oneLine(s.Label))
	out := []string{fit(head, w)}
	cols := q.columns(si)
	if len(cols) == 0 {
		return append(out, st.Missing.Render("not quoted by the selected outlet"))
	}
	gap := 2
	colW := (w - gap*(len(cols)-1)) / len(cols)
	if colW < minColumn || len(cols) == 1 {
		for _, c := range cols { // stacked, same order
			out = append(out, q.renderColumn(c, w)...)
		}
		return out
	}
	rendered := make([][]string, len(cols))
	height := 0
	for i, c := range cols {
		rendered[i] = q.renderColumn(c, colW)
		height = max(height, len(rendered[i]))
	}
	for row := 0; row < height; row++ {
		var b strings.Builder
		for i := range cols {
			if i > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			cell := ""
			if row < len(rendered[i]) {
				cell = rendered[i][row]
			}
			b.WriteString(fit(cell, colW))
		}
		out = append(out, b.String())
	}
	return out
}

// renderColumn is an outlet's head and its words wrapped to w.
func (q *quotesPane) renderColumn(c column, w int) []string {
	st := &q.env.styles
	out := []string{st.Outlet.Render(fit("▌"+c.head, w)), st.Muted.Render(fit("▌"+c.date, w))}
	if len(c.quotes) == 0 {
		for _, l := range wrap("not quoted by this outlet", w) {
			out = append(out, st.Missing.Render(l))
		}
		return out
	}
	for i, text := range c.quotes {
		if i > 0 {
			out = append(out, st.Muted.Render("  ⋯"))
		}
		for _, l := range wrap("“"+oneLine(text)+"”", w) {
			out = append(out, st.Quote.Render(l))
		}
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
