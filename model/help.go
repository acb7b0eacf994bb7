package model

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpView is the help overlay: the keys, the outlet marks and how the
// filters combine. ? or esc closes it.
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

// SetKeys sets the keys listed, one column per group.
func (h *helpView) SetKeys(groups [][]key.Binding) { h.groups = groups }

// Update closes the overlay on ? or esc; other keys do nothing under it.
func (h *helpView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, h.env.keys.Help, h.env.keys.Back) {
		return closed{}, nil
	}
	return nil, nil
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

// keyHelp is what the footer shows now: the few keys that matter.
func (m *Model) keyHelp() []key.Binding {
	k := m.env.keys
	switch {
	case m.picking:
		return []key.Binding{hint("type", "narrow"), k.Up, k.Down, k.Open, k.Back}
	case m.searching:
		return []key.Binding{hint("type", "search"), hint("enter", "keep"), hint("esc", "clear")}
	case m.showHelp:
		return []key.Binding{hint("esc/?", "close help"), k.Quit}
	case m.screen == screenReader:
		return []key.Binding{k.Down, k.PageDown, k.Top, k.Back, k.Quit}
	case m.screen == screenDetail:
		return []key.Binding{hint("↑/↓", "source"), hint("enter", "read article"), k.Back, k.Quit}
	case m.screen == screenCoverage && m.cover.pending:
		return []key.Binding{hint("esc", "back"), hint("c/o/a", "filter"), k.Discrepancies, k.Quit}
	case m.screen == screenCoverage:
		return []key.Binding{hint("↑/↓", "event"), hint("←/→", "outlet"), hint("enter", "read"), hint("esc", "back"),
			hint("c/o/a", "filter"), k.Discrepancies, k.Quit}
	case m.screen == screenDiscrepancies:
		return []key.Binding{k.Down, hint("enter", "see sides"), hint("esc", "back"), k.Coverage, k.Quit}
	case m.screen == screenDiscrepancy:
		return []key.Binding{hint("←/→", "side"), hint("enter", "read"), hint("esc", "back"), k.Marks, k.Quit}
	case m.focus == focusActors:
		return []key.Binding{k.Down, hint("enter", "filter by actor"), k.NextPane, k.ClearFilters, k.Help, k.Quit}
	case m.focus == focusQuotes:
		return []key.Binding{hint("↑/↓", "scroll"), k.Marks, k.NextPane, k.Outlet, k.Help, k.Quit}
	}
	bindings := []key.Binding{k.Down, k.Open, k.NextPane, k.Search, hint("c/o/a", "filter"),
		hint("m", "coverage"), hint("d", "discrepancies")}
	if !m.filter.IsZero() {
		bindings = append(bindings, k.ClearFilters)
	}
	return append(bindings, k.Help, k.Quit)
}

// hint is a footer entry for a key handled outside the KeyMap (or a group
// of keys), so the footer can name it.
func hint(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}
