package extract

// Speakers the text describes without naming ("one Democrat familiar
// with the talks"): when a description names who spoke, and when it is a
// fragment of a sentence or a document instead.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// quantifiers open a description of someone the text does not name: "one
// Republican involved in the planning", "another commenter".
var quantifiers = set(`a an one another some several many most few two three four five dozens hundreds
	thousands the other others each every`)

// collectives are singular words for a body of people.
var collectives = set(`crowd audience group staff team panel committee jury public family campaign`)

// described returns the speaker a description names, for a speaker the
// text describes without naming: "said one Democrat familiar with the
// discussion", "the crowd chanted", "protesters shouted". Each is an actor
// of its own article, never joined to another article's: two articles'
// "senior official" need not be one person.
func (r *reader) described(np string, at int) (string, bool) {
	if i := strings.IndexAny(np, ",;(—"); i >= 0 {
		np = np[:i]
	}
	for _, cut := range []string{" who ", " which ", " whose ", " that "} {
		if i := strings.Index(np, cut); i >= 0 {
			np = np[:i]
		}
	}
	np = strings.TrimSpace(strings.Trim(np, " .,:;”’\"'"))
	ws := strings.Fields(np)
	for i, w := range ws {
		// "a spokesman for Bernie Sanders could only": up to the verb
		// "the ruling published Thursday": a document, then what was done
		// with it
		if lw := strings.ToLower(w); i > 0 && (clauseWords[lw] || adverbs[lw] || lw == "only" ||
			strings.HasSuffix(lw, "ed") && docHeads[singular(strings.ToLower(ws[i-1]))]) {
			ws = ws[:i]
			np = strings.Join(ws, " ")
			break
		}
	}
	// "the authors of the": a phrase cut off inside what follows the head
	for len(ws) > 1 && danglers[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
		np = strings.Join(ws, " ")
	}
	if len(ws) == 0 || len(ws) > 8 || isClause(np) || isPronoun(np) || fragment(ws) {
		return "", false
	}
	first, last := strings.ToLower(ws[0]), strings.ToLower(ws[len(ws)-1])
	if r.cutName(np, at) {
		return "", false // "the United" of "the United States"
	}
	if h := headOfPhrase(ws); !speakerHead(strings.ToLower(h)) && !(startsUpper(h) && len(ws) > 1) {
		// (a name heads it: "The American Legion")
		if docHeads[singular(strings.ToLower(h))] {
			// "an editorial in The Des Moines Register": whoever put it out
			if id, ok := r.publisher(np, at); ok {
				return id, true
			}
		}
		if quantifiers[first] && len(ws) > 1 || docHeads[singular(strings.ToLower(h))] {
			// "the lawsuit says", "a welcome message on the website
			// reads": said, by no one the text names; nor is "it added"
			// after it whoever spoke before
			r.lastSpeaker = r.lx.unknown()
			return r.lastSpeaker, true
		}
		return "", false // "goals", "taxes": no attribution at all
	}
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	bare := len(ws) <= 3 && plural && strings.ToLower(np) == np // "protesters shouted"
	alone := len(ws) == 1 && first == "another"                 // "Another tweeted, “…”"
	if !quantifiers[first] && !bare || len(ws) == 1 && !bare && !alone {
		return "", false
	}
	if id, ok := r.descs[strings.ToLower(np)]; ok {
		return id, true
	}
	if first == "the" && len(ws) <= 3 && orgNouns[last] {
		// "the group", "the company": the body the text last named
		if id, ok := r.lastBody(at); ok {
			return id, true
		}
	}
	kind := timeline.Person
	if plural || collectives[last] {
		kind = timeline.Group
	}
	id := r.lx.freshID(slug(np))
	r.lx.byID[id] = len(r.lx.actors)
	r.lx.actors = append(r.lx.actors, timeline.Actor{ID: id, Name: np, Kind: kind, Extracted: true})
	if r.descs == nil {
		r.descs = map[string]string{}
	}
	r.descs[strings.ToLower(np)] = id
	return id, true
}

// danglers are the words a description cut off in mid-phrase ends with:
// "the authors of the".
var danglers = set(`the a an of to for in on at by with from about as and or but than his her their its our`)

// clauseOpeners show a description runs into a clause of its own or points
// elsewhere: "the crowd booed when he", "others to form what", "a
// document he drew up", "particularly his".
var clauseOpeners = set(`when while as because if since after before until what whom whose where why how he she
	they it we i you him them us me his its their our my your theirs particularly especially including and or but
	than`)

// fragment reports whether the words of a description are no noun phrase
// at all: a clause or a pronoun in it ("the crowd booed when he", "others
// to form what", "particularly his"), or a preposition opening it
// ("without reporters"). A possessive opening the phrase is its owner:
// "her lawyers".
func fragment(ws []string) bool {
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if clauseOpeners[lw] && !(i == 0 && len(ws) > 1 && owners[lw]) {
			return true
		}
	}
	first := strings.ToLower(ws[0])
	return prepositions[first] || first == "without"
}

// headOfPhrase is the head noun of a description, as written, before what follows
// it: "official" in "a former U.S. official close to the talks",
// "signatories" in "one of the signatories".
func headOfPhrase(ws []string) string {
	if len(ws) > 2 && strings.ToLower(ws[1]) == "of" && quantifiers[strings.ToLower(ws[0])] {
		ws = ws[2:]
	}
	head := ""
	for i, w := range ws {
		w = strings.Trim(w, ",.;:")
		lw := strings.ToLower(w)
		if i > 0 && lw == "of" && amounts[strings.ToLower(head)] {
			continue // "a lot of people", "a majority of voters"
		}
		if i > 0 && (prepositions[lw] || postmodifiers[lw]) {
			break
		}
		head = w
	}
	return head
}

// amounts are nouns of quantity whose "of" leads to the head: "an awful
// lot of analysts".
var amounts = set(`lot lots number majority minority handful couple dozen dozens hundreds thousands percent
	average bunch host plurality share half third quarter`)

// docHeads are what a text quotes besides people: documents, posts and
// publications.
var docHeads = set(`report letter email e-mail editorial column poll survey study lawsuit suit complaint memo
	note petition ad advertisement video tweet post message book article op-ed opinion filing document passage
	piece essay statement release readout communiqué transcript indictment ruling order motion brief website
	site page blog newsletter flier flyer pamphlet manifesto platform textbook account headline caption`)

// cutName reports whether the description np, found at or just after
// at, ends in a capitalised word that a capitalised word follows: a name
// cut in two ("the United States").
func (r *reader) cutName(np string, at int) bool {
	ws := strings.Fields(np)
	if len(ws) == 0 || !startsUpper(ws[len(ws)-1]) {
		return false
	}
	i := strings.Index(r.view[at:min(len(r.view), at+len(np)+8)], np)
	if i < 0 {
		return false
	}
	rest := strings.TrimLeft(r.view[at+i+len(np):], " ")
	return rest != "" && startsUpper(rest)
}

// publisher is the organisation a description of a document at at names
// as who put it out: "an editorial in The Des Moines Register", "a report
// by Oxfam"; not a person, a country or a place.
func (r *reader) publisher(np string, at int) (string, bool) {
	i := strings.Index(r.view[at:min(len(r.view), at+len(np)+8)], np)
	if i < 0 {
		return "", false
	}
	lo := at + i
	for _, m := range r.find(r.view, lo, lo+len(np)) {
		if k := r.lx.actor(m.id).Kind; k != timeline.Person && k != timeline.State && k != "" && m.start > lo {
			return m.id, true
		}
	}
	return "", false
}

// owners are possessives that may open a description: "her lawyers".
var owners = set(`his her their its our my your`)

// postmodifiers follow the head of a description: "a source close to".
var postmodifiers = set(`close familiar involved linked knowledgeable aware briefed who which that speaking`)

// speakerHead reports whether w, the head of a description, is a person,
// people, a body or a crowd ("a White House spokesman", "officials", "the
// 46-year-old"), not a document or a thing ("the report", "a rigged
// system").
func speakerHead(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	sing := singular(w)
	for _, x := range []string{w, sing} {
		if people[x] || personNouns[x] || collectives[x] || orgNouns[x] || slices.Contains(titleNouns, x) {
			return true
		}
	}
	if strings.HasSuffix(w, "-old") { // "the 46-year-old"
		return true
	}
	for _, suf := range []string{"man", "men", "woman", "women", "person", "people"} {
		if strings.HasSuffix(w, suf) && w != "hu"+suf { // "the radioman"
			return true
		}
	}
	if notAgents[sing] || len(sing) < 5 {
		return false
	}
	// agent nouns: "the investor", "protesters", "scientists", "retirees",
	// "Iowans", "the moderator"
	for _, suf := range []string{"er", "or", "ist", "ian", "ee", "eer", "ant", "crat", "can"} {
		if strings.HasSuffix(sing, suf) {
			return true
		}
	}
	return false
}

// singular is a plural noun's singular, roughly: "allies" is "ally",
// "witnesses" "witness", "men" "man".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "men"):
		return strings.TrimSuffix(w, "men") + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// personNouns are more nouns besides titles and agent nouns that head a
// description of someone: "a young woman", "the pope", "allies".
var personNouns = set(`boy girl child children kid teen teenager mother father mom dad wife husband son daughter
	brother sister parent grandmother grandfather widow pope prince princess king queen tycoon mogul magnate
	actress waitress hostess signatory narrator voice insider veteran student citizen protester critic ally observer witness victim
	owner fan follower user reader viewer caller guest individual adult youth patient immigrant refugee
	colleague partner rival opponent architect constituent guy lady gentleman nominee incumbent challenger chair
	spokesperson someone somebody anyone everyone nobody others other another some many several few both
	all most none majority minority crowd audience public electorate side camp police military
	neurosurgeon surgeon doctor nurse physician cop agent soldier officer sergeant detective activist
	republican democrat independent conservative liberal progressive libertarian moderate`)

// notAgents end like an agent noun without being one: "the disputed
// waters", "a letter", "the number".
var notAgents = set(`water letter number matter order border corner center centre power paper chapter error
	factor sector floor color colour honor honour labor labour favor favour terror mirror career counter
	quarter computer poster flyer banner trailer filter meter monitor editorial theater theatre
	minister monster answer danger finger hunger shelter layer tower weather ledger register charter
	master character cancer chamber cluster encounter`)

// orgNouns are how a text refers back to an organisation it has named.
var orgNouns = set(`group company firm organization organisation gang network outfit hackers criminals
	attackers militants rebels campaign party union agency ministry department committee council board
	foundation institute center centre bank newspaper paper outlet station channel magazine website site
	court operator regulator government administration`)

// lastBody returns the organisation (not a person, nor a country) named
// last before at, within reach.
func (r *reader) lastBody(at int) (string, bool) {
	ms := r.find(r.text, lookBack(at), at)
	for i := len(ms) - 1; i >= 0; i-- {
		if k := r.lx.actor(ms[i].id).Kind; k != timeline.Person && k != timeline.State {
			return ms[i].id, true
		}
	}
	return "", false
}

// wholeDescription is the description that opens at lo, past the
// prepositions that end the phrase naming a speaker: "a person close to
// the Clintons", up to a comma, a stop or a quotation mark.
func wholeDescription(view string, lo, hi int) string {
	end := min(len(view), lo+120)
	if i := strings.IndexAny(view[lo:end], ",;:.“”\"()\n"); i >= 0 {
		end = lo + i
	}
	return view[lo:max(end, hi)]
}

// wordIn reports whether w stands in s as a whole word (or words).
func wordIn(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		a, b := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(s[:a])
		after, _ := utf8.DecodeRuneInString(s[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = a + 1
	}
}
