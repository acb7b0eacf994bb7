package extract

import "strings"

// A word of saying that is also a noun ("report", "claim", "pledge")
// ends a title well when it ends a noun phrase: "had received the
// November 2024 inspection report", "denied the claims". It is the
// noun after a determiner or a possessive, or, in its singular, after
// words that modify it (a month, a year, a singular noun) that one opens:
// "the committee report", not "the senators report" (sayingNoun).

// sayingNouns are the words of saying that are also nouns.
var sayingNouns = set(`report reports claim claims promise promises pledge pledges vow vows note notes signal signals
	warning warnings statement statements`)

// sayingNoun reports whether ws[i], a word of saying, is the noun that
// ends a noun phrase.
func sayingNoun(ws []string, i int) bool {
	if i < 1 || i >= len(ws) {
		return false
	}
	w := strings.ToLower(trimTitlePunct(ws[i]))
	if !sayingNouns[w] {
		return false
	}
	opens := func(p string) bool {
		return articles[strings.ToLower(p)] || possessive(p) || determiners[strings.ToLower(p)]
	}
	if opens(ws[i-1]) {
		return true
	}
	if strings.HasSuffix(w, "s") {
		return false // "the senators reports" reads as a verb
	}
	for j, n := i-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		p := ws[j]
		if opens(p) {
			return n > 0
		}
		l := strings.ToLower(p)
		if strings.ContainsAny(p, ",;:") || functionWord(p) || titleAux[l] || saying(p) || strings.HasSuffix(l, "ed") ||
			strings.HasSuffix(l, "s") && !allDigits(l) {
			return false // a verb, a plural noun or a clause's edge before it
		}
	}
	return false
}
