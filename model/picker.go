package model

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// picker chooses the values of a filter facet. Typing narrows the options
// by fuzzy match; each option shows how many events it would leave, given
// the other active filters, once they are counted (see SetCounts). enter
// chooses the option under the cursor alone; space ticks options, and
// then enter applies the ticked ones, any of which an event may match.
type picker struct {
	frame // w is the box's width, h the most height it may take
	env   *env
	facet facet
	input textinput.Model

	options []pickOption    // all options; the first clears the facet
	ticked  map[string]bool // the values ticked: at first the facet's
	toggled bool            // space changed what is ticked
	counted bool            // the options' counts are in (see SetCounts)
	shown   []int           // indexes into options that match the input
	cursor  int             // index into shown
	offset  int
}

// rows is how many options fit on screen at once.
func (p *picker) rows() int { return max(p.boxH()-4, 1) }

type pickOption struct {
	value string // "" clears the facet
	label string
	count int
}

func newPicker(e *env) *picker {
	ti := newInput("› ", "type to narrow", 64)
	return &picker{frame: frame{focused: true}, env: e, input: ti}
}

// Open fills the picker with a facet's options, sorted by label (the
// actors by how many events each is in, most first), and puts
// the cursor on filter f's value. Their counts are pending until
// SetCounts, which sinks the options that would leave no event and
// keeps the cursor on its option.
func (p *picker) Open(fc facet, f timeline.Filter) tea.Cmd {
	p.facet = fc
	p.input.SetValue("")
	ds := p.env.ds
	p.counted = false
	p.options = []pickOption{{value: "", label: "Any " + fc.String() + " (clear this filter)"}}
	switch fc {
	case facetCountry:
		codes := make([]string, 0, len(ds.Countries()))
		for code := range ds.Countries() {
			codes = append(codes, code)
		}
		slices.SortFunc(codes, func(a, b string) int { return compareFold(ds.CountryName(a), ds.CountryName(b)) })
		for _, c := range codes {
			p.options = append(p.options, pickOption{value: c, label: oneLine(ds.CountryName(c)) + " (" + c + ")"})
		}
	case facetOutlet:
		for _, o := range ds.Outlets() {
			p.options = append(p.options, pickOption{value: o.ID, label: p.env.marks[o.ID] + "  " + oneLine(o.Name)})
		}
	case facetActor: // the actors in most events first, then by name
		events := make(map[string]int, len(ds.Actors()))
		for i, a := range ds.Actors() {
			events[a.ID] = len(ds.ActorEvents(i))
			p.options = append(p.options, pickOption{value: a.ID, label: oneLine(a.Name) + " — " + p.env.actorRole(&a)})
		}
		slices.SortStableFunc(p.options[1:], func(a, b pickOption) int {
			if n := events[b.value] - events[a.value]; n != 0 {
				return n
			}
			return compareFold(a.label, b.label)
		})
	case facetTag:
		for _, t := range ds.TagVocabulary() {
			p.options = append(p.options, pickOption{value: t, label: oneLine(t)})
		}
	}
	p.narrow()
	p.ticked, p.toggled = map[string]bool{}, false
	for _, v := range facetValues(f, fc) {
		p.ticked[v] = true
	}
	current := first(facetValues(f, fc))
	for i, oi := range p.shown {
		if p.options[oi].value == current {
			p.move(i)
		}
	}
	return p.input.Focus()
}

// SetCounts fills in how many events each option would leave.
func (p *picker) SetCounts(c pickCounts) {
	p.options[0].count = c.all
	for i := 1; i < len(p.options); i++ {
		p.options[i].count = c.by[p.options[i].value]
	}
	p.counted = true
	p.reorder()
}

// reorder sorts the shown options again (the empty ones sink once
// counted), keeping the cursor on the option it was on.
func (p *picker) reorder() {
	var at string
	on := p.cursor < len(p.shown)
	if on {
		at = p.options[p.shown[p.cursor]].value
	}
	p.narrow()
	for i, oi := range p.shown {
		if on && p.options[oi].value == at {
			p.move(i)
		}
	}
}

// narrow recomputes the shown options from the input, best match first:
// those where the typed text begins a word, then those holding it
// unbroken, then the rest fuzzy finds (its letters in order, scattered).
// Once counted, options that would leave no event sink to the bottom of
// their rank rather than vanish: an actor in no event of this view may
// still have statements to open (ctrl+s), and hiding would make the
// list shrink the moment the counts came in.
func (p *picker) narrow() {
	q := p.input.Value()
	p.shown = p.shown[:0]
	if q == "" {
		for i := range p.options {
			p.shown = append(p.shown, i)
		}
	} else {
		labels := make([]string, len(p.options)-1)
		for i, o := range p.options[1:] {
			labels[i] = o.label + " " + o.value
		}
		for _, m := range fuzzy.Find(q, labels) {
			p.shown = append(p.shown, m.Index+1)
		}
		rank := make(map[int]int, len(p.shown))
		for _, oi := range p.shown {
			rank[oi] = matchRank(q, p.options[oi])
		}
		slices.SortStableFunc(p.shown, func(a, b int) int { return rank[a] - rank[b] })
	}
	if p.counted {
		slices.SortStableFunc(p.shown, func(a, b int) int { return p.empty(a) - p.empty(b) })
	}
	p.cursor, p.offset = 0, 0
}

// empty is 1 when option oi, once counted, would leave no event; the
// first option, which clears the facet, never sinks.
func (p *picker) empty(oi int) int {
	if oi == 0 || !p.counted || p.options[oi].count > 0 {
		return 0
	}
	return 1
}

// matchRank is how well typed text q matches option o: 0 where q begins
// a word of its label, 1 where the label or value holds q unbroken, 2
// where fuzzy matching alone found it. Case does not count.
func matchRank(q string, o pickOption) int {
	q = strings.ToLower(q)
	label := strings.ToLower(o.label)
	for i := 0; i <= len(label)-len(q); {
		j := strings.Index(label[i:], q)
		if j < 0 {
			break
		}
		j += i
		if r, _ := utf8.DecodeLastRuneInString(label[:j]); j == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 0
		}
		_, size := utf8.DecodeRuneInString(label[j:])
		i = j + size
	}
	if strings.Contains(label, q) || strings.Contains(strings.ToLower(o.value), q) {
		return 1
	}
	return 2
}

// Update moves through the options and passes the rest (typing, pasting,
// the cursor's blinking) to the input, which narrows them. enter picks the
// option under the cursor; esc closes the picker, changing nothing.
func (p *picker) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		keys := &p.env.keys
		switch {
		case key.Matches(k, keys.Back):
			return closed{}, nil
		case key.Matches(k, keys.Open):
			if p.toggled {
				return p.tickedChoice(), nil
			}
			if p.cursor < len(p.shown) {
				return p.choice(), nil
			}
			return nil, nil
		case key.Matches(k, keys.Toggle):
			p.toggle()
			return nil, nil
		case key.Matches(k, keys.PickerSpeaker):
			if p.facet == facetActor && p.cursor < len(p.shown) && p.options[p.shown[p.cursor]].value != "" {
				return openSpeaker{p.options[p.shown[p.cursor]].value}, nil
			}
			return nil, nil
		case key.Matches(k, keys.PickerUp):
			p.move(-1)
			return nil, nil
		case key.Matches(k, keys.PickerDown):
			p.move(1)
			return nil, nil
		case key.Matches(k, keys.PageUp):
			p.move(-p.rows())
			return nil, nil
		case key.Matches(k, keys.PageDown):
			p.move(p.rows())
			return nil, nil
		}
	}
	before := p.input.Value()
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.narrow()
	}
	return nil, cmd
}

// Keys: the arrows and pages move, space ticks, enter chooses (or applies
// what is ticked), esc cancels; letters are typed.
func (p *picker) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.PickerUp, &k.PickerDown, &k.PageUp, &k.PageDown, &k.Back)
	k.Toggle.SetEnabled(len(p.shown) > 0)
	k.Open.SetEnabled(len(p.shown) > 0 || p.toggled)
	say(&k.Open, "choose this one")
	if p.toggled {
		say(&k.Open, "apply "+strconv.Itoa(len(p.ticked))+" ticked")
		if len(p.ticked) == 0 {
			say(&k.Open, "apply: any "+p.facet.String())
		}
	}
	say(&k.Back, "cancel")
	k.PickerSpeaker.SetEnabled(p.facet == facetActor && p.cursor < len(p.shown) && p.options[p.shown[p.cursor]].value != "")
	return append(short, typing("narrow"), group("move", k.PickerUp, k.PickerDown), k.Toggle, k.Open, k.PickerSpeaker, k.Back)
}

// toggle ticks the option under the cursor, or unticks it; on the first
// option, which clears the facet, it unticks them all.
func (p *picker) toggle() {
	if p.cursor >= len(p.shown) {
		return
	}
	p.toggled = true
	v := p.options[p.shown[p.cursor]].value
	switch {
	case v == "":
		clear(p.ticked)
	case p.ticked[v]:
		delete(p.ticked, v)
	default:
		p.ticked[v] = true
	}
}

// choice is the option under the cursor, as the facet's new values.
func (p *picker) choice() picked {
	var values []string
	if v := p.options[p.shown[p.cursor]].value; v != "" {
		values = []string{v}
	}
	return picked{facet: p.facet, values: values}
}

// tickedChoice is the ticked options, in the options' order.
func (p *picker) tickedChoice() picked {
	var values []string
	for _, o := range p.options[1:] {
		if p.ticked[o.value] {
			values = append(values, o.value)
		}
	}
	return picked{facet: p.facet, values: values}
}

func (p *picker) move(d int) {
	if len(p.shown) == 0 {
		return
	}
	p.cursor = max(0, min(len(p.shown)-1, p.cursor+d))
	p.offset = clampScroll(p.offset, p.cursor, p.rows(), len(p.shown))
}

// SetSize gives the picker the area it may cover; its box is at most w x h.
func (p *picker) SetSize(w, h int) {
	p.frame.SetSize(min(w, 64), h)
	p.input.SetWidth(max(p.w-6, 4))
}

// boxH is the picker's height: its options plus four lines of chrome.
func (p *picker) boxH() int { return min(p.h, max(len(p.shown)+4, 8)) }

// View draws the picker box.
func (p *picker) View() string {
	st := &p.env.styles
	bw, bh := p.w, p.boxH()
	inner := bw - 2
	lines := []string{fit(p.input.View(), inner), st.Muted.Render(fit("↑/↓ move · space tick · enter choose · esc cancel", inner))}
	if len(p.shown) == 0 {
		lines = append(lines, st.Muted.Render("no match"))
	}
	end := min(p.offset+p.rows(), len(p.shown))
	for i := p.offset; i < end; i++ {
		o := p.options[p.shown[i]]
		count := "…" // still being counted: no number rather than a wrong one
		if p.counted {
			count = strconv.Itoa(o.count)
		}
		tick := "    "
		switch {
		case o.value == "":
		case p.ticked[o.value]:
			tick = "[x] "
		default:
			tick = "[ ] "
		}
		label := fit(tick+o.label, max(inner-3-ansi.StringWidth(count)-1, 1))
		line := "  " + label + " " + st.Muted.Render(count)
		if i == p.cursor {
			line = st.Selected.Render(fit("▶ "+label+" "+count, inner))
		}
		lines = append(lines, fit(line, inner))
	}
	title := "Filter by " + p.facet.String()
	if len(p.ticked) > 0 {
		title += " · " + strconv.Itoa(len(p.ticked)) + " ticked"
	}
	if !p.counted {
		title += " · counting…"
	}
	return box(st, title, scrollInfo(p.cursor, len(p.shown)), lines, bw, bh, p.focused)
}
