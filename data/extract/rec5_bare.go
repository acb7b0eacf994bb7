package extract

import (
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The only happening of its date (rec28s). A bare mention (see
// cluster_bare.go) joins an event only when the two agree strongly, four
// telling words at least: nothing says who took part. But an outlet
// often retells in a few words of its own, naming no one, what another
// outlet tells in full: "A drought was declared in July" beside "the
// regional water authority declared a drought in the county in July",
// "The inquiry's hearings open in October" beside "The inquiry ... is
// expected to begin taking evidence in October". When the story has one
// event only on the mention's very date, not a day (a month, a season,
// a year: background few sentences give), and the two tell the same kind
// of happening (an action class both hold), there is no other happening
// of that date the mention could be telling, and it joins that event,
// even one a story entity's sentence started ("In 2019 the county cut
// those crews", beside "Budget cuts in 2019 reduced the crews"): the
// lone date and the kind stand in for the subject sameEntity asks.
// A day is left to the other rules: a story's days hold many happenings.

// joinOnlyOfDate joins each bare mention left unjoined to the only event
// of its date, when they tell the same kind of happening, and returns
// those that joined.
func (x *extractor) joinOnlyOfDate(bare []*mention, dropped []bool, rep *Report) []*mention {
	var out []*mention
	for _, m := range bare {
		if m.event >= 0 || pronounSubject(m) {
			continue
		}
		for _, d := range m.dates {
			i, ok := x.onlyOfDate(m, d, dropped)
			if !ok || !x.sameKind(m, i) {
				continue
			}
			x.join(m, joinable{event: i, relation: within, score: minWeight})
			m.event = i
			rep.Sources++
			out = append(out, m)
			break
		}
	}
	return out
}

// onlyOfDate is the one event, not dropped, dated d exactly, when d is
// coarser than a day, dates m's own words (not "ahead of Monday's vote")
// and no other event gives it; and m's article does not report it yet.
func (x *extractor) onlyOfDate(m *mention, d Date, dropped []bool) (int, bool) {
	if d.From.Precision == timeline.Day || d.From.Precision == timeline.PrecisionNone {
		return 0, false
	}
	if text := m.article.Text.Verbatim(); anchorDate(text, d) && !sinceClause(text, d) && !pastBeforeDate(text, d) {
		return 0, false
	}
	only := -1
	for _, i := range x.byDate[dateSpan{d.From, d.To}] {
		e := &x.parts.Events[i]
		if dropped[i] || i == only || e.Start != d.From || e.End != d.To {
			continue // dropped, or indexed again, or refined since
		}
		if only >= 0 {
			return 0, false
		}
		only = i
	}
	if only < 0 || x.clusters[only].curated ||
		slices.ContainsFunc(x.parts.Events[only].Sources, func(s timeline.Source) bool { return s.Article == m.article.ID }) {
		return 0, false
	}
	return only, true
}

// sameKind reports whether bare mention m and event i tell the same kind
// of happening: an action class among m's telling words that the event
// holds.
func (x *extractor) sameKind(m *mention, i int) bool {
	cl := x.clusters[i]
	return slices.ContainsFunc(m.telling, func(s string) bool { return eventClass(s) && cl.holds(s) })
}
