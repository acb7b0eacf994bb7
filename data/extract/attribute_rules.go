package extract

import (
	"slices"
	"strings"
)

// The rules that find a quotation's speaker in the words around it.

// attribute finds q's speaker. named reports that a verb of saying in
// q's own sentence names them; a short quotation without one is a scare
// quote.
func (r *reader) attribute(mask []byte, lo, hi int, q quotation) (attributed, bool) {
	a := attributed{q: q}
	ss, se := sentence(mask, lo, hi, q.open)
	se = max(se, q.close) // an unclosed quotation runs to its paragraph's end
	// "After Scalia said that … “…,” Trump said": the quotation is in the
	// clause before the sentence's own, and that clause's speaker said it
	if subordinate(mask, ss, q.open) {
		if id, at, ok := r.fromLead(mask, ss, q.open); ok {
			a.speaker, a.attribution = id, at
			return a, true
		}
	}
	// "Vik’s “no boat left behind” motto": the owner of the words the
	// quotation is
	if id, at, ok := r.ownedWords(mask, ss, q); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	// "…,” in Lorn’s view." / "in Lorn’s words, “…”": whose they are
	if id, at, ok := r.inOwnersView(mask, ss, se, q); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	// "When Harms used the words, “…”": who used them
	if id, at, ok := r.usedWords(mask, ss, q); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	// "…,” X said." / "…,” said X."
	if id, at, ok := r.fromTail(mask, q.close, se); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	// "X said that …“…”" / "Said X, “…”"
	if id, at, ok := r.fromLead(mask, ss, q.open); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	leadBlank := strings.TrimSpace(string(mask[ss:q.open])) == ""
	tailBlank := strings.Trim(string(mask[q.close:se]), " .,;:!?”\"’'") == ""
	if leadBlank && !tailBlank && q.parent < 0 && lastWord(mask, lo, ss) == lo && r.nameless(mask, q.close, se) && len(speechVerbs(mask, q.close, se)) == 0 {
		// "The board is not about “ships” anymore. …": a paragraph
		// opening with a quotation whose marks paired across a nested
		// one, the rest naming no one, is read as a quotation of its own
		tailBlank = true
	}
	// "Lorn’s answer was that “…”", "His reply: “…”": whose words
	if !leadBlank {
		if id, at, ok := r.possessorSpeaks(mask, ss, q.open); ok {
			a.speaker, a.attribution = id, at
			return a, true
		}
	}
	// "Roll also “expressed …”": the sentence's subject.
	if !leadBlank && q.words(r.text) >= 3 {
		if id, at, ok := r.sentenceSubject(mask, ss, q.open); ok {
			a.speaker, a.attribution = id, at
			return a, false
		}
		if id, at, ok := r.colonSubject(mask, ss, q.open); ok {
			a.speaker, a.attribution = id, at
			return a, false
		}
	}
	if !leadBlank || !tailBlank {
		if id, ok := r.colonGoesOn(mask, lo, ss, q); ok {
			a.speaker = id
			return a, false
		}
		if q.parent < 0 && r.lastPara == q.para && r.lastSpeaker != "" && spoken(r.text, q) && len(speechVerbs(mask, ss, se)) == 0 {
			// a quotation in a sentence of the writer's, in a paragraph
			// someone has been quoted in: "…," says X. "…," because of …
			a.speaker = r.lastSpeaker
		}
		if a.speaker == "" && (leadBlank || r.nameless(mask, ss, q.open) && r.nameless(mask, q.close, se)) && q.parent < 0 && len(speechVerbs(mask, ss, se)) == 0 {
			// "Coan argues that his client was never violent. “…” were
			// provoking violence.": a quotation opening the writer's
			// sentence, after one that says who speaks; or in a sentence
			// of the writer's that names nobody ("As a result, there is
			// still “…”")
			if p := lastWord(mask, lo, ss); p > lo {
				if ps, _ := sentence(mask, lo, hi, p); !hasQuoteMark(string(mask[ps:ss])) {
					if id, at, ok := r.fromLead(mask, ps, ss); ok {
						a.speaker, a.attribution = id, at
					}
				}
			}
		}
		return a, false
	}
	// The quotation is a sentence of its own: "“Who?” Rama asked." names
	// the speaker in the next sentence; otherwise it continues the speaker
	// of the sentence before, or of the paragraph before.
	if se < hi {
		ns, ne := sentence(mask, lo, hi, se+1)
		// "“Who?” Rama asked." / "“Why?” Lichtman said about McCain's
		// effort to …": the next sentence, or its opening words
		e := ne
		if i := quoteMarkAt(string(mask[ns:ne])); i >= 0 && len(speechVerbs(mask, ns, ns+i)) > 0 {
			// "“…” Clinton remarked, alluding to the actor's turn in “The
			// Revenant.”": the words up to another quotation
			e = ns + i
		}
		if e > ns && !hasQuoteMark(string(mask[ns:e])) && !(r.quotedBefore(mask, lo, hi, ss, q) && reportsOwn(mask, ns, e)) {
			if id, at, ok := r.fromTail(mask, ns, e); ok {
				a.speaker, a.attribution = id, at
				return a, true
			}
			if id, at, ok := r.quoteFrom(mask, ns, e); ok {
				a.speaker, a.attribution = id, at
				return a, true
			}
		}
	}
	if id, at, ok := r.signedOff(q); ok {
		a.speaker, a.attribution = id, at
		return a, true
	}
	if p := lastWord(mask, lo, ss); p > lo {
		ps, _ := sentence(mask, lo, hi, p)
		if q.parent < 0 && r.lastPara == q.para && r.lastSpeaker != "" && hasQuoteMark(string(mask[ps:ss])) {
			// "“…,” said a Republican, who, like all, answered
			// anonymously. “…”": the one quoted in the sentence before
			// speaks on, whatever else that sentence says
			a.speaker = r.lastSpeaker
			return a, false
		}
		if id, at, ok := r.fromLead(mask, ps, ss); ok {
			a.speaker, a.attribution = id, at
			return a, false
		}
	}
	if id, at, ok := r.paragraphBefore(mask, lo, ss, q); ok {
		a.speaker, a.attribution = id, at
		return a, false
	}
	if id, at, ok := r.openingPerson(mask, lo, hi, ss, q); ok {
		a.speaker, a.attribution = id, at
		return a, false
	}
	if q.parent < 0 && r.lastSpeaker != "" && q.para-r.lastPara <= 1 {
		a.speaker = r.lastSpeaker
		return a, false
	}
	if q.parent < 0 && r.lastSpeaker != "" && q.para-r.lastPara == 2 && lastWord(mask, lo, ss) == lo && r.aboutLast(mask, q.para-1) {
		// "“…,” Viguerie notes. ¶ Viguerie is upbeat about Cruz’s
		// chances. ¶ “…”": a paragraph about the last speaker between
		a.speaker = r.lastSpeaker
		return a, false
	}
	return a, false
}

// subordinate reports whether mask[ss:open], the words before a
// quotation, are a clause opening with a subordinator and not yet closed
// by a comma: "But even as Trump claimed on Tuesday that “…”".
func subordinate(mask []byte, ss, open int) bool {
	lead := string(mask[ss:open])
	w := wordsOf(lead)
	for len(w) > 0 && leadIns[strings.ToLower(w[0])] {
		w = w[1:]
	}
	if len(w) < 3 || !(subordinators[strings.ToLower(w[0])] || strings.EqualFold(w[0], "as")) || strings.ContainsAny(lead, ",;:") {
		return false
	}
	return len(speechVerbs(mask, ss, open)) > 0
}

// innerClause returns where the last clause of mask[ss:at] opening with
// a subordinator and a name begins, if a verb of saying follows in it:
// in "Axelrod tweeted after Clinton argued that “…”", "Clinton argued
// that". Otherwise ss.
func innerClause(mask []byte, ss, at int) int {
	s := string(mask[ss:at])
	best := ss
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], ' ')
		if i < 0 {
			break
		}
		off += i + 1
		w, rest, _ := strings.Cut(s[off:], " ")
		if !(subordinators[w] || w == "as") || !startsUpper(rest) {
			continue
		}
		// its verb follows its subject with nothing set off between:
		// not "after Tuesday night's primaries, which …, what she called"
		if vs := speechVerbs(mask, ss+off+len(w), at); len(vs) > 0 && !strings.Contains(string(mask[ss+off:vs[0].start]), ",") {
			best = ss + off + len(w) + 1
		}
	}
	return best
}

// leadIns are the words that may stand before a sentence's first clause.
var leadIns = set(`but and yet so even just`)

// quotedBefore reports whether the sentence before q's, in its paragraph,
// quotes the last speaker: "“…,” Cruz told reporters. “…”" goes on
// with Cruz's words.
func (r *reader) quotedBefore(mask []byte, lo, hi, ss int, q quotation) bool {
	if q.parent >= 0 || r.lastPara != q.para || r.lastSpeaker == "" {
		return false
	}
	p := lastWord(mask, lo, ss)
	if p <= lo {
		return false
	}
	ps, _ := sentence(mask, lo, hi, p)
	return hasQuoteMark(string(mask[ps:ss]))
}

// reportsOwn reports whether the sentence mask[s:e] reports what someone
// said in its own words, its verb of saying followed by a clause ("Kasich
// said he would have fired him"), rather than naming who said the
// quotation before it ("Kasich said on Tuesday").
func reportsOwn(mask []byte, s, e int) bool {
	vs := speechVerbs(mask, s, e)
	if len(vs) == 0 || len(wordsOf(string(mask[s:vs[0].start]))) == 0 {
		return false
	}
	w := wordsOf(string(mask[vs[0].end:e]))
	return len(w) > 2 && reportOpeners[strings.ToLower(w[0])]
}

// reportOpeners open a clause reported after a verb of saying.
var reportOpeners = set(`he she they it we i that`)

// aboutLast reports whether paragraph i, holding no quotation, opens with
// the last speaker as its subject: by name, or, when it names no one, by
// "he" or "she" agreeing with them ("She stops and listens."); or is a
// stage direction of a word or two naming no one ("Silence.",
// "Laughter.").
func (r *reader) aboutLast(mask []byte, i int) bool {
	p := r.paras[i]
	if hasQuoteMark(string(mask[p.start:p.end])) {
		return false
	}
	ms := r.find(r.view, p.start, p.end)
	if len(ms) > 0 {
		return ms[0].id == r.lastSpeaker && len(wordsOf(string(mask[p.start:ms[0].start]))) == 0 && !possessed(r.text, ms[0].end)
	}
	w := wordsOf(string(mask[p.start:p.end]))
	if len(w) <= 2 {
		return true
	}
	if len(r.names(r.view, p.start, p.end)) > 0 {
		return false
	}
	g := pronounGender(w[0])
	return g != genderUnknown && r.lastSpeaker == r.lastPerson && r.personAgrees(r.lastSpeaker, g)
}

// lastWord returns the position of the last non-space byte before at,
// or lo if there is none.
func lastWord(mask []byte, lo, at int) int {
	p := at - 1
	for p > lo && mask[p] == ' ' {
		p--
	}
	return max(p, lo)
}

// fromLead reads the words before a quotation in its sentence. The first
// verb of saying whose subject is known wins: in "the press release said
// Lapid proposed that …", the press release is what is quoted.
func (r *reader) fromLead(mask []byte, ss, open int) (string, [2]int, bool) {
	vs := speechVerbs(mask, afterSubordinate(mask, ss, open), open)
	// "Cruz said he would …, and Trump vowed to “…”": the verbs of the
	// clause the quotation is in come first
	inner := innerClause(mask, ss, open)
	if cs := max(lastClause(mask, ss, open), inner); cs > ss {
		i := slices.IndexFunc(vs, func(v verb) bool { return v.start >= cs })
		if i > 0 {
			vs = append(slices.Clone(vs[i:]), vs[:i]...)
		}
	}
	for _, v := range vs {
		if r.lastSpeaker != "" && r.lastSpeaker != r.lx.unknownID && len(wordsOf(string(mask[ss:v.start]))) == 0 &&
			strings.HasSuffix(strings.ToLower(string(mask[v.start:v.end])), "ing") && strings.Trim(string(mask[v.end:open]), " ,:") == "" {
			// "X stated that the report “wasn't good.” Adding, “…”": a
			// participle alone before the quotation goes on with the one
			// who spoke last
			return r.lastSpeaker, [2]int{v.start, v.end}, true
		}
		if participle(mask, ss, v) {
			// "Perez hammered Trump, calling him a “train wreck”": the
			// sentence's subject says it
			if id, at, ok := r.sentenceSubject(mask, ss, v.start); ok {
				return id, at, true
			}
			// "One operative inside Trump Tower tried to downplay it,
			// saying …": a description opening the sentence
			if id, at, ok := r.openingDescription(mask, ss, v.start); ok {
				return id, at, true
			}
			// "The Vermont senator sought to calm them, saying …": the
			// person the title refers back to
			if id, at, ok := r.openingTitle(mask, ss, v.start); ok {
				return id, at, true
			}
		}
		if elided(mask, ss, v) {
			// "Boreing said …, but said, “…”": the subject of the first
			// clause
			cs := lastClause(mask, ss, v.start)
			if id, at, ok := r.fromLead(mask, ss, cs); ok {
				return id, at, true
			}
			// "Clinton … did not mention Trump by name, but told …": no
			// verb of saying in the first clause, whose subject speaks
			if id, at, ok := r.sentenceSubject(mask, ss, cs); ok {
				return id, at, true
			}
		}
		if v.according || len(wordsOf(string(mask[ss:v.start]))) == 0 && !strings.HasSuffix(strings.ToLower(string(mask[v.start:v.end])), "ing") &&
			(namedNext(mask, v.end, open) || strings.ContainsAny(string(mask[ss:v.start]), "”\"")) {
			// "According to X, …" / "Said X during …, “…”" / "“…,” said
			// the chairman, “…”"
			s, e := clauseAfter(mask, v.end, open)
			if id, ok := r.resolve(mask, s, e, true); ok {
				return id, r.span(v, s, e), true
			}
			continue
		}
		if id, at, ok := r.passiveAgent(mask, ss, v, open); ok {
			// "Rubio was asked by the moderator whether …“…”": who
			// asked is after "by", not the subject
			return id, at, true
		}
		if id, at, ok := r.whatSubject(mask, ss, v); ok {
			// "a third would be what Harms called a “…” approach"
			return id, at, true
		}
		if w := lastWords(mask, ss, v.start); len(w) > 1 && (w[len(w)-1] == "but" || w[len(w)-1] == "and") && !strings.ContainsAny(string(mask[ss:v.start]), ",;") {
			// "A spokesman for Vestby Ferries declined to comment but
			// said …": the description opening the sentence is the
			// subject of both its verbs
			if id, at, ok := r.openingDescription(mask, ss, v.start); ok {
				return id, at, true
			}
		}
		from := ss
		if inner > ss && v.start >= inner {
			from = inner // "after Clinton argued": not after a preposition
		}
		s, e := subjectBefore(mask, from, v.start)
		if id, ok := r.resolve(mask, s, e, false); ok {
			return id, r.span(v, s, e), true
		}
	}
	return "", [2]int{}, false
}

// sentenceSubject is the first name in the sentence before the quotation.
func (r *reader) sentenceSubject(mask []byte, ss, open int) (string, [2]int, bool) {
	ss = afterSubordinate(mask, ss, open)
	ms := r.find(r.view, ss, open)
	for _, m := range ms {
		// "Brekke’s campaign put out a release, saying …": those who
		// speak for someone, opening the main clause (after a phrase set
		// off by a comma, if any), speak as them
		if lead := strings.Trim(string(mask[ss:m.start]), " ("); lead != "" && !strings.HasSuffix(lead, ",") {
			continue
		}
		if r.lx.isPerson(m.id) && possessed(r.text, m.end) {
			if w := wordsOf(string(mask[m.end:min(open, m.end+24)])); len(w) > 1 && spokesNouns[strings.ToLower(w[1])] {
				return m.id, [2]int{m.start, m.end}, true
			}
		}
		break
	}
	for _, m := range ms {
		// not an owner ("Trump’s"), nor a name after a preposition, in
		// brackets or in a dateline
		if !r.lx.isPerson(m.id) || afterPreposition(r.view, ss, m.start) || possessed(r.text, m.end) || bracketed(r.text, ss, m.start) {
			continue
		}
		return m.id, [2]int{m.start, m.end}, true
	}
	return "", [2]int{}, false
}

// spokesNouns are those who speak for the one who owns them: "Lorn’s
// campaign", "Harms’s office".
var spokesNouns = set(`campaign office team staff spokesman spokeswoman spokesperson aides lawyers lawyer attorney attorneys`)

// openingDescription is the speaker a description opening the main
// clause of the sentence at ss names ("One operative inside Trump
// Tower …"): its first five words or fewer, the longest that describe
// someone.
func (r *reader) openingDescription(mask []byte, ss, end int) (string, [2]int, bool) {
	ss = afterSubordinate(mask, ss, end)
	ws := strings.Fields(string(mask[ss:min(end, ss+80)]))
	if len(ws) < 2 || !indefinite[strings.ToLower(ws[0])] {
		return "", [2]int{}, false
	}
	for k := min(5, len(ws)); k >= 2; k-- {
		np := strings.Join(ws[:k], " ")
		if strings.ContainsAny(np, ",;:") || !personHead(np) && !speakerHead(strings.ToLower(headOfPhrase(ws[:k]))) {
			continue
		}
		if id, ok := r.described(np, ss); ok && id != r.lx.unknownID {
			s, e := leadingWords(mask, ss, end, k)
			return id, [2]int{s, e}, true
		}
	}
	return "", [2]int{}, false
}

// leadingWords returns the bytes of the first k words of mask[ss:end].
func leadingWords(mask []byte, ss, end, k int) (int, int) {
	s, e := ss, ss
	for n := 0; n < k; n++ {
		for e < end && mask[e] == ' ' {
			e++
		}
		if n == 0 {
			s = e
		}
		for e < end && mask[e] != ' ' {
			e++
		}
	}
	return s, e
}

// openingTitle is the person a title opening the main clause of the
// sentence at ss refers back to ("The Vermont senator sought to calm his
// supporters, saying …"): its first five words or fewer, the longest
// that end in a person's title after "the".
func (r *reader) openingTitle(mask []byte, ss, end int) (string, [2]int, bool) {
	ss = afterSubordinate(mask, ss, end)
	ws := strings.Fields(string(mask[ss:min(end, ss+80)]))
	if len(ws) < 2 || strings.ToLower(ws[0]) != "the" {
		return "", [2]int{}, false
	}
	for k := min(5, len(ws)); k >= 2; k-- {
		np := strings.Join(ws[:k], " ")
		t := titleOf(np)
		if t == "" || slices.Contains(bodies, t) || strings.ContainsAny(np, ",;:") {
			continue
		}
		s, e := leadingWords(mask, ss, end, k)
		if slices.ContainsFunc(r.names(r.view, s, e), func(n name) bool { return n.kind == namePerson || n.kind == nameOrg }) {
			break // "the Harbour Board chairman": not a post alone
		}
		if id, ok := r.heldBy(r.view, t, s); ok {
			return id, [2]int{s, e}, true
		}
		break
	}
	return "", [2]int{}, false
}

// subordinators open a clause before a sentence's own: "When Trump
// suggested …, Rubio fired back".
var subordinators = set(`when after before while although though because since if once unless whereas until`)

// afterSubordinate returns where the main clause of the sentence at ss
// begins, before open: past a clause opening with a subordinator, and
// past a dateline ("WASHINGTON, Dec. 8 (UPI) — ").
func afterSubordinate(mask []byte, ss, open int) int {
	s := string(mask[ss:open])
	if i := strings.Index(s, " — "); i >= 0 && i < 60 && strings.Contains(s[:i], "(") {
		ss, s = ss+i+len(" — "), s[i+len(" — "):]
	}
	if w := strings.Fields(s); len(w) > 1 && openingParticiple(w[0], w[1]) {
		// "Standing in for Vik where Brekke had spoken, Lund took aim
		// at …": a participle's phrase opening the sentence
		if i := strings.Index(s, ", "); i >= 0 && !hasQuoteMark(s[:i]) {
			return ss + i + 2
		}
	}
	if w := strings.Fields(s); len(w) > 0 && subordinators[strings.ToLower(w[0])] {
		// the comma may close a quotation in the clause: "After X said
		// that … “…,” Trump said:"
		for _, c := range []string{", ", ",” ", ",\" "} {
			if i := strings.Index(s, c); i >= 0 {
				return ss + i + len(c)
			}
		}
	}
	return ss
}

// openingParticiple reports whether w, opening a sentence before next,
// is a participle opening a phrase ("Standing in", "Speaking to"): not
// "According to", a pronoun ("Nothing really"), nor a name before its
// verb ("Fielding said").
func openingParticiple(w, next string) bool {
	lw := strings.ToLower(w)
	return len(w) > 4 && strings.HasSuffix(lw, "ing") && startsUpper(w) && next != "to" && !strings.HasSuffix(lw, "thing") &&
		!speechWords[strings.ToLower(strings.Trim(next, ",.;:"))] && !startsUpper(next)
}

// possessed reports whether a name ending at end is an owner: "Trump’s".
func possessed(text string, end int) bool {
	return strings.HasPrefix(text[end:], "’s") || strings.HasPrefix(text[end:], "'s")
}

// bracketed reports whether at lies inside brackets opened after lo.
func bracketed(text string, lo, at int) bool {
	return strings.LastIndexByte(text[lo:at], '(') > strings.LastIndexByte(text[lo:at], ')')
}

// span is the attribution: the verb and the phrase naming the speaker.
func (r *reader) span(v verb, s, e int) [2]int {
	lo, hi := min(v.start, s), max(v.end, e)
	for lo < hi && strings.ContainsRune(" ,", rune(r.text[lo])) {
		lo++
	}
	for hi > lo && strings.ContainsRune(" ,.", rune(r.text[hi-1])) {
		hi--
	}
	return [2]int{lo, hi}
}

// clauseJoins join two clauses of one sentence.
var clauseJoins = []string{", and ", " and ", ", but ", "; ", ", while ", " while ", ", whereas ", ", to which "}

// lastClause returns where the last clause of mask[ss:at] begins.
func lastClause(mask []byte, ss, at int) int {
	s := string(mask[ss:at])
	best := ss
	for _, j := range clauseJoins {
		i := strings.LastIndex(s, j)
		if j == " and " && i >= 0 && strings.Contains(strings.TrimRight(s[i:], " ,:"), ",") {
			// "Graham, who says the United States and allies should …,
			// tweeted": an "and" without a comma joins clauses only when
			// nothing after it is set off
			continue
		}
		if i >= 0 && ss+i+len(j) > best {
			best = ss + i + len(j)
		}
	}
	return best
}

// participle reports whether v is a verb in -ing hanging on the clause
// before it: ", calling it", "by interjecting".
func participle(mask []byte, ss int, v verb) bool {
	if !strings.HasSuffix(strings.ToLower(string(mask[v.start:v.end])), "ing") {
		return false
	}
	before := strings.TrimRight(string(mask[ss:v.start]), " ")
	if strings.HasSuffix(before, ",") {
		return true
	}
	ws := strings.Fields(before)
	return len(ws) > 1 && participleOpeners[ws[len(ws)-1]]
}

// participleOpeners, inside a sentence, open a phrase whose -ing verb is
// the sentence subject's: "X deflected questions about Y before saying
// …" is X's saying, however near Y stands.
var participleOpeners = set(`by while before after without`)

// beforeRelative is np up to a relative clause: "a Mexican official who
// was not authorized" is "a Mexican official".
func beforeRelative(np string) string {
	for _, cut := range []string{" who ", " which ", " whose ", " that "} {
		if i := strings.Index(np, cut); i >= 0 {
			np = np[:i]
		}
	}
	return np
}

// colonSubject is who a sentence introducing a quotation with a colon is
// about, when it has no verb of saying: "the Illinois Board of Elections
// was conclusive in its findings: “…”". The first name of the main
// clause, of any kind, not an owner nor after a preposition.
func (r *reader) colonSubject(mask []byte, ss, end int) (string, [2]int, bool) {
	if !strings.HasSuffix(strings.TrimRight(string(mask[ss:end]), " “\"\n"), ":") {
		return "", [2]int{}, false
	}
	ss = afterSubordinate(mask, ss, end)
	for _, m := range r.find(r.view, ss, end) {
		if afterPreposition(r.view, ss, m.start) || possessed(r.text, m.end) || bracketed(r.text, ss, m.start) {
			continue
		}
		return m.id, [2]int{m.start, m.end}, true
	}
	return "", [2]int{}, false
}

// elided reports whether v opens a clause joined to the one before it,
// with no subject of its own: "…, but said".
func elided(mask []byte, ss int, v verb) bool {
	cs := lastClause(mask, ss, v.start)
	return cs > ss && strings.TrimSpace(string(mask[cs:v.start])) == ""
}

// signedOff finds who a paragraph that is only a quotation is signed by:
// the next paragraph opening with a dash and a name ("— Hillary Clinton.",
// "-President Obama, tweeting after …").
func (r *reader) signedOff(q quotation) (string, [2]int, bool) {
	if q.parent >= 0 || q.para+1 >= len(r.paras) || strings.TrimSpace(r.text[q.close:r.paras[q.para].end]) != "" {
		return "", [2]int{}, false
	}
	next := r.paras[q.para+1]
	line := strings.TrimLeft(r.text[next.start:next.end], " ")
	dash := ""
	for _, d := range []string{"—", "–", "-", "~"} {
		if strings.HasPrefix(line, d) {
			dash = d
		}
	}
	if dash == "" {
		return "", [2]int{}, false
	}
	from := next.end - len(line) + len(dash)
	for _, m := range r.find(r.text, from, min(next.end, from+60)) {
		return m.id, [2]int{m.start, m.end}, true
	}
	return "", [2]int{}, false
}

// askingVerbs are the verbs of saying whose agent in the passive said
// the words: "was asked by", not "was echoed by".
var askingVerbs = set(`asked questioned pressed told urged`)

// passiveForms are the forms of "be" before a verb in the passive.
var passiveForms = set(`was were is are been being`)

// passiveAgent is who a verb of saying in the passive names after "by":
// "Harms was asked by board chairman Kit Ostrova whether …".
func (r *reader) passiveAgent(mask []byte, ss int, v verb, open int) (string, [2]int, bool) {
	if v.according {
		return "", [2]int{}, false
	}
	before := wordsOf(string(mask[max(0, v.start-12):v.start]))
	rest := string(mask[v.end:open])
	if len(before) == 0 || !passiveForms[strings.ToLower(before[len(before)-1])] || !askingVerbs[strings.ToLower(string(mask[v.start:v.end]))] {
		return "", [2]int{}, false
	}
	if strings.Trim(rest, " ,:") == "" && strings.EqualFold(string(mask[v.start:v.end]), "asked") {
		// "In an interview with Nordby Broadcasting, Vik was asked, “…”":
		// the question is the interviewer's, never the one asked
		lead := string(mask[ss:v.start])
		if i := strings.Index(strings.ToLower(lead), "interview with "); i >= 0 {
			s := ss + i + len("interview with ")
			e := s + strings.IndexAny(string(mask[s:v.start])+",", ",")
			for _, n := range r.names(r.view, s, e) {
				if n.kind == namePerson || n.kind == nameOrg {
					return r.actorFor(r.view, n), [2]int{n.start, v.end}, true
				}
			}
		}
		return r.lx.unknown(), [2]int{}, true
	}
	if !strings.HasPrefix(rest, " by ") {
		return "", [2]int{}, false
	}
	s, e := clauseAfter(mask, v.end+len(" by "), open)
	for _, w := range []string{" whether ", " if ", " about ", " why ", " how ", " what "} {
		if i := strings.Index(string(mask[s:e]), w); i >= 0 {
			e = s + i
		}
	}
	// "by Fox Business moderator Ada Lorn": the person, not the outlet
	// before the title
	for _, n := range r.names(r.view, s, e) {
		if n.kind == namePerson {
			s = n.start
		}
	}
	if id, ok := r.resolve(mask, s, e, true); ok {
		return id, r.span(v, s, e), true
	}
	return "", [2]int{}, false
}

// copulas lead from a noun for words to the words: "was", "was that".
var copulas = set(`was is were are`)

// leadsToWords reports whether the words after a noun for words lead to
// the quotation: a copula ending them ("was", "was:"), or one and "that"
// and a few words of the clause ("in that race was that Harms"); not a
// verb of its own ("was interrupted by a protester").
func leadsToWords(ws []string) bool {
	for i, w := range ws {
		lw := strings.ToLower(strings.TrimRight(w, ",:"))
		if !copulas[lw] {
			continue
		}
		after := ws[i+1:]
		if len(after) == 0 || strings.HasSuffix(w, ":") {
			return true
		}
		return strings.ToLower(after[0]) == "that" && len(after) <= 4
	}
	return false
}

// speechNouns are what someone says, named by a noun: "Lorn’s answer".
var speechNouns = set(`answer answers response reply retort comment comments remark remarks message statement words
	catchphrase phrase slogan dictum promise pledge vow advice verdict explanation reaction argument claim
	warning assumption assessment tweet post letter email memo speech testimony quip line motto mantra`)

// possessorSpeaks finds the speaker of a quotation whose sentence opens
// its main clause with an owner and a noun for words ("Lorn’s answer
// was that “…”", "His reply, written that night: “…”"): the owner, a
// name or "his"/"her" (the person it refers to).
func (r *reader) possessorSpeaks(mask []byte, ss, open int) (string, [2]int, bool) {
	ms := afterSubordinate(mask, ss, open)
	ws := strings.Fields(string(mask[ms:open]))
	for len(ws) > 0 && leadIns[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if len(ws) < 2 || hasQuoteMark(strings.Join(ws, " ")) {
		return "", [2]int{}, false
	}
	noun := -1
	for i := 1; i < min(len(ws), 5); i++ {
		w := strings.ToLower(strings.Trim(ws[i], ",.;:"))
		if speechNouns[w] {
			noun = i
			break
		}
		if !startsUpper(ws[i]) && i > 1 {
			break // "Lorn’s catch phrase": a word or two of the noun's own
		}
	}
	if noun < 0 {
		return "", [2]int{}, false
	}
	// the words after the noun lead to the quotation: "was", "was that",
	// a colon; not a clause of their own ("Lorn’s letter shows the board
	// ignored …")
	if !strings.HasSuffix(ws[noun], ":") && !leadsToWords(ws[noun+1:]) {
		return "", [2]int{}, false
	}
	owner := strings.ToLower(ws[0])
	start := ms + strings.Index(string(mask[ms:open]), ws[0])
	switch owner {
	case "his", "her":
		g := genderMale
		if owner == "her" {
			g = genderFemale
		}
		// the nearest person before who owns nothing: in "X said Y’s
		// plan had failed. His reply was …", X
		ps := r.people(r.view, max(r.paraStart, lookBack(start)), start)
		for i := len(ps) - 1; i >= 0; i-- {
			if !possessed(r.text, ps[i].end) && r.agrees(r.view, ps[i], g) {
				return r.idOf(r.view, ps[i]), [2]int{start, start + len(ws[0])}, true
			}
		}
		id, ok := r.recentPerson(r.view, start, g)
		return id, [2]int{start, start + len(ws[0])}, ok && id != ""
	}
	// the owner's name ends at its possessive: "Senator Ada Lorn’s"
	for _, m := range r.find(r.view, ms, open) {
		if possessed(r.text, m.end) && len(wordsOf(string(mask[ms:m.start]))) <= 3 {
			return m.id, [2]int{m.start, m.end}, true
		}
		break
	}
	return "", [2]int{}, false
}

// nameless reports whether mask[lo:hi] names no one and quotes nothing: a
// sentence of the writer's whose quotation can only be someone's named
// before it.
func (r *reader) nameless(mask []byte, lo, hi int) bool {
	if lo >= hi {
		return true
	}
	return !hasQuoteMark(string(mask[lo:hi])) && len(r.find(r.view, lo, hi)) == 0 &&
		!slices.ContainsFunc(r.names(r.view, lo, hi), func(n name) bool { return !n.adjective })
}
