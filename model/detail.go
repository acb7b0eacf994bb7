package model

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// detailView is one event in full: title, date and how it was established,
// summary, tags, countries, actors with roles, and every source passage with
// its outlet. A cursor picks the passage that enter opens in the reader.
type detailView struct {
	frame
	env   *env
	event int // dataset index

	source int // the selected source
	offset int
	lines  []string
	starts []int // first line of each source block
	dirty  bool
}

func newDetailView(e *env) *detailView {
	return &detailView{frame: frame{focused: true}, env: e}
}

// Open shows event ei, on its first source.
func (d *detailView) Open(ei int) {
	d.event, d.source, d.offset, d.dirty = ei, 0, 0, true
}

func (d *detailView) SetSize(w, h int) {
	if w != d.w {
		d.dirty = true
	}
	d.frame.SetSize(w, h)
}

// Update moves between passages and scrolls; enter reads the chosen
// passage in its article.
func (d *detailView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	d.render()
	sources := d.env.ds.Events()[d.event].Sources
	n := len(sources)
	switch {
	case key.Matches(k, d.env.keys.Up):
		d.source = max(d.source-1, 0)
	case key.Matches(k, d.env.keys.Down):
		d.source = min(d.source+1, n-1)
	case key.Matches(k, d.env.keys.Top):
		d.source, d.offset = 0, 0
		return nil, nil
	case key.Matches(k, d.env.keys.Bottom):
		d.source = n - 1
	case key.Matches(k, d.env.keys.PageDown):
		d.offset = clampScroll(d.offset+d.innerH()-1, -1, d.innerH(), len(d.lines))
		return nil, nil
	case key.Matches(k, d.env.keys.PageUp):
		d.offset = clampScroll(d.offset-d.innerH()+1, -1, d.innerH(), len(d.lines))
		return nil, nil
	case key.Matches(k, d.env.keys.Open):
		return readSpan{sources[d.source].Span}, nil
	}
	d.dirty = true
	d.render()
	d.offset = clampScroll(d.offset, d.starts[d.source], d.innerH(), len(d.lines))
	return nil, nil
}

// Keys: choosing a source and scrolling; enter reads the source chosen.
func (d *detailView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(true)
	k.Open.SetEnabled(len(d.env.ds.Events()[d.event].Sources) > 0)
	say(&k.Open, "read article")
	return append(short, group("source", k.Up, k.Down), k.Open)
}

// Scroll is the mouse wheel: it scrolls the lines.
func (d *detailView) Scroll(delta int) {
	d.render()
	d.offset = clampScroll(d.offset+delta, -1, d.innerH(), len(d.lines))
}

// render rebuilds the lines if the event, the source chosen, the width
// or the palette changed since last time.
func (d *detailView) render() {
	if !d.dirty {
		return
	}
	d.dirty = false
	w := max(d.w-4, 10)
	d.lines = d.renderSources(d.renderFacts(w), w)
}

// renderFacts draws the event's title, its dating, tags and countries,
// its summary and its actors, w cells wide.
func (d *detailView) renderFacts(w int) []string {
	st := &d.env.styles
	ds := d.env.ds
	e := &ds.Events()[d.event]
	var out []string
	para := func(s string, indent string) {
		for _, l := range wrap(oneLine(s), w-len(indent)) {
			out = append(out, indent+l)
		}
	}
	field := func(name, value string) {
		lines := wrap(oneLine(value), max(w-12, 8))
		for i, l := range lines {
			label := strings.Repeat(" ", 12)
			if i == 0 {
				label = st.Muted.Render(fit(name, 12))
			}
			out = append(out, label+l)
		}
	}
	out = append(out, st.PaneTitle.Render(eventTitle(e)), "")
	prec := e.Start.Precision.String() + " precision"
	if e.Start.Approx {
		prec += ", approximate"
	}
	field("When", timeline.FormatRange(e.Start, e.End)+"  ("+prec+")")
	if e.DateNote != "" {
		field("Dated by", e.DateNote)
	}
	if e.Extracted {
		field("Curated", extractedGlyph+" no: "+extractedWord+" from one dated sentence; the title is its opening words")
	}
	field("Tags", strings.Join(e.Tags, ", "))
	var countries []string
	for _, c := range ds.EventCountries(d.event) {
		countries = append(countries, ds.CountryName(c)+" ("+c+")")
	}
	field("Countries", strings.Join(countries, ", "))
	out = append(out, "")
	para(e.Summary, "")
	out = append(out, "", st.PaneTitle.Render("Actors"))
	for _, id := range e.Actors {
		if a, ok := ds.Actor(id); ok {
			out = append(out, fit("  • "+st.Speaker.Render(oneLine(a.Name))+"  "+st.Muted.Render(d.env.actorRole(a)), w))
		}
	}
	return out
}

// renderSources appends the event's sources to out, each a head naming
// its outlet and date and the cited passage, the chosen one marked, and
// notes where each starts.
func (d *detailView) renderSources(out []string, w int) []string {
	st := &d.env.styles
	ds := d.env.ds
	e := &ds.Events()[d.event]
	out = append(out, "", st.PaneTitle.Render("Sources")+st.Muted.Render("  (↑/↓ choose, enter reads the article there)"))
	d.starts = d.starts[:0]
	for i, s := range e.Sources {
		d.starts = append(d.starts, len(out))
		a, _ := ds.Article(s.Article)
		marker := "  "
		if i == d.source {
			marker = "▶ "
		}
		head := marker + d.env.outletName(a.Outlet) + " · " + a.Published.String()
		if s.Caption {
			head += " · photo caption"
		}
		if s.When != "" {
			head += " · dated by “" + oneLine(s.When) + "”"
		}
		if s.Extracted {
			head += " · " + extractedGlyph + " " + extractedWord
		}
		if i == d.source {
			out = append(out, st.Selected.Render(fit(head, w)))
		} else {
			out = append(out, st.Outlet.Render(fit(head, w)))
		}
		for _, l := range wrap(oneLine(s.Text), w-4) {
			out = append(out, "  │ "+l)
		}
	}
	return out
}

func (d *detailView) View() string {
	d.render()
	e := &d.env.ds.Events()[d.event]
	end := min(d.offset+d.innerH(), len(d.lines))
	lines := make([]string, 0, d.innerH())
	for _, l := range d.lines[d.offset:end] {
		lines = append(lines, " "+l)
	}
	return box(&d.env.styles, "Event · "+oneLine(e.ID), "esc: back", lines, d.w, d.h, d.focused)
}
