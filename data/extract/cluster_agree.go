package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Joining on real news asks more than a shared name and a compatible
// date. In a campaign's coverage two or three names stand in most
// sentences, a scheduled happening ("Tuesday's primary") dates many
// sentences that report something else, and a year ("the 2016 race")
// fits every happening of the year. So a mention joins an event on a
// weak footing (see weakFooting: it shares only names most mentions
// give, its date anchors another happening or is coarse, or its date
// clashes with the event's) only when the two agree strongly on what
// happened: the mention's main clause and the event share its action
// and words weighing minStrong, besides a participant.

// agreement is what agrees reads of the whole corpus: how much sharing
// each actor tells, as stemWeights says of stems.
type agreement struct {
	actors map[string]float64 // actor id -> log(N/df)/log(N) over the N mentions
	// described counts, for each actor id, the mentions describing it
	// by each stem (see cluster_describe.go)
	described map[string]map[string]int
	// stems counts the mentions holding each stem, of n mentions
	stems map[string]int
	n     int
}

// minRareActor is the least weight (see newAgreement) of an actor whose
// name, shared, says who took part: below it, the name stands in too
// many of the corpus's mentions to tell two happenings apart alone.
const minRareActor = 0.45

// minActorMentions is how many mentions must name an actor before its
// name is counted common: a few tens of mentions say nothing of how
// common a name is.
const minActorMentions = 30

// newAgreement weighs each actor by the share of mentions naming it.
func newAgreement(ms []*mention) *agreement {
	df := map[string]int{}
	for _, m := range ms {
		for _, id := range m.actors {
			df[id]++
		}
	}
	a := &agreement{actors: make(map[string]float64, len(df))}
	n := math.Log(float64(max(len(ms), 2)))
	for id, c := range df {
		w := 1.0
		if c >= minActorMentions {
			w = math.Log(float64(max(len(ms), 2))/float64(c)) / n
		}
		a.actors[id] = w
	}
	a.described = descriptionsOf(ms)
	a.stems, a.n = map[string]int{}, len(ms)
	for _, m := range ms {
		for _, s := range m.stems {
			a.stems[s]++
		}
	}
	return a
}

// minCommonShare is the share of the corpus's mentions, one in so many,
// that must hold an action for it to be common (see commonAction).
const minCommonShare = 16

// commonAction reports whether the action s stands in so many of the
// corpus's mentions, minActorMentions at least and one in minCommonShare,
// that two outlets' sentences holding it share the story's action, not a
// happening's: "vote" and "win" in a campaign's coverage. A few tens of
// mentions, all a one-story corpus has, say nothing of how common it is.
func (a *agreement) commonAction(s string) bool {
	if a == nil {
		return false
	}
	c := a.stems[s]
	return c >= minActorMentions && c*minCommonShare >= a.n
}

// rare reports whether sharing actor id says who took part.
func (a *agreement) rare(id string) bool {
	if a == nil {
		return true
	}
	w, ok := a.actors[id]
	return !ok || w >= minRareActor
}

// agrees says whether m, dated d, may join event e whose cluster is cl,
// given how judge found them to stand: their dates' relation, the actors
// and telling stems they share and the weight of the stems of m's main
// clause the event holds. It only ever refuses a join judge allowed.
func (x *extractor) agrees(m *mention, d Date, e *timeline.Event, cl *cluster, rel dateRelation, actors int, weight, main float64) bool {
	if x.crossOutletVeto(m, d, e, cl, weight, main) { // prec28b: see cluster_veto.go
		return false
	}
	if cl.curated || actors == 0 {
		return true
	}
	switch x.weakFooting(m, d, e) {
	case commonNames:
		return x.strongMatch(m, cl, weight, main, true)
	case looseDate:
		return x.strongMatch(m, cl, weight, main, false)
	}
	return true
}

// weakFooting reports whether a join of m to e would rest on evidence
// that says little: only common names shared, a date that anchors
// another happening, or a common coarse date.
func (x *extractor) weakFooting(m *mention, d Date, e *timeline.Event) footing {
	rare := false
	for _, id := range m.actors {
		if x.agree.rare(id) && slices.Contains(e.Actors, id) {
			rare = true
			break
		}
	}
	if !rare {
		return commonNames
	}
	if x.commonCoarse(d, e) {
		return looseDate
	}
	if anchorDate(m.article.Text.Verbatim(), d) {
		return looseDate
	}
	return sound
}

// footing is what a join would rest on (see weakFooting).
type footing int

const (
	sound       footing = iota
	commonNames         // the only names shared stand in many mentions
	looseDate           // the date is coarse and common, or anchors another happening
)

// commonCoarse reports whether d or the event's dates say only a month
// or a year that many mentions give ("this year", "the 2016 race"): a
// year few mentions give (one long before the story) still tells.
func (x *extractor) commonCoarse(d Date, e *timeline.Event) bool {
	if d.From.Precision >= timeline.Month && x.dateWeights[dateSpan{d.From, d.To}] < minRareDate {
		return true
	}
	return e.Start.Precision >= timeline.Month && x.dateWeights[dateSpan{e.Start, e.End}] < minRareDate
}

// strongMatch reports whether m and the event agree on what happened:
// the event holds the verb of m's main clause (or, when no verb of
// content is read there, words of that clause weighing minStrong), and
// the telling words they share, other than generic heads, weigh
// minStrong.
func (x *extractor) strongMatch(m *mention, cl *cluster, weight, main float64, verb bool) bool {
	switch v := mentionVerb(m); {
	case verb && v != "":
		if !cl.holds(v) {
			return false
		}
	case verb && main < minStrong:
		return false
	case !verb && main < minWeight && !slices.ContainsFunc(m.main, func(s string) bool { return s != "" && eventClass(s) && cl.holds(s) }):
		return false
	}
	for k, s := range m.telling {
		if genericHeads[s] && cl.holds(s) {
			weight -= m.weights[k]
		}
	}
	return weight >= minStrong
}

// mainVerb is the stem of the main verb of the clause t, its action
// class for a news action: the first finite verb after the subject, or,
// after an auxiliary ("has opened", "was charged"), the word of content
// that follows within two words; "" when none is read.
func mainVerb(t string) string {
	ws, _, j := mainVerbAt(t)
	if j < 0 {
		return ""
	}
	s, _ := contentStem(strings.ToLower(strings.Trim(ws[j], ",;:.“”\"'’()")))
	return s
}

// mainVerbAt reads the clause t as mainVerb does: its first words, the
// index of its finite verb (k) and that of the word of content read as
// its main verb (j); j is -1 when none is read.
func mainVerbAt(t string) (ws []string, k, j int) {
	ws = strings.Fields(t)
	ws = ws[:min(len(ws), maxSubjectWords)]
	relative := false // inside a relative clause of the subject: "The speech, which was never given, ..."
	for k = 1; k < len(ws); k++ {
		l := strings.ToLower(strings.Trim(ws[k], ",;:.“”\"'’()"))
		if l == "which" || l == "who" || l == "whose" {
			relative = true
			continue
		}
		if relative {
			relative = !strings.HasSuffix(ws[k], ",")
			continue
		}
		if !finiteAt(ws, k) {
			continue
		}
		for j := k; j < min(len(ws), k+4); j++ {
			w := strings.ToLower(strings.Trim(ws[j], ",;:.“”\"'’()"))
			if verbAdverbs[w] || strings.HasSuffix(w, "ly") {
				continue
			}
			if s, _ := contentStem(w); s != "" {
				return ws, k, j
			}
		}
		return ws, k, -1
	}
	return ws, -1, -1
}

// verbAdverbs stand between an auxiliary and its verb: "was never given".
var verbAdverbs = set(`never not also still already just now then again ever even only since`)

// genericNouns name a kind of thing many happenings have ("the poll",
// "the group", "the deal"): a title with one alone for subject names
// nothing (titleGenericHeads), and two mentions sharing one share
// nothing unless what specifies it is shared too (genericHeads).
var genericNouns = set(`poll polls survey surveys group groups deal deals report reports study plan
	statement meeting interview ad ads race contest campaign candidate candidates event move decision bill
	agreement letter measure proposal effort issue case idea`)

// genericHeads are the stems of genericNouns.
var genericHeads = func() map[string]bool {
	out := map[string]bool{}
	for w := range genericNouns {
		if s, _ := contentStem(w); s != "" {
			out[s] = true
		}
	}
	return out
}()

// anchorWords, ending the words before a date phrase, make it date
// another happening than the clause's own: "ahead of Monday's caucus",
// "before the vote on Tuesday".
var anchorWords = []string{"ahead of", "before", "after", "until", "in advance of", "leading up to", "leading into", "heading into", "since"}

// anchorDate reports whether the date phrase d, in text, dates a
// happening its clause only measures itself against: a possessive
// ("Tuesday's primary", "Saturday night's debate") or a phrase after
// "ahead of", "before", "after" within a few words ("ahead of voting
// Tuesday"). A date after "since" that a when-clause follows dates that
// clause ("since 1987, when six miners drowned"): no anchor.
func anchorDate(text string, d Date) bool {
	if d.Start < 0 || d.End > len(text) || d.Start > d.End {
		return false
	}
	after := text[d.End:min(len(text), d.End+24)]
	phrase := strings.TrimRight(d.Phrase, " ")
	if strings.HasSuffix(phrase, "'s") || strings.HasSuffix(phrase, "’s") {
		return true
	}
	if strings.HasPrefix(after, "'s ") || strings.HasPrefix(after, "’s ") {
		return true
	}
	if rest, ok := strings.CutPrefix(after, " night's "); ok && rest != "" {
		return true
	}
	if rest, ok := strings.CutPrefix(after, " night’s "); ok && rest != "" {
		return true
	}
	if modifiesNoun(text, d) {
		return true
	}
	before := strings.ToLower(text[max(0, d.Start-40):d.Start])
	// the last four words before the phrase, as "ahead of voting" or
	// "before the vote on"
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		if strings.ContainsAny(ws[k], ",;:.") && k < len(ws)-1 {
			break // another clause
		}
		tail := strings.Join(ws[k:], " ")
		for _, a := range anchorWords {
			if (strings.HasPrefix(tail, a+" ") || tail == a) && !(a == "since" && whenClause(text, d)) && !(a == "before" && d.From.Precision == timeline.Day && beforeBody(tail)) {
				return true
			}
		}
	}
	return false
}

// beforeBody reports whether "before" opening tail stands before a body
// of people, in front of whom something is done, not before a happening:
// "appeared before magistrates on Tuesday", "testified before the
// committee on Monday" date their clause's own happening. anchorDate
// reads it so for a day only: a month or a year so placed ("before
// Congress earlier this month") stays a loose footing, as on PolNeAR the
// one join it made otherwise was wrong.
func beforeBody(tail string) bool {
	ws := strings.Fields(tail)[1:]
	for len(ws) > 0 && (ws[len(ws)-1] == "on" || ws[len(ws)-1] == "in" || ws[len(ws)-1] == "at") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	// the noun "before" governs, the last of its words: "before the
	// harbour committee"
	w := strings.Trim(ws[len(ws)-1], ",;:.“”\"'’()")
	return groupNouns[w] || hearingBodies[w]
}

// hearingBodies are people sitting together to hear, judge or decide, that
// something is done before.
var hearingBodies = set(`magistrates magistrate judge tribunal panel senate assembly audience`)

// modifiesNoun reports whether the date phrase d stands between an
// article and the noun it dates, as a modifier: "the Saturday primary",
// "a Tuesday vote". It then dates that happening, not the clause's.
func modifiesNoun(text string, d Date) bool {
	ws := strings.Fields(text[max(0, d.Start-8):d.Start])
	if len(ws) == 0 || !subjectDeterminers[strings.ToLower(ws[len(ws)-1])] || strings.ContainsAny(d.Phrase, " ,") {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[d.End:min(len(text), d.End+30)], " "), " ")
	return d.End < len(text) && text[d.End] == ' ' && datedNoun(d.Phrase, next)
}
