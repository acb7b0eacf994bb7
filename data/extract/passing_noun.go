package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A date set after a possessed noun of a happening ("contradicting his
// statement in March that he had not seen it", "after their walkout in
// May") tells when that happening was: the owner's statement, their
// walkout.
// When another date of the sentence stands in its main clause ("had
// received the report on December 2, 2024, contradicting his statement
// in March"), the noun's date dates a mention whose words are the noun,
// its date and a that-clause after it, told in passing: it joins another
// report of that happening and starts no event of its own (mentionsOf
// marks it aside), as a noun's relative clause does (nounClause). Read
// as a mention of the whole sentence, it made a second event of one
// sentence, titled by the main clause another event already held.

// possessives own the noun a date is set after.
var possessives = set(`his her its their our my your`)

// possessedNounDate returns the words, from start to end, of the
// possessed noun that g's first date follows ("his statement in March"),
// and of a that-clause after the date, when a date of another group of
// groups stands in the sentence's main clause, within lo to hi.
func possessedNounDate(view string, lo, hi int, g []Date, groups [][]Date) (start, end int, ok bool) {
	if len(groups) < 2 || len(g) == 0 {
		return 0, 0, false
	}
	d := g[0]
	if d.Start < lo || g[len(g)-1].End > hi || !strings.HasPrefix(strings.ToLower(d.Phrase), "in ") {
		return 0, 0, false
	}
	noun, ns := wordBefore(view, lo, d.Start)
	if ns < 0 || !lowerWord(noun) || !happeningNoun(noun) {
		return 0, 0, false
	}
	owner, os := wordBefore(view, lo, ns)
	if os < 0 || !possessives[strings.ToLower(owner)] && !strings.HasSuffix(owner, "'s") && !strings.HasSuffix(owner, "’s") {
		return 0, 0, false
	}
	main := false
	for _, o := range groups {
		if o[0].Start != d.Start && dateInMainClause(view, o[0].Start) {
			main = true
		}
	}
	if !main {
		return 0, 0, false
	}
	end = g[len(g)-1].End
	if rest := view[end:hi]; strings.HasPrefix(rest, " that ") {
		if i := strings.IndexAny(rest[len(" that "):], ",;:.—–()\n"); i >= 0 {
			end += len(" that ") + i
		} else {
			end = hi
		}
	}
	return os, end, true
}

// happeningNoun reports whether w names a happening: a word of a news
// action's class ("vote", "death", "resignation"; see eventClass) or a
// noun of saying ("statement", "remarks", "report"). A date after
// another possessed noun is its verb's ("started marking down her wealth
// in February", "assumed his post in November").
func happeningNoun(w string) bool {
	l := strings.ToLower(w)
	if statementNouns[l] || sayingNouns[l] {
		return true
	}
	s, _ := contentStem(l)
	return s != "" && eventClass(s)
}

// statementNouns name a saying, besides sayingNouns.
var statementNouns = set(`statement statements remark remarks comment comments speech speeches testimony interview
	interviews announcement`)

// wordBefore returns the word of view ending just before at (past
// spaces), and where it starts; -1 when none stands there after lo.
func wordBefore(view string, lo, at int) (string, int) {
	j := at
	for j > lo && view[j-1] == ' ' {
		j--
	}
	i := j
	for i > lo {
		r, n := utf8.DecodeLastRuneInString(view[lo:i])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		i -= n
	}
	if i == j {
		return "", -1
	}
	return view[i:j], i
}

// lowerWord reports whether w is a word in lower case: a common noun.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
