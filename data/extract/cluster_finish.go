package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// finishEvents gives every extracted event, once every article is read,
// what only the whole cluster can say: a title from its most central
// mention, a summary counting its outlets and articles, a date note
// naming the source that dates it, an id from its date and title, and a
// date discrepancy where its sources cannot all be right.
func (x *extractor) finishEvents() {
	renamed := map[string]string{}
	titles := clusterTitles(x.clusters)
	for i, cl := range x.clusters {
		e := &x.parts.Events[i]
		if !cl.curated {
			x.describeEvent(e, cl, titles[i])
			id := x.unique(fmt.Sprintf("%s-x-%s", e.Start.ISO(), slug(firstWords(e.Title, 6))))
			delete(x.ids, e.ID)
			renamed[e.ID], e.ID = id, id
		}
		x.dateDiscrepancy(e, cl)
	}
	x.uniqueTitles()
	for k := range x.parts.Statements {
		s := &x.parts.Statements[k]
		for j, id := range s.Events {
			if n, ok := renamed[id]; ok {
				s.Events[j] = n
			}
		}
	}
}

// describeEvent writes e's title (see clusterTitles), summary,
// countries and date note.
func (x *extractor) describeEvent(e *timeline.Event, cl *cluster, title string) {
	e.Title = title
	e.Countries = e.Countries[:0]
	for _, id := range e.Actors {
		act := x.lx.actor(id)
		if _, ok := x.parts.Countries[act.Country]; ok && !slices.Contains(e.Countries, act.Country) {
			e.Countries = append(e.Countries, act.Country)
		}
	}
	var outlets, articles []string
	for _, s := range e.Sources {
		if o := x.outletName(x.outletOf(s.Article)); !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
		if !slices.Contains(articles, s.Article) {
			articles = append(articles, s.Article)
		}
	}
	e.Summary = fmt.Sprintf("Reported by %s in %s (%s); found automatically, not curated.",
		count(len(outlets), "outlet"), count(len(articles), "article"), strings.Join(outlets, ", "))
	if strings.HasPrefix(title, expectedMark) {
		// every report tells of it as still to come
		e.Summary += " Every report tells of it as still to come: a plan or a forecast, not a happening."
	}
	if cl.basis >= 0 && cl.basis < len(e.Sources) {
		e.Sources[cl.basis].Basis = e.Sources[cl.basis].When != "" // the export and the explorer say which source dates it
		b := e.Sources[cl.basis]
		e.DateNote = fmt.Sprintf("Dated by %s (%s): “%s”.", x.outletName(x.outletOf(b.Article)), b.Article, cl.basisDate.Phrase)
		if cl.refined != "" {
			e.DateNote += " It refines " + cl.refined + ", the date the event's first source gives."
		}
	}
	for _, k := range cl.conflicts {
		s := e.Sources[k.source]
		e.DateNote += fmt.Sprintf(" %s (%s) dates it %s (“%s”): see the date discrepancy.",
			x.outletName(x.outletOf(s.Article)), s.Article, timeline.FormatRange(k.date.From, k.date.To), k.date.Phrase)
	}
}

func count(n int, what string) string {
	if n == 1 {
		return "one " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// dateDiscrepancy adds a date discrepancy for an event whose sources
// date it in ways that cannot both be right: the source that dates it
// against each one that clashes.
func (x *extractor) dateDiscrepancy(e *timeline.Event, cl *cluster) {
	if len(cl.conflicts) == 0 || cl.basis < 0 || cl.basis >= len(e.Sources) {
		return
	}
	reading := func(d Date) string {
		return timeline.FormatRange(d.From, d.To) + ": “" + d.Phrase + "”"
	}
	b := e.Sources[cl.basis]
	outlet := x.outletOf(b.Article)
	d := timeline.Discrepancy{
		Kind:      timeline.DiscrepancyDate,
		Sides:     []timeline.Claim{{Span: b.Span, Reading: reading(cl.basisDate)}},
		Extracted: true,
	}
	parts := []string{x.outletName(outlet) + " says " + timeline.FormatRange(cl.basisDate.From, cl.basisDate.To)}
	for _, k := range cl.conflicts {
		s := e.Sources[k.source]
		if x.outletOf(s.Article) == outlet {
			continue // a refinement made the basis this outlet's too
		}
		d.Sides = append(d.Sides, timeline.Claim{Span: s.Span, Reading: reading(k.date)})
		parts = append(parts, x.outletName(x.outletOf(s.Article))+" says "+timeline.FormatRange(k.date.From, k.date.To))
	}
	if len(d.Sides) < 2 {
		return
	}
	if cl.curated {
		// an extracted event's note names its clashing sources (see
		// describeEvent); a curated one's says so once a user's article
		// clashes with it
		for _, k := range cl.conflicts {
			s := e.Sources[k.source]
			if x.outletOf(s.Article) != outlet {
				e.DateNote = strings.TrimSpace(fmt.Sprintf("%s %s (%s) dates it %s (“%s”): see the date discrepancy.",
					e.DateNote, x.outletName(x.outletOf(s.Article)), s.Article, timeline.FormatRange(k.date.From, k.date.To), k.date.Phrase))
			}
		}
	}
	d.ID = x.unique(e.ID + "-date")
	d.Description = "When " + e.Title + ": " + strings.Join(parts, "; ")
	x.parts.Discrepancies = append(x.parts.Discrepancies, d)
}

// uniqueTitles makes the titles of extracted events unique among the
// events of their day: a second one names its outlet, a third its number.
func (x *extractor) uniqueTitles() {
	seen := map[string]int{}
	key := func(e *timeline.Event) string {
		return e.Start.ISO() + "/" + e.Start.Precision.String() + "/" + strings.ToLower(e.Title)
	}
	for i := range x.parts.Events {
		if e := &x.parts.Events[i]; !x.clusters[i].curated {
			continue
		} else {
			seen[key(e)]++
		}
	}
	for i := range x.parts.Events {
		e := &x.parts.Events[i]
		if x.clusters[i].curated {
			continue
		}
		if seen[key(e)] > 0 {
			e.Title += " (" + x.outletName(x.outletOf(e.Sources[0].Article)) + ")"
		}
		for n := 2; seen[key(e)] > 0; n++ {
			e.Title = strings.TrimSuffix(e.Title, fmt.Sprintf(" (%d)", n-1)) + fmt.Sprintf(" (%d)", n)
		}
		seen[key(e)]++
	}
}

// central is the mention sharing most stems with the others: the one
// that best says what they all report. The first wins a tie.
func central(ms []mention) int {
	best, bestShared := 0, -1
	for i := range ms {
		if shared := sharedStems(ms, i); shared > bestShared {
			best, bestShared = i, shared
		}
	}
	return best
}

// sharedStems counts the stems mention i shares with each of the others.
func sharedStems(ms []mention, i int) int {
	shared := 0
	for j := range ms {
		if i == j {
			continue
		}
		for _, s := range ms[i].stems {
			if _, ok := slices.BinarySearch(ms[j].stems, s); ok {
				shared++
			}
		}
	}
	return shared
}
