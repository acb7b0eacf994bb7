package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A phrase counted from a happening ("the day after the flood", "two
// days after the theft") is read from the article when it dated the
// happening (see dateOfHappening). Often it did not: one outlet dates the
// flood, another says only that shares fell "the day after the flood".
// Such a sentence is kept aside as a mention waiting for its date, and
// once every article is read its happening is looked for among the
// corpus's dated mentions whose words name it (a word opening with the
// noun's stem or another word of its kind) in the other articles of the
// weeks before it was published (its own article named none before the
// phrase, or dateOfHappening would have read it; one after it names
// something later: "an inquiry into the flooding"). The day most of them
// give, given by two at least and by more than any other day, dates the
// happening, when they are more than half of those that name it; the
// phrase counts from it.

// anchor is what a mention waiting for its date counts from.
type anchor struct {
	read  dateRead // the phrase's reading: the periods counted, and the noun
	stems []string // what the words naming the happening open with
}

// reAnchored finds the phrases counted from a happening.
var reAnchored = lazyRegexp(datePatAnchored)

// anchorReach is how many days before an article's publication another
// article's dated mention of the happening may be.
const anchorReach = 30

// readAnchored adds to pending, as mentions waiting for their date, a's
// sentences that no date phrase dates but a phrase counted from a
// happening the article does not date.
func (x *extractor) readAnchored(a *timeline.Article, r *reader, furniture []Furniture, dates []Date, view string, phrases [][]int) {
	if a.Published.Precision != timeline.Day {
		return
	}
	text := a.Text.Verbatim()
	for _, l := range phrases {
		k, ok := dateBuildAnchored(text, l)
		if !ok || k.read.anchor == "" || k.read.unit != timeline.Day && k.read.unit != timeline.Week {
			continue
		}
		lo, hi := dateSentenceStart(text, k.start), dateSentenceEnd(text, k.start)
		if slices.ContainsFunc(dates, func(d Date) bool { return d.Start < hi && lo < d.End }) {
			continue // the sentence is dated, or the phrase was read from the article
		}
		// placeholder: the sentence is read as a candidate at the phrase,
		// dated when the corpus is read (see resolveAnchored)
		d := Date{Start: k.start, End: k.end, Phrase: text[k.start:k.end], From: a.Published, Relative: true}
		for _, c := range x.candidates(a, r, furniture, []Date{d}, nil) {
			for _, m := range x.mentionsOf(a, view, c) {
				m.anchor = &anchor{read: k.read, stems: dateAnchorStems(k.read)}
				x.pending = append(x.pending, m)
			}
		}
	}
}

// anchoredWindows are what every phrase counted from a happening holds:
// "after the", "before that", or a clause's pronoun subject ("the day
// after he was brought up").
var anchoredWindows = []string{" after th", " before th", " after he ", " after she ", " after it ", " before he ", " before she ", " before it "}

// mayAnchor reports whether text may hold a phrase counted from a
// happening.
func mayAnchor(text string) bool {
	return slices.ContainsFunc(anchoredWindows, func(w string) bool { return strings.Contains(text, w) })
}

// anchoredPhrases are the matches of datePatAnchored in text, read only
// around "after the" and "before the" (or "that", "this"), which every
// phrase counted from a named happening holds: the pattern is not run
// over whole texts.
func anchoredPhrases(text string) [][]int {
	var out [][]int
	for _, w := range anchoredWindows {
		for i := 0; ; {
			j := strings.Index(text[i:], w)
			if j < 0 {
				break
			}
			j += i
			lo := max(0, j-48)
			for lo > 0 && text[lo-1] != ' ' && text[lo-1] != '\n' {
				lo-- // the window opens on a word's start
			}
			if l := reAnchored().FindStringSubmatchIndex(text[lo : j+len(w)]); l != nil {
				for k := range l {
					if l[k] >= 0 {
						l[k] += lo
					}
				}
				out = append(out, l)
			}
			i = j + len(w)
		}
	}
	return out
}

// resolveAnchored dates the mentions waiting for their date (see
// anchor), and drops those whose happening the corpus does not date.
func (x *extractor) resolveAnchored() {
	byPrefix := map[string][]*mention{} // a stem's first four letters -> dated mentions holding it
	waiting := false
	for _, m := range x.pending {
		if m.anchor != nil {
			waiting = true
			continue
		}
		if m.date.From.Precision != timeline.Day || !m.date.To.IsZero() {
			continue
		}
		for _, s := range m.stems {
			if len(s) >= 4 {
				if p := byPrefix[s[:4]]; len(p) == 0 || p[len(p)-1] != m {
					byPrefix[s[:4]] = append(p, m)
				}
			}
		}
	}
	if !waiting {
		return
	}
	x.pending = slices.DeleteFunc(x.pending, func(m *mention) bool {
		if m.anchor == nil {
			return false
		}
		ref, ok := happeningDate(m, byPrefix)
		if !ok {
			return true
		}
		from, ok := m.anchor.read.readAfter(ref)
		if !ok {
			return true
		}
		d := m.date
		d.From, d.Relative = from, false
		m.date, m.dates, m.all, m.spans = d, []Date{d}, []Date{d}, []days{daysOf(d.From, d.To)}
		m.anchor = nil
		return false
	})
}

// happeningDate is the day the happening m counts from: the one most of
// the mentions naming it give in the other articles published within
// anchorReach days before m's.
func happeningDate(m *mention, byPrefix map[string][]*mention) (timeline.Date, bool) {
	pub := m.article.Published.First().Unix() / 86400
	votes := map[timeline.Date]int{}
	seen := map[*mention]bool{}
	for _, st := range m.anchor.stems {
		if len(st) < 4 {
			continue
		}
		for _, o := range byPrefix[st[:4]] {
			if seen[o] || !slices.ContainsFunc(o.stems, func(s string) bool { return strings.HasPrefix(s, st) || strings.HasPrefix(st, s) && len(s) >= 4 }) {
				continue
			}
			seen[o] = true
			day := o.date.From.First().Unix() / 86400
			if o.article != m.article && day <= pub && day >= pub-anchorReach && o.article.Published.First().Unix()/86400 <= pub {
				votes[o.date.From]++
			}
		}
	}
	return mostGiven(votes, 2)
}

// mostGiven is the date most often counted in votes, given at least
// least times and by more than half the votes, or the one date given
// least times: where the corpus names many happenings by the noun (a
// campaign's "attacks", "debates"), none holds a majority, several are
// given often, and the phrase is left undated.
func mostGiven(votes map[timeline.Date]int, least int) (timeline.Date, bool) {
	var best timeline.Date
	n, second, total := 0, 0, 0
	for d, v := range votes {
		total += v
		switch {
		case v > n || v == n && timeline.Compare(d, best) < 0:
			// a tie leaves the count it ties as the second, whichever
			// of the two the map gives first
			second = n
			best, n = d, v
		case v > second:
			second = v
		}
	}
	// a day no other is given as often as least: the mentions naming the
	// happening in passing, each dated by what it reports ("fishing has
	// been banned since March 6, after the ferry ran aground"), give one
	// day each
	return best, n >= least && n > second && (2*n > total || second < least)
}
