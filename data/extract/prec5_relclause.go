package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A date inside a relative clause that modifies a noun ("An inquiry into
// the collapse that killed two dockers in March found …, its chairman
// said on Monday") tells when the noun's happening was, not when the
// sentence's own verb was. When another date of the sentence stands in
// its main clause, the clause's date dates a mention of the noun's
// happening whose words are the noun and its clause ("the crane collapse
// that killed two dockers in March"), not the main clause's (nounClause).
// Told in passing, that mention joins another report of the happening
// and starts no event of its own (mentionsOf marks it aside), as a
// when-clause after "since" does. A sentence whose only date is the
// clause's is read as before, and so is a person's clause set off by a
// comma (", who died in February,"), which relativeClause reads.

// relativePronouns open a relative clause.
var relativePronouns = set(`that which who`)

// relativeVerbStarts may stand first in a relative clause's verb: "that
// was closed", "which had warned", "who has led".
var relativeVerbStarts = set(`is was are were has had have will would could can may might been be`)

// clauseWord is a word of a clause and where it stands.
type clauseWord struct {
	w          string
	start, end int
}

// nounClause returns the words, from start to end, of the noun and its
// relative clause that hold the dates of g, when g's dates stand in such
// a clause (dateRelativeAt) and a date of another group of groups stands
// in the sentence's main clause (dateInMainClause), within lo to hi.
func nounClause(view string, lo, hi int, g []Date, groups [][]Date) (start, end int, ok bool) {
	if len(groups) < 2 || len(g) == 0 {
		return 0, 0, false
	}
	first, last := g[0].Start, g[len(g)-1].End
	if first < lo || last > hi {
		return 0, 0, false
	}
	ws, k := dateRelativeAt(view, first)
	if k < 0 || ws[k].start < lo {
		return 0, 0, false
	}
	main := slices.ContainsFunc(groups, func(o []Date) bool {
		return o[0].Start != first && slices.ContainsFunc(o, func(d Date) bool { return dateInMainClause(view, d.Start) })
	})
	if !main {
		return 0, 0, false
	}
	// the noun phrase: back from the pronoun over its words to its
	// determiner, at most four words, stopping at a preposition or a verb
	n := k - 1
	for steps := 0; n > 0 && steps < 4; steps++ {
		p := strings.ToLower(ws[n-1].w)
		if dateNounDeterminers[p] || datePossessives[p] {
			n--
			break
		}
		if dateFunctionWords[p] || dateClauseVerb(p) || dateAppositiveVerbs[p] || !dateIsAlnum(p[len(p)-1]) {
			break
		}
		n--
	}
	return max(lo, ws[n].start), last, true
}

// clauseVerb reports whether the date d stands in a relative clause on a
// noun, and returns the stem of that clause's verb ("an issue that
// helped him pull off a win last month": "help"). A sentence dated so
// tells the noun's happening in passing: from another outlet it joins
// an event only when the event says that verb or the sentence's own main
// verb ("Roof is accused of a massacre … that left nine dead last year"
// joins "Roof is accused of killing nine people"), not on the names and
// the month the two share (crossOutletVeto).
func clauseVerb(text string, d Date) (string, bool) {
	ws, k := dateRelativeAt(text, d.Start)
	if k < 0 {
		return "", false
	}
	for _, w := range ws[k+1:] {
		l := strings.ToLower(strings.Trim(w.w, ",;:.“”\"'’()"))
		if relativeVerbStarts[l] || verbAdverbs[l] || strings.HasSuffix(l, "ly") {
			continue
		}
		s, _ := contentStem(l)
		return s, true
	}
	return "", true
}

// dateInMainClause reports whether the phrase at s stands in its
// sentence's main clause: no relative pronoun, "where", "when" or
// conjunction ("because", "that", "if") opens a clause before it in its
// clause that has not ended ("a number that could be higher on
// Saturday", "Nevada, where voters in 2008 …", "the prospect that the
// November election will"). A relative clause ends at the main clause's
// verb: "A hearing officer who was appointed in March ruled on Monday".
func dateInMainClause(text string, s int) bool {
	ws := dateClauseWords(text, s)
	for k := 0; k < len(ws); k++ {
		if !dateSubordinators[strings.ToLower(ws[k].w)] {
			continue
		}
		v := relativeVerbEnd(ws, k)
		if v < 0 {
			return false
		}
		for v < len(ws) && !dateClauseVerb(ws[v].w) && !dateAppositiveVerbs[strings.ToLower(ws[v].w)] {
			v++
		}
		if v == len(ws) {
			return false // the phrase stands in the relative clause
		}
		k = v
	}
	return true
}

// dateSubordinators open a clause that is part of another.
var dateSubordinators = set(`that which who whom whose where when while whereas if unless because although though
	after before since until as once whether`)

// dateClauseWords returns the words of the clause before s: from the
// last comma, colon, semicolon, bracket, quotation mark, dash or sentence
// end before it, at most 240 bytes back.
func dateClauseWords(text string, s int) []clauseWord {
	lo := max(0, s-240)
	for i := s; i > lo; {
		r, n := utf8.DecodeLastRuneInString(text[lo:i])
		if strings.ContainsRune(",;:()\"“”‘—!?\n", r) || r == '.' && i < s && text[i] == ' ' {
			lo = i
			break
		}
		i -= n
	}
	var out []clauseWord
	for i := lo; i < s; {
		for i < s && text[i] == ' ' {
			i++
		}
		j := i
		for j < s && text[j] != ' ' {
			j++
		}
		if j > i {
			out = append(out, clauseWord{text[i:j], i, j})
		}
		i = j
	}
	return out
}

// dateRelativeAt returns the words of the clause before the phrase at s
// and, when the phrase stands in a relative clause that modifies a noun,
// the index among them of its pronoun, else -1. The pronoun follows a
// noun in the same clause (no comma, colon, bracket or quotation mark
// between), is followed by its verb ("that killed", "which was closed",
// "who later led"), and no other verb comes between that verb and the
// phrase: "the company that was founded by Smith announced in March"
// dates the announcing.
func dateRelativeAt(text string, s int) ([]clauseWord, int) {
	words := dateClauseWords(text, s)
	for k := len(words) - 2; k >= 1; k-- {
		if !relativePronouns[words[k].w] {
			continue
		}
		v := relativeVerbEnd(words, k)
		if v < 0 {
			return words, -1 // "said that", "that the port", "that he had"
		}
		for _, w := range words[v:] {
			if dateClauseVerb(w.w) || dateAppositiveVerbs[strings.ToLower(strings.Trim(w.w, "'’"))] {
				return words, -1 // a second verb: the phrase is the main clause's
			}
		}
		return words, k
	}
	return words, -1
}

// relativeVerbEnd returns, when words[k] opens a relative clause on the
// noun before it ("collapse that killed", "officer who was appointed",
// "battle that could continue"), the index of the word after the clause's
// verb, else -1.
func relativeVerbEnd(words []clauseWord, k int) int {
	if k < 1 || k+1 >= len(words) || !relativePronouns[words[k].w] || !dateClauseNoun(words[k-1].w) {
		return -1
	}
	v := k + 1
	if strings.HasSuffix(words[v].w, "ly") && v+1 < len(words) {
		v++ // "that later killed"
	}
	aux := v
	for v < len(words) && relativeVerbStarts[strings.ToLower(words[v].w)] {
		v++
	}
	if v < len(words) && dateClauseVerb(words[v].w) {
		return v + 1 // "that killed", "was killed"
	}
	if v == aux {
		return -1 // "that the port", "that he had": not a relative clause
	}
	return v
}

// dateClauseNoun reports whether w, before a relative pronoun, may be the
// noun it modifies: not a verb that takes a clause ("said that", "found
// that"), a word that joins one ("so that", "now that") or a word of
// function ("of that").
func dateClauseNoun(w string) bool {
	l := strings.ToLower(w)
	if l == "" || !dateIsAlnum(l[len(l)-1]) {
		return false
	}
	return !dateClauseVerb(l) && !dateAppositiveVerbs[l] && !dateClauseJoins[l] && !dateFunctionWords[l]
}

// dateClauseJoins are words before "that" that make it a conjunction.
var dateClauseJoins = set(`so now such than say says think thinks believe believes know knows argue argues claim
	claims show shows suggest suggests mean means ensure warn warns insist insists noted note notes added reported
	given except`)

// dateFunctionWords are no nouns: "$14 million of that seeped out".
var dateFunctionWords = set(`of in on at for with by to from about into onto over under than and or but nor all
	this these those it its their his her our your my them him us me some any each both either neither`)

// dateTimeAdverbs are the datePastWords that are no verbs.
var dateTimeAdverbs = set(`ago last earlier previously already since`)

// dateClauseVerb reports whether w is a verb in the past: one of
// datePastWords, or a word in -ed that dateNotPast does not exempt.
func dateClauseVerb(w string) bool {
	l := strings.ToLower(strings.Trim(w, "'’"))
	if datePastWords[l] && !dateTimeAdverbs[l] {
		return true
	}
	return datePastForm(l)
}
