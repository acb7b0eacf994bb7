package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// searchBar is the search input in the footer. The chronology narrows as
// the search is typed (every word must match); enter keeps it, esc drops
// it.
type searchBar struct {
	frame
	env   *env
	input textinput.Model
}

func newSearchBar(e *env) *searchBar {
	ti := newInput("/", "search titles, summaries, actors, quotes", 120)
	return &searchBar{frame: frame{focused: true}, env: e, input: ti}
}

// newInput is a one-line text input: the search's, or a picker's.
func newInput(prompt, placeholder string, limit int) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Placeholder = placeholder
	ti.CharLimit = limit
	return ti
}

// Open starts editing the search s, with the cursor at its end.
func (b *searchBar) Open(s string) tea.Cmd {
	b.input.SetValue(s)
	b.input.CursorEnd()
	return b.input.Focus()
}

// SetSize gives the input a line of w cells.
func (b *searchBar) SetSize(w, h int) {
	b.frame.SetSize(w, h)
	b.input.SetWidth(max(w-4, 1))
}

// Update passes keys, pasted text and the cursor's blinking to the input
// and reports what the search reads after each; enter closes the input,
// keeping the search, esc closes it dropping the search.
func (b *searchBar) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, b.env.keys.Open):
			b.input.Blur()
			return closed{}, nil
		case key.Matches(k, b.env.keys.Back):
			b.input.Blur()
			return searched{text: "", done: true}, nil
		}
	}
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(msg)
	return searched{text: b.input.Value()}, cmd
}

// Keys: enter and esc; letters are typed.
func (b *searchBar) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Open, &k.Back)
	say(&k.Open, "keep")
	say(&k.Back, "clear")
	return append(short, typing("search"), k.Open, k.Back)
}

// View is the input on the first line of its box (the root gives it one).
func (b *searchBar) View() string {
	return strings.Join(block([]string{b.input.View()}, b.w, b.h), "\n")
}
