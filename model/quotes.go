package model

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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
