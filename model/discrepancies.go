package model

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// discrepancyList lists every point where the outlets' accounts differ,
// curated facts first, then the wording of quotations.
type discrepancyList struct {
	env  *env
	keys *KeyMap
	w, h int

	order  []int // dataset discrepancy indexes in display order
	cursor int
	offset int
}

func newDiscrepancyList(e *env, k *KeyMap) *discrepancyList {
	l := &discrepancyList{env: e, keys: k}
	for _, kind := range timeline.DiscrepancyKinds() {
		for i, d := range e.ds.Discrepancies() {
			if d.Kind == kind {
				l.order = append(l.order, i)
			}
		}
	}
	return l
}

func (l *discrepancyList) SetSize(w, h int) { l.w, l.h = w, h; l.scroll() }

// perEntry is the lines each entry takes: the description on up to two
// lines, the sides, and a blank line.
const perEntry = 4

func (l *discrepancyList) visible() int { return max((l.h-2)/perEntry, 1) }

func (l *discrepancyList) scroll() {
	l.offset = clampScroll(l.offset, l.cursor, l.visible(), len(l.order))
}

// Update moves the cursor; it returns the discrepancy to open on enter.
func (l *discrepancyList) Update(msg tea.KeyPressMsg) (int, bool) {
	if d, ok := l.keys.moveDelta(msg, l.visible()-1); ok {
		l.cursor = max(0, min(l.cursor+clampDelta(d), len(l.order)-1))
		l.scroll()
		return 0, false
	}
	if key.Matches(msg, l.keys.Open) && l.cursor < len(l.order) {
		return l.order[l.cursor], true
	}
	return 0, false
}

func (l *discrepancyList) View() string {
	st := &l.env.styles
	inner := max(l.w-2, 1)
	var lines []string
	if len(l.order) == 0 {
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
	title := "Discrepancies · " + strconv.Itoa(len(l.order))
	return box(st, title, scrollInfo(l.cursor, len(l.order))+" · enter: sides · esc: back", lines, l.w, l.h, true)
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

// discrepancyView shows one discrepancy's sides side by side, each with its
// outlet, date, reading and the cited words; enter reads the chosen side's
// article there. A wording discrepancy shows the statement's renderings
// with their differences marked, and the aligned differences listed.
type discrepancyView struct {
	env  *env
	keys *KeyMap
	w, h int

	index  int // dataset discrepancy index
	side   int // the chosen side
	offset int
	lines  []string
	dirty  bool
}

func (v *discrepancyView) Open(i int) { v.index, v.side, v.offset, v.dirty = i, 0, 0, true }

func (v *discrepancyView) SetSize(w, h int) {
	if w != v.w {
		v.dirty = true
	}
	v.w, v.h = w, h
}

func (v *discrepancyView) innerH() int { return max(v.h-2, 0) }

func (v *discrepancyView) disc() *timeline.Discrepancy { return &v.env.ds.Discrepancies()[v.index] }

// Update chooses a side and scrolls; it returns the span to read on enter.
func (v *discrepancyView) Update(msg tea.KeyPressMsg) (timeline.Span, bool) {
	d := v.disc()
	switch {
	case key.Matches(msg, v.keys.Left):
		v.side = max(v.side-1, 0)
		v.dirty = true
	case key.Matches(msg, v.keys.Right, v.keys.NextPane):
		v.side = min(v.side+1, len(d.Sides)-1)
		v.dirty = true
	case key.Matches(msg, v.keys.Open):
		if v.side < len(d.Sides) {
			return d.Sides[v.side].Span, true
		}
	default:
		if delta, ok := v.keys.moveDelta(msg, v.innerH()-1); ok {
			v.Scroll(delta)
		}
	}
	return timeline.Span{}, false
}

func (v *discrepancyView) Scroll(delta int) {
	v.render()
	v.offset = clampScroll(v.offset+clampDelta(delta), -1, v.innerH(), len(v.lines))
}

func (v *discrepancyView) render() {
	if !v.dirty {
		return
	}
	v.dirty = false
	st := &v.env.styles
	ds := v.env.ds
	d := v.disc()
	w := max(v.w-4, 10)
	var out []string
	out = append(out, st.Tag.Render(string(d.Kind))+st.Muted.Render(" · "+kindNote(d)))
	for _, l := range wrap(oneLine(d.Description), w) {
		out = append(out, st.PaneTitle.Render(l))
	}
	out = append(out, "")
	if d.Kind == timeline.DiscrepancyWording {
		if si, ok := ds.StatementIndex(d.Statement); ok {
			out = append(out, renderStatement(v.env, si, w, nil, true)...)
			out = append(out, "", st.PaneTitle.Render("Aligned differences"))
			for _, r := range ds.Renderings(si) {
				if r.Against == "" {
					continue
				}
				out = append(out, st.Outlet.Render(v.env.outletName(r.Outlet))+st.Muted.Render(" against "+v.env.outletName(r.Against)+": "+r.Class.String()))
				for _, diff := range r.Differences {
					for _, l := range wrap(clean(diff.String()), w-4) {
						out = append(out, "    "+l)
					}
				}
			}
			out = append(out, "")
			for _, l := range wrap(legend, w) {
				out = append(out, st.Muted.Render(l))
			}
			out = append(out, "", st.PaneTitle.Render("Sides"))
			for i, side := range d.Sides {
				a, _ := ds.Article(side.Article)
				marker, style := "  ", st.Outlet
				if i == v.side {
					marker, style = "▶ ", st.Selected
				}
				out = append(out, style.Render(fit(marker+v.env.outletName(a.Outlet)+" · "+a.Published.String()+
					" · bytes "+strconv.Itoa(side.Start)+"–"+strconv.Itoa(side.End)+" · “"+oneLine(side.Text)+"”", w)))
			}
		}
	} else {
		out = append(out, v.sides(w)...)
	}
	out = append(out, "", st.Muted.Render("←/→ choose a side · enter reads its article there · esc: back"))
	v.lines = out
}

// sides lays the claims side by side, or stacked when narrow.
func (v *discrepancyView) sides(w int) []string {
	st := &v.env.styles
	ds := v.env.ds
	d := v.disc()
	gap := 2
	colW := (w - gap*(len(d.Sides)-1)) / max(len(d.Sides), 1)
	stacked := colW < minColumn
	if stacked {
		colW = w
	}
	cols := make([][]string, len(d.Sides))
	for i, s := range d.Sides {
		a, _ := ds.Article(s.Article)
		marker := "▌"
		head := st.Outlet
		if i == v.side {
			marker, head = "▶", st.Selected
		}
		col := []string{head.Render(fit(marker+v.env.outletName(a.Outlet), colW))}
		col = append(col, st.Muted.Render(fit("▌"+a.Published.String()+" · bytes "+strconv.Itoa(s.Start)+"–"+strconv.Itoa(s.End), colW)))
		col = append(col, st.Class.Render(fit("▌reads: "+oneLine(s.Reading), colW)))
		for _, l := range wrap("“"+oneLine(s.Text)+"”", colW) {
			col = append(col, st.Quote.Render(l))
		}
		cols[i] = col
	}
	if stacked {
		var out []string
		for _, c := range cols {
			out = append(out, c...)
			out = append(out, "")
		}
		return out
	}
	return sideBySide(cols, colW, gap)
}

func kindNote(d *timeline.Discrepancy) string {
	if d.Derived {
		return "found by comparing the outlets' quotations"
	}
	return "curated, each side citing its outlet's words"
}

// legend explains the marks in the quotes.
const legend = "⟨words⟩ differ from the outlet compared against (vs) · ‸ it has words here · " +
	"case, quote marks, apostrophes and spacing are ignored"

func (v *discrepancyView) View() string {
	v.render()
	v.offset = clampScroll(v.offset, -1, v.innerH(), len(v.lines))
	end := min(v.offset+v.innerH(), len(v.lines))
	lines := make([]string, 0, v.innerH())
	for _, l := range v.lines[v.offset:end] {
		lines = append(lines, " "+l)
	}
	right := ""
	if len(v.lines) > v.innerH() {
		right = scrollInfo(v.offset, len(v.lines)) + " lines · "
	}
	return box(&v.env.styles, "Discrepancy · "+oneLine(v.disc().ID), right+"esc: back", lines, v.w, v.h, true)
}
