package extract

import "slices"

// A mention is weighed, as it is read, against the events that name one
// of its actors then (see bestJoin): an event started after it, or one
// that names none of its actors yet, is not among them. "It was taken
// when thieves forced a fire door at the museum on October 6", read
// first, starts an event of its own; two other outlets' reports of the
// theft, read after it and sharing more with each other than with it,
// start another, and judge never weighs the first against the two
// together. (rejoinAlone reads such a mention again only on a shared
// figure; mergeSimilar leaves two events sharing an actor as judge left
// them.) rejoinUnweighed reads it again, alone in its event, against the
// events that came to share an actor with it only after it was read: on
// judge's terms, on a sound footing (a rarely named actor, a date that
// anchors nothing else, see weakFooting), and only where the event holds
// the verb of its main clause and telling words weighing minStrong (see
// strongMatch). On PolNeAR, judge's terms alone joined about as many
// wrong pairs of reports as right ones; with the rest, one right one.

// rejoinUnweighed joins each mention alone in its event to the event it
// agrees with most of those judge did not weigh it against (see
// unweighed), as above, marking its own event dropped.
func (x *extractor) rejoinUnweighed(rep *Report, dropped []bool) {
	for _, m := range x.pending {
		i := m.event
		if i < 0 || dropped[i] || x.clusters[i].curated || len(x.clusters[i].mentions) != 1 || !x.mayWeighSound(m) {
			continue
		}
		var best joinable
		found := false
		for _, d := range m.dates {
			if anchorDate(m.article.Text.Verbatim(), d) {
				continue // no event's footing on d is sound (weakFooting)
			}
			for _, j := range x.candidateEvents(m, d) {
				if j == i || dropped[j] || x.clusters[j].curated || !x.unweighed(m, j) {
					continue
				}
				jo, ok := x.judge(m, d, j)
				if !ok || jo.same || jo.relation == clashing || x.weakFooting(m, d, &x.parts.Events[j]) != sound || !x.strongAction(m, j) {
					continue
				}
				if !found || jo.score > best.score {
					best, found = jo, true
				}
			}
			if found {
				break
			}
		}
		if !found {
			continue
		}
		x.join(m, best)
		m.event, dropped[i] = best.event, true
		rep.Sources++
		rep.Events--
	}
}

// mayWeighSound reports whether some event could pass the tests after
// judge in rejoinUnweighed, as far as m alone tells, before any event
// is read: weakFooting is sound only on an actor of m rarely named, and
// strongMatch asks that the telling words of m other than generic heads
// weigh minStrong (the slack only keeps a sum's rounding from deciding).
func (x *extractor) mayWeighSound(m *mention) bool {
	if !slices.ContainsFunc(m.actors, func(id string) bool { return x.agree.rare(id) }) {
		return false
	}
	weight := 0.0
	for k, s := range m.telling {
		if !genericHeads[s] {
			weight += m.weights[k]
		}
	}
	return weight >= minStrong-1e-9
}

// unweighed reports whether event j shares an actor with m only through
// mentions read after m: judge, reading m, did not find j by that actor.
func (x *extractor) unweighed(m *mention, j int) bool {
	shares := false
	for k := range x.clusters[j].mentions {
		o := &x.clusters[j].mentions[k]
		if !slices.ContainsFunc(o.actors, func(id string) bool { return slices.Contains(m.actors, id) }) {
			continue
		}
		if o.read <= m.read {
			return false
		}
		shares = true
	}
	return shares
}

// strongAction reports whether m and event j agree on what happened as
// strongMatch asks: the verb of m's main clause, and telling words
// weighing minStrong.
func (x *extractor) strongAction(m *mention, j int) bool {
	cl := x.clusters[j]
	weight, main := 0.0, 0.0
	for k, s := range m.telling {
		if cl.holds(s) {
			weight += m.weights[k]
		}
	}
	for _, s := range m.main {
		if cl.holds(s) {
			main += x.weights[s]
		}
	}
	return x.strongMatch(m, cl, weight, main, true)
}
