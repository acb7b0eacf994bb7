package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A happening the sentence before dates is often measured against
// another: "The company made its offer last Thursday. It came a day after
// the last restrictions were lifted", "Police arrested two men on Friday.
// The arrests came three days after detectives issued CCTV images". The
// clause after "after" reports a happening of its own, dated by counting
// back from the day the sentence before gives: Wednesday, Tuesday. Such
// a clause is read as a mention of that day (the sentence is its source,
// the words "three days after" what dates it), when the sentence gives
// no date of its own and the sentence before gives one day only.

// reCameAfter finds "came three days after", "followed a week before".
var reCameAfter = lazyRegexp(`(?i)\b(?:came|followed|happened|occurred)\s+((a|one|two|three|four|five|six|seven|\d)\s+(day|days|week|weeks)\s+(after|before))\s+`)

// countWords are the counts reCameAfter reads in words.
var countWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

// readCameAfter adds to pending the clauses counted from a happening the
// sentence before dates (see reCameAfter).
func (x *extractor) readCameAfter(a *timeline.Article, r *reader, furniture []Furniture, dates []Date, view string, matches [][]int) {
	text := a.Text.Verbatim()
	for _, l := range matches {
		lo, hi := dateSentenceStart(text, l[0]), dateSentenceEnd(text, l[0])
		ref, ok := dayBefore(text, dates, lo, hi)
		if !ok {
			continue
		}
		n, ok := countWords[strings.ToLower(text[l[4]:l[5]])]
		if !ok {
			n, _ = strconv.Atoi(text[l[4]:l[5]])
		}
		if strings.HasPrefix(strings.ToLower(text[l[6]:l[7]]), "week") {
			n *= 7
		}
		if strings.EqualFold(text[l[8]:l[9]], "after") {
			n = -n // the clause's happening came first
		}
		t := ref.From.First().AddDate(0, 0, n)
		d := Date{Start: l[2], End: l[3], Phrase: text[l[2]:l[3]], From: timeline.DayDate(t.Year(), t.Month(), t.Day()), Relative: true, Tense: timeline.Past}
		clause := l[1] // the clause after "after"
		for _, c := range x.candidates(a, r, furniture, []Date{d}, nil) {
			// what the clause names, not the sentence's subject
			c.names = keepFrom(c.names, clause)
			c.short = keepFrom(c.short, clause)
			c.actors = c.actors[:0]
			for _, m := range c.names {
				if !slices.Contains(c.actors, m.id) {
					c.actors = append(c.actors, m.id)
				}
			}
			c.group, c.event, c.verb = subjectOf(text, clause, c.end, d)
			c.head = storyHead(text, clause, c.end, d)
			if len(c.actors) == 0 && !c.group && len(c.short) == 0 && c.head == "" {
				continue
			}
			for _, m := range x.mentionsOf(a, view, c) {
				m.from = max(m.from, clause)
				m.stems = stemsOf(view, m.from, m.to, c.skip)
				x.pending = append(x.pending, m)
			}
		}
	}
}

// dayBefore is the one day the sentence before text[lo:hi] gives, when
// text[lo:hi] gives no date of its own.
func dayBefore(text string, dates []Date, lo, hi int) (Date, bool) {
	var found Date
	ok := false
	prev := dateSentenceStart(text, max(0, lo-2))
	for _, d := range dates {
		if d.Start < hi && lo < d.End {
			return Date{}, false // the sentence is dated
		}
		if d.Start < prev || d.End > lo {
			continue
		}
		if d.From.Precision != timeline.Day || !d.To.IsZero() || d.From.Approx || ok && d.From != found.From {
			return Date{}, false
		}
		found, ok = d, true
	}
	return found, ok
}

// keepFrom is ms without the matches that open before at.
func keepFrom(ms []match, at int) []match {
	var out []match
	for _, m := range ms {
		if m.start >= at {
			out = append(out, m)
		}
	}
	return out
}

// countedFrom reports whether text may hold a phrase reCameAfter finds:
// the pattern is run only over those texts.
func countedFrom(text string) bool {
	for _, w := range []string{"ay after ", "ays after ", "eek after ", "eeks after ", "ay before ", "ays before ", "eek before ", "eeks before "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
