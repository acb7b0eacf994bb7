package model

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// quotesPane shows, for the selected event or actor, each statement with
// one column per outlet: the outlet's words, or "not quoted by this outlet"
// where it reports the event but did not quote the statement.
type quotesPane struct {
	frame
	env *env

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
	q.frame.SetSize(w, h)
}

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

// Update scrolls through the statements.
func (q *quotesPane) Update(msg tea.Msg) (outcome, tea.Cmd) {
	return moveOrOpen(msg, &q.env.keys, q.innerH()-1, q.Scroll, nil)
}

// Keys: scrolling.
func (q *quotesPane) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(true)
	return append(short, group("scroll", k.Up, k.Down))
}

// Scroll moves the lines shown by delta.
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

func (q *quotesPane) renderStatement(si, w int) []string {
	return renderStatement(q.env, si, w, q.outlets, q.env.marking)
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
