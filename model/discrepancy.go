package model

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// discrepancyView shows one discrepancy's sides side by side, each with its
// outlet, date, reading and the cited words; enter reads the chosen side's
// article there. A wording discrepancy shows the statement's renderings
// with their differences marked, and the aligned differences listed.
type discrepancyView struct {
	frame
	env *env

	index  int // dataset discrepancy index
	side   int // the chosen side
	offset int
	lines  []string
	dirty  bool
}

func newDiscrepancyView(e *env) *discrepancyView {
	return &discrepancyView{frame: frame{focused: true}, env: e}
}

// Open shows discrepancy i (a dataset index), on its first side.
func (v *discrepancyView) Open(i int) { v.index, v.side, v.offset, v.dirty = i, 0, 0, true }

func (v *discrepancyView) SetSize(w, h int) {
	if w != v.w {
		v.dirty = true
	}
	v.frame.SetSize(w, h)
}

func (v *discrepancyView) disc() *timeline.Discrepancy { return &v.env.ds.Discrepancies()[v.index] }

// Update chooses a side and scrolls; enter reads the chosen side's
// article at its passage.
func (v *discrepancyView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	d := v.disc()
	switch {
	case key.Matches(k, v.env.keys.Left):
		v.side = max(v.side-1, 0)
		v.dirty = true
	case key.Matches(k, v.env.keys.Right, v.env.keys.NextPane):
		v.side = min(v.side+1, len(d.Sides)-1)
		v.dirty = true
	case key.Matches(k, v.env.keys.Open):
		if p, ok := v.sidePassage(); ok {
			return readSpan{p}, nil
		}
	default:
		if delta, ok := v.env.keys.moveDelta(k, v.innerH()-1); ok {
			v.Scroll(delta)
		}
	}
	return nil, nil
}

// sidePassage is the chosen side's words, known by the quote or source
// that cites the same bytes where one does, else as the discrepancy's
// side ("ID#N").
func (v *discrepancyView) sidePassage() (passage, bool) {
	d := v.disc()
	if v.side >= len(d.Sides) {
		return passage{}, false
	}
	return spanPassage(v.env.ds, d.Sides[v.side].Span, d.ID+"#"+strconv.Itoa(v.side+1)), true // cyberdesk cite's id for it
}

// Copyable is the chosen side.
func (v *discrepancyView) Copyable() (copyable, bool) {
	p, ok := v.sidePassage()
	if !ok {
		return copyable{}, false
	}
	return passageCopy(v.env, p), true
}

// Keys: choosing a side (tab too), scrolling, and enter to read the side
// chosen.
func (v *discrepancyView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(true)
	enable(true, &k.Left, &k.Right, &k.NextPane)
	say(&k.Left, "prev. side")
	say(&k.Right, "next side")
	say(&k.NextPane, "next side")
	k.Open.SetEnabled(len(v.disc().Sides) > 0)
	say(&k.Open, "read")
	return append(short, group("side", k.Left, k.Right), k.Open)
}

// Scroll is the mouse wheel: it scrolls the lines.
func (v *discrepancyView) Scroll(delta int) {
	v.render()
	v.offset = clampScroll(v.offset+clampDelta(delta), -1, v.innerH(), len(v.lines))
}

// render rebuilds the lines if the discrepancy, the side chosen, the
// width or the palette changed since last time.
func (v *discrepancyView) render() {
	if !v.dirty {
		return
	}
	v.dirty = false
	st := &v.env.styles
	d := v.disc()
	w := max(v.w-4, 10)
	var out []string
	out = append(out, st.Tag.Render(string(d.Kind))+st.Muted.Render(" · "+kindNote(d)))
	for _, l := range wrap(oneLine(d.Description), w) {
		out = append(out, st.PaneTitle.Render(l))
	}
	out = append(out, "")
	if d.Kind == timeline.DiscrepancyWording {
		out = append(out, v.wording(w)...)
	} else {
		out = append(out, v.sides(w)...)
	}
	out = append(out, "", st.Muted.Render("←/→ choose a side · enter reads its article there · esc: back"))
	v.lines = out
}

// wording draws a wording discrepancy: the statement's renderings with
// their differences marked, the aligned differences listed, and the sides
// to choose from.
func (v *discrepancyView) wording(w int) []string {
	st := &v.env.styles
	ds := v.env.ds
	d := v.disc()
	si, ok := ds.StatementIndex(d.Statement)
	if !ok {
		return nil
	}
	var out []string
	lines, _ := renderStatement(v.env, si, w, nil, true, -1)
	out = append(out, lines...)
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
	return out
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

// kindNote says where discrepancy d comes from: the quotations compared,
// cyberdesk's reading of articles nobody annotated, or a curator.
func kindNote(d *timeline.Discrepancy) string {
	switch {
	case d.Derived:
		return "found by comparing the outlets' quotations"
	case d.Extracted:
		return extractedWord + " in articles nobody annotated, each side citing its outlet's words"
	}
	return "curated, each side citing its outlet's words"
}

// legend explains the marks in the quotes.
const legend = "⟨words⟩ differ from the outlet compared against (vs) · ‸ it has words here · " +
	"case, quote marks, apostrophes and spacing are ignored"

func (v *discrepancyView) View() string {
	v.render()
	v.offset = clampScroll(v.offset, -1, v.innerH(), len(v.lines))
	return backBox(&v.env.styles, "Discrepancy · "+oneLine(v.disc().ID), v.lines, v.offset, v.innerH(), v.w, v.h, v.focused)
}
