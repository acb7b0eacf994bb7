package extract

import (
	"math"
	"slices"
	"sort"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Mentions are joined one at a time, each to the event it shares most
// with at that moment (see bestJoin), and by rules that ask for a shared
// actor, a word of a known kind or a figure. Outlets that report one
// happening in different words and name different parties to it ("nine
// were brought up alive", "nine had been recovered alive") still start
// two events. mergeSimilar then reads the events as wholes: two
// extracted events whose dates agree are one when their words and
// actors, weighed by how rare each is in the corpus, are alike.
//
// Likeness is the cosine of the two events' vectors: each content stem
// of their mentions weighs its stemWeights (log N/df over the corpus's
// mentions, so that a word every article uses weighs nothing and one few
// use, "alive", "ransom", a figure, a place, weighs near 1), each actor
// its own weight computed alike. An event's vector is the union of its
// mentions', so a large event is less like a one-sentence one than two
// one-sentence events are: merging does not snowball.
//
// Who took part: two events that each name people and share none are
// two happenings; two that share one and agree on the day were weighed
// by judge as they grew, and are left as it left them. What is merged
// is what the rules could not weigh: an event naming no one (a group, a
// thing, the happening itself) and one of its day, and two days a day or
// two apart.
//
// Dates: two events on the same dates, or one inside the other, merge at
// mergeThreshold; days a day or two apart (an outlet that gets the day
// wrong), or dates of very different precision (a year against a day),
// only when no outlet reports both and they are alike by
// mergeStrongMargin more, and the clash is kept as a conflict, so it
// becomes a date discrepancy. One article never reports both. Candidates
// are found through the events' index by date and by actor and month
// (see mergeCandidates), never by reading every pair.

// mergeThreshold is the least likeness for two events whose dates
// agree to merge; dates that clash or differ in precision, or coarser
// than a week, ask mergeStrongMargin more. It is the one threshold,
// chosen by leave-one-story-out on the labelled stories among the values
// that kept the joins it adds on PolNeAR mostly right (README, "How well
// it reads").
var mergeThreshold = 0.1

const (
	mergeStrongMargin = 0.2
	// the shared stems, actors aside, weigh this much at least (stronger
	// for dates that clash or are coarse): two events are not one on
	// their actors alone
	mergeWords       = 0.5
	mergeWordsStrong = 1.0
)

// likeness is the weighted vector of an event, with its squared norm.
type likeness struct {
	terms map[string]float64
	norm  float64
}

// mergeSimilar merges the extracted events, not dropped, that are alike
// (see above), marking the ones merged into others as dropped.
func (x *extractor) mergeSimilar(rep *Report, dropped []bool) {
	actorW := actorWeights(x.pending)
	vec := make([]*likeness, len(x.clusters))
	vector := func(i int) *likeness {
		if vec[i] == nil {
			vec[i] = x.likenessOf(i, actorW)
		}
		return vec[i]
	}
	root := make([]int, len(x.clusters))
	for i := range root {
		root[i] = i
	}
	find := func(i int) int {
		for root[i] != i {
			root[i] = root[root[i]]
			i = root[i]
		}
		return i
	}
	type pair struct {
		a, b int
		sim  float64
	}
	var pairs []pair
	for i, cl := range x.clusters {
		if cl.curated || dropped[i] {
			continue
		}
		for _, j := range x.mergeCandidates(i) {
			if j == i || dropped[j] || x.clusters[j].curated {
				continue
			}
			if s, ok := x.mergeable(min(i, j), max(i, j), vector); ok {
				pairs = append(pairs, pair{min(i, j), max(i, j), s})
			}
		}
	}
	sort.SliceStable(pairs, func(p, q int) bool { return pairs[p].sim > pairs[q].sim })
	for _, p := range pairs {
		a, b := find(p.a), find(p.b)
		if a == b {
			continue
		}
		if _, ok := x.mergeable(a, b, vector); !ok {
			continue // what a or b took in since makes them unlike
		}
		into, from := a, b
		if len(x.clusters[b].mentions) > len(x.clusters[a].mentions) {
			into, from = b, a
		}
		x.mergeInto(into, from)
		root[from], dropped[from] = into, true
		vec[into] = nil
		rep.Events--
		rep.Sources += len(x.clusters[from].mentions)
	}
	for _, m := range x.pending {
		if m.event >= 0 {
			m.event = find(m.event)
		}
	}
}

// mergeCandidates are the events that event i may merge with (see
// mergeable), each pair found from one side only: for an event naming
// no actor, the events of its very dates (those naming none, only after
// it) and, for a day, of the two days after it, which may be its day as
// another outlet got it wrong; for an event naming actors, those of the
// two days after its day naming none or sharing an actor with it (two
// that name different people are two happenings, and two of one day
// that name the same one judge weighed). Of each date, the latest
// maxScanned.
func (x *extractor) mergeCandidates(i int) []int {
	e := &x.parts.Events[i]
	latest := func(p []int) []int { return p[max(0, len(p)-maxScanned):] }
	var out []int
	if len(e.Actors) == 0 {
		for _, j := range latest(x.byDate[dateSpan{e.Start, e.End}]) {
			if j > i || len(x.parts.Events[j].Actors) > 0 {
				out = append(out, j)
			}
		}
	}
	if e.Start.Precision != timeline.Day || !e.End.IsZero() {
		return out
	}
	t := e.Start.First()
	for n := 1; n <= 2; n++ { // the days relate lets clash
		u := t.AddDate(0, 0, n)
		k := dateSpan{timeline.DayDate(u.Year(), u.Month(), u.Day()), timeline.Date{}}
		if len(e.Actors) == 0 {
			out = append(out, latest(x.byDate[k])...)
		} else {
			out = append(out, latest(x.bareByDate[k])...)
		}
	}
	if len(e.Actors) > 0 {
		first := x.clusters[i].days.last
		for _, j := range x.sharingActors(e.Actors, Date{From: e.Start}) {
			if d := x.clusters[j].days; d.first > first && d.first <= first+2 {
				out = append(out, j)
			}
		}
	}
	return out
}

// mergeable reports whether extracted events a and b may merge, and how
// alike they are.
func (x *extractor) mergeable(a, b int, vector func(int) *likeness) (float64, bool) {
	ca, cb := x.clusters[a], x.clusters[b]
	ea, eb := &x.parts.Events[a], &x.parts.Events[b]
	rel := relate(cb.days, ca.days)
	if rel == apart {
		return 0, false
	}
	shareActor := slices.ContainsFunc(ea.Actors, func(id string) bool { return slices.Contains(eb.Actors, id) })
	if len(ea.Actors) > 0 && len(eb.Actors) > 0 && !shareActor {
		return 0, false // who took part tells two happenings apart (see judge)
	}
	if !entitiesAgree(ca, cb) {
		return 0, false // a story entity is a participant (see sameEntity)
	}
	if shareActor && rel != clashing {
		return 0, false // judge weighed them as they grew, on their actors and words
	}
	if rel == clashing && (ea.Start.Precision != timeline.Day || eb.Start.Precision != timeline.Day) {
		// two days a day or two apart (see relate) are an outlet that got
		// the day wrong; weeks or months that clash are two happenings
		return 0, false
	}
	strong := rel == clashing || coarse(ea.Start.Precision, eb.Start.Precision) || ea.Start.Precision > timeline.Week || eb.Start.Precision > timeline.Week
	if strong && sharesOutlet(ca, cb) || sharesArticle(ea, eb) {
		return 0, false
	}
	if x.crowdedMonths(ea, eb) && !saySame(ca, cb) {
		return 0, false // prec28t: see prec5_coarsemerge.go
	}
	need, needWords := mergeThreshold, mergeWords
	if strong {
		need, needWords = mergeThreshold+mergeStrongMargin, mergeWordsStrong
	}
	va, vb := vector(a), vector(b)
	if va.norm == 0 || vb.norm == 0 {
		return 0, false
	}
	small, big := va, vb
	if len(small.terms) > len(big.terms) {
		small, big = big, small
	}
	dot, words := 0.0, 0.0
	// the words that say who an actor both name is are that actor again,
	// whom its own term weighs (see cluster_describe.go)
	var who []string
	for _, id := range ea.Actors {
		if slices.Contains(eb.Actors, id) {
			who = append(who, id)
		}
	}
	for s, w := range small.terms {
		if u, ok := big.terms[s]; ok && !x.agree.describes(s, who) {
			dot += w * u
			if s[0] != '@' {
				words += w
			}
		}
	}
	sim := dot / math.Sqrt(va.norm*vb.norm)
	if sim < need || words < needWords {
		return sim, false
	}
	return sim, rel != clashing || x.soundMerge(a, b) // see cluster_clash.go
}

// sharesArticle reports whether one article reports both events: an
// article seldom reports one happening in two places with two dates.
func sharesArticle(a, b *timeline.Event) bool {
	for _, s := range a.Sources {
		if slices.ContainsFunc(b.Sources, func(t timeline.Source) bool { return t.Article == s.Article }) {
			return true
		}
	}
	return false
}

// sharesOutlet reports whether one outlet reports both events.
func sharesOutlet(a, b *cluster) bool {
	for k := range a.mentions {
		if slices.ContainsFunc(b.mentions, func(m mention) bool { return m.outlet == a.mentions[k].outlet }) {
			return true
		}
	}
	return false
}

// mergeInto joins every mention of event from to event into, each by
// the date of it that agrees best with into's: within or covering
// them, else clashing (a conflict, see join).
func (x *extractor) mergeInto(into, from int) {
	ms := slices.Clone(x.clusters[from].mentions)
	for k := range ms {
		m := &ms[k]
		j := joinable{event: into, relation: apart}
		for _, d := range m.dates {
			switch rel := relate(m.span(d), x.clusters[into].days); {
			case rel == within || rel == covering:
				j.relation = rel
			case rel == clashing && j.relation == apart:
				j.relation = rel
			}
			if j.relation == within || j.relation == covering {
				break
			}
		}
		if j.relation == apart {
			j.relation = clashing
		}
		m.event = into
		x.join(m, j)
	}
}

// likenessOf is event i's vector: the stems of its mentions that tell
// something (minTelling), each weighing its stemWeights, and its actors,
// each weighing its actorWeights.
func (x *extractor) likenessOf(i int, actorW map[string]float64) *likeness {
	v := &likeness{terms: map[string]float64{}}
	cl := x.clusters[i]
	for k := range cl.mentions {
		for _, s := range cl.mentions[k].stems {
			if w := x.weights[s]; w >= minTelling {
				v.terms[s] = w
			}
		}
	}
	for _, id := range x.parts.Events[i].Actors {
		if w := actorW[id]; w > 0 {
			v.terms["@"+id] = w
		}
	}
	for _, w := range v.terms {
		v.norm += w * w
	}
	return v
}

// actorWeights says how much sharing each actor tells, as stemWeights
// does for stems.
func actorWeights(ms []*mention) map[string]float64 {
	df := map[string]int{}
	for _, m := range ms {
		for _, id := range m.actors {
			df[id]++
		}
	}
	return idf(len(ms), df)
}
