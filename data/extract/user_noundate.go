package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A month, a month and year, or a year set between a determiner and a
// noun ("publish the November inspection report", "had received the
// November 2024 inspection report", "blamed the July attack", "leaked the
// 2009 memo") names that noun: which report, which attack. It says nothing
// of when the sentence's verb happened, so it does not date the sentence
// (dateNamesNoun). Three readings keep it: a scheduled happening, whose
// date leans ahead (scheduledPhrase: "the November election"); a noun of
// time ("the 2009 season"); and a phrase the sentence is set in ("died in
// the July attack", "at the November meeting", "dates from a 2011
// refit") or opens with ("The July attack killed 86"), where the noun's
// time is the verb's.
//
// Such a phrase is still a date phrase, and FindDates lists it (TimeML
// marks "the November 1995 assassination" a date); it is marked Names,
// and datingDates leaves it out of the dates a sentence is dated by.

// dateFrameWords before the determiner set the sentence in the noun's time.
var dateFrameWords = set(`in during throughout at amid since from until by before after`)

// dateNounDeterminers open a phrase whose date names its noun. "That" is
// left out ("said that 2009 was" is a conjunction), and so are the
// possessives, whose date leanOf already reads as a modifier ("must file
// their April reports" is the April to come).
var dateNounDeterminers = set(`the a an`)

// dateTimeNouns are nouns of time: a date naming one dates what happened
// within it ("the 2009 season").
var dateTimeNouns = set(`season seasons session sessions term terms quarter quarters half year years month months
	week weeks weekend period periods holiday holidays summer winter spring autumn fall campaign window cycle
	budget fiscal financial school academic tax calendar crop harvest`)

// dateNamesNoun reports whether the phrase at [s, e), resolved to
// precision p, names the noun after it rather than dating its sentence.
func dateNamesNoun(text string, s, e int, p timeline.Precision) bool {
	if p != timeline.Month && p != timeline.Year || s < 0 || e > len(text) || s >= e || datePrepFirst(text[s:e]) {
		return false
	}
	det := datePrevWord(text, s)
	if !dateNounDeterminers[det] {
		return false
	}
	k := s
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	for k > 0 && dateIsWordByte(text[k-1]) {
		k--
	}
	j := k
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 || !dateIsAlnum(text[j-1]) {
		return false // the phrase opens its sentence or clause: "The July attack killed 86"
	}
	if dateFrameWords[datePrevWord(text, k)] {
		return false
	}
	next := dateNextWord(text, e)
	r, _ := utf8.DecodeRuneInString(next)
	if next == "" || !unicode.IsLower(r) {
		return false
	}
	l := strings.ToLower(next)
	return !scheduledNouns[l] && !scheduledStops[l] && !dateTimeNouns[l] && !scheduledPhrase(text, s, e)
}

// datingDates returns the dates that may date their sentences: dates
// without those that name a noun (Date.Names). It returns dates itself
// when none does.
func datingDates(dates []Date) []Date {
	i := slices.IndexFunc(dates, func(d Date) bool { return d.Names })
	if i < 0 {
		return dates
	}
	out := slices.Clone(dates[:i])
	for _, d := range dates[i+1:] {
		if !d.Names {
			out = append(out, d)
		}
	}
	return out
}

// dateAppositiveVerbs are the words that make the words between a comma
// and a date a clause, with a verb of its own, rather than a noun phrase.
var dateAppositiveVerbs = set(`is was are were be been being has had have will would can could may might must shall should
	do does did said says say told who which that when where whose while as if because after before since`)

// dateInAppositive reports whether the phrase at [s, e) closes a noun
// phrase set after a comma, with no verb of its own, whose head is
// followed by "of": "came on a holiday, the anniversary of the storming
// of the Bastille on July 14, 1789". The date tells which storming; the
// sentence's verb happened on the holiday, not in 1789. The date must end
// the noun phrase, and no word in it may be a verb (dateAppositiveVerbs,
// datePastWords, a word in -ed): "On Monday, the price of oil rose in
// March" is a clause.
func dateInAppositive(text string, s, e int) bool {
	if rest := strings.TrimLeft(text[e:], " "); rest != "" && !strings.ContainsAny(rest[:1], ".,;\n") {
		return false // the noun phrase ends with the date
	}
	lo := max(0, s-160)
	i := strings.LastIndexAny(text[lo:s], ",;:.!?\n()\"“”")
	if i < 0 || text[lo+i] != ',' {
		return false
	}
	head := strings.TrimSpace(text[lo : lo+i])
	if head == "" || strings.ContainsAny(head[max(0, len(head)-1):], ".!?\n") {
		return false // the comma must close a clause of the sentence
	}
	words := strings.Fields(strings.ToLower(text[lo+i+1 : s]))
	if len(words) < 3 || len(words) > 14 || !dateNounDeterminers[words[0]] && !datePossessives[words[0]] {
		return false
	}
	of := false
	for _, w := range words {
		w = strings.Trim(w, "'’")
		if dateAppositiveVerbs[w] || datePastWords[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
		of = of || w == "of"
	}
	return of
}
