package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTitleWords is the most words a title keeps.
const maxTitleWords = 10

// eventTitle makes a title from m's sentence: who did what, its main clause
// without its date phrases, the clause leading into it, the clauses
// hanging off it and what runs past a phrase boundary once the title is
// long, ending on a word that can end a phrase. A sentence that opens
// with a quotation is titled "Speaker: what they said".
func eventTitle(m *mention) string {
	t, _ := mentionTitle(m)
	return t
}

// mentionTitle is m's title and whether it reads as a whole statement
// (see whole): when the words that report the event do not, the whole
// sentence is tried. It is read once, when joining asks for it or when
// the cluster is titled, whichever comes first.
func mentionTitle(m *mention) (string, bool) {
	if !m.titled {
		m.title, m.whole = readTitle(m)
		m.titled = true
	}
	return m.title, m.whole
}

// mentionVerb is the main verb of m's title (see mainVerb), read once:
// the joins ask it of the same mention many times.
func mentionVerb(m *mention) string {
	if !m.verbed {
		t, _ := mentionTitle(m)
		m.verb, m.verbed = mainVerb(t), true
	}
	return m.verb
}

func readTitle(m *mention) (string, bool) {
	t, ok, redo := clauseTitle(m)
	if (!ok || redo) && (m.from > m.start || (m.to > m.from && m.to < m.end)) {
		w := *m
		w.from, w.to = m.start, m.end
		if wt, wok, _ := clauseTitle(&w); wok || redo {
			return wt, wok
		}
	}
	return t, ok
}

// clauseTitle titles the words of m that report the event; redo says
// they open mid-sentence with nobody to say who acts, so the whole
// sentence should title it.
func clauseTitle(m *mention) (title string, ok, redo bool) {
	title, ok, redo = framedTitle(m, true)
	if !ok && !redo {
		// the speaker's frame left no room for a whole clause of what
		// they said: the words alone, as a frame with no view in them
		// is read (see reported), when they read whole or the frame cut
		// off what they go on to say
		if t, whole, _ := framedTitle(m, false); whole || cutByFrame(strings.Fields(title), strings.Fields(t)) {
			return t, whole, false
		}
	}
	return title, ok, redo
}

// cutByFrame reports whether framed, a title with its speaker's frame,
// ends what bare, the same words without it, goes on past.
func cutByFrame(framed, bare []string) bool {
	for j := 1; j < len(framed); j++ {
		n := len(framed) - j
		if n < len(bare) && strings.EqualFold(strings.Join(framed[j:], " "), strings.Join(bare[:n], " ")) {
			return true
		}
	}
	return false
}

// framedTitle is clauseTitle, with the frame of what a speaker holds
// kept (see reported) or not.
func framedTitle(m *mention, frame bool) (title string, ok, redo bool) {
	text := m.article.Text.Verbatim()[m.start:m.end]
	question := strings.HasSuffix(strings.TrimRight(text, " \n\"”’'"), "?")
	if t, ok, cut := quotedTitle(text); ok {
		return t, !question && !cut && whole(strings.Fields(t[strings.Index(t, ": ")+2:])), false
	}
	if q := sayBeforeQuote(text); q != nil {
		// "…, Gov. Ana Brel (R-OS), said, “…”": what she said, as a
		// sentence that opens with it is titled
		who := strings.Fields(q[1])
		for len(who) > 1 && shortForm(who[0]) {
			who = who[1:] // "Gov. Ana Brel" is Ana Brel
		}
		if t, ok, cut := quotedTitle("“" + strings.TrimRight(q[2], ",.") + ",” " + strings.Join(who, " ") + " said."); ok {
			return t, !question && !cut && whole(strings.Fields(t[strings.Index(t, ": ")+2:])), false
		}
	}
	from, to := m.from, m.to
	if to <= from {
		from, to = m.start, m.end
	}
	if from == m.start {
		from += len(reLead().FindString(text)) // a dateline or a time stamp
	}
	all := m.all
	if all == nil {
		all = m.dates
	}
	words := titleWords(m.article.Text.Verbatim()[from:to], from, all, m.people)
	all0 := words
	words, led := dropLead(words)
	words = nameThePronoun(words, all0[:len(all0)-len(words)], m)
	lent := false // the subject is the sentence's, not the clause's: not whole
	words = reported(dropAsides(words), frame)
	words = cutClause(words)
	if len(words) > 0 && !startsUpper(words[0]) && !(determiners[strings.ToLower(words[0])] && verbAfter(words, 1)) && m.from > m.start {
		// the words reporting it open mid-sentence with no subject of
		// their own ("the party's campaign announced" has one): say who
		// from the sentence's start, or title it by the whole sentence
		if ing := strings.ToLower(strings.Trim(words[0], ",“”\"'’")); m.subject != "" && len(m.people) == 0 &&
			!(len(ing) > 5 && strings.HasSuffix(ing, "ing") && !ingNouns[ing]) {
			// not before a participle: "Hegge contradicting his
			// statement" has no verb of its own
			words = append([]string{m.subject}, words...)
			lent = !m.relative // the person a relative clause tells of is its subject
		} else {
			return "", false, true
		}
	}
	subject := len(words) > 0 && (startsUpper(words[0]) || subjectOpeners[strings.ToLower(words[0])])
	words, broken := fitLength(words)
	t := strings.Join(words, " ")
	t = strings.NewReplacer("''", "", "``", "").Replace(t) // quote marks written as two apostrophes
	t = strings.TrimRight(strings.Map(dropQuoteMarks, t), ",;:. ")
	if utf8.RuneCountInString(t) < 3 {
		words = strings.Fields(strings.Map(dropQuoteMarks, text))
		words = words[:min(len(words), 8)]
		for len(words) > 1 && !endsWell(words) {
			words = words[:len(words)-1]
		}
		return upperFirst(strings.TrimRight(strings.Join(words, " "), ",;:. ")), false, false
	}
	return upperFirst(t), led && subject && !lent && !question && !broken && whole(strings.Fields(t)), false
}

// nameThePronoun puts the person who is the subject of the clause a
// title drops before its own in place of the pronoun that opens it:
// "Even before Lind reached the podium, his office sent …" is "Lind's
// office sent …". Only a person the sentence names right after the
// subordinator ("just as Mr. Lind spoke …") and before a verb, and a
// pronoun a name can stand for ("he", "his", "she", "her").
func nameThePronoun(ws, dropped []string, m *mention) []string {
	if len(ws) < 3 || len(dropped) < 3 {
		return ws
	}
	p := strings.ToLower(ws[0])
	if p != "he" && p != "his" && p != "she" && p != "her" {
		return ws
	}
	j := slices.IndexFunc(dropped[:min(len(dropped), 3)], func(w string) bool { return titleSubordinators[strings.ToLower(w)] })
	if j < 0 {
		return ws
	}
	lead := strings.Join(dropped[j+1:], " ") // titleWords dropped "Mr." before the name
	text := m.article.Text.Verbatim()
	name := ""
	for _, pm := range m.people {
		if pm.start < m.start || pm.end > m.end || pm.start >= pm.end || pm.end > len(text) {
			continue
		}
		n := text[pm.start:pm.end]
		if rest, ok := strings.CutPrefix(lead, n+" "); ok && len(n) > len(name) && rest != "" && !startsUpper(rest) && !strings.HasPrefix(rest, "'") && !strings.HasPrefix(rest, "’") {
			name = n
		}
	}
	if name == "" {
		return ws
	}
	out := append(strings.Fields(name), ws[1:]...)
	if p == "his" || p == "her" {
		out[len(strings.Fields(name))-1] += "'s"
	}
	return out
}

func dropQuoteMarks(r rune) rune {
	if strings.ContainsRune("“”\"«»", r) {
		return -1
	}
	return r
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// reQuoteLed matches a sentence that opens with a quotation and says who
// said it: “…,” said X. / “…,” X said. An initial ("Ana B. Holt") is part
// of the name.
var reQuoteLed = lazyRegexp(`^[“"]([^“”"]{8,}?)[,.!?]?[”"],?\s+(?:(?:said|says|added|wrote|writes|warned|argued|told \S+)\s+((?:[A-Z]\.|[^,.]){2,60})|((?:[A-Z]\.|[^,.]){2,60}?)\s+(?:said|says|added|wrote|writes|warned|argued|told \S+))\b`)

// reQuoteLedAppos is reQuoteLed for a speaker named in an apposition
// after a role: "“She wants answers,” the lawyer, Jonas Berg, said".
var reQuoteLedAppos = lazyRegexp(`^[“"]([^“”"]{8,}?)[,.!?]?[”"],?\s+(?:the |a |an |her |his |their )?[a-z][^,.“”"]{1,40},\s+([A-Z](?:[A-Z]\.|[^,.“”"]){1,50}),\s+(?:said|says|added|wrote|writes|warned|argued|told \S+)\b`)

// reSaidQuote is a sentence whose main clause is a name (a role's short
// form before it, a party and state in parentheses after it) and "said,"
// before a quotation, a clause ending in a comma before it or none:
// "Tuesday in Berea, after winning Ohio, Gov. Ana Brel (R-OS), said,
// “…”" (a no-break space after "Gov." too).
var reSaidQuote = lazyRegexp(`^(?:[^“”"]*,\s+)?((?:[A-Z][\w’'-]*\.?[\s\x{00a0}]+){0,3}[A-Z][\w’'-]+)(?:\s+\([^()]{1,12}\))?,?\s+(?:said|says),\s+[“"]([^“”"]{8,})[”"]`)

// quotedTitle is "Speaker: words" for a sentence that opens with a
// quotation; cut says the words were cut where no phrase ends, so they
// are no whole statement.
func quotedTitle(text string) (title string, ok, cut bool) {
	return quotedTitleUpTo(text, maxTitleWords-2)
}

// quotedTitleUpTo is quotedTitle with the quotation's words cut to
// limit.
func quotedTitleUpTo(text string, limit int) (title string, ok, cut bool) {
	if !mayLeadWithQuote(text) {
		return "", false, false
	}
	at := reQuoteLed().FindStringSubmatchIndex(text)
	if at == nil {
		// "“…,” the lawyer, Jonas Berg, said": the name in the apposition
		// says it (user28p)
		if ap := reQuoteLedAppos().FindStringSubmatchIndex(text); ap != nil {
			at = []int{ap[0], ap[1], ap[2], ap[3], ap[4], ap[5], -1, -1}
		}
	}
	if at == nil {
		return "", false, false
	}
	m := make([]string, 4)
	for g := range m {
		if at[2*g] >= 0 {
			m[g] = text[at[2*g]:at[2*g+1]]
		}
	}
	speaker := strings.TrimSpace(m[2] + m[3])
	// a name the match stopped in at an abbreviation ("… said retired
	// Army Lt. Gen. Ana Brel") is not there to be read apart from its role
	end, sw := max(at[5], at[7]), strings.Fields(speaker)
	abbreviated := end < len(text) && text[end] == '.' && len(sw) > 0 && shortForm(sw[len(sw)-1]+".")
	speaker = reTrailingTime().ReplaceAllString(speaker, "")
	if sw := strings.Fields(speaker); len(sw) > 2 && !startsUpper(sw[0]) && !abbreviated {
		// "veteran pilot Mara Holt" is Mara Holt: the name, without the
		// role before it, leaves the words to what was said
		n := len(sw)
		for n > 0 && startsUpper(sw[n-1]) {
			n--
		}
		role := n <= 3 && !slices.ContainsFunc(sw[:n], func(w string) bool { return functionWord(w) || titleRelatives[strings.ToLower(w)] })
		if role && n > 0 && n < len(sw) && !possessive(sw[len(sw)-1]) {
			speaker = strings.Join(sw[n:], " ")
		}
	}
	words := slices.DeleteFunc(dropAsides(strings.Fields(m[1])), func(w string) bool { return w == "…" || w == "..." })
	n := len(words)
	for k := 2; k < len(words)-1; k++ {
		if strings.ContainsAny(words[k][len(words[k])-1:], ".!?") && !shortForm(words[k]) {
			words = words[:k+1] // its first sentence
			break
		}
	}
	if len(words) > limit {
		// cut where a phrase ends, as a sentence's title is; where none
		// does, the words stop where they stand
		fit, broken := fitLength(words)
		if broken || len(fit) > max(limit, maxTitleWords) {
			fit, cut = words[:limit], true
		}
		words = fit
	}
	// a quotation's first sentence told whole ends where its speaker
	// ended it: "The campaign goes on" keeps its particle
	ended := len(words) > 0 && (len(words) == n || strings.ContainsAny(words[len(words)-1][len(words[len(words)-1])-1:], ".!?"))
	for len(words) > 3 && functionWord(words[len(words)-1]) && !ended {
		words = words[:len(words)-1]
	}
	if speaker == "" || len(words) == 0 {
		return "", false, false
	}
	return upperFirst(speaker) + ": " + strings.TrimRight(strings.Join(words, " "), ",;:."), true, cut
}

// shortForm reports whether w, ending in a full stop, is a short
// abbreviation ("Mr.", "U.S.") rather than a sentence's end.
func shortForm(w string) bool {
	b := strings.TrimRight(w, ".")
	return strings.HasSuffix(w, ".") && (len(b) <= 3 && startsUpper(b) || strings.Contains(b, "."))
}

var reTrailingTime = lazyRegexp(`\s+(?:on|in|at|last|this)\b.*$`)

// leadWords open a clause that leads into a sentence's news.
var leadWords = map[string]bool{"on": true, "in": true, "at": true, "during": true, "last": true, "earlier": true, "later": true,
	"after": true, "before": true, "since": true, "when": true, "while": true, "yesterday": true, "today": true, "but": true,
	"and": true, "however": true, "meanwhile": true, "also": true, "then": true, "now": true, "still": true, "instead": true, "as": true,
	"following": true, "amid": true, "despite": true, "according": true,
	"which": true, "who": true, "whose": true, "whom": true, "where": true}

// dropLead drops a clause that leads into the sentence's news ("On
// Friday, ", "In a statement, ", "Despite leading the polls, ") and a
// comma left at its start; ok is false when a subordinate clause opens
// the words and no comma ends it, so they hold no main clause.
func dropLead(ws []string) (_ []string, ok bool) {
	for len(ws) > 0 && strings.Trim(ws[0], ",;:—–-") == "" {
		ws = ws[1:]
	}
	for k := 1; k < len(ws)-3 && k <= 3; k++ {
		if w := ws[k]; (w == "—" || w == "–" || w == "-") && startsUpper(ws[0]) && startsUpper(ws[k+1]) && !slices.Contains(ws[k+1:min(len(ws), k+16)], w) {
			ws = ws[k+1:] // a dateline: "Velen – …", "Ostra, Vel. — …"
			break
		}
	}
	ok = true
	if len(ws) > 0 {
		first := strings.ToLower(strings.Trim(ws[0], ","))
		sub := titleSubordinators[first] || inverted[first] && len(ws) > 1 && !strings.HasSuffix(ws[1], ",") ||
			adverbialLead(ws) || participleLead(ws)
		if leadWords[first] || sub {
			reach := 20
			if sub {
				reach, ok = 25, false
			}
			for k := 0; k < len(ws) && k < reach; k++ {
				if strings.HasSuffix(strings.TrimRight(ws[k], "'”\"’"), ",") {
					if k+2 < len(ws) && startsUpper(ws[k]) && startsUpper(ws[k+1]) && strings.HasSuffix(ws[k+1], ",") && pronouns[strings.ToLower(ws[k+2])] {
						ws, ok = ws[k+2:], true // "Following a storm in Velen, Ost., she issued …"
						break
					}
					if participleLead(ws) && k+2 < len(ws) && startsUpper(ws[k]) && startsUpper(ws[k+1]) && strings.HasSuffix(ws[k+1], ",") && !startsUpper(ws[k+2]) {
						k++ // a place and its region: "Touring Velen, Ostra, for …"
						continue
					}
					if k+2 < len(ws) && startsUpper(ws[k]) && regionAbbreviation(strings.TrimSuffix(ws[k+1], ",")) {
						// a place and its region's short form: "in Berea, OH,
						// after …" leads on, "in Jupiter, Fla., the …" (its
						// comma gone with a date after it or not) ends the lead
						if startsUpper(ws[k+2]) || subjectOpeners[strings.ToLower(ws[k+2])] {
							if len(ws)-k-2 >= 3 {
								ws, ok = ws[k+2:], true
							}
							break
						}
						if strings.HasSuffix(ws[k+1], ",") {
							k++
							continue
						}
					}
					// "according to the union, workers …": what the
					// attribution leads into is the news, whatever opens it
					if len(ws)-k-1 >= 3 && (startsUpper(ws[k+1]) || subjectOpeners[strings.ToLower(ws[k+1])] || first == "according" ||
						bareSubject(ws[k+1:])) {
						ws, ok = ws[k+1:], true
					}
					break
				}
			}
		}
	}
	if len(ws) > 3 && conjunctions[strings.ToLower(strings.TrimSuffix(ws[0], ","))] {
		ws = ws[1:] // "But each release serves …"; "But, researchers …" once "in 2000" is gone
	}
	if len(ws) > 3 && strings.HasSuffix(ws[0], ",") && discourseOpeners[strings.ToLower(strings.TrimSuffix(ws[0], ","))] {
		ws = ws[1:] // "Indeed, members of …"; "Back, Trump expressed …" once "in 1999" is gone
		if titleSubordinators[strings.ToLower(ws[0])] {
			return dropLead(ws) // "Now, though he trails …, he has …": the clause it leads into
		}
	}
	if len(ws) > 4 && strings.EqualFold(ws[1], "more,") && (strings.EqualFold(ws[0], "what's") || strings.EqualFold(ws[0], "what’s")) {
		ws = ws[2:] // "What's more, the board …"
	}
	return ws, ok
}

// bareSubject reports whether ws open on a plural noun and its finite
// verb ("voters are evenly divided", "prices rose"): a subject with no
// determiner, after the comma that ends a leading clause.
func bareSubject(ws []string) bool {
	if len(ws) < 3 || strings.HasSuffix(ws[0], ",") {
		return false
	}
	l := strings.ToLower(ws[0])
	return startsLetter(l) && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !functionWord(l) &&
		(titleAux[strings.ToLower(ws[1])] || finiteAt(ws, 1) && strings.HasSuffix(strings.ToLower(ws[1]), "ed"))
}

// regionAbbreviation reports whether w is the short form of a region
// written after a place's name: two capitals ("OH") or a short form
// ending in a full stop ("Fla.", "Calif.", "N.C."), never a word that
// could be a name of its own.
func regionAbbreviation(w string) bool {
	if len(w) == 2 && w == strings.ToUpper(w) && unicode.IsUpper(rune(w[0])) && unicode.IsUpper(rune(w[1])) {
		return true
	}
	b := strings.TrimSuffix(w, ".")
	return b != w && len(b) >= 2 && len(b) <= 5 && startsUpper(b) && (strings.Contains(b, ".") || b[1:] == strings.ToLower(b[1:]))
}

// participleLead reports whether ws open with a participle that leads
// into the sentence's subject ("Greeting hundreds of dock workers, Ana
// Brel promised …"): a word in -ing, not a noun or a pronoun ("Nothing",
// "Morning") nor half of a compound ("Prize-winning novelist Ana Brel,
// …" is the subject), with no verb of its own before the comma that
// ends it.
func participleLead(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	first := strings.ToLower(strings.Trim(ws[0], ",“”\"'’"))
	if len(first) <= 5 || !strings.HasSuffix(first, "ing") || strings.HasSuffix(ws[0], ",") || strings.Contains(first, "-") || ingNouns[first] {
		return false
	}
	for k := 1; k < len(ws) && k < 25; k++ {
		if strings.HasSuffix(strings.TrimRight(ws[k], "'”\"’"), ",") {
			return !verbAfter(ws[:k+1], 1) || relativeBefore(ws[:k+1])
		}
	}
	return false
}

// relativeBefore reports whether a relative pronoun stands in ws: a verb
// after it is the relative clause's ("workers who say their wages …").
func relativeBefore(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return titleRelatives[strings.ToLower(w)] })
}

// ingNouns end in -ing but name a thing: they may be a sentence's subject.
var ingNouns = set(`nothing something anything everything morning evening spring string thing building meeting wedding
	funding spending housing training ruling polling hearing wing king ceiling clothing`)

// discourseOpeners, a comma after them, open a sentence without being
// part of its news: a sentence adverb ("Indeed, ", "Meanwhile, ") or
// what is left of a date phrase once the date is cut from a title
// ("Back in 1999, " → "Back, ", "Just last week, " → "Just, ", "So far
// in 2016, " → "Far, ").
var discourseOpeners = map[string]bool{"indeed": true, "yes": true, "no": true, "now": true, "meanwhile": true, "moreover": true,
	"finally": true, "furthermore": true, "besides": true, "however": true, "instead": true, "anyway": true,
	"nonetheless": true, "nevertheless": true, "still": true, "back": true, "just": true, "far": true, "about": true, "so": true,
	"again": true, "likewise": true, "similarly": true, "additionally": true, "also": true}

// adverbialLead reports whether ws opens with a phrase that says when,
// where or how, not who: a preposition of leadPreps ("Ahead of …",
// "Thanks to …", "With a storm bearing down"), an adverb before a
// subordinator ("Shortly after …", "Even before …", "Ever since …") or a
// stretch of time before one ("Two years before …").
func adverbialLead(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	first, second := strings.ToLower(strings.Trim(ws[0], ",")), strings.ToLower(strings.Trim(ws[1], ","))
	if leadPreps[first] {
		return true
	}
	if (strings.HasSuffix(first, "ly") || first == "even" || first == "ever" || first == "just" || first == "long" || first == "soon" ||
		first == "almost" || first == "right") &&
		(titleSubordinators[second] || datePrep[second]) {
		return true
	}
	if len(ws) > 2 && strings.ToLower(ws[2]) == "ahead" || len(ws) > 2 && strings.ToLower(ws[2]) == "into" && timeUnits[second] {
		return true // "Three weeks ahead of …", "Two days into …"
	}
	return timeAdjunct(ws) && !strings.HasSuffix(ws[0], ",")
}

var timeUnits = map[string]bool{"hours": true, "days": true, "weeks": true, "months": true, "years": true, "minutes": true}

// leadPreps open a phrase leading into a sentence's news, never its
// subject.
var leadPreps = map[string]bool{"ahead": true, "thanks": true, "throughout": true, "compared": true, "with": true, "without": true,
	"for": true, "by": true, "under": true, "among": true, "unlike": true, "upon": true, "within": true, "across": true,
	"through": true, "from": true, "to": true, "speaking": true, "asked": true, "facing": true, "addressing": true}

// titleSubordinators open a clause that cannot stand alone: "Despite …, ",
// "After …, "; inverted opens a condition ("Should they …, ", "Had
// she …, ").
var titleSubordinators = map[string]bool{"despite": true, "after": true, "before": true, "while": true, "when": true, "whenever": true,
	"although": true, "though": true, "because": true, "if": true, "since": true, "as": true, "unless": true, "until": true,
	"once": true, "following": true, "amid": true, "whether": true, "whereas": true, "having": true}

var inverted = map[string]bool{"should": true, "had": true, "were": true}

// conjunctions open a sentence that goes on from the one before.
var conjunctions = map[string]bool{"but": true, "and": true, "so": true, "yet": true, "or": true, "still": true, "also": true, "then": true}

// reportingVerbs frame what a sentence reports: "X said (that) Y".
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "announced": true, "confirmed": true, "stated": true}

// pronouns stand for the subject of a reporting verb: "X said it would …".
var pronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true}

// reported drops the frame of reported speech: "the ministry said it
// would call in the envoy" is "the ministry would call in the envoy",
// "Lind told reporters that the closure breaches the treaty" is "the
// closure breaches the treaty". What the speaker holds (a view, words in
// quotation marks) keeps who holds it, where frame says so; else only a
// view the frame is short for does.
func reported(ws []string, frame bool) []string {
	for v := 1; v < len(ws) && v <= 6; v++ {
		if !reportingVerbs[strings.ToLower(ws[v])] {
			continue
		}
		if l := strings.ToLower(ws[v-1]); titleRelatives[l] || l == "that" {
			break // "Holt, who said that …, resigned": the relative clause's, not the sentence's
		}
		for k := v + 1; k < len(ws) && k <= v+7; k++ {
			w := strings.ToLower(ws[k])
			if w == "that" && len(ws)-k > 3 {
				rest := ws[k+1:]
				if pronouns[strings.ToLower(rest[0])] {
					// "Hegge said on Tuesday that he had not seen it" is
					// his claim, not a fact: "Hegge said he had not seen
					// it" (user28p)
					verb := ws[v : v+1]
					if strings.EqualFold(ws[v], "told") {
						verb = ws[v:k] // "told reporters": whom, too
					}
					if len(verb) <= 4 && !slices.ContainsFunc(verb, func(w string) bool { return strings.HasSuffix(w, ",") }) {
						return append(append(slices.Clip(ws[:v]), verb...), rest...)
					}
					return append(slices.Clip(ws[:v]), rest[1:]...)
				}
				if first := strings.TrimLeft(rest[0], "“\"‘'"); len(rest) > 1 && !startsUpper(first) && !subjectOpeners[strings.ToLower(first)] && finiteAt(rest, 1) {
					// "that" is the subject's determiner ("says that
					// scenario is based on …"): the frame stays
					return ws
				}
				short := k-v <= 2 && v <= 3 && !slices.ContainsFunc(ws[:v], func(w string) bool { return strings.HasSuffix(w, ",") })
				if !frame {
					if opinion(rest) && short {
						return ws
					}
					return rest
				}
				view := opinion(rest) || quotedNear(rest)
				if view && short {
					// whose view it is stays, where the frame is short:
					// "Holt said that the levy might be unlawful" (its
					// "that" goes with cutClause)
					return ws
				}
				if view {
					// a long frame: the speaker by name says it, without
					// the rest of the frame ("Ana Brel said at a rally in
					// Velen that the board should …" is "Ana Brel said the
					// board should …"); "told" keeps whom, when that is
					// short ("Ana Brel told reporters the board …"), so
					// every word is the sentence's own
					if who := speakerName(ws[:v]); len(who) > 0 && !namedIn(who, rest) {
						verb := ws[v : v+1]
						if strings.EqualFold(ws[v], "told") {
							verb = ws[v:k]
						}
						if len(verb) <= 4 && !slices.ContainsFunc(verb, func(w string) bool { return strings.HasSuffix(w, ",") }) {
							if len(who) > 2 && len(who)+len(verb)+len(rest) > maxTitleWords && startsUpper(who[len(who)-1]) {
								// too long with a name of three words or more
								// (a role in it): the surname
								// says whose view it is ("Støre said the
								// government would …"), where dropping the
								// frame would state it as fact (user28p)
								who = who[len(who)-1:]
							}
							return append(append(slices.Clip(who), verb...), rest...)
						}
					}
				}
				return rest
			}
			if pronouns[w] && k == v+1 && len(ws)-k > 3 {
				return ws // "Hegge said he had not seen it": whose claim it is stays (user28p)
			}
			if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ".") {
				break
			}
		}
		break
	}
	return ws
}

// speakerName is the name that ends the frame before a reporting verb
// ("… at a rally in Velen Ana Brel"), or the one that opens it before a
// comma ("Holt, who attended the rally,"): up to four capitalised words,
// or none.
func speakerName(ws []string) []string {
	if len(ws) == 0 || pronouns[strings.ToLower(ws[0])] || subjectPronoun(ws[len(ws)-1]) {
		return nil // "He told …": no name to say it
	}
	if len(ws) <= 4 && !slices.ContainsFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") }) {
		return ws // a short subject: "The harbour master told …"
	}
	n := len(ws)
	for n > 0 && len(ws)-n < 4 && startsUpper(ws[n-1]) && (n == len(ws) || !strings.HasSuffix(ws[n-1], ",")) {
		n-- // "…, the chief prosecutor, Odile Penrake," names her
	}
	if n < len(ws) && (n == 0 || !placePreps[strings.ToLower(ws[n-1])] && !functionWord(ws[n-1])) {
		// not what a place or an of-phrase names: "vice chairman of
		// Velen Freight," is no speaker's name
		name := slices.Clone(ws[n:])
		name[len(name)-1] = strings.TrimSuffix(name[len(name)-1], ",")
		return name
	}
	for k := 0; k < len(ws) && k < 4 && startsUpper(ws[k]); k++ {
		if w := strings.ToLower(strings.TrimSuffix(ws[k], ",")); strings.HasSuffix(w, "ly") || discourseOpeners[w] {
			break // "Separately, …": no name
		}
		if strings.HasSuffix(ws[k], ",") {
			name := slices.Clone(ws[:k+1])
			name[k] = strings.TrimSuffix(name[k], ",")
			return name
		}
	}
	return nil
}

// namedIn reports whether the last word of a name stands in ws: "Clinton
// said Clinton would …" no longer says which of two Clintons is which.
func namedIn(name, ws []string) bool {
	last := trimTitlePunct(name[len(name)-1])
	return slices.ContainsFunc(ws, func(w string) bool {
		w = trimTitlePunct(w)
		return strings.EqualFold(w, last) || strings.EqualFold(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), last)
	})
}

// subjectPronoun reports whether w is a personal pronoun, in any case.
func subjectPronoun(w string) bool {
	return pronouns[strings.ToLower(w)] || strings.EqualFold(w, "i") || strings.EqualFold(w, "you")
}

// quotedNear reports whether a quotation opens within the first words of
// what a speaker reports: "that the board “welcomes” an inquiry" is
// the speaker's word, not a fact.
func quotedNear(ws []string) bool {
	for _, w := range ws[:min(len(ws), 6)] {
		if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "''") {
			return true
		}
	}
	return false
}

// opinion reports whether what a speaker reports is their view rather
// than a fact another's words can stand for alone: it says what may be
// ("might", "may", "could") or points back at the speaker ("against
// him").
func opinion(ws []string) bool {
	for _, w := range ws[:min(len(ws), maxTitleWords)] { // what a title can show of it
		switch strings.ToLower(trimTitlePunct(w)) {
		case "might", "may", "could", "should", "must", "him", "her", "them", "his", "their", "he", "she", "they", "i", "we", "me", "us":
			return true
		}
	}
	return false
}

// hangingWords open a clause hanging off the main one after a comma.
var hangingWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true,
	"according": true, "said": true, "says": true, "saying": true, "but": true, "while": true, "as": true, "although": true,
	"though": true, "citing": true, "adding": true, "officials": true, "reports": true, "reported": true}

// cutClause keeps the main clause: it ends before a comma that opens a
// hanging clause once the words before it hold a verb (else the comma
// closes an aside on the subject: "X, speaking on ..., said"), a semicolon, a colon, a dash or a parenthesis, once it
// has three words.
func cutClause(ws []string) []string {
	ws = dropThat(subjectAside(dropAsides(ws)))
	for k := 2; k+1 < len(ws); k++ {
		if sentenceStop(ws[k]) && startsUpper(strings.TrimLeft(ws[k+1], "“\"‘'")) {
			ws = ws[:k+1] // "… to his message. ''I like …''" is the next sentence's
			break
		}
	}
	for k := range ws {
		if k >= 3 && (ws[k] == "—" || ws[k] == "–" || ws[k] == "-" || ws[k] == "--" || strings.HasPrefix(ws[k], "(")) {
			return ws[:k]
		}
		if k < 2 {
			continue
		}
		w := ws[k]
		if strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, "—") {
			return append(ws[:k:k], strings.TrimRight(w, ";:—"))
		}
		if trimmed := strings.TrimRight(w, "'”\""); strings.HasSuffix(trimmed, ",") && attribution(ws[k+1:]) {
			return append(ws[:k:k], strings.TrimSuffix(trimmed, ","))
		}
		if strings.HasSuffix(w, ",") && k+1 < len(ws) && verbAfter(ws[:k+1], 1) && (hangingWords[strings.ToLower(ws[k+1])] || strings.HasSuffix(ws[k+1], "ing") && !startsUpper(ws[k+1]) || timeAdjunct(ws[k+1:])) {
			return append(ws[:k:k], strings.TrimSuffix(w, ","))
		}
	}
	return ws
}

// sentenceStop reports whether w ends a sentence: a word of three
// letters or more in lower case and a full stop ("message."), not an
// abbreviation ("Calif.", "then-Sen.", "p.m.", "etc.").
func sentenceStop(w string) bool {
	b, ok := strings.CutSuffix(strings.TrimLeft(w, "“\"‘'("), ".")
	if !ok || len(b) < 3 || b == "etc" || b == "approx" {
		return false
	}
	return !strings.ContainsFunc(b, func(r rune) bool { return !unicode.IsLower(r) && r != '\'' && r != '’' })
}

// dropThat drops the "that" after a reporting verb the frame keeps:
// "Ana Brel said that the board will meet" is "Ana Brel said the board
// will meet", leaving the words to what was said. A "that" opening the
// subject ("says that plan is …") stays.
func dropThat(ws []string) []string {
	for v := 1; v+2 < len(ws) && v <= 4; v++ {
		if !reportingVerbs[strings.ToLower(ws[v])] || !strings.EqualFold(ws[v+1], "that") {
			continue
		}
		if next := strings.TrimLeft(ws[v+2], "“\"‘'"); startsUpper(next) || subjectOpeners[strings.ToLower(next)] {
			return append(slices.Clip(ws[:v+1]), ws[v+2:]...)
		}
		break
	}
	return ws
}

// subjectAside drops an aside between commas on the sentence's subject
// before its verb: "The harbour master, speaking on condition of
// anonymity, said" is "The harbour master said"; a name in apposition
// stands for the subject: "The port director, Ana Brel, recommended" is
// "Ana Brel recommended", unless the subject ends on a place ("The depot
// in North Ostra, Velen, closed": the place and its region).
// A short relative clause ("X, who died in 1963, was") stays: it may hold
// what the sentence is dated by; a long one ("X, whose campaigns against
// A, B and C won over a generation, died") goes, read to the comma before
// the verb, past the commas of a list inside it.
func subjectAside(ws []string) []string {
	k := slices.IndexFunc(ws, func(w string) bool { return strings.HasSuffix(w, ",") })
	if k < 0 || k+2 >= len(ws) {
		return ws
	}
	if verbAfter(ws[:k+1], 1) {
		// what a verb of saying reports, with no "that": its subject's
		// aside goes as the sentence's does ("The report said the
		// port's chief executive, Ana Brel, had received …")
		if v := slices.IndexFunc(ws[:k], func(w string) bool { return reportingVerbs[strings.ToLower(w)] }); v > 0 && v+2 <= k &&
			!slices.ContainsFunc(ws[v+1:k+1], func(w string) bool { return titleRelatives[strings.ToLower(w)] || strings.EqualFold(w, "that") }) &&
			!verbAfter(ws[v+1:k+1], 1) {
			return append(slices.Clip(ws[:v+1]), subjectAside(ws[v+1:])...)
		}
		return ws
	}
	relative := titleRelatives[strings.ToLower(ws[k+1])]
	j := -1
	for i := k + 1; i < len(ws)-1 && i <= k+14; i++ {
		if strings.HasSuffix(ws[i], ",") {
			j = i
			break
		}
	}
	if relative {
		j = -1
		for i := k + 1; i < len(ws)-1 && i <= k+30; i++ {
			if strings.HasSuffix(ws[i], ",") && finiteAt(ws, i+1) && !startsUpper(ws[i+1]) {
				j = i
				break
			}
		}
		if j-k <= 6 {
			return ws
		}
	}
	if j < 0 || !(finiteAt(ws, j+1) || strings.ToLower(ws[j+1]) == "also" || saying(ws[j+1])) || startsUpper(ws[j+1]) {
		return ws
	}
	aside := ws[k+1 : j+1]
	name := !relative && !placeBefore(ws[:k+1])
	for _, w := range aside {
		name = name && startsUpper(w)
	}
	out := make([]string, 0, len(ws))
	if name && len(aside) <= 4 {
		out = append(out, aside...)
	} else {
		out = append(out, ws[:k+1]...)
	}
	out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ",")
	return append(out, ws[j+1:]...)
}

// placeBefore reports whether ws end on a place: a capitalised name
// after a preposition of place ("in North Ostra,").
func placeBefore(ws []string) bool {
	i := len(ws) - 1
	for i >= 0 && startsUpper(ws[i]) {
		i--
	}
	return i >= 0 && i < len(ws)-1 && placePreps[strings.ToLower(ws[i])]
}

var placePreps = set(`in at near from outside inside across`)

// attribution reports whether ws, what follows a comma, is only who
// said the words before it: "the chairman said.", "officials told
// reporters".
func attribution(ws []string) bool {
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		if reportingVerbs[strings.ToLower(strings.TrimRight(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// timeAdjunct reports whether ws opens with a stretch of time before or
// after something: "hours after …", "a day before …", "weeks later".
func timeAdjunct(ws []string) bool {
	for k := 0; k < len(ws) && k < 3; k++ {
		switch strings.ToLower(strings.Trim(ws[k], ",")) {
		case "after", "before", "later", "earlier":
			return k > 0
		}
	}
	return false
}

// dropAsides drops what stands between two dashes, in parentheses or in
// brackets: "Albania — a majority-Muslim country — has …".
func dropAsides(ws []string) []string {
	out := make([]string, 0, len(ws))
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		closing := ""
		switch {
		case w == "—" || w == "–" || w == "--" || w == "-" && k > 0:
			closing = w // a hyphen between spaces is a dash: "Ivo Lind - who … - said"
		case strings.HasPrefix(w, "(") && !strings.Contains(w, ")"):
			closing = ")"
		case strings.HasPrefix(w, "[") && !strings.Contains(w, "]"):
			closing = "]"
		case strings.HasPrefix(w, "[") || strings.HasPrefix(w, "("):
			// a one-word aside; the comma after it stays: "Ana Brel
			// (Lab.), Ivo Lind" lists two
			if p := strings.TrimRight(w, ",;"); p != w && len(out) > 0 && !strings.ContainsAny(out[len(out)-1][len(out[len(out)-1])-1:], ",;:") {
				out[len(out)-1] += w[len(p):]
			}
			continue
		}
		if closing == "" {
			out = append(out, w)
			continue
		}
		end := -1
		reach := 16
		dash := closing == "--" || closing == "—" || closing == "–" || closing == "-"
		if dash {
			reach = 30 // a list between dashes: "-- Bush, Kasich, Carson, Christie and Paul --"
		}
		for j := k + 1; j < len(ws) && j < k+reach; j++ {
			if ws[j] == closing || (!dash && strings.Contains(ws[j], closing)) {
				end = j
				break
			}
		}
		if end < 0 {
			out = append(out, ws[k:]...)
			break
		}
		if tail := ws[end]; len(out) > 0 && !dash && strings.HasSuffix(tail, ",") && !strings.HasSuffix(out[len(out)-1], ",") {
			out[len(out)-1] += "," // "women (61 percent), nonwhite voters": the list goes on
		}
		k = end
	}
	return out
}

// functionWord reports whether w cannot end a title: an article, a
// preposition, a conjunction, an auxiliary or a pronoun.
func functionWord(w string) bool {
	return titleStops[strings.ToLower(trimTitlePunct(w))]
}

// breakWord opens a phrase: a title cut short ends before it.
var breakWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`of to in on at for by with from into over under about after before since during
		between against and or but nor that which who whom whose as than when where while because although though if
		amid despite following`) {
		m[w] = true
	}
	return m
}()

var titleStops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for by with from into over under about after before since
		during between against and or but nor that which who whom whose as than its his her their our my your this these
		those is are was were be been being has have had will would can could shall should may might must do does did
		not also said says it he she they we very more most some any such when where while because although though if
		amid despite following`) {
		m[w] = true
	}
	return m
}()
