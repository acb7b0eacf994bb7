package model

import (
	"cmp"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
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
	cursor int        // index into all (an actor row, never a header)
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
	p.cursor = p.firstActor(0, 1)
	return p
}

func (p *actorsPane) SetSize(w, h int) { p.frame.SetSize(w, h); p.scroll() }

// SetEvent is the event selected in the chronology, or -1.
func (p *actorsPane) SetEvent(ei int) { p.event = ei }

// SetFilter is the actor the chronology is narrowed to, or "".
func (p *actorsPane) SetFilter(id string) { p.filter = id }

// Selected returns the dataset index of the actor under the cursor.
func (p *actorsPane) Selected() int {
	if p.cursor < 0 || p.cursor >= len(p.all) {
		return -1
	}
	return p.all[p.cursor].actor
}

// firstActor finds the nearest actor row from i in direction dir.
func (p *actorsPane) firstActor(i, dir int) int {
	for ; i >= 0 && i < len(p.all); i += dir {
		if p.all[i].header == "" {
			return i
		}
	}
	return -1
}

func (p *actorsPane) move(delta int) {
	if len(p.all) == 0 {
		return
	}
	dir := 1
	if delta < 0 {
		dir = -1
	}
	target := max(0, min(len(p.all)-1, p.cursor+clampDelta(delta)))
	if i := p.firstActor(target, dir); i >= 0 {
		p.cursor = i
	} else if i := p.firstActor(target, -dir); i >= 0 {
		p.cursor = i
	}
	p.scroll()
}

func (p *actorsPane) scroll() {
	cur := p.cursor
	if cur > 0 && p.all[cur-1].header != "" {
		cur-- // show the country header with its first actor
	}
	if cur < p.offset {
		p.offset = cur
	}
	p.offset = clampScroll(p.offset, p.cursor, p.innerH(), len(p.all))
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
	k.enableMoves(len(p.all) > 0)
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
	if r < 0 || r >= len(p.all) || p.all[r].header != "" {
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
	end := min(p.offset+p.innerH(), len(p.all))
	for i := p.offset; i < end; i++ {
		r := p.all[i]
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
	right := "enter: filter"
	return box(st, "All actors by country", right, lines, p.w, p.h, true)
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
