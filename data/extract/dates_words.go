package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dateTenseCues are the words that make a phrase look ahead, as single
// words and as pairs.
var (
	dateTenseWords = map[string]bool{"will": true, "slated": true, "scheduled": true, "next": true, "shall": true,
		"won't": true} // issue 28: "won't … determine winners in the primary Tuesday" looks ahead as "will" does
	dateTensePairs = map[string]bool{
		"is to": true, "are to": true, "to be": true, "expected to": true, "plans to": true,
		"plan to": true, "planned to": true, "set to": true,
		// an intention looks ahead: "they hope to pull her off at
		// Tuesday's high tide", "said they hoped to reopen on Saturday"
		"hope to": true, "hopes to": true, "hoped to": true, "aim to": true, "aims to": true,
		"intend to": true, "intends to": true, "intended to": true,
	}
	dateTenseAfter = map[string]bool{"will": true, "slated": true, "scheduled": true, "shall": true, "won't": true}

	// dateTensePairFirst holds the first words of dateTensePairs.
	dateTensePairFirst = func() map[string]bool {
		m := map[string]bool{}
		for p := range dateTensePairs {
			first, _, _ := strings.Cut(p, " ")
			m[first] = true
		}
		return m
	}()
)

// dateTense reads the tense of the phrase at [start, end) from the words
// shortly before it in its sentence, or, when it opens the sentence, just
// after it.
func dateTense(text string, start, end int) timeline.Tense {
	var buf [8]string
	before := dateWordsBefore(buf[:0], text, start, 8)
	if n := len(before); dateSince(text, start, end, before) || n > 0 && dateSaid[before[n-1]] || n > 1 && dateSaid[before[n-2]] {
		return timeline.Past
	}
	if len(before) == 0 {
		after := dateWordsAfter(buf[:0], text, end, 6)
		for i, w := range after {
			if dateTenseAfter[w] || strings.HasSuffix(w, "'ll") {
				return timeline.Future
			}
			if i+1 < len(after) && dateTensePairFirst[w] && dateTensePairs[w+" "+after[i+1]] {
				return timeline.Future
			}
		}
		return timeline.Past
	}
	for i, w := range before {
		if dateTenseWords[w] || strings.HasSuffix(w, "'ll") {
			return timeline.Future
		}
		if i+1 < len(before) && dateTensePairFirst[w] && dateTensePairs[w+" "+before[i+1]] {
			return timeline.Future
		}
	}
	if dateWeekdayAhead(text, start, end) { // dates28u: see dates_rec5_ahead.go
		return timeline.Future
	}
	return timeline.Past
}

// dateSince reports whether the phrase at [start, end), with the words
// before it, follows "since": what a sentence has done since a day looks
// back to that day, whatever the sentence says of the future ("Rama, who
// will speak today, has waited since Monday").
func dateSince(text string, start, end int, before []string) bool {
	if n := len(before); n > 0 && before[n-1] == "since" {
		return true
	}
	return end-start > len("since") && strings.EqualFold(text[start:start+len("since")], "since")
}

// dateWordsBefore appends to dst up to n lower-case words before i,
// stopping at the start of the sentence or line.
func dateWordsBefore(dst []string, text string, i, n int) []string {
	lo := i - 120
	if lo < 0 {
		lo = 0
	}
	win := text[lo:i]
	cut := 0
	for j := len(win) - 1; j >= 0; j-- {
		c := win[j]
		if c == '\n' || c == '\r' {
			cut = j + 1
			break
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && dateSpaceAfter(win, j+1) && !dateAbbrevBefore(win, j) {
			cut = j + 1
			break
		}
	}
	return dateWords(dst, win[cut:], n, false)
}

// dateWordsAfter appends to dst up to n lower-case words after i, stopping
// at the end of the sentence or line.
func dateWordsAfter(dst []string, text string, i, n int) []string {
	hi := i + 120
	if hi > len(text) {
		hi = len(text)
	}
	win := text[i:hi]
	for j := 0; j < len(win); j++ {
		c := win[j]
		if c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?' || c == ';') && (j+1 == len(win) || dateSpaceAfter(win, j+1))) {
			win = win[:j]
			break
		}
	}
	return dateWords(dst, win, n, true)
}

// dateWords splits s into lower-case ASCII words, keeping apostrophes
// ("we'll"; a typographic apostrophe is read as '), and appends to dst the
// last n of them, or the first n if first is set.
func dateWords(dst []string, s string, n int, first bool) []string {
	var spans [8][2]int
	if n > len(spans) || !dateIsASCII(s) {
		// Lower-casing may turn a non-ASCII letter into an ASCII one (K,
		// the Kelvin sign, into k).
		s = strings.ReplaceAll(s, "’", "'")
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
		})
		if len(words) > n {
			if first {
				words = words[:n]
			} else {
				words = words[len(words)-n:]
			}
		}
		return append(dst, words...)
	}
	// In ASCII, the words are the runs of letters, digits and apostrophes:
	// find the n wanted, then lower-case them at once.
	k := 0
	if first {
		for i := 0; i < len(s) && k < n; {
			if !dateInWord(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && dateInWord(s[j]) {
				j++
			}
			spans[k] = [2]int{i, j}
			k++
			i = j
		}
	} else {
		for j := len(s); j > 0 && k < n; {
			if !dateInWord(s[j-1]) {
				j--
				continue
			}
			i := j
			for i > 0 && dateInWord(s[i-1]) {
				i--
			}
			spans[k] = [2]int{i, j}
			k++
			j = i
		}
		slices.Reverse(spans[:k])
	}
	if k == 0 {
		return dst
	}
	lo, hi := spans[0][0], spans[k-1][1]
	lower := strings.ToLower(s[lo:hi]) // as long as s[lo:hi], being ASCII
	for _, sp := range spans[:k] {
		dst = append(dst, lower[sp[0]-lo:sp[1]-lo])
	}
	return dst
}

// dateInWord reports whether the ASCII byte c belongs to a word for
// dateWords: a letter, a digit or an apostrophe.
func dateInWord(c byte) bool { return dateIsAlnum(c) || c == '\'' }

// dateAbbrevBefore reports whether the full stop at win[j] ends an
// abbreviation ("U.S.", "Mr.", "Sept.") rather than a sentence.
func dateAbbrevBefore(win string, j int) bool {
	k := j
	for k > 0 && dateIsAlnum(win[k-1]) {
		k--
	}
	w := win[k:j]
	if len(w) == 1 {
		return true
	}
	return dateAbbrevs[strings.ToLower(w)]
}

var dateAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"prof": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "co": true, "corp": true, "ltd": true,
}

// dateWordEdges reports whether [s, e) starts and ends at word edges by the
// Unicode definition (regexp's \b only knows ASCII: "Marché").
func dateWordEdges(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// dateSquash lower-cases s and turns each run of spaces into one.
func dateSquash(s string) string {
	return dateReSpace().ReplaceAllString(strings.ToLower(s), " ")
}

// dateSpaceAfter reports whether s at i, past any closing quotes, is a
// space or the end of s: the full stop before i may end a sentence.
func dateSpaceAfter(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == ')':
			i += size
		case unicode.IsSpace(r):
			return true
		default:
			return false
		}
	}
	return true
}

func dateIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func dateIsAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// dateIsWordByte is an ASCII word byte, counting the full stop and
// apostrophe inside words such as "No." and "U.S.".
func dateIsWordByte(c byte) bool { return dateIsAlnum(c) || c == '.' || c == '\'' }

// datePastWords make a phrase look back: "was", "ago", and common verbs
// in the past that do not end in -ed.
var datePastWords = map[string]bool{
	"ago": true, "last": true, "was": true, "were": true, "had": true, "did": true, "earlier": true,
	"previously": true, "already": true, "since": true, "began": true, "came": true, "took": true,
	"went": true, "met": true, "held": true, "won": true, "lost": true, "left": true, "fell": true,
	"rose": true, "became": true, "gave": true, "made": true, "got": true, "ran": true, "paid": true,
	"brought": true, "bought": true, "sold": true, "saw": true, "wrote": true, "thought": true,
	"knew": true, "found": true, "sent": true, "spent": true, "heard": true, "felt": true,
	"spoke": true, "led": true, "built": true, "grew": true, "drew": true, "fought": true,
	"sought": true, "caught": true, "taught": true, "chose": true, "broke": true,
}

// dateSaid look back when the phrase hangs on them ("Rubio said Dec. 6",
// "told Bloomberg in late May"), but say nothing of a date in what was
// said ("officials said the Dec. 28 meeting"), so they count only next
// to the phrase or one word from it.
var dateSaid = map[string]bool{"said": true, "told": true}

// datePossessives before a month or a day make it a modifier of what
// follows ("their February reports", "her Aug. 30 primary"): the words
// further back say nothing of when it falls ("must file their February
// reports").
var datePossessives = map[string]bool{
	"their": true, "its": true, "his": true, "her": true, "our": true, "my": true, "your": true,
}

// datePastForm reports whether the lower-case word w has the form of a
// past tense or participle: longer than four letters, ending in "ed",
// and not one of dateNotPast ("expected", "scheduled").
func datePastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !dateNotPast[w]
}

// dateNotPast are words in -ed that do not put a sentence in the past.
var dateNotPast = map[string]bool{
	"expected": true, "scheduled": true, "planned": true, "slated": true, "proposed": true,
	"needed": true, "indeed": true, "based": true, "united": true, "limited": true, "related": true,
	"intended": true, "supposed": true, "designed": true, "aimed": true, "preferred": true,
}

// dateUntil are the words before a phrase that make it an end point ("until
// March", "extended to Nov. 20"): what the sentence did says nothing of
// when the end falls.
var dateUntil = map[string]bool{"until": true, "till": true, "through": true, "to": true, "by": true, "before": true}

// dateLeanAhead look ahead for a month or day named without its year,
// though they say nothing of a sentence's tense: "would be paid in
// January", "effective Feb. 1", "could draw voters in November", "must
// win in November" (not "may", which is also a month). A modal followed
// by "have" looks back instead ("could have won in November").
var dateLeanAhead = map[string]bool{
	"would": true, "effective": true, "could": true, "might": true, "must": true, "should": true,
	"can": true, "cannot": true,
}

// dateModals are the modals of dateLeanAhead that, after a phrase opening
// its sentence, count only as its own verb's: "In October, the agency
// announced it could pay" looks back.
var dateModals = map[string]bool{"could": true, "might": true, "must": true, "should": true, "can": true, "cannot": true}

// dateLeanAheadPairs look ahead as dateLeanAhead do: what someone needs,
// hopes or wants to do in a month is still to come ("needs to win in
// November").
var dateLeanAheadPairs = map[string]bool{
	"need to": true, "needs to": true, "hope to": true, "hopes to": true, "hoping to": true,
	"want to": true, "wants to": true, "aim to": true, "aims to": true, "intend to": true,
	"intends to": true, "seek to": true, "seeks to": true,
}

// dateAhead reports whether words[i] (with the word after it) looks
// ahead by dateTense's words or by dateLeanAhead's.
func dateAhead(words []string, i int) bool {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if dateLeanAhead[w] {
		return next != "have" // "could have won" looks back
	}
	return dateTenseWords[w] || strings.HasSuffix(w, "'ll") || next != "" && (dateTensePairFirst[w] && dateTensePairs[w+" "+next] || dateLeanAheadPairs[w+" "+next])
}

// dateDeadline are the end-point words that, in a sentence not looking
// back, look ahead: "by August", "until March".
var dateDeadline = map[string]bool{"until": true, "till": true, "by": true}

// datePrepFirst reports whether the phrase opens with one of datePreps
// ("in November").
func datePrepFirst(phrase string) bool {
	first, _, _ := strings.Cut(phrase, " ")
	return datePreps[strings.ToLower(first)]
}

// datePreps stand between a verb and its date: "terminated on Sept. 27".
var datePreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "from": true, "of": true}

// dateLeanOf reads which way the sentence of the phrase at [start, end)
// looks, by the cue nearest the phrase: ahead by dateTense's words, back
// by datePastWords, or by the verb in -ed the phrase hangs on
// ("terminated on Sept. 27", "ended Sept. 30"). A phrase that is an end
// point ("until March") leans neither way. A phrase opening its sentence
// is read by the words after it.
func dateLeanOf(text string, start, end int) dateLean {
	// twelve words are read for a cue, and two more before them for what
	// a verb in -ed among them hangs on ("would be paid … Dec. 21")
	var buf [14]string
	before := dateWordsBefore(buf[:0], text, start, 14)
	if dateSince(text, start, end, before) {
		return leanPast
	}
	if n := len(before); n > 0 {
		switch {
		case before[n-1] == "come": // "the election come November"
			return leanFuture
		case datePossessives[before[n-1]] && !datePrepFirst(text[start:end]):
			return leanNone // not "for her in November", where "her" is no possessive
		case dateSaid[before[n-1]], n > 1 && dateSaid[before[n-2]]:
			return leanPast
		}
		if dateUntil[before[n-1]] {
			// an end point: ahead when the sentence looks ahead, or, for
			// a deadline ("by August", "until March"), when it does not
			// look back
			for i := n - 2; i >= max(0, n-12); i-- {
				switch dateCue(before, i, false) {
				case leanFuture:
					return leanFuture
				case leanPast:
					return leanNone
				}
			}
			if dateDeadline[before[n-1]] {
				return leanFuture
			}
			return leanNone
		}
		verb := n - 1 // the word the phrase hangs on
		if datePreps[before[verb]] && verb > 0 {
			verb--
		}
		for i := n - 1; i >= max(0, n-12); i-- {
			if l := dateCue(before, i, i == verb); l != leanNone {
				return l
			}
		}
		return leanNone
	}
	after := dateWordsAfter(buf[:0], text, end, 6)
	for i := range after {
		if i >= 3 && dateModals[after[i]] {
			continue
		}
		if l := dateCue(after, i, i < 3); l != leanNone {
			return l
		}
	}
	return leanNone
}

// dateCue reads words[i] as a cue: ahead for dateTense's words and pairs
// (read from words[i]), back for datePastWords, and back for a verb in
// -ed where verb says one may count.
func dateCue(words []string, i int, verb bool) dateLean {
	w := words[i]
	if dateAhead(words, i) {
		return leanFuture
	}
	if dateLeanAhead[w] { // a modal with "have": "could have won"
		return leanPast
	}
	if verb && dateScheduledPresent[w] { // rec28r: see dates_rec4.go
		return leanFuture
	}
	if datePastWords[w] || verb && datePastForm(w) {
		// "will be paid", "to be published": the past form of a verb
		// that looks ahead
		for j := max(0, i-2); j < i; j++ {
			if dateAhead(words[:i], j) {
				return leanFuture
			}
		}
		return leanPast
	}
	return leanNone
}
