package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A date discrepancy says two outlets disagree on when one happening
// took place. It is worth an analyst's time only when the two sides do
// report one happening: a clash is kept (see join) only between sound
// members of one event, two sentences that name the same participant
// and the same action, each dated by a day or a week it says has passed
// (see soundPair). A sentence that joined loosely (naming no one,
// standing for someone by a pronoun, dated by a month), one whose action
// differs ("the government on Thursday ordered an inquiry into the
// collapse" beside "ferrymen will walk out from Friday after the
// collapse"), and a forecast ("the harbour would reopen on Monday", "on
// course to win the seat in the vote on May 4") make no discrepancy: the
// mention does not join the event whose date it contradicts, and reports
// a happening of its own. On a reader's story all three date
// discrepancies were such; on PolNeAR, eight of nine.

// soundClash reports whether m, dated d, may join event i although its
// date clashes with the event's: m and the source that dates the event
// are sound members of one event (see soundPair). A curated event's
// date is its curator's: only a forecast is kept from clashing with it.
func (x *extractor) soundClash(m *mention, d Date, i int) bool {
	cl := x.clusters[i]
	if cl.curated {
		return !forecast(m.article, d)
	}
	b := x.basisMention(i)
	return b != nil && x.soundPair(m, d, b, cl.basisDate)
}

// basisMention is the mention of extracted event i whose date dates it,
// nil when none does.
func (x *extractor) basisMention(i int) *mention {
	e, cl := &x.parts.Events[i], x.clusters[i]
	if cl.curated || cl.basis < 0 || cl.basis >= len(e.Sources) {
		return nil
	}
	src := e.Sources[cl.basis]
	for k := range cl.mentions {
		o := &cl.mentions[k]
		if o.article.ID == src.Article && o.start == src.Start && o.caption == src.Caption {
			return o
		}
	}
	return nil
}

// soundPair reports whether a, dated da, and b, dated db, whose dates
// clash, may stand as two sides of a date discrepancy: neither date is a
// forecast or coarser than a week, neither stands for its participant by
// a pronoun, and they share a participant (see sameParticipant) and the
// action (see sameActionPair).
func (x *extractor) soundPair(a *mention, da Date, b *mention, db Date) bool {
	if forecast(a.article, da) || forecast(b.article, db) {
		return false
	}
	if da.From.Precision > timeline.Week || db.From.Precision > timeline.Week {
		return false
	}
	if len(a.pronoun) > 0 || len(b.pronoun) > 0 {
		return false
	}
	if !x.sameParticipant(a, b) {
		return false
	}
	return x.sameActionPair(a, b)
}

// sameParticipant reports whether a and b name one participant: an
// actor both name; or one's main verb and minSameWords more words in the
// other's own words, which say what was done to whom though the two
// name its doer differently ("The government ordered an independent
// inquiry", "the minister's decision to order an independent inquiry");
// or, where one names no actor or both subjects are things rather than
// names (the actors they name are then only mentioned), the same story
// entity (see cluster_entity.go), the same thing as subject ("Long
// queues formed outside branches", "The queues first appeared"), the
// subject of one in the other's main clause ("the notice … did not go
// out until Monday", "Callow Water issued the notice on Tuesday"), or
// the same news action as main verb ("Police arrested two men", "The
// pair were arrested").
func (x *extractor) sameParticipant(a, b *mention) bool {
	if slices.ContainsFunc(a.actors, func(id string) bool { return slices.Contains(b.actors, id) }) {
		return true
	}
	if x.sharedWords(a, b, true) {
		return true
	}
	ha, hb := subjectStem(a), subjectStem(b)
	if len(a.actors) > 0 && len(b.actors) > 0 && (ha == "" || hb == "") {
		return false
	}
	if a.entity != "" && a.entity == b.entity {
		return true
	}
	if ha != "" && (ha == hb || slices.Contains(mainStems(b), ha)) || hb != "" && slices.Contains(mainStems(a), hb) {
		return true
	}
	v := mentionVerb(a)
	return v != "" && v == mentionVerb(b) && eventClass(v)
}

// forecast reports whether d, in article a, dates a happening still to
// come when a was written: its words look ahead (Tense), or it falls
// after the day a was published ("the port would reopen on Monday",
// written on a Thursday). A forecast never dates, nor contradicts, what
// another outlet reports as past.
func forecast(a *timeline.Article, d Date) bool {
	if d.Tense == timeline.Future {
		return true
	}
	return !a.Published.IsZero() && d.From.First().After(a.Published.Last())
}

// sameActionPair reports whether a and b report the same action: the
// main verbs of their titles are one, or one's main verb stands in the
// other's sentence ("The crisis began on March 3, when Voss ordered the
// sluices closed"), or a word of a news action's class in one's main
// clause stands in the other's sentence ("agreed to buy Marrowgate",
// "came the sale to Northwall"; see eventClass), or, where a title
// gives no verb, both sentences hold one such word; or the main clause
// of one shares minSameWords telling words that name no participant
// with the other's sentence ("brought its tractors to the bridge",
// "blocked the border bridge with their tractors").
func (x *extractor) sameActionPair(a, b *mention) bool {
	va, vb := mentionVerb(a), mentionVerb(b)
	sa, sb := ownStems(a), ownStems(b)
	if va != "" && (va == vb || slices.Contains(sb, va)) || vb != "" && slices.Contains(sa, vb) {
		return true
	}
	own := func(main, stems []string) []string {
		return slices.DeleteFunc(slices.Clone(main), func(s string) bool { return !slices.Contains(stems, s) })
	}
	ma, mb := own(mainStems(a), sa), own(mainStems(b), sb)
	class := func(main, stems []string) bool {
		return slices.ContainsFunc(main, func(s string) bool { return s != "" && eventClass(s) && slices.Contains(stems, s) })
	}
	if class(ma, sb) || class(mb, sa) || (va == "" || vb == "") && class(sa, sb) {
		return true
	}
	return x.sharedWords(a, b, false)
}

// sharedWords reports whether the main clause of a or b, read in its own
// words (see ownStems), shares minSameWords telling words that name no
// participant with the other's own words; with verb, one's main verb
// must stand in the other's own words too, and is not counted.
func (x *extractor) sharedWords(a, b *mention, verb bool) bool {
	va, vb := mentionVerb(a), mentionVerb(b)
	sa, sb := ownStems(a), ownStems(b)
	if verb && !(va != "" && slices.Contains(sb, va) || vb != "" && slices.Contains(sa, vb)) {
		return false
	}
	names := nameStems(append(slices.Clone(a.actors), b.actors...))
	words := func(main, own, stems []string) bool {
		n := 0
		for _, s := range main {
			if s != "" && s != va && s != vb && slices.Contains(own, s) && !names[s] && !genericHeads[s] && x.weights[s] >= minTelling && slices.Contains(stems, s) {
				n++
			}
		}
		return n >= minSameWords
	}
	return words(mainStems(a), sa, sb) || words(mainStems(b), sb, sa)
}

// ownStems are the stems of m's sentence outside its quotations and its
// clauses of another time ("spoke Thursday night after becoming the
// first woman to win the nomination": the winning came before, and is
// another happening): the words that may say what its date dates.
func ownStems(m *mention) []string {
	text := m.article.Text.Verbatim()
	var skip [][2]int
	quote := -1
	for i := m.start; i < m.end; i++ {
		switch {
		case strings.HasPrefix(text[i:], "“") || text[i] == '"' && quote < 0:
			if quote < 0 {
				quote = i
			}
		case strings.HasPrefix(text[i:], "”") || text[i] == '"':
			if quote >= 0 {
				skip, quote = append(skip, [2]int{quote, i + 1}), -1
			}
		case quote < 0 && (i == m.start || text[i-1] == ' ') && otherTime(text[i:m.end]):
			j := i + strings.IndexAny(text[i:m.end]+",", ",;—")
			skip = append(skip, [2]int{i, j})
			i = j
		}
	}
	if quote >= 0 {
		skip = append(skip, [2]int{quote, m.end})
	}
	return stemsOf(text, m.start, m.end, skip)
}

// otherTime reports whether t opens with a word that sets a clause at
// another time than its sentence's: "after", "before", "since", "until".
func otherTime(t string) bool {
	for _, w := range []string{"after ", "before ", "since ", "until "} {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) {
			return true
		}
	}
	return false
}

// minSameWords is how many telling words of its main clause a sentence
// whose verb differs from another's shares with it to report one action.
const minSameWords = 2

// mainStems are the stems of m's main clause, as its title reads it,
// read once (judge reads them alike).
func mainStems(m *mention) []string {
	if m.main == nil {
		t, _ := mentionTitle(m)
		m.main = append(stemsOf(t, 0, len(t), nil), "") // read once, even when empty
	}
	return m.main
}

// soundMerge reports whether extracted events a and b, whose dates
// clash, may merge: the sources that date them are sound members of one
// event (see soundPair), as the discrepancy the merge makes sets them
// side by side.
func (x *extractor) soundMerge(a, b int) bool {
	ma, mb := x.basisMention(a), x.basisMention(b)
	return ma != nil && mb != nil && x.soundPair(ma, x.clusters[a].basisDate, mb, x.clusters[b].basisDate)
}
