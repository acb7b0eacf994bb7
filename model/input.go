package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// inputKind is what the footer's input is typed for.
type inputKind int

const (
	inputSearch   inputKind = iota // the events: narrows as it is typed
	inputDates                     // a date range, applied on enter
	inputJump                      // a date to jump to, on enter
	inputFind                      // words in the article read: marked as typed
	inputActors                    // actors by name: narrows the actors pane as typed
	inputArticles                  // words in every article's whole text: listed as typed
)

// inputs is, for each kind, its prompt, what the empty input says, what
// typing does (the footer's words) and whether what is typed acts at once.
var inputs = [...]struct {
	prompt, placeholder, typing string
	live                        bool
}{
	inputSearch:   {"/", "search titles, summaries, actors, quotes, passages", "search", true},
	inputDates:    {"dates: ", "", "date range", false}, // see dateForms
	inputJump:     {"@ ", "", "date", false},
	inputFind:     {"find: ", "words in this article", "find", true},
	inputActors:   {"actor: ", "type a name", "find actor", true},
	inputArticles: {"in articles: ", "words as they stand in the articles' whole text", "search articles", true},
}

// inputBar is the one-line input in the footer: the search, a date range,
// a date to jump to, words to find in an article, an actor's name. It
// reports each edit of a live kind, and enter and esc, as an edited
// outcome; the root does what the kind means.
type inputBar struct {
	frame
	env   *env
	kind  inputKind
	input textinput.Model
	err   string // why enter did not take what is typed, until the next edit
}

// edited is what the input now reads: state says whether it is still
// being typed, was kept with enter, or dropped with esc.
type edited struct {
	kind  inputKind
	text  string
	state editState
}

type editState int

const (
	editing editState = iota
	kept
	dropped
	switched // the search now reads the other scope: events or articles
)

func (edited) isOutcome() {}

func newInputBar(e *env) *inputBar {
	return &inputBar{frame: frame{focused: true}, env: e, input: newInput("", "", 120)}
}

// newInput is a one-line text input: the footer's, or a picker's.
func newInput(prompt, placeholder string, limit int) textinput.Model {
	ti := textinput.New()
	ti.Prompt = prompt
	ti.Placeholder = placeholder
	ti.CharLimit = limit
	return ti
}

// Open starts editing s for kind, with the cursor at its end.
func (b *inputBar) Open(kind inputKind, s string) tea.Cmd {
	b.kind, b.err = kind, ""
	b.fitInput()
	b.input.SetValue(s)
	b.input.CursorEnd()
	return b.input.Focus()
}

// Refuse keeps the input open, saying why what was typed was not taken.
func (b *inputBar) Refuse(why string) { b.err = why }

// SetSize gives the input a line of w cells.
func (b *inputBar) SetSize(w, h int) {
	b.frame.SetSize(w, h)
	b.fitInput()
}

// fitInput gives the input its kind's prompt and half the line, leaving
// the rest for the keys that act while typing, and at least 16 cells
// where there are; the placeholder says what fits of what may be typed.
func (b *inputBar) fitInput() {
	b.input.Prompt = inputs[b.kind].prompt
	p := ansi.StringWidth(b.input.Prompt)
	w := max(min(max(b.w/2-p, 16), b.w-4-p), 1)
	b.input.SetWidth(w)
	b.input.Placeholder = inputs[b.kind].placeholder
	if b.kind == inputDates || b.kind == inputJump {
		b.input.Placeholder = dateForms(b.kind, b.env.ds, w)
	}
}

// Update passes keys, pasted text and the cursor's blinking to the input;
// a live kind reports what it reads after each edit; enter and esc report
// it kept or dropped.
func (b *inputBar) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, b.env.keys.Open):
			return edited{kind: b.kind, text: b.input.Value(), state: kept}, nil
		case key.Matches(k, b.env.keys.Back):
			b.input.Blur()
			return edited{kind: b.kind, state: dropped}, nil
		case key.Matches(k, b.env.keys.Scope):
			b.kind = map[inputKind]inputKind{inputSearch: inputArticles, inputArticles: inputSearch}[b.kind]
			b.fitInput()
			return edited{kind: b.kind, text: b.input.Value(), state: switched}, nil
		}
	}
	before := b.input.Value()
	var cmd tea.Cmd
	b.input, cmd = b.input.Update(msg)
	if b.input.Value() == before {
		return nil, cmd
	}
	b.err = ""
	if !inputs[b.kind].live {
		return nil, cmd
	}
	return edited{kind: b.kind, text: b.input.Value()}, cmd
}

// Close blurs the input once the root took what it reads.
func (b *inputBar) Close() { b.input.Blur() }

// Keys: enter and esc; letters are typed.
func (b *inputBar) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Open, &k.Back)
	say(&k.Open, "keep")
	say(&k.Back, "clear")
	if !inputs[b.kind].live {
		say(&k.Open, "go")
		say(&k.Back, "cancel")
	}
	short = append(short, typing(inputs[b.kind].typing), k.Open, k.Back)
	switch b.kind {
	case inputSearch:
		k.Scope.SetEnabled(true)
		say(&k.Scope, "in the articles")
		short = append(short, k.Scope)
	case inputArticles:
		k.Scope.SetEnabled(true)
		say(&k.Scope, "in the events")
		short = append(short, k.Scope)
	}
	return short
}

// View is the input on the first line of its box (the root gives it one),
// with why enter refused it, if it did.
func (b *inputBar) View() string {
	return strings.Join(block([]string{b.line()}, b.w, b.h), "\n")
}

// line is the input as typed, after why enter refused it, if it did.
func (b *inputBar) line() string {
	line := b.input.View()
	if b.err != "" {
		line = b.env.styles.Warn.Render(oneLine(b.err)) + "  " + line
	}
	return line
}
