package extract

import (
	"slices"
	"strings"
)

// Title lengths: a title is cut at the last phrase boundary before
// maxTitleWords that leaves it whole, else at the first one after it up
// to longTitleWords.
const longTitleWords = 15

// fitLength cuts a long title at a phrase boundary: before a preposition,
// a conjunction, a relative or subordinate clause, or after a comma;
// never before the clause a verb of saying or deciding opens ("said
// that …", "recommended that …"), and where the words left are whole
// (see whole) when such a boundary exists. broken says no such boundary
// was found and the words were cut where they stood: what is left is no
// whole statement ("he was holding", "painted a dire portrait of a").
func fitLength(ws []string) (_ []string, broken bool) {
	if len(ws) <= maxTitleWords && (endsWell(ws) || bePredicate(ws)) {
		return ws, false
	}
	except := slices.IndexFunc(ws, func(w string) bool { return exception[strings.ToLower(strings.Trim(w, ",;:"))] })
	main := titleMainVerb(ws)
	good := func(k int) bool {
		if k < len(ws) && (!phraseAt(ws, k) || k <= except+1 || k <= main || splitsPhrase(ws, k) || coordinateAdjective(ws, k)) {
			return false // a cut keeps an exception with the phrase it opens, and the main verb
		}
		// a word of saying that ends a noun phrase ends the words well
		// ("had received the inspection report"), not a cut before
		// what follows it ("seen the report | before the collapse")
		return (endsWell(ws[:k]) || k == len(ws) && (passiveEnd(ws) || bePredicate(ws) || sayingNoun(ws, k-1))) && wholeCut(ws[:k])
	}
	// a cut right after the main verb drops all it takes ("Protesters
	// took | to the streets"): the last choice
	bare := -1
	// so does a cut right after a verb its auxiliary opens, in what is
	// reported ("said the senator will arrive | at the convention")
	bareAt := func(k int) bool {
		return k == main+1 || k > main+2 && main >= 0 && reportingVerbs[strings.ToLower(ws[main])] && titleAux[strings.ToLower(ws[k-2])]
	}
	for k := min(len(ws), maxTitleWords) - 1; k >= 4; k-- {
		if good(k) {
			if bareAt(k) && bare < 0 {
				bare = k
				continue
			}
			return trimEnd(ws[:k]), false
		}
	}
	for k := maxTitleWords; k <= min(len(ws), longTitleWords); k++ {
		if good(k) {
			if bareAt(k) && bare < 0 {
				bare = k
				continue
			}
			return trimEnd(ws[:k]), false
		}
	}
	// no whole cut but the bare verb's: a subject that runs on past its
	// head ("His support among women in a poll released Sunday is a
	// record low") is cut to its head, then the bare verb, then the old
	// rule, the last boundary before maxTitleWords
	short := shortSubject(ws)
	if len(short) < len(ws) {
		if f, broken := fitLength(short); !broken {
			return f, false
		}
	}
	if k := ofCut(ws, main); k > 0 {
		return trimEnd(ws[:k]), false
	}
	if len(short) < len(ws) && bare < 0 {
		return fitLength(short)
	}
	if bare >= 0 {
		return trimEnd(ws[:bare]), false
	}
	if len(ws) > maxTitleWords || except >= 0 {
		broken = true
		n := min(len(ws), maxTitleWords)
		for n < len(ws) && n < longTitleWords && startsUpper(ws[n-1]) && startsUpper(ws[n]) &&
			!strings.ContainsAny(ws[n-1][len(ws[n-1])-1:], ",;:.") {
			n++ // never inside a name: "the re-election of House Speaker Ana Brel"
		}
		ws = ws[:n]
		for k := len(ws) - 1; k >= 4; k-- {
			if phraseAt(ws, k) {
				ws = ws[:k]
				break
			}
		}
	}
	for len(ws) > 1 && !endsWell(ws) && !sayingNoun(ws, len(ws)-1) && (functionWord(ws[len(ws)-1]) || !finiteAt(ws, len(ws)-1)) {
		ws = ws[:len(ws)-1] // a verb stays: "Rubio responded", not "Rubio"; so does a noun: "it was a report"
	}
	return ws, broken
}

// ofCut is where a title too long for a whole cut may end before an
// of-phrase, or 0: the first such place from maxTitleWords words on, up
// to longTitleWords, past the main verb's object, where the words are
// whole ("became the first woman to win the nomination | of a major
// party"). An of-phrase belongs to its noun, so this comes only once no
// phrase boundary leaves the words whole, and only where the words
// before it fill a title: a short one would lose what its noun is of
// ("have a better opinion | of …").
func ofCut(ws []string, main int) int {
	for k := max(main+2, maxTitleWords); k < len(ws) && k <= longTitleWords; k++ {
		if !strings.EqualFold(ws[k], "of") || strings.ContainsAny(ws[k-1], ",;:") || measure(ws[k-1]) || !endsWell(ws[:k]) || !whole(ws[:k]) || verbInPhrase(ws, k+1) {
			continue
		}
		return k
	}
	return 0
}

// measure reports whether w counts or measures what its of-phrase
// names, which is the phrase's head: "two weeks of talks", "dozens of
// workers".
func measure(w string) bool {
	l := strings.ToLower(w)
	return timeUnits[l] || quantity[l] || numberWords[l] || l == "percent" || l == "part" || l == "number" || l == "series" || l == "lot"
}

// verbInPhrase reports whether a verb stands in the phrase that opens at
// ws[k], up to a comma or the next phrase: what the verb before it
// still needs ("ordered the gates of the dam closed").
func verbInPhrase(ws []string, k int) bool {
	for j := k; j < len(ws); j++ {
		l := strings.ToLower(trimTitlePunct(ws[j]))
		if j > k && breakWord[l] && l != "of" && l != "and" {
			return false
		}
		if finiteAt(ws, j) || !startsUpper(ws[j]) && strings.HasSuffix(l, "ed") {
			return true
		}
		if strings.ContainsAny(ws[j], ",;:") {
			return false
		}
	}
	return false
}

// splitsPhrase reports whether a cut before ws[k], though a phrase
// starts there, leaves a phrase without the words that complete it: a
// verb in -ing whose object or particle follows ("after determining",
// "is girding", "calling out"), or a subordinate clause whose verb is
// cut off ("after Ana Brel and her deputy, Ivo Lind, quit").
func splitsPhrase(ws []string, k int) bool {
	if k <= 0 || k >= len(ws) {
		return false
	}
	if !strings.HasSuffix(strings.TrimRight(ws[k-1], "'”\"’"), ",") &&
		(ingVerb(ws, k-1) || k >= 2 && particles[strings.ToLower(ws[k-1])] && ingVerb(ws, k-2)) {
		return true
	}
	for s := k - 1; s >= 0 && s >= k-8; s-- {
		if finiteAt(ws, s) && !participlePhrase(ws, s) {
			return false // the clause before the cut has its verb
		}
		if !titleClauseOpeners[strings.ToLower(strings.Trim(ws[s], ",“”\"'’"))] {
			continue
		}
		// the clause it opens has no verb before the cut: one after it,
		// before the next clause, is the clause's own
		for j := k; j < len(ws) && j < k+8; j++ {
			l := strings.ToLower(strings.Trim(ws[j], ",“”\"'’"))
			if titleRelatives[l] || l == "that" || titleClauseOpeners[l] ||
				(l == "and" || l == "but" || l == "or") && strings.HasSuffix(ws[j-1], ",") {
				return false
			}
			if finiteAt(ws, j) {
				return true
			}
		}
		return false
	}
	return false
}

// ingVerb reports whether ws[i] is a verb in -ing: in lower case, not a
// noun a determiner opens ("a hearing", "a brief hearing").
func ingVerb(ws []string, i int) bool {
	l := trimTitlePunct(ws[i])
	if len(l) <= 5 || !strings.HasSuffix(l, "ing") || startsUpper(l) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		p := strings.ToLower(strings.Trim(ws[j], ",“”\"'’"))
		if npOpener(p) || possessive(p) {
			return false // "a hearing", "every credible warning", "the party's opening"
		}
		if titleAux[p] || finiteAt(ws, j) || strings.HasSuffix(ws[j], ",") || nounSuffix(p) {
			break // "a petition calling on": the noun's participle
		}
	}
	return true
}

// nounSuffix reports whether w ends as a noun does: "petition",
// "movement", "voters".
func nounSuffix(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "er", "or", "ist", "s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// particles complete a verb: "calling out", "holding on".
var particles = set(`out up off down back on in over away`)

// titleClauseOpeners open a clause that needs its own verb: "after Ana Brel
// quit", "when the union struck".
var titleClauseOpeners = set(`after before when while because since until although though whereas once unless`)

// exception opens a phrase that takes back part of what comes before
// it ("gave to no candidate except the mayor"): a title cut before it
// would say the opposite.
var exception = map[string]bool{"except": true, "excepting": true, "excluding": true, "save": true, "besides": true, "unless": true}

// shortSubject cuts a long subject to its head: the words before the
// first phrase or relative clause after it, joined to the main verb.
// Words that hold no main verb within longTitleWords stay as they are.
func shortSubject(ws []string) []string {
	v := titleMainVerb(ws)
	if v < 0 || v > longTitleWords {
		return ws
	}
	for h := 1; h < v; h++ {
		l := strings.ToLower(ws[h])
		if titleRelatives[l] || l == "that" || breakWord[l] && l != "of" && l != "and" || participlePhrase(ws, h) {
			if v-h < 3 || strings.HasSuffix(ws[h-1], ",") || ingVerb(ws, h-1) {
				// nothing worth cutting, an aside the rules read already,
				// or a verb in -ing that takes what follows ("a group
				// campaigning for …")
				return ws
			}
			return append(slices.Clip(ws[:h]), ws[v:]...)
		}
	}
	return ws
}

func trimEnd(ws []string) []string {
	for len(ws) > 1 && (functionWord(ws[len(ws)-1]) || strings.Trim(ws[len(ws)-1], ",;:.—–-") == "") {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// phraseAt reports whether a phrase starts at ws[k].
func phraseAt(ws []string, k int) bool {
	if k <= 0 || k >= len(ws) {
		return false
	}
	if strings.HasSuffix(strings.TrimRight(ws[k-1], "'”\"’"), ",") {
		return true
	}
	w := strings.ToLower(ws[k])
	if sayingIng[strings.TrimRight(w, ",")] && ingVerb(ws, k) {
		return true // "issued a statement | saying, …": what was said follows
	}
	if !breakWord[w] {
		return false
	}
	if w == "to" && k+1 < len(ws) && infinitive(ws[k+1]) && verbTakesTo(ws, k) {
		return false // "were used to decide": the verb's own object
	}
	if w == "of" {
		return false // "the support of …", "a portrait of …": the noun's own phrase
	}
	if w == "with" && k >= 3 && strings.EqualFold(ws[k-3], ws[k-1]) && (ws[k-2] == "to" || ws[k-2] == "by") ||
		(w == "to" || w == "by") && k+1 < len(ws) && strings.EqualFold(strings.Trim(ws[k+1], ",;:."), ws[k-1]) {
		return false // "sat face to face with …", "stood side by side with …": one phrase, and with whom
	}
	if k >= 2 && (timeObject[strings.ToLower(ws[k-2])] || strings.EqualFold(ws[k-2], "into") && monthOrDay(ws[k-1])) {
		return false // "spent Monday | on a tour": what the time went on; "came into Tuesday | with a lead"
	}
	if (w == "to" || w == "in") && k >= 2 && ordinals[strings.ToLower(ws[k-2])] {
		return false // "the first woman to win …", "the only port in …": what makes it first
	}
	if w == "than" || w == "as" && (comparison(ws[max(0, k-6):k]) || slices.ContainsFunc(ws[max(0, k-8):k], asVerb)) {
		// "more delegates than Brel", "twice as many seats as": the
		// comparison's other side; "named Holt as", "see the vote as":
		// what the verb makes its object
		return false
	}
	if w == "or" && slices.ContainsFunc(ws[max(0, k-4):k], func(p string) bool { return strings.EqualFold(p, "either") }) {
		return false // "either Brel or Holt"
	}
	if (w == "and" || w == "or" || w == "for") && k+1 < len(ws) && startsUpper(ws[k-1]) && startsUpper(ws[k+1]) {
		return false // "in Velen and Ostra", "the League for Clean Harbours": one phrase
	}
	if (w == "and" || w == "or") && k+1 < len(ws) && bareNoun(ws, k+1) {
		return false // "its quays and cranes": one noun phrase
	}
	if w == "that" || w == "to" || w == "whether" || w == "if" {
		// the clause a verb of saying or deciding takes is its object
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if saying(ws[j]) {
				return false
			}
		}
	}
	return true
}

// comparison reports whether ws hold the first half of a comparison
// that "as" completes: "as many", "twice the number", "the same".
func comparison(ws []string) bool {
	for i, w := range ws {
		switch strings.ToLower(strings.Trim(w, ",“”\"'’")) {
		case "twice", "thrice", "same", "times":
			return true
		case "as":
			// "as many", "as long": not "served as one of", "as the"
			if i+1 < len(ws) {
				n := strings.ToLower(strings.Trim(ws[i+1], ",“”\"'’"))
				if n != "" && !startsUpper(ws[i+1]) && !nominal[n] && !numberWords[n] && n != "one" && !strings.HasSuffix(n, "ing") {
					return true
				}
			}
		}
	}
	return false
}

// bareNoun reports whether ws[i], after "and" or "or", goes on the noun
// phrase before it: a word in lower case that opens none of its own (no
// determiner, pronoun or number), is no verb and is not what a clause
// opens with ("quays and cranes", not "and the cranes", "and took").
func bareNoun(ws []string, i int) bool {
	w := ws[i]
	l := strings.ToLower(trimTitlePunct(w))
	if l == "" || startsUpper(w) || !startsLetter(l) || titleStops[l] || nominal[l] || numberWords[l] || pronouns[l] ||
		titleAux[l] || saying(l) || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ly") || strings.HasSuffix(l, "ing") {
		return false
	}
	_, irr := irregular()[l]
	return !irr && !vaguePronouns[l]
}

// asVerb reports whether w takes an object and what "as" makes it:
// "named Holt as her deputy", "saw the vote as a test".
func asVerb(w string) bool {
	return asVerbs[strings.ToLower(trimTitlePunct(w))]
}

var asVerbs = set(`see sees saw seen seeing view views viewed viewing regard regards regarded describe describes described
	describing name names named naming choose chooses chose chosen choosing pick picks picked picking appoint appoints
	appointed appointing elect elects elected cast casts casting treat treats treated label labels labeled labelled
	portray portrays portrayed brand brands branded characterize characterizes characterized depict depicts depicted
	hire hires hired install installs installed nominate nominates nominated tap taps tapped identify identifies identified`)

// verbTakesTo reports whether the "to" at ws[k] completes a verb: it
// follows a verb form ("were used to", "is planning to", "has yet to")
// or an object of a verb that asks someone to act ("asked the board to
// …"); after a noun it opens a purpose ("pressure on the port to …"),
// where a title may end.
func verbTakesTo(ws []string, k int) bool {
	prev := strings.ToLower(trimTitlePunct(ws[k-1]))
	if titleAux[prev] || prev == "yet" || !startsUpper(ws[k-1]) && (strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing")) ||
		finiteAt(ws, k-1) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if askVerbs[strings.ToLower(ws[j])] {
			return true
		}
	}
	return false
}

// askVerbs take someone and what they are to do: "asked the board to
// act".
var askVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields(`ask asks asked urge urges urged tell tells told order orders ordered force forces forced
		invite invites invited encourage encourages encouraged press presses pressed allow allows allowed require requires
		required persuade persuades persuaded want wants wanted expect expects expected call calls called`) {
		m[v] = true
	}
	return m
}()

// infinitive approximates whether w, after "to", is a verb: a word in
// lower case that opens no noun phrase and is no plural ("to decide",
// not "to the port", "to voters" or "to 40").
func infinitive(w string) bool {
	l := trimTitlePunct(w)
	if l == "" || startsUpper(l) || !startsLetter(l) || nominal[l] || numberWords[l] || strings.HasSuffix(l, "ing") {
		return false
	}
	return !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us")
}

// endsWell reports whether a title may end on ws's last word: not a
// function word, a possessive, an adverb of degree or a bare verb.
func endsWell(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	l := strings.ToLower(trimTitlePunct(last))
	if l == "her" && len(ws) > 1 && breakWord[strings.ToLower(ws[len(ws)-2])] {
		return true // "acted against her": an object, not a determiner
	}
	if l == "" || functionWord(last) || degree[l] || strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "ly") {
		return false
	}
	if len(ws) > 1 && (saying(last) || sayingIng[l] && ingVerb(ws, len(ws)-1) || finiteAt(ws, len(ws)-1) && !startsUpper(last) && strings.HasSuffix(l, "ed")) {
		return false // "Comey recommended", "Sanders declared", "issued a statement saying"
	}
	if len(ws) > 1 && articles[strings.ToLower(ws[len(ws)-2])] && comparative[l] {
		return false // "an earlier", "the last"
	}
	if n := len(ws) - 1; n > 1 && monthOrDay(ws[n-1]) && len(l) == 4 && strings.Trim(l, "0123456789") == "" &&
		(articles[strings.ToLower(ws[n-2])] || possessive(ws[n-2])) {
		return false // "the November 2024" names a noun as "the November" does
	}
	if len(ws) > 1 && (articles[strings.ToLower(ws[len(ws)-2])] || possessive(ws[len(ws)-2])) && monthOrDay(last) {
		return false // "a copy of the November": the month names the noun cut off after it
	}
	if len(ws) > 1 && bareAdjective(strings.ToLower(ws[len(ws)-2]), l) {
		return false // "ran a very aggressive", "the most famous": the noun is cut off
	}
	if len(ws) > 1 && !startsUpper(last) {
		if prev := strings.ToLower(ws[len(ws)-2]); titleAux[prev] && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "en") && !strings.HasSuffix(l, "ing") && !adjectiveEnd(l) {
			return false // "will come", "has won"
		}
	}
	return true
}

// bareAdjective reports whether w, after prev, is an adjective whose
// noun should follow: after an adverb of degree ("a very aggressive"),
// or, for a suffix only adjectives take, after a determiner ("the
// famous", "a powerful").
func bareAdjective(prev, w string) bool {
	for _, suf := range []string{"ous", "ful", "able", "ible", "ive"} {
		if !strings.HasSuffix(w, suf) || len(w) <= len(suf)+2 {
			continue
		}
		return intensifiers[prev] || suf != "ive" && determiners[prev]
	}
	return false
}

// intensifiers say how much of an adjective: "very", "most".
var intensifiers = set(`very more most less least so too extremely highly increasingly especially particularly fairly rather quite`)

// sayingIng are verbs of saying in -ing, whose words follow: "issued a
// statement saying", "a hat reading".
var sayingIng = set(`saying telling adding announcing declaring claiming arguing warning noting insisting asking stating writing
	reading reminding`)

// ordinals single out a noun by what follows it: "the first woman to
// win".
var ordinals = set(`first last only second third next`)

// adjectiveEnd approximates whether w, after an auxiliary, is an
// adjective a title may end on ("is complex", "are wary").
func adjectiveEnd(w string) bool {
	for _, suf := range []string{"ed", "en", "al", "ic", "ive", "ous", "ful", "ary", "ant", "ent", "ible", "able", "ear", "ong", "ary", "ry", "lear", "ain"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// passiveEnd reports whether ws ends on a passive participle, which
// ends a sentence well though it is no cut point: "the post has yet to
// be filled" ends there, "the mayor was defeated by …" goes on to say by
// whom.
func passiveEnd(ws []string) bool {
	n := len(ws)
	return n > 2 && beForms[strings.ToLower(ws[n-2])] && !saying(ws[n-1]) &&
		strings.HasSuffix(strings.TrimRight(ws[n-1], ".,;:"), "ed")
}

// bePredicate reports whether ws ends on what a form of be says of its
// subject, which ends a sentence well though it is no cut point: "Velen
// was winner-take-all" ends there, "was known for …" goes on.
func bePredicate(ws []string) bool {
	n := len(ws)
	if n < 3 || !titleAux[strings.ToLower(ws[n-2])] || !beForms[strings.ToLower(ws[n-2])] {
		return false
	}
	l := strings.ToLower(trimTitlePunct(ws[n-1]))
	return l != "" && !functionWord(l) && !degree[l] && !saying(l) && !strings.HasSuffix(l, "ly")
}

// beForms before a participle make it passive: "the post was filled".
var beForms = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true}

var articles = map[string]bool{"a": true, "an": true, "the": true}

// firstPerson subjects are a writer's or a speaker's, not the news in our
// words: "I dug it up".
var firstPerson = map[string]bool{"i": true, "we": true, "you": true, "i’m": true, "i'm": true}

var comparative = map[string]bool{"earlier": true, "later": true, "last": true, "latest": true, "new": true, "big": true,
	"bigger": true, "larger": true, "major": true, "key": true, "main": true}

var degree = map[string]bool{"former": true, "latter": true, "other": true, "next": true, "same": true, "own": true, "such": true, "top": true, "less": true, "much": true, "many": true, "few": true, "enough": true, "even": true, "just": true,
	"only": true, "already": true, "still": true, "yet": true, "again": true, "too": true, "so": true, "there": true, "then": true}

// coordinateAdjective reports whether a cut before ws[k] parts two
// adjectives of one noun: "a good, | decent man" is no phrase of its
// own, "the board, | which met" is.
func coordinateAdjective(ws []string, k int) bool {
	if k < 2 || k >= len(ws) || !strings.HasSuffix(strings.TrimRight(ws[k-1], "'”\"’"), ",") {
		return false
	}
	det := strings.ToLower(strings.Trim(ws[k-2], "“\"'‘"))
	if det != "a" && det != "an" && det != "the" || k+1 >= len(ws) {
		return false
	}
	// two words after it with no function word: an adjective and its
	// noun ("decent man"), not a verb and what it takes ("mold his
	// legacy") nor a clause ("even though …")
	for _, w := range ws[k : k+2] {
		b := strings.ToLower(strings.Trim(w, ",“”\"'‘’"))
		if b == "" || startsUpper(strings.TrimLeft(w, "“\"'‘")) || functionWord(b) || hangingWords[b] || strings.HasSuffix(b, "ly") || strings.HasSuffix(b, "ing") {
			return false
		}
	}
	return true
}
