package model

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// quotesPane shows, for the selected event or actor, each statement with
// one column per outlet that quoted it, and a line naming the outlets that
// report it without quoting it. While it has the keys a cursor picks a
// quote: enter reads it in its article, y copies it. The speaker screen
// is one too, over the whole body.
type quotesPane struct {
	frame
	env *env

	event   int    // dataset index, or -1
	speaker string // when set, statements by this actor instead of an event's
	outlets []string

	lines  []string  // rendered content, rebuilt when an input changes
	at     []quoteAt // where each quote starts in lines, in the order drawn
	cursor int       // index into at
	mark   int       // the line of the cursor's ▶, above its words; -1 if none
	marks  bool      // some statement shown is quoted by two outlets: w marks their differences
	offset int
	dirty  bool
}

func newQuotesPane(e *env) *quotesPane { return &quotesPane{env: e, event: -2} }

// SetSize gives the pane its box. The quote under the cursor, if it was
// on screen, stays on screen: the lines wrap anew and their count changes.
func (q *quotesPane) SetSize(w, h int) {
	shown := !q.dirty && q.focused && q.cursor < len(q.at) && q.at[q.cursor].line >= q.offset && q.at[q.cursor].line < q.offset+q.innerH()
	if w != q.w {
		q.dirty = true
	}
	q.frame.SetSize(w, h)
	if shown {
		q.render()
		if q.cursor < len(q.at) {
			q.reveal()
		}
	}
}

// SetFocused draws the cursor while the pane has the keys.
func (q *quotesPane) SetFocused(on bool) {
	if on != q.focused {
		q.dirty = true
	}
	q.frame.SetFocused(on)
}

// Show sets what the pane is about: an event, or (speaker != "") an actor.
// outlets, when not empty, limits it to the statements those outlets
// quote, and the columns to those outlets.
func (q *quotesPane) Show(event int, speaker string, outlets []string) {
	if event == q.event && speaker == q.speaker && slices.Equal(outlets, q.outlets) {
		return
	}
	q.event, q.speaker, q.outlets = event, speaker, slices.Clone(outlets)
	q.offset, q.cursor, q.at = 0, 0, nil
	q.dirty = true
}

// Update moves the cursor from quote to quote, a page of lines at a time
// with the page keys, and from outlet to outlet with ←/→; enter reads the
// quote under it in its article.
func (q *quotesPane) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	q.render()
	keys := &q.env.keys
	if len(q.at) == 0 {
		return moveOrOpen(msg, keys, q.innerH()-1, q.Scroll, nil)
	}
	switch {
	case key.Matches(k, keys.PageUp, keys.PageDown):
		return moveOrOpen(msg, keys, q.innerH()-1, q.page, nil)
	case key.Matches(k, keys.Left):
		q.pick(q.column(-1))
		return nil, nil
	case key.Matches(k, keys.Right):
		q.pick(q.column(1))
		return nil, nil
	}
	return moveOrOpen(msg, keys, 1, q.move, func() outcome {
		return readSpan{quotePassage(q.env.ds, q.at[q.cursor].quote)}
	})
}

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

// Keys: moving from quote to quote and enter while there are quotes, and
// from outlet to outlet where a statement has more than one; else
// scrolling, where there is more than fits.
func (q *quotesPane) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	q.render()
	if len(q.at) == 0 {
		if len(q.lines) <= q.innerH() {
			return short
		}
		k.enableMoves(true)
		return append(short, group("scroll", k.Up, k.Down))
	}
	k.enableMoves(true)
	k.Open.SetEnabled(true)
	say(&k.Open, "read article")
	say(&k.Up, "prev. quote")
	say(&k.Down, "next quote")
	short = append(short, group("quote", k.Up, k.Down), k.Open)
	if q.outletsSide() {
		enable(true, &k.Left, &k.Right)
		short = append(short, group("outlet", k.Left, k.Right))
	}
	return short
}

// Marks says whether w, the word marks, changes what the pane shows: some
// statement in it is quoted by more than one outlet.
func (q *quotesPane) Marks() bool {
	q.render()
	return q.marks
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

// Copyable is the quote under the cursor.
func (q *quotesPane) Copyable() (copyable, bool) {
	q.render()
	if !q.focused || q.cursor >= len(q.at) {
		return copyable{}, false
	}
	return passageCopy(q.env, quotePassage(q.env.ds, q.at[q.cursor].quote)), true
}

// Scroll moves the lines shown by delta (the mouse wheel); while the
// pane has the keys a cursor scrolled out of the window comes along, so
// that the header's "quote n/N" is one on screen.
func (q *quotesPane) Scroll(delta int) {
	q.render()
	q.offset = clampScroll(q.offset+clampDelta(delta), -1, q.innerH(), len(q.lines))
	if !q.focused || q.cursor >= len(q.at) {
		return
	}
	if l := q.at[q.cursor].line; l < q.offset || l >= q.offset+q.innerH() {
		q.pick(q.onScreen())
	}
}

// statements lists what the pane shows, in dataset order: an actor's
// statements or an event's, those the outlets filtered to quote.
func (q *quotesPane) statements() []int {
	ds := q.env.ds
	var all []int
	switch {
	case q.speaker != "":
		for si, s := range ds.Statements() {
			if s.Speaker == q.speaker {
				all = append(all, si)
			}
		}
	case q.event >= 0:
		all = ds.EventStatements(q.event)
	}
	if len(q.outlets) == 0 {
		return all
	}
	var out []int
	for _, si := range all {
		if slices.ContainsFunc(ds.Renderings(si), func(r timeline.Rendering) bool { return slices.Contains(q.outlets, r.Outlet) }) {
			out = append(out, si)
		}
	}
	return out
}

// render rebuilds the content lines if an input changed since last time.
func (q *quotesPane) render() {
	if !q.dirty {
		return
	}
	q.dirty = false
	sel := -1
	if q.focused && q.cursor < len(q.at) {
		sel = q.at[q.cursor].quote
	}
	q.lines, q.at = q.build(sel)
	if q.focused && sel < 0 && len(q.at) > 0 { // new content: the cursor on its first quote
		q.cursor = 0
		q.lines, q.at = q.build(q.at[0].quote)
	}
}

// build draws the statements, quote sel selected.
func (q *quotesPane) build(sel int) ([]string, []quoteAt) {
	st := &q.env.styles
	inner := max(q.w-2, 1)
	var out []string
	var at []quoteAt
	mark := -1
	defer func() { q.mark = mark }()
	stmts := q.statements()
	if len(stmts) == 0 {
		out = append(out, st.Muted.Render(q.none()))
	}
	compared := false
	for n, si := range stmts {
		if n > 0 {
			out = append(out, "")
		}
		lines, starts := renderStatement(q.env, si, inner, q.outlets, q.env.marking, sel)
		for _, a := range starts {
			at = append(at, quoteAt{quote: a.quote, line: len(out) + a.line})
			if a.quote == sel {
				mark = len(out) + markAbove(lines, a.line)
			}
		}
		out = append(out, lines...)
		compared = compared || len(q.env.ds.Renderings(si)) > 1
	}
	q.marks = compared
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
		for i := range at {
			at[i].line += len(head)
		}
		if mark >= 0 {
			mark += len(head)
		}
	}
	return out, at
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

// none says why there is nothing to show.
func (q *quotesPane) none() string {
	switch {
	case q.speaker != "" && len(q.outlets) > 0:
		return "No quotations from " + q.env.actorName(q.speaker) + " in the outlets filtered to."
	case q.speaker != "":
		return "No quotations from " + q.env.actorName(q.speaker) + "."
	case len(q.outlets) > 0:
		return "No quotations for this event in the outlets filtered to."
	}
	return "No quotations for this event."
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
	if len(q.at) > 0 && q.focused {
		right = "quote " + scrollInfo(q.cursor, len(q.at))
	}
	if len(q.lines) > q.innerH() {
		if right != "" {
			right += " · "
		}
		right += "lines " + scrollInfo(q.offset, len(q.lines))
	}
	return box(&q.env.styles, q.title(), right, q.lines[q.offset:end], q.w, q.h, q.focused)
}
