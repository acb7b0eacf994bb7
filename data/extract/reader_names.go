package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// How the reader finds who a phrase names: the mentions the name finder
// joined to actors, and, for a name it left alone ("Groberg said"), the
// name finder's reading of it.

// name is a name the reader found in the words around a quotation.
type name = found

// names returns the names in view[lo:hi] (view blanks the words of
// quotations), as the name finder reads them: those of the view's
// paragraphs, read once per view.
func (r *reader) names(view string, lo, hi int) []name {
	inner := len(view) == len(r.innerView) && view == r.innerView
	all := &r.outerNames
	if inner {
		all = &r.innerNames
	}
	if *all == nil {
		nv := namer{text: view, lower: r.nm.lower, inside: r.nm.inside, capital: r.nm.capital, surnames: r.nm.surnames, speaking: true}
		*all = []name{}
		for _, p := range r.paras {
			*all = append(*all, nv.find(p.start, p.end)...)
		}
	}
	ns := *all
	i, _ := slices.BinarySearchFunc(ns, lo, func(n name, lo int) int { return n.start - lo })
	j := i
	for j < len(ns) && ns[j].start < hi {
		j++
	}
	var out []name
	for _, n := range ns[i:j] {
		if n.end <= hi {
			out = append(out, n)
		}
	}
	return out
}

// bodiesOfPeople are the plural words a text may capitalise as a name for
// many people.
var bodiesOfPeople = set(`democrats republicans conservatives liberals progressives americans supporters
	opponents voters critics residents officials lawmakers leaders members`)

// newActor adds an actor for a name nobody described: a person for a
// person's name or a lone word said to speak, else what the name finder
// reads it as.
func (r *reader) newActor(n name) string {
	switch n.kind {
	case nameOrg:
		return r.lx.organisation(n.text, n.org, n.country)
	case nameState:
		return r.lx.state(n.country)
	}
	if low := strings.ToLower(n.text); n.kind == nameSingle && (bodiesOfPeople[low] || faiths[low]) {
		// "Democrats said": a body of people, not a person
		return r.lx.organisation(n.text, timeline.Group, n.country)
	}
	return r.lx.person(n.text, n.country)
}

// actorFor returns the actor a new name names. A lone surname is the
// person named in full earlier in the article ("Ilic" after "Foreign
// Minister Petar Ilic").
func (r *reader) actorFor(view string, n name) string {
	if full, ok := r.fullName(view, n); ok {
		if id, ok := r.lx.byKey(full.text); ok {
			return r.noted(n, id)
		}
		return r.noted(n, r.newActor(full))
	}
	if id, ok := r.lx.byKey(n.text); ok {
		return r.noted(n, id)
	}
	return r.noted(n, r.newActor(n))
}

// noted records that n, a name the name finder did not join to an actor,
// names id, and returns id.
func (r *reader) noted(n name, id string) string {
	i, found := slices.BinarySearchFunc(r.men, n.start, func(m match, start int) int { return m.start - start })
	if !found && (i == 0 || r.men[i-1].end <= n.start) && (i == len(r.men) || r.men[i].start >= n.end) {
		r.men = slices.Insert(r.men, i, match{n.start, n.end, id})
	}
	return id
}

// find returns the mentions inside text[lo:hi] that view shows: not the
// words of a quotation, which view blanks.
func (r *reader) find(view string, lo, hi int) []match {
	i, _ := slices.BinarySearchFunc(r.men, lo, func(m match, lo int) int { return m.start - lo })
	var out []match
	for ; i < len(r.men) && r.men[i].start < hi; i++ {
		if m := r.men[i]; m.end <= hi && view[m.start:m.end] == r.text[m.start:m.end] {
			out = append(out, m)
		}
	}
	return out
}

// fullName finds the person a lone surname stands for: the last earlier
// name of two or more words that ends with it.
func (r *reader) fullName(view string, n name) (name, bool) {
	if strings.Contains(n.text, " ") {
		return name{}, false
	}
	ns := r.names(view, lookBack(n.start), n.start)
	for i := len(ns) - 1; i >= 0; i-- {
		if strings.HasSuffix(ns[i].text, " "+n.text) && ns[i].kind == namePerson {
			return ns[i], true
		}
	}
	return name{}, false
}

// people returns the persons named in view[lo:hi], known or new, nearest
// last, without creating actors for them.
func (r *reader) people(view string, lo, hi int) []name {
	var out []name
	for _, m := range r.find(view, lo, hi) {
		if r.lx.isPerson(m.id) {
			out = append(out, name{start: m.start, end: m.end, text: view[m.start:m.end], kind: namePerson})
		}
	}
	for _, n := range r.names(view, lo, hi) {
		_, surname := r.fullName(view, n)
		if (n.kind == namePerson || surname) && !slices.ContainsFunc(out, func(o name) bool { return o.start < n.end && n.start < o.end }) {
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(a, b name) int { return a.start - b.start })
	return out
}

// recentPerson is who "he" or "she" at refers to: the person last named
// before it in its paragraph; else the person the last sentence of the
// paragraph before is about (the first it names); else the last person
// who spoke.
func (r *reader) recentPerson(view string, at int) (string, bool) {
	if ps := r.people(view, max(r.paraStart, lookBack(at)), at); len(ps) > 0 {
		return r.idOf(view, ps[len(ps)-1]), true
	}
	if p := paragraphAt(r.paras, r.paraStart, r.paraStart+1); p > 0 {
		prev := r.paras[p-1]
		if r.lastPara < p-1 || r.lastPara == p-1 && r.lastPerson == "" {
			ss, _ := sentence(r.mask, prev.start, prev.end, lastWord(r.mask, prev.start, prev.end))
			if ps := r.people(view, ss, prev.end); len(ps) > 0 {
				return r.idOf(view, ps[0]), true
			}
		}
	}
	return r.lastPerson, r.lastPerson != ""
}

// idOf is the actor of a name people returned.
func (r *reader) idOf(view string, n name) string {
	if ms := r.find(view, n.start, n.end); len(ms) == 1 && ms[0].start == n.start && ms[0].end == n.end {
		return ms[0].id
	}
	return r.actorFor(view, n)
}

// byTitle finds who "the minister" or "the embassy" at refers back to:
// the nearest earlier person named with that title (or another for the
// same post), or organisation whose name has that word; else, for a
// person, the last person who spoke.
func (r *reader) byTitle(view, title string, at int) (string, bool) {
	if slices.Contains(bodies, title) {
		for _, n := range slices.Backward(r.names(view, lookBack(at), at)) {
			if strings.Contains(strings.ToLower(n.text), title) && n.kind == nameOrg {
				return r.idOf(view, n), true
			}
		}
		return "", false
	}
	words := append([]string{title}, synonyms[title]...)
	ps := r.people(view, lookBack(at), at)
	for i := len(ps) - 1; i >= 0; i-- {
		ctx := strings.ToLower(view[max(0, ps[i].start-60):min(len(view), ps[i].end+60)])
		// the title as a word of its own: "thought leaders such as Rush
		// Limbaugh" does not make Limbaugh "the minority leader"
		if slices.ContainsFunc(words, func(w string) bool { return wordIn(ctx, w) }) {
			return r.idOf(view, ps[i]), true
		}
	}
	// "Harry Reid blasted Rubio …. “…,” the Senate minority leader said":
	// whom the sentence before is about
	ss := r.paraStart
	if p := lastWord(r.mask, r.paraStart, at); p > r.paraStart {
		ss, _ = sentence(r.mask, r.paraStart, at, p)
	}
	if ss > r.paraStart {
		if ps, _ := sentence(r.mask, r.paraStart, at, max(r.paraStart, ss-2)); ps < ss {
			if id, _, ok := r.sentenceSubject(r.mask, ps, ss); ok {
				return id, true
			}
		}
	} else if p := paragraphAt(r.paras, r.paraStart, r.paraStart+1); p > 0 && r.lastPara < p-1 {
		// the paragraph's first sentence, after a paragraph quoting
		// nobody: whom that paragraph's last sentence is about
		prev := r.paras[p-1]
		ss, _ := sentence(r.mask, prev.start, prev.end, lastWord(r.mask, prev.start, prev.end))
		if id, _, ok := r.sentenceSubject(r.mask, ss, prev.end); ok {
			return id, true
		}
	}
	return r.lastPerson, r.lastPerson != ""
}

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
		if lw := strings.ToLower(w); i > 0 && (clauseWords[lw] || adverbs[lw] || lw == "only") {
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
