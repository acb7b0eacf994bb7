package model

import (
	"slices"
	"testing"
)

// shownLabels is the picker's options in the order it shows them.
func shownLabels(p *picker) []string {
	var out []string
	for _, oi := range p.shown {
		out = append(out, p.options[oi].label)
	}
	return out
}

// TestPickerRanksWordsBeforeScatteredLetters: typed letters that begin a
// word of a label come first, then labels holding them unbroken, and only
// then labels where fuzzy matching found them scattered, whatever the
// fuzzy score says and whatever the facet (labels of each facet's shape).
func TestPickerRanksWordsBeforeScatteredLetters(t *testing.T) {
	cases := []struct {
		name, typed string
		labels      []string
		want        []string // the first shown, in order
	}{
		{"a word's beginning beats a scattered match", "lap",
			[]string{"Placard Post — media", "Oren Lappin — Minister of Works"},
			[]string{"Oren Lappin — Minister of Works", "Placard Post — media"}},
		{"unbroken inside a word beats scattered", "ram",
			[]string{"Rita Almog — Envoy to Malta", "Ada Abramov — Mayor"},
			[]string{"Ada Abramov — Mayor", "Rita Almog — Envoy to Malta"}},
		{"a country's code and name", "ur",
			[]string{"Ukraine (UA)", "Burundi (BI)", "Uruguay (UY)"},
			[]string{"Uruguay (UY)", "Burundi (BI)", "Ukraine (UA)"}},
		{"an outlet behind its mark", "star",
			[]string{"S  Sunday Times of Arrow", "N  The Northern Star"},
			[]string{"N  The Northern Star", "S  Sunday Times of Arrow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newPicker(&env{})
			p.options = []pickOption{{label: "Any"}}
			for i, l := range c.labels {
				p.options = append(p.options, pickOption{value: string(rune('a' + i)), label: l})
			}
			p.input.SetValue(c.typed)
			p.narrow()
			if got := shownLabels(p); !slices.Equal(got, c.want) {
				t.Errorf("typing %q shows %q, want %q", c.typed, got, c.want)
			}
		})
	}
}

// TestPickerSinksOptionsThatLeaveNoEvent: once counted, the actors in no
// event of the current view go below those in some, the cursor staying
// on the option it was on; they stay reachable.
func TestPickerSinksOptionsThatLeaveNoEvent(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "#")
	typeText(m, "diplomacy")
	press(m, "enter", "a")
	if !m.picker.counted {
		t.Fatal("the actor picker's counts did not come in")
	}
	got := shownLabels(m.picker)
	var counts []int
	for _, oi := range m.picker.shown[1:] {
		counts = append(counts, m.picker.options[oi].count)
	}
	if !slices.IsSortedFunc(counts, func(a, b int) int { return min(b, 1) - min(a, 1) }) {
		t.Errorf("options that leave no event are among the others: %q, counts %v", got, counts)
	}
	if len(got) != len(m.env.ds.Actors())+1 {
		t.Errorf("the picker offers %d options, want every actor and Any: %q", len(got), got)
	}
	if m.picker.cursor != 0 {
		t.Errorf("the cursor moved to %d with no actor filter", m.picker.cursor)
	}
	typeText(m, "a")
	if first := m.picker.options[m.picker.shown[0]]; first.count == 0 {
		t.Errorf("typing puts %q, in no event here, first: %q", first.label, shownLabels(m.picker))
	}
}
