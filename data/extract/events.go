package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// candidate is a sentence with a date phrase and the actors it names.
type candidate struct {
	start, end int
	date       Date
	actors     []string
	caption    bool
}

// events turns a's dated sentences into sources of the events they agree
// with, or into candidate events of their own.
func (x *extractor) events(a *timeline.Article, furniture []Furniture, rep *Report) {
	for _, c := range x.candidates(a, furniture) {
		if i, ok := x.agreeing(a, c); ok {
			e := &x.parts.Events[i]
			src := timeline.Source{Span: spanOf(a, c.start, c.end), Caption: c.caption, Extracted: true}
			if timeline.RangeCovers(c.date.From, c.date.To, e.Start, e.End) {
				src.When, src.Tense = c.date.Phrase, c.date.Tense
			}
			e.Sources = append(e.Sources, src)
			rep.Sources++
			continue
		}
		x.parts.Events = append(x.parts.Events, x.newEvent(a, c))
		rep.Events++
	}
}

// candidates returns one candidate per dated sentence that names a known
// actor: the sentence's first date phrase dates it.
func (x *extractor) candidates(a *timeline.Article, furniture []Furniture) []candidate {
	r := newReader(x.lx, a.Text, furniture)
	var out []candidate
	seen := map[[2]int]bool{}
	for _, d := range FindDates(a.Text, a.Published) {
		caption := false
		lo, hi := -1, -1
		for _, p := range r.paras {
			if p.start <= d.Start && d.End <= p.end {
				lo, hi = p.start, p.end
			}
		}
		if lo < 0 {
			continue
		}
		for _, f := range furniture {
			if f.Start <= d.Start && d.End <= f.End {
				caption = f.Kind == Caption
				if !caption {
					lo = -1
				}
			}
		}
		if lo < 0 {
			continue
		}
		s, e := sentence(r.mask, lo, hi, d.Start)
		if seen[[2]int{s, e}] {
			continue
		}
		seen[[2]int{s, e}] = true
		var actors []string
		for _, m := range x.lx.find(a.Text, s, e) {
			if !slices.Contains(actors, m.id) {
				actors = append(actors, m.id)
			}
		}
		if len(actors) == 0 {
			continue
		}
		for e > s && a.Text[e-1] == ' ' {
			e--
		}
		out = append(out, candidate{start: s, end: e, date: d, actors: actors, caption: caption})
	}
	return out
}

// agreeing finds the event c reports: its dates and c's agree (one covers
// the other) and they share actors (two, or every actor of the one that
// names fewer), and a has no source of it yet. The event sharing most
// actors wins.
func (x *extractor) agreeing(a *timeline.Article, c candidate) (int, bool) {
	best, bestShared := -1, 0
	for i := range x.parts.Events {
		e := &x.parts.Events[i]
		if !timeline.RangeCovers(c.date.From, c.date.To, e.Start, e.End) && !timeline.RangeCovers(e.Start, e.End, c.date.From, c.date.To) {
			continue
		}
		shared := 0
		for _, id := range c.actors {
			if slices.Contains(e.Actors, id) {
				shared++
			}
		}
		if shared < min(2, len(c.actors), len(e.Actors)) || shared == 0 || shared <= bestShared {
			continue
		}
		if slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Article == a.ID && s.Caption == c.caption }) {
			continue
		}
		best, bestShared = i, shared
	}
	return best, best >= 0
}

func (x *extractor) newEvent(a *timeline.Article, c candidate) timeline.Event {
	var names, countries []string
	for _, id := range c.actors {
		act := x.lx.actor(id)
		names = append(names, act.Name)
		if _, ok := x.parts.Countries[act.Country]; ok && !slices.Contains(countries, act.Country) {
			countries = append(countries, act.Country)
		}
	}
	outlet := a.Outlet
	for _, o := range x.parts.Outlets {
		if o.ID == a.Outlet {
			outlet = o.Name
		}
	}
	text := a.Text[c.start:c.end]
	return timeline.Event{
		ID:    x.unique(fmt.Sprintf("%s-x-%s", c.date.From.ISO(), slug(firstWords(text, 5)))),
		Title: strings.TrimSuffix(firstWords(text, 12), "."),
		Summary: fmt.Sprintf("A sentence in %s naming %s, dated by “%s”; found automatically, not curated.",
			outlet, strings.Join(names, ", "), c.date.Phrase),
		Start:     c.date.From,
		End:       c.date.To,
		Countries: countries,
		Actors:    c.actors,
		Sources: []timeline.Source{{
			Span: spanOf(a, c.start, c.end), Caption: c.caption, When: c.date.Phrase, Tense: c.date.Tense, Extracted: true,
		}},
		Extracted: true,
	}
}
