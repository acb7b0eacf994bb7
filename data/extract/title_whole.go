package extract

import "strings"

// whole reports whether ws reads as a statement: a finite verb outside
// a relative clause ("Clinton, who remained in the race" has none), and
// when that verb reports speech or thought with more words after it, a
// verb in what it reports; a finite verb in every clause "that", "if"
// or "whether" opens; no question; not opening on a subordinator; a
// subject that says whom or what (see vagueSubject).
func whole(ws []string) bool {
	return wholeClause(ws) && !vagueSubject(ws)
}

// wholeCut is whole for where a title may be cut: a subject that names a
// thing only with a modifier does not make every cut less than whole
// ("The report said Hegge had received the inspection report" is cut
// there, not at "had received").
func wholeCut(ws []string) bool {
	return wholeClause(ws) && !vagueOpener(ws)
}

// wholeClause is whole, whatever its subject (see wholeCut).
func wholeClause(ws []string) bool {
	if len(ws) < 2 || strings.HasSuffix(ws[len(ws)-1], "?") {
		return false
	}
	first := strings.ToLower(strings.Trim(ws[0], ",“\""))
	if titleSubordinators[first] || inverted[first] || leadWords[first] && first != "also" || firstPerson[first] {
		return false
	}
	main := titleMainVerb(ws)
	if main < 0 {
		return false
	}
	// what a verb of saying reports, and a clause "that", "if" or
	// "whether" opens, must say what happened: "recommended that no
	// fines be imposed", not "the possibility that Clinton, if elected"
	if saying(ws[main]) && main < len(ws)-1 && !prepComplement(ws, main+1) && !reportedVerb(ws, main+1) {
		return false
	}
	if main == len(ws)-1 && saying(ws[main]) && !endsClause[strings.ToLower(trimTitlePunct(ws[main]))] {
		return false // "the party's campaign announced": announced what, the title does not say
	}
	for k := main + 1; k < len(ws); k++ {
		switch l := strings.ToLower(strings.Trim(ws[k], ",“”\"'’")); l {
		case "reminding", "telling", "warning", "assuring", "convincing", "persuading":
			// "will be reminding voters every day": of what, the clause
			// cut off said
			if ingVerb(ws, k) && k < len(ws)-1 && !reportedVerb(ws, k+1) {
				return false
			}
		case "that", "if", "whether":
			if l != "that" && strings.HasSuffix(ws[k-1], ",") {
				return false // ", if Brel wins the basin": a condition whose outcome is cut off
			}
			if l == "that" && complementPreps[strings.ToLower(ws[k-1])] {
				continue // "for that kind of moment": a determiner, no clause
			}
			from := k + 1
			if from < len(ws) && titleSubordinators[strings.ToLower(ws[from])] {
				// "that if the union struck, the basin would close":
				// the condition's verb, then the clause's own
				for from < len(ws) && !finiteAt(ws, from) {
					from++
				}
				from++
			}
			if !verbAfter(ws, from) {
				return false
			}
		}
	}
	return true
}

// titleMainVerb is the index in ws of its main verb, or -1: the first finite
// verb outside a relative clause, or an aside one opens after a comma
// (which ends at a comma before a verb, not at the commas of a list
// inside it: "X, whose campaigns against A, B and C galvanized many,
// died"), and not a past participle that opens a phrase on the subject
// when a verb of the same clause follows ("demonstrators aligned with
// the movement took to the streets").
func titleMainVerb(ws []string) int {
	relative, aside := false, false
	for k := 1; k < len(ws); k++ {
		l := strings.ToLower(strings.Trim(ws[k], ",“”\"'’"))
		if titleRelatives[l] || l == "that" && !(saying(ws[k-1]) && finiteAt(ws, k-1)) {
			// "that" before the main verb opens a relative clause: "the
			// states that held primaries"
			relative = true
			aside = strings.HasSuffix(ws[k-1], ",")
			continue
		}
		if finiteAt(ws, k) {
			switch {
			case relative:
				relative = false // the relative clause's own verb
			case !aside && !participlePhrase(ws, k):
				return k
			}
		}
		if aside && strings.HasSuffix(ws[k], ",") && (k+1 == len(ws) || finiteAt(ws, k+1) || strings.EqualFold(ws[k+1], "also")) {
			aside, relative = false, false
		}
	}
	return bareVerb(ws)
}

// bareVerb is the index in ws of a present verb with no ending that says
// so, or -1, read only where no other verb stands: a word in lower case
// after its subject and before the infinitive it takes ("supporters of
// the wage plan to protest") or the determiner its object opens with
// ("wins in two states as well solidify her argument"); not a noun its
// determiner or a name's adjective opens ("the Democratic socialist the
// election"), nor after an auxiliary or inside a clause "that" opens.
func bareVerb(ws []string) int {
	for k := 1; k < len(ws)-1; k++ {
		w, prev := ws[k], strings.ToLower(ws[k-1])
		l := strings.ToLower(w)
		if titleRelatives[strings.Trim(l, ",“”\"'’")] || strings.Trim(l, ",“”\"'’") == "that" {
			return -1 // a relative clause's verb is not the sentence's
		}
		if k < 2 || titleAux[prev] || startsUpper(ws[k-1]) || nominal[strings.ToLower(ws[k-2])] || startsUpper(w) || !startsLetter(l) || strings.ContainsAny(l, ",;:.“”\"'’()") || len(l) < 3 ||
			titleStops[l] || nominal[l] || numberWords[l] || breakWord[l] || degree[l] || pronouns[l] ||
			strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") ||
			nominal[prev] || titleStops[prev] || possessive(prev) || strings.HasSuffix(prev, ",") || titleRelatives[prev] {
			continue
		}
		next := strings.ToLower(ws[k+1])
		if next == "to" && k+2 < len(ws) && infinitive(ws[k+2]) && toVerbs[l] || ownerPronouns[next] || next == "the" {
			return k
		}
	}
	return -1
}

// toVerbs take an infinitive: "plan to protest".
var toVerbs = set(`plan want hope vow aim seek intend refuse agree promise pledge threaten need try decide expect prepare
	continue begin start fail`)

// participlePhrase reports whether ws[k], a past form after a noun and
// before a preposition, opens a phrase on its noun rather than being
// its verb: a finite verb follows in the same clause, not joined to it by
// "and" ("demonstrators aligned with the movement took …", not
// "demonstrators marched through the city and clashed with police").
func participlePhrase(ws []string, k int) bool {
	l := strings.ToLower(trimTitlePunct(ws[k]))
	_, irr := irregular()[l]
	past := irr && (strings.HasSuffix(l, "en") || strings.HasSuffix(l, "wn") || strings.HasSuffix(l, "ne")) // "taken", "shown", "done": never a simple past
	// the phrase it takes; an irregular past form only an agent's ("an
	// email sent out by …")
	p := k + 1
	if p+1 < len(ws) && particles[strings.ToLower(ws[p])] && strings.EqualFold(ws[p+1], "by") {
		p++
	}
	if p >= len(ws) || titleAux[l] || saying(l) || !strings.HasSuffix(l, "ed") && !past && !(irr && strings.EqualFold(ws[p], "by")) || strings.HasSuffix(ws[k], ",") ||
		!participlePreps[strings.ToLower(ws[p])] || pronouns[strings.ToLower(ws[k-1])] {
		return false
	}
	for j := p + 1; j < len(ws) && j <= k+12; j++ {
		if strings.HasSuffix(ws[j-1], ",") || titleRelatives[strings.ToLower(ws[j])] || strings.EqualFold(ws[j], "that") {
			return false
		}
		if l := strings.ToLower(trimTitlePunct(ws[j])); finiteAt(ws, j) && !(strings.HasSuffix(l, "s") && !titleAux[l]) {
			// a verb, not a plural after a name ("Iowa caucusgoers") nor
			// a noun after its modifier ("the Jewish state")
			prev := strings.ToLower(ws[j-1])
			return prev != "and" && prev != "or" && prev != "but" && prev != "then" && !adjectiveName(ws[j-1]) && !nominal[prev]
		}
	}
	return false
}

// participlePreps open the phrase a past participle takes: "aligned
// with", "based in", "backed by".
var participlePreps = set(`with by in from on at for to into as`)

// vagueSubject reports whether ws opens on a subject that names nobody
// and nothing: a pronoun ("He was flanked by …", "It would test …", "Her
// victories will …"),
// "There" ("There is also the possibility"), a demonstrative before its
// verb ("That was welcome news") or a bare generic noun ("The group
// raised …"). Such a title says what happened only with the sentences
// around it.
func vagueSubject(ws []string) bool {
	return vagueOpener(ws) || genericSubject(ws)
}

// vagueOpener reports whether ws opens on a pronoun or a demonstrative
// whose referent it does not name ("He was …", "This is …", "The same
// could not be said").
func vagueOpener(ws []string) bool {
	first := strings.ToLower(strings.Trim(ws[0], ",“\"'’"))
	if vaguePronouns[first] || ownerPronouns[first] {
		return true // "He was …", "Her victories will …": whose, the title does not say
	}
	if len(ws) > 1 && demonstratives[first] && finiteAt(ws, 1) {
		return true
	}
	if len(ws) > 2 && first == "the" && strings.EqualFold(ws[1], "same") && finiteAt(ws, 2) {
		return true // "The same could not be said": the same as what, the sentence before says
	}
	return false
}

// genericSubject reports whether ws opens on a noun that names a thing
// only with a modifier ("The report said …": which report).
func genericSubject(ws []string) bool {
	return len(ws) > 2 && articles[strings.ToLower(strings.Trim(ws[0], ",“\"'’"))] && titleGenericHeads[strings.ToLower(ws[1])] && finiteAt(ws, 2)
}

var vaguePronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "there": true, "him": true, "them": true,
	"it's": true, "it’s": true, "there's": true, "there’s": true, "he's": true, "he’s": true, "she's": true, "she’s": true,
	"they're": true, "they’re": true, "that's": true, "that’s": true}

// ownerPronouns open a subject that belongs to someone the title does
// not name: "Her victories", "Their leader".
var ownerPronouns = set(`his her their its`)

var demonstratives = map[string]bool{"this": true, "that": true, "these": true, "those": true}

// titleGenericHeads name a thing only with a modifier: "the group", "the
// poll" (see genericNouns).
var titleGenericHeads = genericNouns

// pluralAfterNumber reports whether ws[k], in -s, follows a number: "a
// dozen states", "two reports".
func pluralAfterNumber(ws []string, k int) bool {
	return k > 0 && strings.HasSuffix(ws[k], "s") && numberWords[strings.ToLower(ws[k-1])]
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true, "hundreds": true, "several": true,
	"many": true, "some": true, "all": true, "both": true, "few": true, "other": true}

// reportedVerb reports whether a verb stands in ws from index from on, as
// verbAfter, other than a participle after a comma that opens a phrase
// ("reported, based on the count"): what a verb of saying reports must
// say what happened.
func reportedVerb(ws []string, from int) bool {
	for j := from; j < len(ws); j++ {
		if !(finiteAt(ws, j) || strings.ToLower(ws[j]) == "be" || j > from && presentAfterNoun(ws, j)) {
			continue
		}
		l := strings.ToLower(trimTitlePunct(ws[j]))
		if j > 0 && strings.HasSuffix(ws[j-1], ",") && strings.HasSuffix(l, "ed") && j+1 < len(ws) && participlePreps[strings.ToLower(ws[j+1])] {
			continue
		}
		if thinking[l] && j < len(ws)-1 {
			// "said they believed Russia": what they believed must say
			// what happened too
			return reportedVerb(ws, j+1)
		}
		return true
	}
	return false
}

// prepComplement reports whether the verb of saying before ws[k] takes
// a phrase rather than a clause: a preposition and its noun ("admitted
// to a loss", "warned of a storm"), not an infinitive.
func prepComplement(ws []string, k int) bool {
	v := strings.ToLower(trimTitlePunct(ws[k-1]))
	if k+1 < len(ws) && strings.EqualFold(ws[k], "to") && infinitive(ws[k+1]) {
		return false // "agreed to debate …": the verb's clause, read as before
	}
	return k < len(ws) && complementPreps[strings.ToLower(ws[k])] && !thinking[v] && !tellVerbs[v]
}

// tellVerbs say something to someone, a clause or a quotation after
// them whatever phrase comes first: "said about its platform:".
var tellVerbs = set(`tell tells told state states stated announce announces announced declare declares declared`)

var complementPreps = set(`to of about on for with against in over`)

// presentAfterNoun reports whether ws[j], in -s after a noun in lower
// case and before the phrase it takes, is a present verb: "the federal
// government requires too many tests", read only in what a verb of
// saying reports.
func presentAfterNoun(ws []string, j int) bool {
	l := strings.ToLower(ws[j])
	if j+1 >= len(ws) || len(l) < 4 || !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") ||
		strings.HasSuffix(l, "is") || startsUpper(ws[j]) || strings.ContainsAny(l, ",;:.“”\"'’") {
		return false
	}
	prev, next := strings.ToLower(ws[j-1]), strings.ToLower(ws[j+1])
	if startsUpper(ws[j-1]) || nominal[prev] || titleStops[prev] || possessive(prev) || strings.HasSuffix(prev, ",") || numberWords[prev] {
		return false
	}
	return npOpener(next) || ownerPronouns[next] || next == "too" || next == "more" || next == "many"
}

// lyNouns end as adverbs do but name something: "the family planned".
var lyNouns = set(`family assembly supply rally ally anomaly monopoly homily bully folly jelly belly butterfly july italy`)

// endsClause are verbs of saying or deciding a clause may end on: "the
// union agreed".
var endsClause = set(`agree agreed agrees decide decided decides`)

// thinking are verbs of saying or believing whose own clause a report
// may hold: "said they believed Russia engineered the release".
var thinking = set(`say says said believe believes believed think thinks thought claim claims claimed fear fears feared
	suspect suspects suspected insist insists insisted argue argues argued`)

// verbAfter reports whether a verb stands in ws from index from on.
func verbAfter(ws []string, from int) bool {
	for j := from; j < len(ws); j++ {
		if finiteAt(ws, j) || strings.ToLower(ws[j]) == "be" {
			return true
		}
	}
	return false
}

var titleRelatives = map[string]bool{"who": true, "which": true, "whom": true, "whose": true}

// finiteAt approximates whether ws[k] is a finite verb: an auxiliary, a
// past form, or a present form in -s after a name or a pronoun.
func finiteAt(ws []string, k int) bool {
	w := ws[k]
	if startsUpper(w) && k > 0 || possessive(w) {
		return false // a name, or a possessive: "the Democratic nominee's campaign"
	}
	l := strings.ToLower(trimTitlePunct(w))
	if titleAux[l] || sayingVerbs[l] && !(k > 0 && strings.HasSuffix(l, "s") && nominal[strings.ToLower(ws[k-1])]) && !pluralAfterNumber(ws, k) && !sayingNoun(ws, k) {
		return true
	}
	if _, ok := irregular()[l]; ok && l != "dead" {
		return k > 0
	}
	if k == 0 {
		return false
	}
	if len(l) > 4 && strings.HasSuffix(l, "ed") && !numberWords[l] { // "hundred"
		prev := strings.ToLower(strings.Trim(ws[k-1], ",“”\"'’"))
		if strings.HasSuffix(prev, "ly") && !lyNouns[prev] && k >= 2 && nominal[strings.ToLower(ws[k-2])] {
			return false // "a hastily arranged visit": an adjective
		}
		return !nominal[prev] && !strings.HasSuffix(prev, "’s") && !strings.HasSuffix(prev, "'s")
	}
	if groupNouns[l] || strings.HasSuffix(l, "ists") || strings.HasSuffix(l, "ians") ||
		strings.HasSuffix(l, "ings") && l != "brings" && l != "sings" && l != "swings" && l != "springs" {
		return false // "New Jersey officials", "Sanders supporters", "Strong showings"
	}
	if len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is") {
		prev := strings.TrimRight(ws[k-1], ",")
		if k == 1 && titleStops[strings.ToLower(prev)] {
			return false // "About two-thirds": capitalised only as the first word
		}
		if (strings.HasSuffix(l, "ers") || strings.HasSuffix(l, "ors")) && adjectiveName(prev) {
			return false // "Vessish leaders", "Republican donors": people, not a verb
		}
		return startsUpper(prev) && !strings.HasSuffix(prev, "’s") && !strings.HasSuffix(prev, "'s") || pronouns[strings.ToLower(prev)]
	}
	return false
}

// adjectiveName reports whether w, capitalised, is an adjective of a
// country or a creed rather than a name: a demonym of the built-in table
// ("Albanian") or one of its endings ("-ican", "-atic", "-ist", "-ish").
func adjectiveName(w string) bool {
	if h, ok := countryOf(w); ok && h.kind == countryDemonym {
		return true
	}
	l := strings.ToLower(w)
	return startsUpper(w) && len(l) > 5 && (strings.HasSuffix(l, "ican") || strings.HasSuffix(l, "atic") ||
		strings.HasSuffix(l, "ist") || strings.HasSuffix(l, "ish"))
}

// nominal words come before a noun, not a verb: "the proposed deal".
var nominal = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for by with from into over under about after before since during
		between against its his her their our my your this these those some any no each every many few more most such`) {
		m[w] = true
	}
	return m
}()

var titleAux = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`is are was were am has have had will would can could shall should may might must does did do
		isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t doesn’t didn’t don’t
		isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't doesn't didn't don't`) {
		m[w] = true
	}
	return m
}()

// saying reports whether w is a verb of saying, thinking or deciding,
// which takes a clause as its object.
func saying(w string) bool {
	return sayingVerbs[strings.ToLower(trimTitlePunct(w))]
}

var sayingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields(`say said says tell told announce announced announces declare declared declares claim claimed
		claims argue argued argues insist insisted insists warn warned warns suggest suggested suggests recommend recommended
		recommends decide decided decides hope hoped hopes believe believed believes think thought thinks acknowledge acknowledged
		acknowledges admit admitted admits deny denied denies predict predicted predicts promise promised promises urge urged urges
		vow vowed vows pledge pledged pledges conclude concluded concludes note noted notes report reported reports confirm
		confirmed confirms state stated states agree agreed agrees want wanted wants expect expected expects
		mean means meant show shows showed indicate indicates indicated signal signals signaled signalled`) {
		m[v] = true
	}
	return m
}()

// subjectOpeners may open a title's subject in lower case: "a drop in …", "both
// campaigns …".
var subjectOpeners = map[string]bool{"a": true, "an": true, "the": true, "both": true, "most": true, "many": true, "some": true,
	"more": true, "few": true, "several": true, "all": true, "no": true, "each": true, "every": true, "two": true, "three": true,
	"his": true, "her": true, "their": true, "its": true, "he": true, "she": true, "they": true, "we": true, "it": true,
	"this": true, "these": true, "those": true, "one": true, "much": true, "there": true}
