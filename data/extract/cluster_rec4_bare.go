package extract

import (
	"math"
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Bare mentions that agree with each other (rec28r). A bare mention
// (see cluster_bare.go) never starts an event: nothing says who took
// part. But a happening no outlet tells with a participant's name is
// still one happening when two outlets or more tell it alike without
// one: the background of a story ("The Kestle Bridge plant was
// commissioned in 1971", "The plant, which opened in 1971, is one of
// the biggest employers in the valley"), or what befell a thing ("Service
// was restored on Thursday", "Service came back on Thursday, November
// 9"). Once every other mention has joined, the bare mentions left from
// different outlets that give the very same date and agree on the thing
// that is their subject become one event: the same head noun as
// subject, on a date few mentions give (a year long before the story), or
// on a day with telling words weighing minWeight besides, two at least
// with the subject's. A
// sentence naming whom it is about was read for that; this reads only
// what is left, so it joins nothing another rule would have kept apart.

// pairBare makes one event of each set of bare mentions left unjoined
// that agree pairwise, chained (see bareAlike), and returns them with
// dropped grown to the events it adds.
func (x *extractor) pairBare(bare []*mention, dropped []bool, rep *Report) ([]*mention, []bool) {
	var left []*mention
	for _, m := range bare {
		if m.event < 0 && !pronounSubject(m) {
			left = append(left, m)
		}
	}
	if len(left) < 2 {
		return nil, dropped
	}
	n := len(x.pending) + len(bare)
	byDate := map[dateSpan][]int{} // a date -> the mentions of left giving it, in order
	for k, m := range left {
		for _, d := range m.dates {
			span := dateSpan{d.From, d.To}
			if at := byDate[span]; len(at) == 0 || at[len(at)-1] != k {
				byDate[span] = append(at, k)
			}
		}
	}
	var out []*mention
	for k, m := range left {
		if m.event >= 0 {
			continue
		}
		for _, d := range m.dates {
			same := byDate[dateSpan{d.From, d.To}]
			if len(same) < 2 || !x.pairableDate(m, d, n, len(same)) {
				continue
			}
			for _, j := range same {
				o := left[j]
				if j <= k || o.event >= 0 || o.outlet == m.outlet || !x.bareAlike(m, o, d) {
					continue
				}
				if m.event < 0 {
					m.date = d
					x.addEvent(x.newEvent(m), newExtractedCluster(m))
					m.event = len(x.parts.Events) - 1
					dropped = append(dropped, false)
					rep.Events++
					out = append(out, m)
				}
				o.date = d
				x.join(o, joinable{event: m.event, relation: within})
				o.event = m.event
				rep.Sources++
				out = append(out, o)
			}
			if m.event >= 0 {
				break
			}
		}
	}
	return out, dropped
}

// pairableDate reports whether d, one of m's dates, may date an event of
// bare mentions: a day, or a coarser date few of the corpus's n mentions
// give (bare ones, of which left ones give it, among them); and not one
// that dates another happening ("ahead of Monday's vote").
func (x *extractor) pairableDate(m *mention, d Date, n, left int) bool {
	if text := m.article.Text.Verbatim(); anchorDate(text, d) && !sinceClause(text, d) && !pastBeforeDate(text, d) {
		return false
	}
	if d.From.Precision == timeline.Day {
		return d.To.IsZero()
	}
	span := dateSpan{d.From, d.To}
	df := x.dateCounts[span] + left
	all := float64(max(n, 2))
	return math.Log(all/float64(df))/math.Log(all) >= minRareDate
}

// bareAlike reports whether bare mentions a and b, both dated d, tell
// the same happening of the same thing: their subjects have the same
// head noun, not a generic one ("plan", "report"), and on a day they
// share telling words weighing minWeight, two at least, the head among
// them ("Service was restored on Thursday, with the authority
// reporting ...", "Service came back on Thursday ... that cost the
// authority almost nothing").
func (x *extractor) bareAlike(a, b *mention, d Date) bool {
	h := subjectStem(a)
	if h == "" || genericHeads[h] || h != subjectStem(b) {
		// rec28s: on a rare month or year, the same kind of happening
		// and what it befell stand in for the subject: "the water
		// authority declared a drought in the county in July", "A
		// drought was declared in July"
		return d.From.Precision != timeline.Day && x.sameKindAndThing(a, b)
	}
	if d.From.Precision != timeline.Day {
		return true
	}
	stems, weight := 0, 0.0
	for k, s := range a.telling {
		if slices.Contains(b.telling, s) && !genericHeads[s] {
			stems++
			weight += a.weights[k]
		}
	}
	return stems >= 2 && weight >= minWeight
}

// sameKindAndThing reports whether bare mentions a and b share an action
// class and words weighing minWeight besides, two words at least: a word
// no sentence naming someone holds ("drought", when only bare sentences
// tell of it) weighs 1, as a word one sentence holds does.
func (x *extractor) sameKindAndThing(a, b *mention) bool {
	stems, weight, kind := 0, 0.0, false
	for _, s := range a.stems {
		if _, ok := slices.BinarySearch(b.stems, s); !ok || genericHeads[s] {
			continue
		}
		w, ok := x.weights[s]
		if !ok {
			w = 1
		}
		if w < minTelling {
			continue
		}
		stems++
		weight += w
		kind = kind || eventClass(s)
	}
	return kind && stems >= 2 && weight >= minWeight
}
