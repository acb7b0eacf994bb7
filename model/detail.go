package model

import (
	"cmp"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// detailView is one event in full: title, date and how it was established,
// summary, tags, countries, actors with roles, every source passage with
// its outlet, and the event's quotes by outlet. A cursor picks the passage
// (a source or a quote) that enter opens in the reader and y copies.
type detailView struct {
	frame
	env   *env
	event int // dataset index

	items  []passage // the sources, then the quotes
	words  []string  // the search's, marked in the passages
	source int       // the selected item
	offset int
	lines  []string
	starts []int // first line of each item's block
	dirty  bool
}

func newDetailView(e *env) *detailView {
	return &detailView{frame: frame{focused: true}, env: e}
}

// Open shows event ei, on its first source.
func (d *detailView) Open(ei int) {
	d.event, d.source, d.offset, d.dirty = ei, 0, 0, true
	ds := d.env.ds
	d.items = d.items[:0]
	for si := range ds.Events()[ei].Sources {
		d.items = append(d.items, sourcePassage(ds, ei, si))
	}
	for _, si := range ds.EventStatements(ei) {
		for _, r := range ds.Renderings(si) {
			for _, qi := range r.Quotes {
				d.items = append(d.items, quotePassage(ds, qi))
			}
		}
	}
}

// SetSize gives the view its box. The passage chosen, if it was on
// screen, stays on screen: the lines wrap anew and their count changes.
func (d *detailView) SetSize(w, h int) {
	shown := d.chosenShown()
	if w != d.w {
		d.dirty = true
	}
	d.frame.SetSize(w, h)
	if shown {
		d.render()
		d.offset = clampScroll(d.offset, d.starts[d.source], d.innerH(), len(d.lines))
	}
}

// chosenShown says whether the chosen passage's head is in the window.
func (d *detailView) chosenShown() bool {
	if d.dirty || d.source >= len(d.starts) {
		return false
	}
	at := d.starts[d.source]
	return at >= d.offset && at < d.offset+d.innerH()
}

// Update moves between passages and scrolls; enter reads the chosen
// passage in its article.
func (d *detailView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	d.render()
	n := len(d.items)
	if n == 0 {
		return nil, nil
	}
	switch {
	case key.Matches(k, d.env.keys.Up):
		d.source = max(d.source-1, 0)
	case key.Matches(k, d.env.keys.Down):
		d.source = min(d.source+1, n-1)
	case key.Matches(k, d.env.keys.Top):
		d.source, d.offset, d.dirty = 0, 0, true
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
		if d.source < n {
			return readSpan{d.items[d.source]}, nil
		}
		return nil, nil
	}
	d.source = max(d.source, 0)
	d.dirty = true
	d.render()
	d.offset = clampScroll(d.offset, d.starts[d.source], d.innerH(), len(d.lines))
	return nil, nil
}

// Keys: choosing a source and scrolling; enter reads the source chosen.
// The footer names the page keys while the event is longer than the box.
func (d *detailView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(true)
	k.Open.SetEnabled(len(d.items) > 0)
	say(&k.Open, "read article")
	say(&k.Up, "prev. passage")
	say(&k.Down, "next passage")
	short = append(short, group("passage", k.Up, k.Down), k.Open)
	if d.render(); len(d.lines) > d.innerH() {
		short = append(short, group("scroll", k.PageUp, k.PageDown))
	}
	return short
}

// Copyable is the passage chosen.
func (d *detailView) Copyable() (copyable, bool) {
	if d.source < len(d.items) {
		return passageCopy(d.env, d.items[d.source]), true
	}
	return copyable{}, false
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
	d.starts = d.starts[:0]
	d.lines = d.renderQuotes(d.renderSources(d.renderFacts(w), w), w)
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
	for _, l := range wrap(oneLine(eventTitle(e)), w) { // a long title wraps, never cut
		out = append(out, st.PaneTitle.Render(l))
	}
	out = append(out, "")
	prec := e.Start.Precision.String() + " precision"
	if e.Start.Approx {
		prec += ", approximate"
	}
	field("When", timeline.FormatRange(e.Start, e.End)+"  ("+prec+")")
	if e.DateNote != "" {
		field("Date note", d.env.namedArticles(e.DateNote))
	}
	if e.Extracted {
		field("Curated", extractedGlyph+" no: "+extractedWord+" in articles nobody annotated; cyberdesk made the title from its sources")
	}
	outlets, articles := ds.Support(d.event)
	field("Reported", strconv.Itoa(outlets)+plural(outlets, " outlet")+", "+strconv.Itoa(articles)+plural(articles, " article")+
		" · score "+scoreText(ds.Score(d.event)))
	field("Scope", d.scopeText())
	field("Tags", cmp.Or(strings.Join(e.Tags, ", "), "none"))
	var countries []string
	for _, c := range ds.EventCountries(d.event) {
		countries = append(countries, ds.CountryName(c)+" ("+c+")")
	}
	field("Countries", cmp.Or(strings.Join(countries, ", "), "none"))
	out = append(out, "")
	para(e.Summary, "")
	out = append(out, "", st.PaneTitle.Render("Actors"))
	for _, id := range e.Actors {
		if a, ok := ds.Actor(id); ok {
			for i, l := range wrap(oneLine(a.Name)+"  "+oneLine(d.env.actorRole(a)), w-4) { // the name bold, the role muted
				lead := "    "
				if i == 0 {
					lead = "  • "
				}
				out = append(out, lead+speakerRole(st, l, oneLine(a.Name)))
			}
		}
	}
	return out
}

// speakerRole draws a line of an actor's wrapped name and role: the name
// as a speaker, the rest muted.
func speakerRole(st *Styles, line, name string) string {
	n := 0
	switch {
	case strings.HasPrefix(line, name):
		n = len(name)
	case strings.HasPrefix(name, line): // a name longer than the line
		n = len(line)
	}
	rest := strings.TrimLeft(line[n:], " ")
	return st.Speaker.Render(line[:n]) + line[n:len(line)-len(rest)] + st.Muted.Render(rest)
}

// scopeText says whether the event is the story or background, and
// against which period.
func (d *detailView) scopeText() string {
	ds := d.env.ds
	from, to := ds.Period()
	if from.IsZero() {
		return "story (the articles carry no dates)"
	}
	period := from.Format("2006-01-02") + " to " + to.Format("2006-01-02")
	if ds.Scope(d.event) == timeline.ScopeBackground {
		return backgroundMark + " background: outside the story's period, " + period + " (the articles' dates, three months before and a year after), or dated only to a decade"
	}
	return "story: inside its period, " + period + " (the articles' dates, three months before and a year after)"
}

// renderSources appends the event's sources to out, each a head naming
// its outlet and date and the cited passage, the chosen one marked, and
// notes where each starts.
func (d *detailView) renderSources(out []string, w int) []string {
	st := &d.env.styles
	ds := d.env.ds
	e := &ds.Events()[d.event]
	out = append(out, "")
	out = heading(out, st, "Sources", "(↑/↓ choose, enter reads the article there, y copies with citation)", w)
	for i, s := range e.Sources {
		a, _ := ds.Article(s.Article)
		head := d.env.outletName(a.Outlet) + " · " + a.Published.String()
		if s.Caption {
			head += " · photo caption"
		}
		if s.When != "" {
			head += " · dated by “" + oneLine(s.When) + "”"
		}
		if s.Extracted {
			head += " · " + extractedGlyph + " " + extractedWord
		}
		out = d.item(out, i, head, s.Text.String(), w)
	}
	return out
}

// renderQuotes appends the event's statements, each with its outlets'
// quotes, every quote an item to choose.
func (d *detailView) renderQuotes(out []string, w int) []string {
	st := &d.env.styles
	ds := d.env.ds
	stmts := ds.EventStatements(d.event)
	if len(stmts) == 0 {
		return out
	}
	out = append(out, "")
	out = heading(out, st, "Quotes", "(by outlet; enter reads the quote in its article)", w)
	i := len(ds.Events()[d.event].Sources)
	for _, si := range stmts {
		s := &ds.Statements()[si]
		name := oneLine(d.env.actorName(s.Speaker))
		for _, l := range wrap(name+" — "+oneLine(s.Label), w-2) {
			out = append(out, "  "+speakerRole(st, l, name))
		}
		for _, r := range ds.Renderings(si) {
			for _, qi := range r.Quotes {
				q := &ds.Quotes()[qi]
				head := d.env.outletName(r.Outlet)
				if a, ok := ds.Article(q.Span.Article); ok {
					head += " · " + a.Published.String()
				}
				if r.Against != "" {
					head += " · " + r.Class.String() + " vs " + d.env.outletName(r.Against)
				}
				out = d.item(out, i, head, "“"+q.Span.Text.String()+"”", w)
				i++
			}
		}
	}
	return out
}

// heading appends a section's title and, muted, its hint, wrapped to w
// cells where they are longer.
func heading(out []string, st *Styles, title, hint string, w int) []string {
	for i, l := range wrap(title+"  "+hint, w) {
		if rest, ok := strings.CutPrefix(l, title); ok && i == 0 {
			spaces := rest[:len(rest)-len(strings.TrimLeft(rest, " "))]
			out = append(out, st.PaneTitle.Render(title)+spaces+st.Muted.Render(rest[len(spaces):]))
			continue
		}
		out = append(out, st.Muted.Render(l))
	}
	return out
}

// item appends item i: its head, the chosen one marked, wrapped where
// it is longer than the line, and its words.
func (d *detailView) item(out []string, i int, head, words string, w int) []string {
	st := &d.env.styles
	d.starts = append(d.starts, len(out))
	for n, l := range wrap(oneLine(head), w-2) {
		switch {
		case i == d.source && n == 0:
			out = append(out, st.Selected.Render(fit("▶ "+l, w)))
		case i == d.source:
			out = append(out, st.Selected.Render(fit("  "+l, w)))
		default:
			out = append(out, st.Outlet.Render(fit("  "+l, w)))
		}
	}
	for _, l := range wrap(oneLine(words), w-4) {
		out = append(out, "  │ "+highlight(l, d.words, st.Quote, st.Match))
	}
	return out
}

func (d *detailView) View() string {
	d.render()
	d.offset = clampScroll(d.offset, -1, d.innerH(), len(d.lines)) // a narrower box wraps to fewer lines
	e := &d.env.ds.Events()[d.event]
	return backBox(&d.env.styles, "Event · "+oneLine(e.ID), d.lines, d.offset, d.innerH(), d.w, d.h, d.focused)
}
