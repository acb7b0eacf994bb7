package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A dated sentence that names no one and whose subject is no group and
// no story entity still reports a happening when another outlet reports
// it naming who took part: "Routine samples taken at the works on
// March 3 tested positive" (a participle's subject), "the three
// collection points, which have handed out 200,000 litres since they
// opened on Wednesday" (a relative clause), "Brinmoor last faced a boil
// notice in 2018" (a place, which is no actor). Such a bare mention
// never starts an event, since nothing says who took part; it joins
// one, once every other mention has been joined, when the two give the
// very same date (a day, or a coarser date few mentions give, as a
// group subject's must, see agreeWithoutActors) and agree strongly on
// what happened: the kind of happening (an action class, or the verb of
// the mention's main clause) and telling words weighing minStrong, two
// at least.

// A bare mention and the event it joins share minBareStems telling
// words at least, besides the generic heads, weighing minBareWeight:
// twice what a mention naming a participant needs on a weak footing
// (see strongMatch). On PolNeAR, where a campaign's sentences share its
// places and contests ("Iowa", "caucus", "primary"), asking less joined
// more wrong reports than right ones.
const (
	minBareStems  = 4
	minBareWeight = 2 * minStrong
)

// joinBare joins each bare mention to the event it reports, if any, and
// returns those that joined, each with its event.
func (x *extractor) joinBare(bare []*mention, dropped []bool, rep *Report) []*mention {
	var out []*mention
	for _, m := range bare {
		m.event = -1
		j, ok := x.bestBare(m, dropped)
		if !ok {
			continue
		}
		x.join(m, j)
		m.event = j.event
		rep.Sources++
		out = append(out, m)
	}
	return append(out, x.joinOnlyOfDate(bare, dropped, rep)...) // rec28s: see rec5_bare.go
}

// bestBare finds the event the bare mention m reports: of the extracted
// events not dropped that give one of m's dates exactly, the one
// agreeing most with it (see bareAgrees).
func (x *extractor) bestBare(m *mention, dropped []bool) (joinable, bool) {
	var best joinable
	found := false
	if pronounSubject(m) {
		return best, false // "He did it on Tuesday" names someone the article named before
	}
	for _, d := range m.dates {
		if text := m.article.Text.Verbatim(); anchorDate(text, d) && !sinceClause(text, d) && !pastBeforeDate(text, d) {
			// "ahead of Monday's vote" dates another happening; "the rush
			// began after the cooperative reported on Monday a loss" dates
			// the verb before it, which the words may agree on
			continue
		}
		same := x.byDate[dateSpan{d.From, d.To}]
		for _, i := range same[max(0, len(same)-maxScanned):] {
			if dropped[i] {
				continue
			}
			score, ok := x.bareAgrees(m, d, i)
			if ok && (!found || score > best.score) {
				best, found = joinable{event: i, relation: within, score: score}, true
			}
		}
		if found {
			break
		}
	}
	return best, found
}

// sinceClause reports whether the date phrase d closes a clause that
// "since" and a pronoun open: "which have handed out 200,000 litres
// since they opened on Wednesday". The date dates that clause's verb,
// the happening a bare mention may report, not a baseline.
func sinceClause(text string, d Date) bool {
	ws := strings.Fields(strings.ToLower(text[max(0, d.Start-40):d.Start]))
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-4; k-- {
		if ws[k] == "since" {
			return sincePronouns[ws[k+1]]
		}
		if strings.ContainsAny(ws[k], ",;:.") {
			break
		}
	}
	return false
}

// datedVerbs are the stems of the past-tense verbs ("opened",
// "taken") among the few words of its clause before the date phrase d:
// the happening it dates ("since they opened on Wednesday").
func datedVerbs(text string, d Date) []string {
	var out []string
	ws := strings.Fields(text[max(0, d.Start-40):d.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if strings.ContainsAny(ws[k], ",;:.") {
			break
		}
		w := strings.ToLower(ws[k])
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
			if st, _ := contentStem(w); st != "" {
				out = append(out, st)
			}
		}
	}
	return out
}

// pronounSubject reports whether the subject of m's sentence is a
// personal pronoun: it then stands for someone, or something, named
// before, whom the sentence does not name.
func pronounSubject(m *mention) bool {
	sub, ok := readSubject(m.article.Text.Verbatim(), m.start, m.end, m.date)
	if !ok || sub.head < 0 || sub.head >= len(sub.ws) {
		return false
	}
	return sincePronouns[strings.ToLower(strings.Trim(sub.ws[sub.head], ",;:.“”\"'’()"))]
}

// pastBeforeDate reports whether a verb in -ed stands among the few
// words of its clause before the date phrase d ("after the cooperative
// reported on Monday"): the date dates that verb.
func pastBeforeDate(text string, d Date) bool {
	ws := strings.Fields(text[max(0, d.Start-40):d.Start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if strings.ContainsAny(ws[k], ",;:.") {
			break
		}
		if w := strings.ToLower(ws[k]); len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// sincePronouns open the subject of a clause after "since".
var sincePronouns = set(`it they he she we i you`)

// bareAgrees says whether the bare mention m, dated d, may join event i,
// and how strongly they agree.
func (x *extractor) bareAgrees(m *mention, d Date, i int) (float64, bool) {
	e, cl := &x.parts.Events[i], x.clusters[i]
	if cl.curated || e.Start != d.From || e.End != d.To || !sameEntity(m, cl) {
		return 0, false
	}
	if d.From.Precision != timeline.Day && x.dateWeights[dateSpan{d.From, d.To}] < minRareDate {
		return 0, false // "this year" dates too many happenings
	}
	if slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Article == m.article.ID }) {
		return 0, false // the article reports it already, naming who took part
	}
	stems, weight, kind, figure := 0, 0.0, false, false
	for k, s := range m.telling {
		if !cl.holds(s) {
			continue
		}
		kind = kind || eventClass(s)
		figure = figure || s[0] == '#'
		if !genericHeads[s] {
			stems++
			weight += m.weights[k]
		}
	}
	if !kind {
		v := mentionVerb(m)
		kind = v != "" && cl.holds(v) || slices.ContainsFunc(datedVerbs(m.article.Text.Verbatim(), d), cl.holds)
	}
	if !kind && !figure || stems < minBareStems || weight < minBareWeight {
		return 0, false
	}
	return weight, true
}
