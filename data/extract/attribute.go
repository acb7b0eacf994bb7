package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attributed is a quotation with the speaker its sentence gives it.
type attributed struct {
	q           quotation
	speaker     string // actor id
	attribution [2]int // the words naming the speaker; zero if none
	// own says the quotation's own sentence names its speaker; one that
	// does not continues the quotation before it when only an attribution
	// stands between them ("…,” X said. “…").
	own bool
}

// reader attributes the quotations of one article in order, remembering
// who spoke last, so "he said" and "the minister added" can refer back.
type reader struct {
	lx     *lexicon
	nm     *namer
	men    []match // every mention of an actor in the article, in order
	text   string
	mask   []byte
	paras  []paragraph
	quotes []quotation
	out    []attributed

	lastSpeaker, lastPerson string
	lastPara                int // paragraph of the last attributed quotation
	paraStart               int // where the paragraph being read begins

	// outer is mask as a string, made once; inner and innerView blank
	// only nested quotations (see nestedMask); view is the one for the
	// quotation being read, which names are looked up in.
	outer, view string
	inner       []byte
	innerView   string
	issuers     []issuer
	descs       map[string]string      // described speakers: description -> actor
	genders     map[string]genderTally // what the article says of each person, read on first use
	// surnameOwners maps the last word of a person's full name to its
	// actor, or to "" when two people share it; made on first use.
	surnameOwners map[string]string
	// outerNames are the names of the outer view, read on first use;
	// innerNames those of the inner view, by paragraph (its index in
	// paras), each read on first use: a nested quotation is read in the
	// one or two paragraphs its parent spans.
	outerNames []name
	innerNames map[int][]name
}

type issuer struct {
	at int
	id string
}

func newReader(lx *lexicon, p *prep, men []match) *reader {
	text := p.nm.text
	r := &reader{lx: lx, nm: p.nm, men: men, text: text, paras: p.paras, lastPara: -10}
	r.quotes, r.mask, r.outerNames = p.quotes, p.mask, p.outerNames
	r.outer, r.inner, r.innerView = p.view, p.inner, p.innerView
	for _, loc := range p.issued {
		if ms := r.find(text, loc[1], min(loc[1]+60, len(text))); len(ms) > 0 && ms[0].start == loc[1] {
			r.issuers = append(r.issuers, issuer{loc[0], ms[0].id})
		}
	}
	return r
}

// run attributes every quotation, dropping the ones with no speaker and
// the scare quotes.
func (r *reader) run() []attributed {
	for _, q := range r.quotes {
		mask, lo, hi := r.mask, r.paras[q.para].start, r.paras[q.para].end
		r.paraStart, r.view = lo, r.outer
		if q.parent >= 0 {
			p := r.quotes[q.parent]
			lo, hi = p.start, p.end
			mask, r.view = r.nestedMask()
		}
		if scare(r.text, q.open) || modifier(r.text, q) || titled(r.text, q) {
			continue
		}
		a, named := r.attribute(mask, lo, hi, q)
		a.own = named
		if a.speaker == "" && q.parent < 0 && spoken(r.text, q) {
			// said, but by nobody the text names within reach
			a.speaker = r.lx.unknown()
		}
		if a.speaker == "" || !named && q.words(r.text) <= 2 {
			continue
		}
		if q.parent < 0 && a.speaker != r.lx.unknownID {
			r.note(a)
		}
		r.out = append(r.out, a)
	}
	return r.out
}

// nestedMask is the text with the words of every nested quotation
// blanked, made once: inside an outer quotation its own words are read and
// the ones nested in it are not.
func (r *reader) nestedMask() ([]byte, string) {
	if r.inner == nil {
		r.inner, r.innerView = nestedMask(r.text, r.quotes)
	}
	return r.inner, r.innerView
}

// scare reports whether the words before an opening mark say that what
// follows is a label, not a quotation: so-called “hacktivists”.
func scare(text string, open int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, open-12):open], " "))
	return strings.HasSuffix(before, "so-called") || strings.HasSuffix(before, "dubbed")
}

// determiners open a noun phrase.
var determiners = set(`the a an its their his her our your my this that these those`)

// modifier reports whether a quotation of one or two words stands inside
// a noun phrase, a word quoted as an adjective: the terminal’s “smart”
// cranes, the “America first” policy.
func modifier(text string, q quotation) bool {
	if q.words(text) > 2 || q.close >= len(text) || text[q.close] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[q.close+1:])
	if !unicode.IsLower(next) {
		return false
	}
	w := strings.Fields(text[q.close+1 : min(len(text), q.close+24)])
	if len(w) == 0 || commonWords[strings.Trim(w[0], ",.;:")] {
		return false
	}
	before := strings.Fields(text[max(0, q.open-24):q.open])
	if len(before) == 0 {
		return false
	}
	last := strings.ToLower(before[len(before)-1])
	return determiners[last] || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s")
}

// note remembers a's speaker for the quotations after it.
func (r *reader) note(a attributed) {
	r.lastSpeaker = a.speaker
	if r.lx.isPerson(a.speaker) {
		r.lastPerson = a.speaker
	}
	r.lastPara = a.q.para
}

// resolve finds who the phrase text[lo:hi] names: a known actor (a person
// before an organisation; the first one after the verb, or the last one
// before it), whoever issued the document it names, the last speaker a
// pronoun or title refers back to, or a new actor for a new name.
func (r *reader) resolve(mask []byte, lo, hi int, first bool) (string, bool) {
	if lo >= hi {
		return "", false
	}
	view := r.view // the words of quotations are not names
	// "even a top GOP strategist said": a word leading into the phrase is
	// not part of it
	for {
		w, rest, ok := strings.Cut(strings.TrimLeft(view[lo:hi], " "), " ")
		if !ok || !phraseLeads[strings.ToLower(w)] {
			break
		}
		lo = hi - len(rest)
	}
	np := strings.TrimSpace(view[lo:hi])
	if np == "" || len(strings.Fields(np)) > 14 {
		return "", false
	}
	if id, ok := r.sentBy(view, np, lo, hi); ok {
		return id, true
	}
	ms := slices.DeleteFunc(r.find(view, lo, hi), func(m match) bool { return afterPreposition(view, lo, m.start) })
	// "Clinton’s top aide Jake Sullivan": an owner is not who speaks
	// when a name follows it
	owner := func(m match) bool { return possessed(r.text, m.end) }
	if i := slices.IndexFunc(ms, owner); i >= 0 {
		if slices.ContainsFunc(ms, func(m match) bool { return !owner(m) }) {
			ms = slices.DeleteFunc(ms, owner)
		} else if r.personAfter(view, ms[len(ms)-1].end, hi) {
			ms = nil
		}
	}
	if hasDocument(np) {
		for _, m := range ms {
			if !r.lx.isPerson(m.id) {
				return m.id, true
			}
		}
		return r.issuerBefore(lo)
	}
	if f := strings.Fields(np); len(f) > 1 && indefinite[strings.ToLower(f[0])] && personHead(np) &&
		!slices.ContainsFunc(ms, func(m match) bool { return r.lx.isPerson(m.id) }) && !r.personAfter(view, lo, hi) {
		// "a former U.S. law enforcement official": someone the text
		// describes, not the country or body named inside the description
		// ("another friend, Mariam Emara" is Mariam Emara)
		whole := np
		if first {
			whole = wholeDescription(view, lo, hi)
		}
		if id, ok := r.described(whole, lo); ok {
			return id, true
		}
	}
	if t := titleOf(np); t != "" && !slices.Contains(bodies, t) && strings.HasPrefix(strings.ToLower(np), "the ") && r.postWords(view, ms, lo, hi) {
		// "the Vermont senator said": a place before the title says
		// which post, and the title refers back to whoever holds it
		if id, ok := r.heldBy(view, t, lo); ok {
			return id, true
		}
		return r.byTitle(view, t, lo)
	}
	if id, ok := pick(ms, r.lx, first); ok {
		return id, true
	}
	if f := strings.Fields(np); len(f) > 1 && len(f) <= 4 && isPronoun(f[len(f)-1]) {
		np = f[len(f)-1] // "Last week he told passengers"
	}
	if isPronoun(np) {
		switch strings.ToLower(np) {
		case "he", "she":
			return r.recentPerson(view, lo, pronounGender(np))
		}
		return r.lastSpeaker, r.lastSpeaker != ""
	}
	ns := slices.DeleteFunc(slices.Clone(r.names(view, lo, hi)), func(n name) bool { return afterPreposition(view, lo, n.start) || n.adjective })
	if len(ns) == 0 {
		if t := titleOf(np); t != "" {
			return r.byTitle(view, t, lo)
		}
		if first {
			// after the verb, the description runs on past where the
			// phrase was cut; before it, it ends at the verb
			if id, ok := r.described(wholeDescription(view, lo, hi), lo); ok {
				return id, true
			}
		}
		return r.described(np, lo)
	}
	n := ns[len(ns)-1]
	if first {
		n = ns[0]
	}
	return r.actorFor(view, n), true
}

// phraseLeads lead into a noun phrase without belonging to it.
var phraseLeads = set(`even also only and but yet so`)

// reach is how far back a name is looked for when a surname, title or
// pronoun refers to it: a few paragraphs, so an article of any length is
// read in time proportional to its length.
const reach = 8 << 10

func lookBack(at int) int { return max(0, at-reach) }

// afterPreposition reports whether the word before at (and after lo) is
// a preposition: "commentators in Stavna" does not make Stavna a speaker.
func afterPreposition(view string, lo, at int) bool {
	words := strings.Fields(view[lo:at])
	return len(words) > 0 && prepositions[strings.ToLower(words[len(words)-1])]
}

func pick(ms []match, lx *lexicon, first bool) (string, bool) {
	var persons, others []match
	for _, m := range ms {
		if lx.isPerson(m.id) {
			persons = append(persons, m)
		} else {
			others = append(others, m)
		}
	}
	for _, set := range [][]match{persons, others} {
		if len(set) > 0 {
			if first {
				return set[0].id, true
			}
			return set[len(set)-1].id, true
		}
	}
	return "", false
}

// indefinite determiners open a description of someone unnamed.
var indefinite = set(`a an one another`)

// people are the nouns besides titles that head a description of a
// person: "a Manhattan man", "a Republican from the Concord area".
var people = set(`man woman men women person people resident residents voter voters supporter supporters
	friend friends member members source sources republican republicans democrat democrats official
	officials aide aides worker workers neighbor neighbour relative`)

// personHead reports whether a description is of a person: its head noun,
// before any preposition or relative clause, is a title or a person
// ("a State Department official", not "a paper from the Brookings
// Institution", whose issuer speaks).
func personHead(np string) bool {
	ws := strings.Fields(strings.ToLower(beforeRelative(np)))
	for i, w := range ws {
		if i > 0 && prepositions[w] {
			ws = ws[:i]
			break
		}
	}
	head := strings.Trim(ws[len(ws)-1], ",.;:")
	return people[head] || slices.Contains(titleNouns, head) || slices.Contains(titleNouns, strings.TrimSuffix(head, "s"))
}

// personAfter reports whether a person not owning anything is named in
// view[lo:hi].
func (r *reader) personAfter(view string, lo, hi int) bool {
	return slices.ContainsFunc(r.names(view, lo, hi), func(n name) bool {
		return n.kind == namePerson && !possessed(r.text, n.end)
	})
}

func (r *reader) issuerBefore(at int) (string, bool) {
	for i := len(r.issuers) - 1; i >= 0; i-- {
		if r.issuers[i].at < at {
			return r.issuers[i].id, true
		}
	}
	return "", false
}

// postWords reports whether view[lo:hi] has names and they (and ms, the
// actors met there) only say where a post is: one-word names such as a
// state's ("Vermont"), no person and no organisation.
func (r *reader) postWords(view string, ms []match, lo, hi int) bool {
	if slices.ContainsFunc(ms, func(m match) bool { return r.lx.isPerson(m.id) }) {
		return false
	}
	ns := slices.DeleteFunc(slices.Clone(r.names(view, lo, hi)), func(n name) bool { return n.adjective })
	return len(ns) > 0 && !slices.ContainsFunc(ns, func(n name) bool {
		return n.kind == namePerson || n.kind == nameOrg
	})
}

// sentBy is who a document the phrase names was sent by or came from:
// "a fundraising email sent out by X on Tuesday", "a letter from X":
// the first actor named after "by" or "from" past a document's word.
func (r *reader) sentBy(view, np string, lo, hi int) (string, bool) {
	ws := strings.Fields(strings.ToLower(np))
	at := slices.IndexFunc(ws, func(w string) bool { return docHeads[singular(strings.Trim(w, ",.;:"))] })
	if at < 0 || at > 3 {
		return "", false
	}
	for _, m := range r.find(view, lo, hi) {
		words := strings.Fields(strings.ToLower(view[lo:m.start]))
		if n := len(words); n > at+1 && (words[n-1] == "by" || words[n-1] == "from") && !possessed(r.text, m.end) {
			return m.id, true
		}
	}
	return "", false
}
