package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// News tells a happening in several sentences, and dates it in one of
// them: "Police arrested two men on Friday. The men were arrested at
// their homes in Aldcastle." The second sentence, which no date phrase
// dates, is read as no mention, yet reports the happening the first
// does. An undated sentence of an article (an echo) whose main verb is
// the main verb of a mention of the same article, and which shares
// with that mention what the action was done to or by (telling words
// other than the verb weighing minWeight, or an actor and words
// weighing minTelling), joins that mention's event as a source once
// every mention has joined: it never starts an event, never joins
// another article's, and dates nothing. Of two events of the article it
// agrees with equally, it joins neither.

// echo is an undated sentence of an article that may tell again a
// happening another sentence of the article dates.
type echo struct {
	start, end int
	verb       string   // the stem of its main verb (see mainVerb)
	subjects   []string // the actors its subject names (see subjectActors)
	// subject: the stems of a definite subject naming no one ("The two
	// men", "That warning"), when subjects is empty
	subject []string
	stems   []string // its content stems, the verb among them
	actors  []string // the actors it names
	// dated are the date phrases of its article, by position: a passage
	// widens over none
	dated [][2]int
}

// maxEchoes bounds the undated sentences read in one article.
const maxEchoes = 200

// readEchoes keeps the undated sentences of a's prose that have a main
// verb, for joinEchoes. It is called only for an article that gave
// mentions.
func (x *extractor) readEchoes(a *timeline.Article, r *reader, clauses []echoClause, dates []Date, view string) {
	text := a.Text.Verbatim()
	var out []echo
	var dated [][2]int
	for _, d := range dates {
		dated = append(dated, [2]int{d.Start, d.End})
	}
	// clauses are the undated sentences with a main verb, read in
	// prepare (echoClauses); what is left needs the names known so far
	for _, c := range clauses {
		if len(out) >= maxEchoes {
			break
		}
		s, end := c.start, c.end
		subjects := subjectActorsTo(r, text, s, c.subjectEnd)
		var subject []string
		if len(subjects) == 0 {
			if subject = c.subject; len(subject) == 0 {
				continue // who acts is not named, nor what: a pronoun, "it"
			}
		}
		names := r.find(text, s, end)
		var skip [][2]int
		var actors []string
		for _, m := range names {
			skip = append(skip, [2]int{m.start, m.end})
			if !slices.Contains(actors, m.id) {
				actors = append(actors, m.id)
			}
		}
		stems := stemsOf(view, s, end, skip)
		if !slices.Contains(stems, c.verb) {
			continue // the verb stood in a name or a quotation
		}
		out = append(out, echo{start: s, end: end, verb: c.verb, subjects: subjects, subject: subject, stems: stems, actors: actors, dated: dated})
	}
	// a's mentions were read last (readMentions): the pending mentions'
	// tail
	for k := len(x.pending) - 1; k >= 0 && x.pending[k].article == a; k-- {
		if m := x.pending[k]; m.subjects == nil {
			m.subjects = append(subjectActors(r, text, view, m.start, m.end), "") // read once, even when none
		}
	}
	if len(out) > 0 {
		if x.echoes == nil {
			x.echoes = map[string][]echo{}
		}
		x.echoes[a.ID] = out
	}
}

// maxEchoGap is the most text between an echo and the passage it
// widens: an event cites one passage per article, so an echo joins by
// widening the passage its article gave to take it in, and only a
// sentence or two away.
const maxEchoGap = 400

// timeNouns say when in words no date phrase reads ("the week after
// his proposal", "days later"): a sentence holding one is not undated.
var timeNouns = set(`week weeks weekend month months year years day days night nights morning
	afternoon evening ago earlier later`)

// tellsItsTimeOrAnother reports whether t holds one of timeNouns, or
// tells a further happening of the kind told before it, not that one
// again: "also", "again", or "too" closing a clause. It reads t's words
// in one pass and makes no slice of them.
func tellsItsTimeOrAnother(t string) bool {
	lastToo := false // the word before was "too" with no mark after it
	for w := range strings.FieldsSeq(t) {
		lastToo = false
		switch l := strings.ToLower(strings.Trim(w, ",;:.“”\"'’()")); {
		case timeNouns[l], l == "also", l == "again":
			return true
		case l == "too" && strings.ContainsAny(w, ",;."):
			return true // "they, too, …"
		case l == "too":
			lastToo = true // "… too." closing t; "too many" does not
		}
	}
	return lastToo
}

// subjectActors returns the actors r finds named in the subject of the
// sentence text[s:e], the words before its finite verb as mainVerbAt
// reads it, or nil when no verb is read.
func subjectActors(r *reader, text, view string, s, e int) []string {
	_, k, j := mainVerbAt(view[s:e])
	if k < 0 || j < 0 {
		return nil
	}
	return subjectActorsAt(r, text, view[s:e], s, k)
}

// subjectActorsAt is subjectActors of the clause t, which starts at s,
// whose finite verb mainVerbAt read as its k-th word.
func subjectActorsAt(r *reader, text, t string, s, k int) []string {
	return subjectActorsTo(r, text, s, s+wordOffset(t, k))
}

// subjectActorsTo returns the actors r finds named in text[s:e], a
// clause's subject, each once, in order.
func subjectActorsTo(r *reader, text string, s, e int) []string {
	var out []string
	for _, m := range r.find(text, s, e) {
		if !slices.Contains(out, m.id) {
			out = append(out, m.id)
		}
	}
	return out
}

// definiteDeterminers open a subject that refers to what the article
// told before: "The men", "That warning", "Those arrested".
var definiteDeterminers = set(`the that this those these`)

// definiteSubjectAt returns the content stems of the subject of the
// clause t = view[s:...] when a definite determiner opens it and no name
// is in it (the caller asks), or nil; mainVerbAt read t as ws, its
// finite verb the k-th word, and found its main verb.
func definiteSubjectAt(view, t string, s int, ws []string, k int) []string {
	if k < 2 || !definiteDeterminers[strings.ToLower(ws[0])] {
		return nil
	}
	return stemsOf(view, s, s+wordOffset(t, k), nil)
}

// joinEchoes joins each echo to the event of its article it tells again
// (see echo above), widening the passage of the article that event
// cites to take the echo in, and returns the echoes joined, by article.
// An echo joins only a passage no other event's source stands between
// it and, nor more than maxEchoGap away.
func (x *extractor) joinEchoes(rep *Report) map[string][]sourced {
	if len(x.echoes) == 0 {
		return nil
	}
	byArticle := map[string][]*mention{}
	for _, m := range x.pending {
		if m.event >= 0 {
			byArticle[m.article.ID] = append(byArticle[m.article.ID], m)
		}
	}
	out := map[string][]sourced{}
	for id, es := range x.echoes {
		ms := byArticle[id]
		if len(ms) == 0 {
			continue
		}
		for _, ec := range es {
			if slices.ContainsFunc(ms, func(m *mention) bool { return m.start < ec.end && ec.start < m.end }) {
				continue
			}
			if x.weights[ec.verb] < minTelling || x.agree.commonAction(ec.verb) {
				continue
			}
			var best *timeline.Source
			bestEvent, bestScore, tie := -1, 0.0, false
			for _, m := range ms {
				src := x.passageOf(m)
				if src == nil || m.caption || !x.nearEcho(ec, src, ms) {
					continue
				}
				score, ok := x.echoes1(ec, m)
				if !ok {
					continue
				}
				switch {
				case bestEvent < 0 || score > bestScore:
					best, bestEvent, bestScore, tie = src, m.event, score, false
				case score == bestScore && m.event != bestEvent:
					tie = true
				}
			}
			if bestEvent < 0 || tie {
				continue
			}
			a := ms[0].article
			*best = timeline.Source{Span: spanOf(a, min(best.Start, ec.start), max(best.End, ec.end)),
				When: best.When, Caption: best.Caption, Tense: best.Tense, Extracted: best.Extracted, Basis: best.Basis}
			out[id] = append(out[id], sourced{bestEvent, ec.start, ec.end})
		}
	}
	x.echoes = nil
	return out
}

// passageOf returns the source of m's event that cites m's article, or
// nil.
func (x *extractor) passageOf(m *mention) *timeline.Source {
	e := &x.parts.Events[m.event]
	for k := range e.Sources {
		if s := &e.Sources[k]; s.Article == m.article.ID && s.Start < m.end && m.start < s.End {
			return s
		}
	}
	return nil
}

// nearEcho reports whether ec stands at most maxEchoGap from the
// passage src, with no sentence another mention of ms reads, nor any
// date phrase, between.
func (x *extractor) nearEcho(ec echo, src *timeline.Source, ms []*mention) bool {
	lo, hi := src.End, ec.start // the text between them
	if ec.end <= src.Start {
		lo, hi = ec.end, src.Start
	}
	if hi < lo || hi-lo > maxEchoGap {
		return false
	}
	return !slices.ContainsFunc(ms, func(m *mention) bool { return m.start < hi && lo < m.end }) &&
		!slices.ContainsFunc(ec.dated, func(d [2]int) bool { return d[0] < hi && lo < d[1] })
}

// echoes1 reports whether ec tells again the happening m reports, and
// how much they share: m's main verb is ec's, and the telling words they
// share besides it, other than generic heads, weigh minWeight, or
// minTelling with an actor both name.
func (x *extractor) echoes1(ec echo, m *mention) (float64, bool) {
	if mentionVerb(m) != ec.verb {
		return 0, false
	}
	need := minWeight
	if !slices.ContainsFunc(ec.subjects, func(id string) bool { return slices.Contains(m.subjects, id) }) {
		// a definite subject naming no one: what it names is in m, and
		// the words shared weigh more
		if !slices.ContainsFunc(ec.subject, func(s string) bool { return s != ec.verb && slices.Contains(m.stems, s) }) {
			return 0, false
		}
		need = minStrong
	}
	weight := 0.0
	for _, s := range ec.stems {
		if s == ec.verb || genericHeads[s] || !slices.Contains(m.stems, s) {
			continue
		}
		if w := x.weights[s]; w >= minTelling {
			weight += w
		}
	}
	actors := 0
	for _, id := range ec.actors {
		if slices.Contains(m.actors, id) {
			actors++
		}
	}
	if weight >= need || need == minWeight && actors > 0 && weight >= minTelling {
		return weight + actorWeight*float64(actors), true
	}
	return 0, false
}
