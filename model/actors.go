package model

import (
	"cmp"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// actorsPane shows who is involved. Unfocused, it lists the selected
// event's actors; focused, every actor grouped by country with a cursor,
// and enter narrows the chronology to the chosen actor's events.
type actorsPane struct {
	frame
	env *env

	event  int    // dataset index of the selected event, or -1
	filter string // actor id the chronology is narrowed to, or ""

	all    []actorRow // every actor, grouped by country
	rows   []actorRow // those shown: all, or those whose names hold find
	find   string     // what the name find reads, or ""
	cursor int        // index into rows (an actor row, never a header)
	offset int
}

type actorRow struct {
	header string // country group header, or "" for an actor row
	actor  int    // dataset index
}

func newActorsPane(e *env) *actorsPane {
	p := &actorsPane{env: e, event: -1}
	idx := make([]int, len(e.ds.Actors()))
	for i := range idx {
		idx[i] = i
	}
	country := func(i int) string {
		if c := e.ds.Actors()[i].Country; c != "" {
			return e.ds.CountryName(c)
		}
		return "~" // no country: last
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(country(a), country(b)), cmp.Compare(e.ds.Actors()[a].Name, e.ds.Actors()[b].Name))
	})
	group := "\x00"
	for _, i := range idx {
		if g := country(i); g != group {
			group = g
			label := g
			if g == "~" {
				label = "No country"
			}
			p.all = append(p.all, actorRow{header: oneLine(label)})
		}
		p.all = append(p.all, actorRow{actor: i})
	}
	p.rows = p.all
	p.cursor = p.firstActor(0, 1)
	return p
}

// Find shows only the actors whose name or an alias holds s (case aside),
// with their country headers, the cursor on the first; "" shows all.
func (p *actorsPane) Find(s string) {
	p.find = s
	p.rows, p.offset = p.all, 0
	if s = strings.ToLower(strings.TrimSpace(s)); s != "" {
		p.rows = nil
		var header *actorRow // the country header not yet shown
		for i, r := range p.all {
			switch {
			case r.header != "":
				header = &p.all[i]
			case actorHolds(&p.env.ds.Actors()[r.actor], s):
				if header != nil {
					p.rows = append(p.rows, *header)
					header = nil
				}
				p.rows = append(p.rows, r)
			}
		}
	}
	p.cursor = max(p.firstActor(0, 1), 0)
	p.scroll()
}

// actorHolds reports whether a's name or an alias holds s, lower case.
func actorHolds(a *timeline.Actor, s string) bool {
	if strings.Contains(strings.ToLower(a.Name), s) {
		return true
	}
	for _, al := range a.Aliases {
		if strings.Contains(strings.ToLower(al), s) {
			return true
		}
	}
	return false
}

func (p *actorsPane) SetSize(w, h int) { p.frame.SetSize(w, h); p.scroll() }

// SetEvent is the event selected in the chronology, or -1.
func (p *actorsPane) SetEvent(ei int) { p.event = ei }

// SetFilter is the actor the chronology is narrowed to, or "".
func (p *actorsPane) SetFilter(id string) { p.filter = id }

// Selected returns the dataset index of the actor under the cursor.
func (p *actorsPane) Selected() int {
	if p.cursor < 0 || p.cursor >= len(p.rows) {
		return -1
	}
	return p.rows[p.cursor].actor
}

// firstActor finds the nearest actor row from i in direction dir.
func (p *actorsPane) firstActor(i, dir int) int {
	for ; i >= 0 && i < len(p.rows); i += dir {
		if p.rows[i].header == "" {
			return i
		}
	}
	return -1
}

func (p *actorsPane) move(delta int) {
	if len(p.rows) == 0 {
		return
	}
	dir := 1
	if delta < 0 {
		dir = -1
	}
	target := max(0, min(len(p.rows)-1, p.cursor+clampDelta(delta)))
	if i := p.firstActor(target, dir); i >= 0 {
		p.cursor = i
	} else if i := p.firstActor(target, -dir); i >= 0 {
		p.cursor = i
	}
	p.scroll()
}

func (p *actorsPane) scroll() {
	cur := p.cursor
	if cur > 0 && p.rows[cur-1].header != "" {
		cur-- // show the country header with its first actor
	}
	if cur < p.offset {
		p.offset = cur
	}
	p.offset = clampScroll(p.offset, p.cursor, p.innerH(), len(p.rows))
}

// Update moves the cursor; enter chooses the actor under it.
func (p *actorsPane) Update(msg tea.Msg) (outcome, tea.Cmd) {
	return moveOrOpen(msg, &p.env.keys, p.innerH()-1, p.move, func() outcome {
		if ai := p.Selected(); ai >= 0 {
			return chooseActor{ai}
		}
		return nil
	})
}

// Keys: moving, and enter on an actor, which narrows the chronology to
// it, or widens it again when it is the actor chosen.
func (p *actorsPane) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(len(p.rows) > 0)
	ai := p.Selected()
	k.Open.SetEnabled(ai >= 0)
	say(&k.Open, "filter by actor")
	if ai >= 0 && p.env.ds.Actors()[ai].ID == p.filter {
		say(&k.Open, "all actors again")
	}
	return append(short, k.Down, k.Open)
}

// Scroll is the mouse wheel: it moves the cursor, as j and k do.
func (p *actorsPane) Scroll(delta int) { p.move(delta) }

// ClickRow puts the cursor on the actor at a line of the inner area.
func (p *actorsPane) ClickRow(line int) bool {
	if !p.focused {
		return false
	}
	r := p.offset + line
	if r < 0 || r >= len(p.rows) || p.rows[r].header != "" {
		return false
	}
	p.cursor = r
	p.scroll()
	return true
}

func (p *actorsPane) View() string {
	if p.focused {
		return p.viewAll()
	}
	return p.viewEvent()
}

func (p *actorsPane) viewEvent() string {
	st := &p.env.styles
	inner := p.w - 2
	var lines []string
	title := "Actors"
	if p.event < 0 {
		lines = append(lines, st.Muted.Render("No event selected."))
	} else {
		e := &p.env.ds.Events()[p.event]
		title = "Actors of this event"
		if len(e.Actors) == 0 {
			lines = append(lines, st.Muted.Render("No named actors."))
		}
		for _, id := range e.Actors {
			if len(lines) >= p.innerH() {
				break
			}
			if a, ok := p.env.ds.Actor(id); ok {
				lines = append(lines, p.actorLine(a.ID, "• ", inner))
			}
		}
	}
	return box(st, title, "tab: all actors", lines, p.w, p.h, false)
}

func (p *actorsPane) viewAll() string {
	st := &p.env.styles
	inner := p.w - 2
	var inEvent []string
	if p.event >= 0 {
		inEvent = p.env.ds.Events()[p.event].Actors
	}
	lines := make([]string, 0, p.innerH())
	end := min(p.offset+p.innerH(), len(p.rows))
	for i := p.offset; i < end; i++ {
		r := p.rows[i]
		if r.header != "" {
			lines = append(lines, st.YearHeader.Render(rule(r.header, inner)))
			continue
		}
		a := &p.env.ds.Actors()[r.actor]
		prefix := "  "
		if slices.Contains(inEvent, a.ID) {
			prefix = " •"
		}
		if i == p.cursor {
			prefix = "▶" + prefix[1:]
		}
		line := p.actorLine(a.ID, prefix, inner)
		if i == p.cursor {
			line = st.Selected.Render(fit(ansi.Strip(line), inner))
		}
		lines = append(lines, line)
	}
	right := "enter: filter · /: find"
	title := "All actors by country"
	if p.find != "" {
		title = "Actors whose names hold “" + oneLine(p.find) + "”"
		if len(p.rows) == 0 {
			lines = append(lines, st.Muted.Render("No actor's name holds that; esc clears it."))
		}
	}
	return box(st, title, right, lines, p.w, p.h, true)
}

// actorLine is "prefix Name  role (CC)", with a ✓ when the chronology is
// narrowed to this actor.
func (p *actorsPane) actorLine(id, prefix string, w int) string {
	st := &p.env.styles
	a, _ := p.env.ds.Actor(id)
	name := oneLine(a.Name)
	if id == p.filter {
		name += " ✓"
	}
	s := prefix + " " + st.Speaker.Render(name) + "  " + st.Muted.Render(p.env.actorRole(a))
	if a.Country != "" {
		s += st.Muted.Render(" (" + a.Country + ")")
	}
	return fit(s, w)
}
