package model

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

var _ help.KeyMap = (*Model)(nil)

// ShortHelp is the keys the footer names now.
func (m *Model) ShortHelp() []key.Binding { return m.footerKeys }

// FullHelp is the keys the help overlay lists: those that act where it
// is open, or would be opened.
func (m *Model) FullHelp() [][]key.Binding {
	if m.showHelp {
		return m.helpView.groups
	}
	return m.env.keys.FullHelp()
}

// updateKeybindings enables the bindings that act in the current state,
// and only those, under the words they act under here, and works out the
// footer. It runs after every message. key.Matches ignores a disabled
// binding and the help hides one, so the keys the footer and the help
// overlay name are the keys that do something. The pane that has the keys
// enables its own (pane.Keys); the root enables those it handles itself.
func (m *Model) updateKeybindings() {
	k := &m.env.keys
	*k = m.keymap
	k.disableAll()
	enable(true, &k.ForceQuit, &k.Suspend)
	short := m.footerKeys[:0] // reused: this runs after every message
	switch {
	case m.picking:
		short = m.picker.Keys(k, short)
	case m.searching:
		short = m.search.Keys(k, short)
	default:
		enable(true, &k.Quit, &k.Help)
		if !m.layout.tooSmall {
			short = m.screenKeys(k, short)
		}
		if m.showHelp {
			m.helpView.SetKeys(k.FullHelp()) // copies: what acts beneath the overlay
			k.disableAll()
			enable(true, &k.ForceQuit, &k.Quit, &k.Suspend)
			short = append(m.helpView.Keys(k, short[:0]), k.Quit)
		}
	}
	m.footerKeys = short
}

// screenKeys enables the keys of the screen shown, its pane's and those
// the root handles around it, and appends the footer's to short.
func (m *Model) screenKeys(k *KeyMap, short []key.Binding) []key.Binding {
	short = m.current().Keys(k, short)
	if _, ok := m.copyable(); ok {
		enable(true, &k.Copy, &k.CopyWords)
		short = append(short, group("copy", k.Copy, k.CopyWords))
	}
	if m.screen != screenReader {
		enable(true, &k.Coverage, &k.Discrepancies, &k.Marks)
	}
	if m.screen == screenPanes {
		return m.panesKeys(k, short)
	}
	k.Back.SetEnabled(true)
	switch m.screen {
	case screenCoverage:
		enable(true, &k.Country, &k.Outlet, &k.Actor, &k.ClearFilters)
		say(&k.Back, "back")
		return append(short, k.Back, filterKeys(k), k.Discrepancies, k.Quit)
	case screenDiscrepancies:
		say(&k.Back, "back")
		return append(short, k.Back, k.Coverage, k.Quit)
	case screenDiscrepancy:
		say(&k.Back, "back")
		return append(short, k.Back, k.Marks, k.Quit)
	}
	return append(short, k.Back, k.Quit) // an event, the reader
}

// panesKeys enables the keys of the main screen that no one pane owns and
// appends the root's share of the footer to short, which holds the
// focused pane's. x clears the filters whatever they are; the
// chronology's footer names it only while there is one to clear.
func (m *Model) panesKeys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Search, &k.Country, &k.Outlet, &k.Actor, &k.ClearFilters, &k.NextPane, &k.PrevPane)
	k.Back.SetEnabled(m.focus != focusChron || m.filter.Search != "")
	switch m.focus {
	case focusActors:
		return append(short, k.NextPane, k.ClearFilters, k.Help, k.Quit)
	case focusQuotes:
		return append(short, k.Marks, k.NextPane, k.Outlet, k.Help, k.Quit)
	}
	short = append(short, k.NextPane, k.Search, filterKeys(k), k.Coverage, k.Discrepancies)
	if !m.filter.IsZero() {
		short = append(short, k.ClearFilters)
	}
	return append(short, k.Help, k.Quit)
}

// filterKeys is the pickers' keys as one footer entry: "c/o/a filter".
func filterKeys(k *KeyMap) key.Binding { return group("filter", k.Country, k.Outlet, k.Actor) }

// helpView is the help overlay: the keys that act where it was opened,
// the outlet marks, and how the filters combine. ? or esc closes it.
type helpView struct {
	frame
	env    *env
	help   help.Model
	groups [][]key.Binding // the keys listed, one column per group
}

func newHelpView(e *env) *helpView {
	h := &helpView{frame: frame{focused: true}, env: e, help: help.New()}
	h.help.FullSeparator = "  "
	return h
}

// SetKeys sets the keys listed, one column per group; the disabled ones
// are left out.
func (h *helpView) SetKeys(groups [][]key.Binding) { h.groups = groups }

// Update closes the overlay on ? or esc; other keys do nothing under it.
func (h *helpView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.env.keys.Help, h.env.keys.Back) {
		return closed{}, nil
	}
	return nil, nil
}

// Keys: ? and esc close the overlay.
func (h *helpView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Help, &k.Back)
	return append(short, group("close help", k.Back, k.Help))
}

// View lists the keys, the outlet marks and how filters combine, in a box
// as tall as that takes, up to h.
func (h *helpView) View() string {
	st := &h.env.styles
	bw := min(h.w, 86)
	full := h.help // a copy: View never changes the pane
	full.SetWidth(bw - 2)
	lines := strings.Split(full.FullHelpView(h.groups), "\n")
	lines = append(lines, "", st.PaneTitle.Render("Outlet marks")+st.Muted.Render(" (chronology, right)"))
	for _, id := range h.env.order {
		lines = append(lines, "  "+st.Outlet.Render(h.env.marks[id])+"  "+h.env.outletName(id))
	}
	lines = append(lines, "",
		st.Muted.Render("Filters combine: country AND outlet AND actor AND search."),
		st.Muted.Render("A country matches events involving it directly or through an actor."),
		st.Muted.Render("Selected rows carry ▶; the focused pane has a heavy border."),
		st.Muted.Render("Press ? or esc to close."))
	bh := min(h.h, len(lines)+2)
	return box(st, "Keys", "cyberdesk", lines, bw, bh, h.focused)
}
