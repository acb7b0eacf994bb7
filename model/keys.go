package model

import (
	"math"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is every binding, grouped by where it acts. Each has help text;
// updateKeys disables the ones that do nothing in the current state so the
// help never lies.
type KeyMap struct {
	// Moving
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	// Panes
	NextPane, PrevPane, Open, Back key.Binding
	// Across outlets (the coverage matrix, a discrepancy's sides)
	Left, Right key.Binding
	// Filters
	Search, Country, Outlet, Actor, ClearFilters key.Binding
	// Comparing outlets
	Coverage, Discrepancies, Marks key.Binding
	// App
	Help, Quit key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Up:            b([]string{"k", "up"}, "↑/k", "up"),
		Down:          b([]string{"j", "down"}, "↓/j", "down"),
		PageUp:        b([]string{"pgup", "ctrl+b"}, "pgup", "page up"),
		PageDown:      b([]string{"pgdown", "ctrl+f"}, "pgdn", "page down"),
		Top:           b([]string{"g", "home"}, "g", "first"),
		Bottom:        b([]string{"G", "end"}, "G", "last"),
		NextPane:      b([]string{"tab"}, "tab", "next pane"),
		PrevPane:      b([]string{"shift+tab"}, "shift+tab", "prev. pane"),
		Open:          b([]string{"enter"}, "enter", "open"),
		Back:          b([]string{"esc"}, "esc", "back / clear"),
		Left:          b([]string{"h", "left"}, "←/h", "prev. outlet"),
		Right:         b([]string{"l", "right"}, "→/l", "next outlet"),
		Search:        b([]string{"/"}, "/", "search"),
		Country:       b([]string{"c"}, "c", "country filter"),
		Outlet:        b([]string{"o"}, "o", "outlet filter"),
		Actor:         b([]string{"a"}, "a", "actor filter"),
		ClearFilters:  b([]string{"x"}, "x", "clear filters"),
		Coverage:      b([]string{"m"}, "m", "coverage"),
		Discrepancies: b([]string{"d"}, "d", "discrepancies"),
		Marks:         b([]string{"w"}, "w", "word marks"),
		Help:          b([]string{"?"}, "?", "help"),
		Quit:          b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp is the footer's list; the root picks what matters now.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.NextPane, k.Search, k.Country, k.Outlet, k.Actor, k.Help, k.Quit}
}

// FullHelp is the help overlay, one column per group.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Help, k.Quit},
		{k.NextPane, k.PrevPane, k.Open, k.Back},
		{k.Search, k.Country, k.Outlet, k.Actor, k.ClearFilters},
		{k.Coverage, k.Discrepancies, k.Marks, hint("←/→", "outlet")},
	}
}

// moveDelta turns a movement key into a signed distance: ±1 for a line,
// ±page for a page, and a distance past either end for first and last.
// ok is false for any other key.
func (k *KeyMap) moveDelta(msg tea.KeyPressMsg, page int) (delta int, ok bool) {
	switch {
	case key.Matches(msg, k.Up):
		return -1, true
	case key.Matches(msg, k.Down):
		return 1, true
	case key.Matches(msg, k.PageUp):
		return -max(page, 1), true
	case key.Matches(msg, k.PageDown):
		return max(page, 1), true
	case key.Matches(msg, k.Top):
		return math.MinInt32, true
	case key.Matches(msg, k.Bottom):
		return math.MaxInt32, true
	}
	return 0, false
}
