package model

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pane is the contract every part of the screen keeps: the tiled panes
// (chronology, actors, quotes), the full-body screens (an event, the
// reader, the coverage matrix, the discrepancies) and the overlays and
// inputs (the picker, the help, the search). The root gives each its box,
// says whether it has the keys, passes it messages while it has them and
// acts on the outcome it returns; a pane never reaches into the root or
// into another pane. A new pane keeps the same contract and gets a case in
// Model.act for any outcome of its own.
type pane interface {
	// SetSize gives the pane its box. A tiled pane or a screen fills
	// exactly w x h; an overlay takes at most that, and the root centres it.
	SetSize(w, h int)
	// SetFocused says whether a tiled pane has the keys; it draws a heavy
	// border when it does. Screens and overlays have them while shown.
	SetFocused(bool)
	// Update handles a message sent while the pane has the keys (a key;
	// for an input also pasted text and its cursor's blinking) and says
	// what the root is to do about it: nil for nothing.
	Update(tea.Msg) (outcome, tea.Cmd)
	// View draws the box: exactly h lines (an overlay at most h), none
	// wider than w.
	View() string
	// Keys enables in k the bindings the pane acts on in its state, and
	// only those, under the words it acts under, and appends to short the
	// ones the footer names, in order. The root has disabled every
	// binding before (see Model.updateKeybindings).
	Keys(k *KeyMap, short []key.Binding) []key.Binding
}

var (
	_ pane = (*chronology)(nil)
	_ pane = (*actorsPane)(nil)
	_ pane = (*quotesPane)(nil)
	_ pane = (*detailView)(nil)
	_ pane = (*readerView)(nil)
	_ pane = (*coverageView)(nil)
	_ pane = (*discrepancyList)(nil)
	_ pane = (*discrepancyView)(nil)
	_ pane = (*picker)(nil)
	_ pane = (*inputBar)(nil)
	_ pane = (*helpView)(nil)
	_ pane = (*axisView)(nil)
	_ pane = (*hitsView)(nil)
)

// outcome is what a pane's Update asks of the root, one of the types
// below; the root switches on it in Model.act.
type outcome interface{ isOutcome() }

type (
	// openEvent: show an event (a dataset index) in full.
	openEvent struct{ event int }
	// readSpan: open the article at a cited passage.
	readSpan struct{ p passage }
	// chooseActor: narrow the chronology to an actor (a dataset index),
	// or widen it again when it is the one chosen.
	chooseActor struct{ actor int }
	// openSpeaker: show an actor's (an id) statements.
	openSpeaker struct{ actor string }
	// openDiscrepancy: show a discrepancy's (a dataset index) sides.
	openDiscrepancy struct{ index int }
	// picked: the picker's choice for its facet; no values clears it.
	picked struct {
		facet  facet
		values []string
	}
	// closed: an overlay or input is done and changes nothing more.
	closed struct{}
)

func (openEvent) isOutcome()       {}
func (readSpan) isOutcome()        {}
func (chooseActor) isOutcome()     {}
func (openDiscrepancy) isOutcome() {}
func (openSpeaker) isOutcome()     {}
func (picked) isOutcome()          {}
func (closed) isOutcome()          {}

// scroller is a pane the mouse wheel moves through.
type scroller interface{ Scroll(delta int) }

// frame is a pane's box and whether it has the keys: what SetSize and
// SetFocused set. Panes embed it; those that must redo work when their
// size changes define their own SetSize.
type frame struct {
	w, h    int
	focused bool
}

func (f *frame) SetSize(w, h int)   { f.w, f.h = w, h }
func (f *frame) SetFocused(on bool) { f.focused = on }

// innerH is the height inside the box's border.
func (f *frame) innerH() int { return max(f.h-2, 0) }

// moveOrOpen is the Update of a list or a page of text: a movement key
// moves it by its distance (page lines a page), and enter, where open is
// not nil, returns what open gives for what is under the cursor (nil when
// nothing is).
func moveOrOpen(msg tea.Msg, keys *KeyMap, page int, move func(int), open func() outcome) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if d, ok := keys.moveDelta(k, page); ok {
		move(d)
	} else if open != nil && key.Matches(k, keys.Open) {
		return open(), nil
	}
	return nil, nil
}
