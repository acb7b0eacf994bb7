package model

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// discrepancyList lists every point where the outlets' accounts differ,
// curated facts first, then the wording of quotations.
type discrepancyList struct {
	frame
	env *env

	order    []int // dataset discrepancy indexes in display order
	filtered bool  // order holds those about the events the filters select
	cursor   int
	offset   int
}

func newDiscrepancyList(e *env) *discrepancyList {
	l := &discrepancyList{frame: frame{focused: true}, env: e}
	l.Show(nil)
	return l
}

// Show lists the discrepancies about events (sorted dataset indexes), or
// every one when events is nil, curated kinds first.
func (l *discrepancyList) Show(events []int) {
	keep := func(int) bool { return true }
	if events != nil {
		about := l.env.ds.DiscrepanciesOf(events)
		keep = func(i int) bool { _, ok := slices.BinarySearch(about, i); return ok }
	}
	l.order, l.filtered, l.cursor, l.offset = l.order[:0], events != nil, 0, 0
	for _, kind := range timeline.DiscrepancyKinds() {
		for i, d := range l.env.ds.Discrepancies() {
			if d.Kind == kind && keep(i) {
				l.order = append(l.order, i)
			}
		}
	}
}

func (l *discrepancyList) SetSize(w, h int) { l.frame.SetSize(w, h); l.scroll() }

// perEntry is the lines each entry takes: the description on up to two
// lines, the sides, and a blank line.
const perEntry = 4

func (l *discrepancyList) visible() int { return max((l.h-2)/perEntry, 1) }

func (l *discrepancyList) scroll() {
	l.offset = clampScroll(l.offset, l.cursor, l.visible(), len(l.order))
}

// Update moves the cursor; enter opens the discrepancy under it.
func (l *discrepancyList) Update(msg tea.Msg) (outcome, tea.Cmd) {
	move := func(d int) {
		l.cursor = max(0, min(l.cursor+clampDelta(d), len(l.order)-1))
		l.scroll()
	}
	return moveOrOpen(msg, &l.env.keys, l.visible()-1, move, func() outcome {
		if l.cursor < len(l.order) {
			return openDiscrepancy{l.order[l.cursor]}
		}
		return nil
	})
}

// Keys: moving and enter, while there are discrepancies.
func (l *discrepancyList) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	some := len(l.order) > 0
	k.enableMoves(some)
	k.Open.SetEnabled(some)
	say(&k.Open, "see sides")
	return append(short, k.Down, k.Open)
}

func (l *discrepancyList) View() string {
	st := &l.env.styles
	inner := max(l.w-2, 1)
	var lines []string
	if len(l.order) == 0 && l.filtered {
		lines = append(lines, " "+st.Muted.Render("No discrepancy is about the events these filters select; x clears them."))
	} else if len(l.order) == 0 {
		lines = append(lines, " "+st.Muted.Render("The outlets agree: no discrepancies in this dataset."))
	}
	end := min(l.offset+l.visible(), len(l.order))
	for i := l.offset; i < end; i++ {
		d := &l.env.ds.Discrepancies()[l.order[i]]
		marker := "  "
		if i == l.cursor {
			marker = "▶ "
		}
		indent := strings.Repeat(" ", 14)
		desc := wrap(oneLine(d.Description), max(inner-14, 8))
		if len(desc) > 2 {
			desc = []string{desc[0], desc[1] + " " + strings.Join(desc[2:], " ")} // fit cuts it with …
		}
		for j := range 2 {
			text := ""
			if j < len(desc) {
				text = desc[j]
			}
			lead := indent
			if j == 0 {
				lead = marker + fit(string(d.Kind), 12)
			}
			line := fit(lead+text, inner)
			if i == l.cursor {
				line = st.Selected.Render(line)
			} else if j == 0 {
				line = marker + st.Tag.Render(fit(string(d.Kind), 12)) + text
			}
			lines = append(lines, line)
		}
		lines = append(lines, indent+st.Muted.Render(l.sidesSummary(d)), "")
	}
	title := "Discrepancies · all " + strconv.Itoa(len(l.order))
	if l.filtered {
		title = "Discrepancies · " + strconv.Itoa(len(l.order)) + " of " + strconv.Itoa(len(l.env.ds.Discrepancies())) +
			", about the events filtered to"
	}
	return box(st, title, labels(scrollInfo(l.cursor, len(l.order)), "enter: sides", "esc: back"), lines, l.w, l.h, l.focused)
}

// sidesSummary is each outlet's reading, in brief.
func (l *discrepancyList) sidesSummary(d *timeline.Discrepancy) string {
	var parts []string
	seen := map[string]bool{}
	for _, s := range d.Sides {
		o := l.env.ds.ArticleOutlet(s.Article).ID
		if seen[o] {
			continue
		}
		seen[o] = true
		parts = append(parts, l.env.marks[o]+": "+oneLine(s.Reading))
	}
	return strings.Join(parts, " · ")
}
