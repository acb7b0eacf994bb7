package model

import (
	"math"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// KeyMap is every binding, grouped by where it acts. Each has help text.
// The explorer keeps its copy in the shared environment, where
// Model.updateKeybindings enables only the bindings that act in the
// current state, under the words they act under there: key.Matches
// ignores a disabled binding and the help hides it, so the footer and the
// help overlay show what the keys do.
type KeyMap struct {
	// Moving
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	// Panes
	NextPane, PrevPane, Open, Back key.Binding
	// Across outlets (the coverage matrix, a discrepancy's sides)
	Left, Right key.Binding
	// Filters. StoryScope cycles the events shown: all, the story, the
	// background; Corroborated shows only those 2+ outlets report, or all.
	Search, Country, Outlet, Actor, Tag, Dates, StoryScope, Corroborated, ClearFilters key.Binding
	// Time: the time axis, a date to jump to, zooming the axis
	Timeline, Jump, ZoomIn, ZoomOut key.Binding
	// Words found: the next and the previous
	NextMatch, PrevMatch key.Binding
	// Speaker: an actor's statements, from the actors pane or the actor
	// picker (where letters are typed, so ctrl+s there)
	Speaker, PickerSpeaker key.Binding
	// Scope switches the search between the events and the articles
	Scope key.Binding
	// In the coverage matrix: sort by count or date, only single-outlet rows
	CoverSort, CoverSingle key.Binding
	// In a picker, where letters are typed: the arrows move, space ticks
	PickerUp, PickerDown, Toggle key.Binding
	// Comparing outlets
	Coverage, Discrepancies, Marks key.Binding
	// Copying what is under the cursor: with its citation, or the bare words
	Copy, CopyWords key.Binding
	// App. Quit's ctrl+c is ForceQuit's too, so that whoever holds only
	// Quit (the loading screen) quits on both; ForceQuit alone acts while
	// a text input takes q as a letter.
	Help, Quit, ForceQuit key.Binding
	// Suspend gives the terminal back to the shell until fg.
	Suspend key.Binding
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
		StoryScope:    b([]string{"b"}, "b", "scope"),
		Corroborated:  b([]string{"2"}, "2", "2+ outlets only / all"),
		PickerUp:      b([]string{"up", "ctrl+p", "shift+tab"}, "↑", "up"),
		PickerDown:    b([]string{"down", "ctrl+n", "tab"}, "↓", "down"),
		Toggle:        b([]string{"space"}, "space", "tick"),
		Tag:           b([]string{"#"}, "#", "tag filter"),
		Dates:         b([]string{"r"}, "r", "date range"),
		Timeline:      b([]string{"t"}, "t", "time axis"),
		Jump:          b([]string{"@"}, "@", "jump to a date"),
		ZoomIn:        b([]string{"+", "="}, "+", "zoom in"),
		ZoomOut:       b([]string{"-"}, "-", "zoom out"),
		NextMatch:     b([]string{"n"}, "n", "next match"),
		Speaker:       b([]string{"s"}, "s", "statements"),
		Scope:         b([]string{"tab"}, "tab", "events / articles"),
		CoverSort:     b([]string{"s"}, "s", "sort by count / date"),
		CoverSingle:   b([]string{"1"}, "1", "only ◆ rows / all"),
		PickerSpeaker: b([]string{"ctrl+s"}, "ctrl+s", "statements"),
		PrevMatch:     b([]string{"N"}, "N", "prev. match"),
		Coverage:      b([]string{"m"}, "m", "coverage"),
		Discrepancies: b([]string{"d"}, "d", "discrepancies"),
		Marks:         b([]string{"w"}, "w", "word marks"),
		Copy:          b([]string{"y"}, "y", "copy with citation"),
		CopyWords:     b([]string{"Y"}, "Y", "copy the words"),
		Help:          b([]string{"?"}, "?", "help"),
		Quit:          b([]string{"q", "ctrl+c"}, "q", "quit"),
		ForceQuit:     b([]string{"ctrl+c"}, "ctrl+c", "quit"),
		Suspend:       b([]string{"ctrl+z"}, "ctrl+z", "suspend"),
	}
}

// FullHelp is the help overlay, one column per group. The overlay shows
// the bindings enabled where it was opened.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Help, k.Quit, k.Suspend},
		{k.NextPane, k.PrevPane, k.Open, k.Back, k.Speaker},
		{k.Search, k.NextMatch, k.PrevMatch, k.Country, k.Outlet, k.Actor, k.Tag, k.Dates, k.ClearFilters},
		{k.Timeline, k.Jump, k.ZoomIn, k.ZoomOut, k.StoryScope, k.Corroborated},
		{k.Coverage, k.Discrepancies, k.Marks, k.Left, k.Right, k.CoverSort, k.CoverSingle, k.Copy, k.CopyWords},
	}
}

// all is every binding, for switching them all off.
func (k *KeyMap) all() [44]*key.Binding {
	return [...]*key.Binding{
		&k.Scope, &k.CoverSort, &k.CoverSingle,
		&k.Speaker, &k.PickerSpeaker,
		&k.Copy, &k.CopyWords, &k.Toggle, &k.Tag, &k.Dates, &k.Timeline, &k.Jump, &k.ZoomIn, &k.ZoomOut,
		&k.NextMatch, &k.PrevMatch,
		&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom,
		&k.NextPane, &k.PrevPane, &k.Open, &k.Back, &k.Left, &k.Right,
		&k.Search, &k.Country, &k.Outlet, &k.Actor, &k.StoryScope, &k.Corroborated, &k.ClearFilters,
		&k.PickerUp, &k.PickerDown, &k.Coverage, &k.Discrepancies, &k.Marks,
		&k.Help, &k.Quit, &k.ForceQuit, &k.Suspend,
	}
}

// disableAll switches every binding off; updateKeybindings then switches
// on those that act.
func (k *KeyMap) disableAll() {
	for _, b := range k.all() {
		b.SetEnabled(false)
	}
}

// enable switches bindings on, or off when on is false.
func enable(on bool, bs ...*key.Binding) {
	for _, b := range bs {
		b.SetEnabled(on)
	}
}

// enableMoves switches on the keys moveDelta reads, or off when there is
// nothing to move through.
func (k *KeyMap) enableMoves(on bool) {
	enable(on, &k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom)
}

// say gives a binding the words it acts under in the current state,
// keeping its keys' names.
func say(b *key.Binding, desc string) { b.SetHelp(b.Help().Key, desc) }

// group is one footer entry for bindings used together ("↑/↓ event",
// "c/o/a filter"): its name is the first of each enabled binding's key
// names, joined by "/", and it shows while any of them is enabled. It is
// built from the bindings, so it names whatever keys they are bound to.
// It is for the footer only and matches no key itself.
func group(desc string, bs ...key.Binding) key.Binding {
	var buf [32]byte
	name := buf[:0]
	for _, b := range bs {
		if !b.Enabled() {
			continue
		}
		if len(name) > 0 {
			name = append(name, '/')
		}
		first, _, _ := strings.Cut(b.Help().Key, "/")
		name = append(name, first...)
	}
	if len(name) == 0 {
		return key.Binding{} // no keys: disabled
	}
	return label(string(name), desc)
}

// typing is the footer entry for what typing does in a text input. It is
// no key, so it matches none.
func typing(desc string) key.Binding { return label("type", desc) }

// label is a footer entry that names keys without matching any: its list
// of keys is empty rather than missing, which the help would take for an
// unbound binding and hide.
func label(name, desc string) key.Binding {
	var b key.Binding
	b.SetKeys([]string{}...)
	b.SetHelp(name, desc)
	return b
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
