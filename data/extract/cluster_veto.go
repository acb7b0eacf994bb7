package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Across outlets a join says two newsrooms reported one happening. On a
// corpus of many stories the names and dates two sentences share are
// often the story's, not the happening's: two outlets name the same
// candidates and the same month in sentences about a rally and a radio
// insult, a donation and a debate line-up. So a mention from an outlet
// the event does not cite yet joins it only when they agree on what
// happened (see sameAction), or when the telling words they share,
// generic heads aside, weigh minCrossWords: a rare word, a figure or a
// place named by both says more than any verb. A month or a year many of
// the corpus's mentions give is such a footing too (see crowdedCoarse).

// minCrossWords is the least weight of the telling words a mention from
// a new outlet shares with an event whose action it does not share.
const minCrossWords = 1.6

// crossOutletVeto reports whether m, from an outlet event cl does not
// cite, would join it without agreeing on what happened. weight is what
// the telling stems they share weigh (see judge).
func (x *extractor) crossOutletVeto(m *mention, d Date, e *timeline.Event, cl *cluster, weight, main float64) bool {
	if cl.curated || len(cl.mentions) == 0 || slices.ContainsFunc(cl.mentions, func(c mention) bool { return c.outlet == m.outlet }) {
		return false
	}
	if figuresDisagree(m, cl) { // prec28d: see cluster_prec_figures.go
		return true
	}
	if v, ok := clauseVerb(m.article.Text.Verbatim(), d); ok { // prec28t: see prec5_relclause.go
		mv := mentionVerb(m)
		return !(v != "" && cl.saysVerb(v, m.outlet)) && !(mv != "" && cl.saysVerb(mv, m.outlet))
	}
	if d.From.Precision == timeline.Year && e.Start.Precision < timeline.Year && x.dateCounts[dateSpan{d.From, d.To}] >= minCrowded {
		// a year many mentions give ("this year") holds every happening
		// of the story: a sentence dated so reports the event's own only
		// when it says what another outlet there says it did ("has
		// endorsed candidates this year" is not "launched a petition on
		// Wednesday", though both name one man and a launch)
		v := mentionVerb(m)
		return v == "" || !cl.saysVerb(v, m.outlet)
	}
	if framed(m, d) || !slices.ContainsFunc(cl.mentions, func(c mention) bool { return !framed(&c, c.date) }) {
		v := mentionVerb(m)
		return v == "" || !cl.saysVerb(v, m.outlet)
	}
	if x.weakFooting(m, d, e) == sound && !x.crowdedCoarse(d, e) && (main > 0 || x.sharesPerson(m, e)) {
		return false
	}
	if x.sameAction(m, cl) {
		return false
	}
	names := nameStems(m.actors)
	for k, s := range m.telling {
		if (genericHeads[s] || names[s]) && cl.holds(s) {
			weight -= m.weights[k]
		}
	}
	return weight < minCrossWords
}

// sharesPerson reports whether m names a person, or an organisation,
// the event names: a place both name (a country, a city) is where, not
// who; two outlets' sentences of one day naming it whose main clauses
// share nothing report two happenings there ("Kosa invoked the Orlando
// attacks against migrants from Syria", "Trump's call for airstrikes in
// Syria drew rebukes").
func (x *extractor) sharesPerson(m *mention, e *timeline.Event) bool {
	return slices.ContainsFunc(m.actors, func(id string) bool {
		return slices.Contains(e.Actors, id) && x.lx.actor(id).Kind != timeline.State
	})
}

// sameAction reports whether the event holds the action m reports: the
// main verb of its clause, or a word of a news action's class (see
// eventClass) that clause holds, unless that action is common in the
// corpus (see commonAction): the story's, not a happening's.
func (x *extractor) sameAction(m *mention, cl *cluster) bool {
	told := func(s string) bool { return s != "" && cl.holds(s) && !x.agree.commonAction(s) }
	if v := mentionVerb(m); told(v) {
		return true
	}
	return slices.ContainsFunc(m.main, func(s string) bool { return eventClass(s) && told(s) })
}

// nameStems are the stems of the words of the actors' ids ("ines-varga":
// ines, varga): a name shared is a participant shared, weighed as such
// by agrees, not a word of what happened.
func nameStems(actors []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range actors {
		for _, w := range strings.Split(id, "-") {
			if s, _ := contentStem(w); s != "" {
				out[s] = true
			}
		}
	}
	return out
}

// A date can frame a sentence without dating anything it reports: a
// month or a year still to come when the article was written ("the
// votes he will need come November", "a ruling next year"). Two outlets'
// sentences on such a date share the calendar, not a happening: a
// mention framed so, or an event all of whose mentions are, joins
// across outlets only when the two share the main verb of the mention's
// clause, as the main verb of another outlet's mention there: one the
// event holds only in a clause of its own ("fears the dockers could
// desert her") is not what it reports. A week or a day to come may date
// a scheduled happening two outlets announce alike ("the hearing opens
// next week"): not a frame.

// framed reports whether m's date phrase d frames m rather than dating
// what it reports (see above).
func framed(m *mention, d Date) bool {
	return d.From.Precision >= timeline.Month && !m.article.Published.IsZero() && d.From.First().After(m.article.Published.Last())
}

// minCrowded is how many of the corpus's mentions must give a month or a
// year for it to be crowded (see crowdedCoarse).
const minCrowded = 10

// crowdedCoarse reports whether d or the event's dates say only a month
// or a year that many of the corpus's mentions give: across outlets,
// two sentences of one such month that share a participant and a topic
// report two happenings as often as one ("In September the councillor
// mocked the quay plan", "she organised a quay rally in September"). On
// a corpus of one story, a month a handful of sentences give is one
// happening's, and stays a sound footing.
func (x *extractor) crowdedCoarse(d Date, e *timeline.Event) bool {
	crowded := func(from, to timeline.Date) bool {
		return from.Precision >= timeline.Month && x.dateCounts[dateSpan{from, to}] >= minCrowded
	}
	return crowded(d.From, d.To) || crowded(e.Start, e.End)
}

// saysVerb reports whether v is the main verb (see mentionVerb) of a
// mention of cl, one from an outlet other than but ("" for any).
func (cl *cluster) saysVerb(v, but string) bool {
	for k := range cl.mentions {
		if o := &cl.mentions[k]; (but == "" || o.outlet != but) && mentionVerb(o) == v {
			return true
		}
	}
	return false
}
