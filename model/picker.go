package model

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// picker chooses one value for a filter facet. Typing narrows the options
// by fuzzy match; each option shows how many events it would leave, given
// the other active filters.
type picker struct {
	env   *env
	keys  *KeyMap
	facet facet
	input textinput.Model

	options []pickOption // all options; the first clears the facet
	shown   []int        // indexes into options that match the input
	cursor  int          // index into shown
	offset  int
	w, maxH int // the box's width and the most height it may take
}

// rows is how many options fit on screen at once.
func (p *picker) rows() int { return max(p.boxH()-4, 1) }

type pickOption struct {
	value string // "" clears the facet
	label string
	count int
}

func newPicker(e *env, keys *KeyMap) *picker {
	ti := textinput.New()
	ti.Prompt = "› "
	ti.Placeholder = "type to narrow"
	ti.CharLimit = 64
	return &picker{env: e, keys: keys, input: ti}
}

// Open fills the picker for a facet, counting what each option would leave
// under filter f, and puts the cursor on the current value.
func (p *picker) Open(fc facet, f timeline.Filter) tea.Cmd {
	p.facet = fc
	p.input.SetValue("")
	ds := p.env.ds
	current := ""
	base := f
	switch fc {
	case facetCountry:
		current, base.Countries = first(f.Countries), nil
	case facetOutlet:
		current, base.Outlets = first(f.Outlets), nil
	case facetActor:
		current, base.Actors = first(f.Actors), nil
	}
	matched := ds.Apply(base)
	p.options = []pickOption{{value: "", label: "Any " + fc.String() + " (clear this filter)", count: len(matched)}}
	counts := map[string]int{}
	for _, ei := range matched {
		var vals []string
		switch fc {
		case facetCountry:
			vals = ds.EventCountries(ei)
		case facetOutlet:
			vals = ds.EventOutlets(ei)
		case facetActor:
			vals = ds.Events[ei].Actors
		}
		for _, v := range vals {
			counts[v]++
		}
	}
	switch fc {
	case facetCountry:
		codes := make([]string, 0, len(ds.Countries))
		for code := range ds.Countries {
			codes = append(codes, code)
		}
		slices.SortFunc(codes, func(a, b string) int { return compareFold(ds.CountryName(a), ds.CountryName(b)) })
		for _, c := range codes {
			p.options = append(p.options, pickOption{c, oneLine(ds.CountryName(c)) + " (" + c + ")", counts[c]})
		}
	case facetOutlet:
		for _, o := range ds.Outlets {
			p.options = append(p.options, pickOption{o.ID, p.env.marks[o.ID] + "  " + oneLine(o.Name), counts[o.ID]})
		}
	case facetActor:
		for _, a := range ds.Actors {
			p.options = append(p.options, pickOption{a.ID, oneLine(a.Name) + " — " + p.env.actorRole(&a), counts[a.ID]})
		}
		slices.SortStableFunc(p.options[1:], func(a, b pickOption) int { return compareFold(a.label, b.label) })
	}
	p.narrow()
	for i, oi := range p.shown {
		if p.options[oi].value == current {
			p.move(i)
		}
	}
	return p.input.Focus()
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// compareFold orders labels case-insensitively.
func compareFold(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }

// narrow recomputes the shown options from the input, best match first.
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
	}
	p.cursor, p.offset = 0, 0
}

// Update handles a key. done reports a choice (value) or a cancel.
func (p *picker) Update(msg tea.Msg) (cmd tea.Cmd, done, cancelled bool, value string) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case k.String() == "esc":
			return nil, true, true, ""
		case k.String() == "enter":
			if p.cursor < len(p.shown) {
				return nil, true, false, p.options[p.shown[p.cursor]].value
			}
			return nil, false, false, ""
		case k.String() == "up" || k.String() == "ctrl+p" || k.String() == "shift+tab":
			p.move(-1)
			return nil, false, false, ""
		case k.String() == "down" || k.String() == "ctrl+n" || k.String() == "tab":
			p.move(1)
			return nil, false, false, ""
		case key.Matches(k, p.keys.PageUp):
			p.move(-p.rows())
			return nil, false, false, ""
		case key.Matches(k, p.keys.PageDown):
			p.move(p.rows())
			return nil, false, false, ""
		}
	}
	before := p.input.Value()
	p.input, cmd = p.input.Update(msg)
	if p.input.Value() != before {
		p.narrow()
	}
	return cmd, false, false, ""
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
	p.w, p.maxH = min(w, 64), h
	p.input.SetWidth(max(p.w-6, 4))
}

// boxH is the picker's height: its options plus four lines of chrome.
func (p *picker) boxH() int { return min(p.maxH, max(len(p.options)+4, 8)) }

// View draws the picker box.
func (p *picker) View() string {
	st := &p.env.styles
	bw, bh := p.w, p.boxH()
	inner := bw - 2
	lines := []string{fit(p.input.View(), inner), st.Muted.Render(fit("↑/↓ move · enter choose · esc cancel", inner))}
	if len(p.shown) == 0 {
		lines = append(lines, st.Muted.Render("no match"))
	}
	end := min(p.offset+p.rows(), len(p.shown))
	for i := p.offset; i < end; i++ {
		o := p.options[p.shown[i]]
		count := strconv.Itoa(o.count)
		label := fit(o.label, max(inner-3-len(count)-1, 1))
		line := "  " + label + " " + st.Muted.Render(count)
		if i == p.cursor {
			line = st.Selected.Render(fit("▶ "+label+" "+count, inner))
		}
		lines = append(lines, fit(line, inner))
	}
	title := "Filter by " + p.facet.String()
	return box(st, title, scrollInfo(p.cursor, len(p.shown)), lines, bw, bh, true)
}
