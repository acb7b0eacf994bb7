package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// An outlet that tells a happening days later often dates it loosely:
// "Queues first formed last week", "The unit admitted last week". The
// week such a phrase names holds the day another outlet gives ("Long
// queues formed outside branches on Wednesday"), yet the week's mention,
// sharing no actor or too few words for judge to weigh across the gap
// in precision, starts an event of its own. Once every mention is
// joined, a mention dated only by a week that is alone in its event
// ("last week", "a week ago"), or by a part of a month ("earlier this
// month", "in late October": see loosePast), joins the one event of a
// day inside that week or month, from other articles, one of whose mentions has its main verb
// (no action common to the corpus) and which shares
// an actor or a telling word besides it, the verb, the words and each
// actor (actorWeight) weighing minStrong in all.
// The event keeps its day; the week's phrase is cited as covering it.
// Of two such events it agrees with equally, it joins neither.

// rejoinLooseWeeks joins each lone mention dated by a week to the event
// of a day in that week it reports, marking its own event dropped.
func (x *extractor) rejoinLooseWeeks(rep *Report, dropped []bool) {
	for _, m := range x.pending {
		i := m.event
		if i < 0 || dropped[i] || x.clusters[i].curated || len(x.clusters[i].mentions) != 1 || !loosePast(m.date) {
			continue
		}
		v := mentionVerb(m)
		if v == "" || x.weights[v] < minTelling || x.agree.commonAction(v) {
			continue
		}
		span := m.span(m.date)
		best, bestScore, tie := -1, 0.0, false
		for k, cl := range x.clusters {
			e := &x.parts.Events[k]
			if k == i || dropped[k] || cl.curated || e.Start.Precision != timeline.Day || !e.End.IsZero() ||
				relate(span, cl.days) != covering || !cl.saysVerb(v, "") ||
				slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Article == m.article.ID }) {
				continue
			}
			score, ok := x.weekAgrees(m, v, e, cl)
			if !ok {
				continue
			}
			switch {
			case best < 0 || score > bestScore:
				best, bestScore, tie = k, score, false
			case score == bestScore:
				tie = true
			}
		}
		if best < 0 || tie {
			continue
		}
		x.join(m, joinable{event: best, relation: covering, score: bestScore})
		m.event, dropped[i] = best, true
		rep.Sources++
		rep.Events--
	}
}

// weekPast reports whether the phrase names a past week loosely: "last
// week", "a week ago". "This week" and "next week" frame what is still
// to come as often as what happened.
func weekPast(phrase string) bool {
	p := strings.ToLower(phrase)
	return strings.Contains(p, "last week") || strings.Contains(p, "week ago")
}

// loosePast reports whether d dates a past happening loosely: a past
// week (see weekPast), or a part of a month (rec28s: "earlier this
// month", "in late October", "at the end of June", "at the start of the
// month"), which an outlet writing later gives for a day another gave.
func loosePast(d Date) bool {
	switch d.From.Precision {
	case timeline.Week:
		return weekPast(d.Phrase)
	case timeline.Month:
		p := strings.ToLower(d.Phrase)
		return slices.ContainsFunc(monthParts, func(w string) bool { return strings.Contains(p, w) })
	}
	return false
}

// monthParts name a part of a month, or a past one loosely.
var monthParts = []string{"earlier this month", "late ", "early ", "end of", "start of", "beginning of", "middle of", "mid-"}

// weekAgrees reports whether the week's mention m, whose main verb is
// v, shares enough with event e (see above), and how much.
func (x *extractor) weekAgrees(m *mention, v string, e *timeline.Event, cl *cluster) (float64, bool) {
	weight := 0.0
	for k, s := range m.telling {
		if s != v && !genericHeads[s] && cl.holds(s) {
			weight += m.weights[k]
		}
	}
	actors := 0
	for _, id := range m.actors {
		if slices.Contains(e.Actors, id) {
			actors++
		}
	}
	if weight < minTelling && actors == 0 {
		return 0, false // the verb alone
	}
	score := x.weights[v] + weight + actorWeight*float64(actors)
	return score, score >= minStrong
}
