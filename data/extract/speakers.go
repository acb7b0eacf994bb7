package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clauseBreaks end the noun phrase that is a verb's subject, reading back.
var clauseBreaks = []string{", ", "; ", ": ", " that ", " and ", " but ", " — ", " – ", " - ", "“", "”", "\"", " to which "}

// prepositions open an aside between commas, never a subject.
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "for": true, "with": true, "after": true,
	"before": true, "speaking": true, "writing": true, "via": true, "from": true, "by": true,
	"of": true, "to": true, "near": true, "outside": true, "inside": true, "aside": true,
	"alongside": true, "amid": true, "despite": true, "besides": true, "between": true,
}

// adverbs stand between a subject and its verb ("Roll also said").
var adverbs = map[string]bool{
	"also": true, "later": true, "then": true, "has": true, "had": true, "have": true, "previously": true,
	"repeatedly": true, "reportedly": true, "once": true, "again": true, "earlier": true, "further": true,
	"separately": true, "publicly": true, "had also": true, "who": true, "which": true,
}

// titleNouns are how an article refers back to a named person.
var titleNouns = []string{
	"chief executive", "prime minister", "minister", "spokesperson", "spokeswoman", "spokesman", "official", "ambassador",
	"envoy", "president", "premier", "chief", "director", "leader", "secretary", "mayor", "officer",
	"head", "adviser", "advisor", "analyst", "expert", "diplomat", "commissioner", "governor", "ceo",
	"senator", "congressman", "congresswoman", "representative", "lawmaker", "nominee", "candidate", "judge",
	"attorney", "lawyer", "general", "strategist", "pollster", "founder", "chairman", "chairwoman", "executive",
	"manager", "professor", "economist", "activist", "author", "writer", "columnist", "reporter", "host",
	"anchor", "editor", "businessman", "businesswoman", "billionaire", "researcher", "scientist", "aide",
	"staffer", "consultant", "operative", "donor", "delegate", "organizer", "organiser", "historian", "scholar",
	"commander", "sheriff", "prosecutor", "investigator", "coach", "pastor", "priest", "rabbi", "imam", "bishop",
}

// synonyms are other titles for the same post.
var synonyms = map[string][]string{
	"envoy": {"ambassador"}, "ambassador": {"envoy"}, "spokeswoman": {"spokesperson"}, "spokesman": {"spokesperson"},
	"spokesperson": {"spokeswoman", "spokesman"}, "premier": {"prime minister"}, "prime minister": {"premier"},
	"chief": {"chief executive", "director", "head"}, "head": {"chief", "director"},
	"senator": {"sen."}, "congressman": {"rep."}, "congresswoman": {"rep."}, "representative": {"rep."},
	"governor": {"gov."}, "general": {"gen."}, "nominee": {"candidate"}, "candidate": {"nominee"},
}

// bodies are how an article refers back to a named organisation.
var bodies = []string{"embassy", "ministry", "agency", "authority", "government", "company", "union", "department", "council", "office", "police", "party", "directorate"}

// documents are things that speak for whoever issued them.
var documents = []string{"press release", "statement", "readout", "communiqué", "communique", "release", "comments", "announcement"}

// subjectBefore returns the noun phrase before a verb at v that is its
// subject, looking no further back than lo: back to a clause break, past
// an aside that opens with a preposition or an appositive title, and
// through "who" to the name a relative clause hangs on.
func subjectBefore(mask []byte, lo, v int) (int, int) {
	end, aside := v, false
	for {
		start := lastBreak(mask, lo, end)
		words := wordsOf(string(mask[start:end]))
		for len(words) > 0 && adverbs[strings.ToLower(words[len(words)-1])] {
			words = words[:len(words)-1]
		}
		first := ""
		if len(words) > 0 {
			first = strings.ToLower(words[0])
		}
		switch {
		case start <= lo && len(words) == 0:
			return lo, lo
		case len(words) > 2 && first == "with" && strings.EqualFold(words[1], "the") && startsUpper(words[2]):
			// "with the American Federation of Teachers calling her"
			return start + strings.Index(string(mask[start:end]), words[1]), end
		case len(words) > 1 && (first == "with" || subordinators[first] || first == "which" || first == "whom") && startsUpper(words[1]):
			// "while Mike Huckabee proposed", "with Cruz promising":
			// the name after the word is the subject
			return start + strings.Index(string(mask[start:end]), words[1]), end
		case len(words) == 0, prepositions[first], subordinators[first], first == "who" || first == "which" || first == "whose" || first == "whom",
			aside && (isAppositive(words) || describes(words) && (breakStart(mask, lo, start) > lo || !speakerHead(strings.ToLower(headOfPhrase(words))))), aside && age(words):
			// ("An Israeli official, speaking on …, said": a description
			// that opens the sentence is its subject; "Ramil Carr, 31, a
			// photographer, said": an age is an aside)
			// "Jana Kovac, the minister, said": the subject is before the aside
			aside = true
			end = breakStart(mask, lo, start)
			if end <= lo {
				return lo, lo
			}
			continue
		}
		return start, end
	}
}

// wordsOf returns the words of s that have a letter or digit in them.
func wordsOf(s string) []string {
	return slices.DeleteFunc(strings.Fields(s), func(w string) bool {
		return !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	})
}

// lastBreak returns where the clause ending at end begins.
func lastBreak(mask []byte, lo, end int) int {
	s := string(mask[lo:end])
	best := lo
	for _, b := range clauseBreaks {
		if i := strings.LastIndex(s, b); i >= 0 && lo+i+len(b) > best {
			best = lo + i + len(b)
		}
	}
	return best
}

// breakStart returns where the break that ends just before start begins.
func breakStart(mask []byte, lo, start int) int {
	s := string(mask[lo:start])
	for _, b := range clauseBreaks {
		if strings.HasSuffix(s, b) {
			return start - len(b)
		}
	}
	return start
}

// isAppositive reports whether words describe someone rather than name
// them: "director of the Marovian Cyber Security Agency", "Marovia’s
// interior minister", "the port authority’s chief executive".
func isAppositive(words []string) bool {
	if len(words) == 0 {
		return false
	}
	first := words[0]
	if strings.EqualFold(first, "the") || strings.EqualFold(first, "a") || strings.EqualFold(first, "an") {
		if len(words) == 1 {
			return false
		}
		first = words[1]
	}
	lower := strings.ToLower(first) == first
	possessive := slices.ContainsFunc(words[:min(len(words), 4)], func(w string) bool {
		return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
	}) // "the Ferry Workers’ press officer"
	if !lower && !possessive {
		return false
	}
	np := " " + strings.ToLower(strings.Join(words, " ")) + " "
	for _, t := range titleNouns {
		if spacedWord(np, t) {
			return true
		}
	}
	return false
}

// headOf cuts an appositive off a subject: "Dragan Holm, chief executive
// of the port authority," is Dragan Holm.
func headOf(mask []byte, s, e int) (int, int) {
	np := string(mask[s:e])
	i := strings.Index(np, ", ")
	if i < 0 {
		return s, e
	}
	ws := wordsOf(np[i+2:])
	// "Miller, a retired worker from a nuclear plant," describes Miller
	if !isAppositive(ws) && !describes(ws) {
		return s, e
	}
	return s, s + i
}

// clauseAfter returns the noun phrase after a verb at end, up to the next
// comma, stop, quotation or preposition ("said Lapid on Sunday").
func clauseAfter(mask []byte, end, hi int) (int, int) {
	if end >= hi {
		return end, end
	}
	s := string(mask[end:hi])
	stop := len(s)
	for _, b := range []string{",", ";", ":", "“", "\"", " — ", " on ", " in ", " at ", " during ", " after ", " before ", " while ", " when ", " with ", " to ", " who ", " whose "} {
		if i := strings.Index(s, b); i >= 0 && i < stop {
			stop = i
		}
	}
	// a full stop ends it, but not an abbreviation's or an initial's:
	// "said Sen. Robert P. Casey Jr."
	for i := 0; i < stop; i++ {
		if s[i] == '.' && !abbreviation(mask, end, end+i) {
			stop = i
		}
	}
	return end, end + stop
}

// namedAfter extends a description after a verb to the name set off
// after it: "said the bureau's director, James B. Comey, on Monday" is
// Comey. The name must be all capitalised words and end at a comma, a
// stop or the end of the sentence.
func namedAfter(mask []byte, s, e, hi int) (int, int) {
	if e+2 >= hi || string(mask[e:e+2]) != ", " {
		return s, e
	}
	np := strings.Fields(string(mask[s:e]))
	named := func(w string) bool { // "the FBI's director" names no one
		return startsUpper(w) && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s")
	}
	// "the bureau's director", or an owner's: "Brekke’s host"
	if len(np) < 2 {
		return s, e
	}
	owner := startsUpper(np[0]) && (strings.HasSuffix(np[0], "’s") || strings.HasSuffix(np[0], "'s"))
	if !determiners[strings.ToLower(np[0])] && !owner || slices.ContainsFunc(np[1:], named) {
		return s, e
	}
	ns, ne := clauseAfter(mask, e+2, hi)
	ws := strings.Fields(string(mask[ns:ne]))
	if len(ws) > 2 && !startsUpper(ws[0]) && len(ws) <= 5 {
		// "singer Marit Lund": a word in lower case saying what the
		// named one is, then the name
		ns += strings.Index(string(mask[ns:ne]), ws[1])
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 4 {
		return s, e
	}
	for _, w := range ws {
		if !startsUpper(w) {
			return s, e
		}
	}
	return ns, ne
}

// clauseWords show that what follows a verb is a clause, not a speaker:
// "said the West Terminal should follow".
var clauseWords = map[string]bool{
	"should": true, "would": true, "will": true, "could": true, "can": true, "may": true, "might": true,
	"must": true, "had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"that": true, "it": true, "they": true, "there": true, "this": true,
}

func isClause(np string) bool {
	ws := strings.Fields(np)
	for i, w := range ws {
		// "said Will Doyle": a capitalised word before a name's is a name
		if clauseWords[strings.ToLower(w)] && !(startsUpper(w) && i+1 < len(ws) && startsUpper(ws[i+1])) {
			return true
		}
	}
	return false
}

// hasDocument reports whether a phrase names a document, not a speaker.
func hasDocument(np string) bool {
	np = " " + strings.ToLower(np) + " "
	for _, d := range documents {
		// whole words: "the ruling released Thursday" names no release
		for off := 0; ; {
			i := strings.Index(np[off:], d)
			if i < 0 {
				break
			}
			i += off
			end := i + len(d)
			if end < len(np) && np[end] == 's' {
				end++ // "statements"
			}
			if !isLetterByte(np[i-1]) && !isLetterByte(np[end]) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// titleOf returns the title noun a phrase refers back by ("the minister");
// an indefinite one ("a spokesman") refers to someone new.
func titleOf(np string) string {
	np = strings.ToLower(strings.TrimSpace(np))
	if i := strings.LastIndex(" "+np, " the "); i > 0 {
		np = np[i:] // "then the envoy"
	}
	if !strings.HasPrefix(np, "the ") {
		return ""
	}
	for _, ts := range [][]string{titleNouns, bodies} {
		for _, t := range ts {
			if strings.HasSuffix(np, t) {
				return t
			}
		}
	}
	return ""
}

func isPronoun(np string) bool {
	switch strings.ToLower(strings.TrimSpace(np)) {
	case "he", "she", "they", "it", "we", "i":
		return true
	}
	return false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// age reports whether words are a person's age set off after the name.
func age(words []string) bool {
	if len(words) != 1 || len(words[0]) > 3 {
		return false
	}
	for _, r := range words[0] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// describes reports whether words open with an article and describe
// someone rather than name them: "a contestant on the show", not "The
// Embassy of Ostrania".
func describes(words []string) bool {
	if len(words) < 2 {
		return false
	}
	first, last := strings.ToLower(words[0]), words[len(words)-1]
	// "a Clinton supporter", "the Vermont senator": a name may stand
	// before the noun that describes
	lowerHead := !startsUpper(last) && speakerHead(last)
	return (first == "a" || first == "an" || first == "the") && (!startsUpper(words[1]) || lowerHead) && !isClause(strings.Join(words, " "))
}
