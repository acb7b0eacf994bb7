package extract

import (
	"slices"
	"strings"
	"unicode"
)

// A dated sentence whose subject is a thing the story is about, named by
// a common noun ("The museum was founded in 1911", "The insurer put up a
// reward on Thursday"), names no actor and no group, yet reports a
// happening of the story. Such a subject is a story entity when the
// corpus's own articles keep naming it: its head noun, after a definite
// determiner, is the subject of dated sentences in two articles at least
// (counted from the corpus itself, as the weighted words are). A
// sentence with a story entity as its subject is a mention with that
// entity as its participant: it names no actor, so it joins an event as
// a group subject does (see agreeWithoutActors), on the very date and the
// kind of happening.

// storyHead is the head noun, in lower case, of the subject of the
// sentence text[s:e] (dated by d, see readSubject) when that subject is
// a definite noun phrase of common nouns: "The museum", "Its ground-floor
// galleries", "The northern part of the town" (its head, "part"). ""
// otherwise: a name, a pronoun, a number, a time ("The day after …").
func storyHead(text string, s, e int, d Date) string {
	sub, ok := readSubject(text, s, e, d)
	if !ok || sub.head < 1 || sub.verbAt >= 0 && sub.verbAt <= sub.head {
		return ""
	}
	if !definiteWords[strings.ToLower(sub.ws[0])] {
		return ""
	}
	for _, w := range sub.ws[1 : sub.head+1] {
		w = strings.Trim(w, ",;:.“”\"'’()")
		if w == "" || startsUpper(w) || strings.ContainsFunc(w, unicode.IsDigit) {
			return "" // a name or a figure: "The Maritime Board", "The 2,000-florin cap"
		}
	}
	h := strings.ToLower(strings.Trim(sub.ws[sub.head], ",;:.“”\"'’()"))
	h = strings.TrimSuffix(strings.TrimSuffix(h, "'s"), "’s")
	if len(h) < 3 || strings.ContainsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) ||
		openingTimes[h] || notEntities[h] {
		return ""
	}
	return h
}

// definiteWords open a subject that names something the reader knows.
var definiteWords = set(`the its their`)

// notEntities are heads of a definite subject that name no thing of a
// story: times and positions in a sequence.
var notEntities = set(`time times hour hours days weeks months years weekend decade century
	first last rest latter former other others same end beginning start`)

// storyEntities returns the head nouns of ms's definite subjects (see
// storyHead) that two articles of read or more name after a definite
// determiner, anywhere in their text: "the museum", "its galleries"
// (each article's such words read alone, see entityWords).
func storyEntities(ms []*mention, read []readArticle) map[string]bool {
	wanted := map[string]int{}
	for _, m := range ms {
		if m.head != "" {
			wanted[m.head] = 0
		}
	}
	if len(wanted) == 0 {
		return nil
	}
	for _, r := range read {
		for _, l := range r.entityWords {
			if _, ok := wanted[l]; ok {
				wanted[l]++
			}
		}
	}
	out := map[string]bool{}
	for h, k := range wanted {
		if k >= 2 {
			out[h] = true
		}
	}
	return out
}

// entityWords returns, once each, the words of text that may head a
// noun phrase after a definite determiner, lower-cased without a
// possessive (see storyEntities): one pass over the article's words,
// which its prepare makes on any processor.
func entityWords(text string) []string {
	var out []string
	seen := map[string]bool{}
	after := 0 // words still read after a determiner
	for w := range strings.FieldsSeq(text) {
		t := trimEntityPunct(w)
		if after == 0 && !mayBeDefinite(t) {
			continue // neither a determiner nor a word after one
		}
		l := strings.ToLower(t)
		switch {
		case definiteWords[l]:
			after = maxEntityWords
			continue
		case after == 0:
			continue
		case t == "" || startsUpper(t):
			after = 0
			continue
		}
		after--
		l = strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
		if t != w {
			after = 0 // punctuation ends the noun phrase
		}
	}
	return out
}

// maxEntityWords is how many words after a determiner may be its noun
// phrase's head: "the ground-floor galleries".
const maxEntityWords = 3

// sameEntity reports whether m and the event of cl, when either was read
// for a story entity alone, have it as the subject: the entity is the
// participant the other must have, as a sentence naming an actor joins
// only an event of that actor. A word shared is not enough: "The issue
// could become a factor in November" and "Abortion will become a larger
// issue in November" report two things.
func sameEntity(m *mention, cl *cluster) bool {
	if m.entity != "" && !slices.ContainsFunc(cl.mentions, func(o mention) bool { return o.head == m.entity }) {
		return false
	}
	return cl.entity == "" || m.head == cl.entity
}

// entitiesAgree reports whether two events, when either was started by a
// mention read for a story entity alone, both have it as a subject.
func entitiesAgree(a, b *cluster) bool {
	has := func(cl *cluster, h string) bool {
		return h == "" || slices.ContainsFunc(cl.mentions, func(o mention) bool { return o.head == h })
	}
	return has(b, a.entity) && has(a, b.entity)
}

// datesOwnClause reports whether the date phrase d, in the sentence of
// text opening at start, dates the clause its subject opens, as a
// mention read for a story entity alone must: not a happening it is
// measured against ("came 15 days before the caucuses on Feb. 1", see
// anchorDate) nor one a relative clause tells of ("worsened by the
// recession that began in 2008").
func datesOwnClause(text string, start int, d Date) bool {
	if d.Start < start || d.Start > len(text) || anchorDate(text, d) {
		return false
	}
	before := text[max(start, d.Start-maxClauseBack):d.Start]
	if i := strings.LastIndexAny(before, ",;:—–()"); i >= 0 {
		before = before[i+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if otherClauseWords[w] {
			return false
		}
	}
	return true
}

// maxClauseBack is how far before a date phrase its clause is read.
const maxClauseBack = 80

// otherClauseWords, between a clause's subject and a date phrase, make
// the date another happening's: "before", "ahead of" (see anchorWords),
// a relative pronoun.
var otherClauseWords = set(`before after ahead until since that which who whom whose when where while`)
