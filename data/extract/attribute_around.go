package extract

import (
	"slices"
	"strings"
)

// The rules that find a quotation's speaker in the sentences and
// paragraphs around it when its own sentence does not name one.

// paragraphBefore finds the speaker of a quotation opening its paragraph
// in the last sentence of the paragraph before, when that sentence says
// who speaks and no quotation of it was credited: "Ash argued in his
// email that …" ¶ "…", "Trump issued the following statement:" ¶ "…".
func (r *reader) paragraphBefore(mask []byte, lo, ss int, q quotation) (string, [2]int, bool) {
	if q.parent >= 0 || q.para == 0 || r.lastPara == q.para-1 || lastWord(mask, lo, ss) != lo {
		return "", [2]int{}, false
	}
	prev := r.paras[q.para-1]
	p := lastWord(mask, prev.start, prev.end)
	if p <= prev.start {
		return "", [2]int{}, false
	}
	ps, pe := sentence(mask, prev.start, prev.end, p)
	if i := lastQuoteMark(string(mask[ps:pe])); i >= 0 {
		// "It was unclear what “fair shares” meant, because Vik spoke
		// in catchphrases.": no quotation of the paragraph was credited
		// to anyone, so its words after the last mark may say who speaks
		ps += i + 1
		for ps < pe && mask[ps]&0xC0 == 0x80 {
			ps++ // past the rest of a curly mark
		}
	}
	if id, at, ok := r.fromLead(mask, ps, pe); ok {
		return id, at, true
	}
	if id, at, ok := r.spokeSubject(mask, ps, pe); ok {
		return id, at, true
	}
	return r.colonSubject(mask, ps, pe)
}

// spokeSubject is who a sentence says spoke, told of without the words
// ("Vik spoke mostly in catchphrases at the hearing.", "the union issued
// a statement regretting the notice."), before a paragraph of them: the
// subject of "spoke", "speaks" or "issued a statement". Only here are
// they verbs of saying: inside a sentence they tell of speaking, not of
// words quoted (a short label near "spoke" is no quotation of its own).
func (r *reader) spokeSubject(mask []byte, ss, se int) (string, [2]int, bool) {
	for _, w := range []string{" spoke ", " speaks ", " issued ", " issues ", " released "} {
		i := strings.Index(string(mask[ss:se]), w)
		if i < 0 {
			continue
		}
		v := verb{start: ss + i + 1, end: ss + i + len(w) - 1}
		if !strings.HasPrefix(w, " sp") && !statementAfter(wordsOf(string(mask[v.end:se]))) {
			continue
		}
		s, e := subjectBefore(mask, afterSubordinate(mask, innerClause(mask, ss, v.start), v.start), v.start)
		if id, ok := r.resolve(mask, s, e, false); ok {
			return id, r.span(v, s, e), true
		}
	}
	return "", [2]int{}, false
}

// statementAfter reports whether words open with a statement put out:
// "a statement", "the following statement", "its own statement".
func statementAfter(words []string) bool {
	if len(words) < 2 || !determiners[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words[1:min(len(words), 4)] {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		if w == "statement" || w == "statements" {
			return true
		}
	}
	return false
}

// openingPerson is who the sentence before a quotation standing as a
// sentence of its own, in its paragraph, is about, when it quotes no one
// and opens with a person's name: "Brekke pointed to her years on the
// quota board. “…”" is Brekke's, whoever spoke in the paragraph before.
func (r *reader) openingPerson(mask []byte, lo, hi, ss int, q quotation) (string, [2]int, bool) {
	p := lastWord(mask, lo, ss)
	if q.parent >= 0 || p <= lo {
		return "", [2]int{}, false
	}
	ps, _ := sentence(mask, lo, hi, p)
	if hasQuoteMark(string(mask[ps:ss])) {
		return "", [2]int{}, false
	}
	ms := r.find(r.view, ps, ss)
	if len(ms) == 0 || !r.lx.isPerson(ms[0].id) || len(wordsOf(string(mask[ps:ms[0].start]))) > 0 || possessed(r.text, ms[0].end) {
		return "", [2]int{}, false
	}
	return ms[0].id, [2]int{ms[0].start, ms[0].end}, true
}

// quoteFrom is who the sentence after a quotation standing alone says
// its words are from: "That line from Commissioner Ida Brekke ran on the
// front page", "The remark by Vik drew laughs".
func (r *reader) quoteFrom(mask []byte, ns, e int) (string, [2]int, bool) {
	ws := strings.Fields(string(mask[ns:min(e, ns+40)]))
	if len(ws) < 3 || !determiners[strings.ToLower(ws[0])] {
		return "", [2]int{}, false
	}
	noun := strings.ToLower(ws[1])
	if !speechNouns[noun] && noun != "quote" && noun != "quotation" && noun != "words" || ws[2] != "from" && ws[2] != "by" {
		return "", [2]int{}, false
	}
	from := ns + strings.Index(string(mask[ns:e]), " "+ws[2]+" ") + len(ws[2]) + 2
	s, en := clauseAfter(mask, from, e)
	// "harbour master Ada Lorn appeared …": the name, not what it did
	ns2 := r.names(r.view, s, en)
	if len(ns2) == 0 || ns2[0].kind != namePerson && ns2[0].kind != nameOrg {
		return "", [2]int{}, false
	}
	return r.actorFor(r.view, ns2[0]), [2]int{ns + len(ws[0]) + 1, ns2[0].end}, true
}

// colonGoesOn is the last speaker, for a quotation after a lead-in that
// opens its paragraph, ends in a colon and has no subject and no verb of
// saying ("Then, a week later on Coast Radio: “…”"), in the
// paragraph after the one the last speaker was quoted in.
func (r *reader) colonGoesOn(mask []byte, lo, ss int, q quotation) (string, bool) {
	if q.parent >= 0 || r.lastSpeaker == "" || r.lastSpeaker == r.lx.unknownID || q.para-r.lastPara != 1 || ss != lo {
		return "", false
	}
	lead := strings.TrimRight(string(mask[ss:q.open]), " ")
	if !strings.HasSuffix(lead, ":") || hasQuoteMark(lead) || len(speechVerbs(mask, ss, q.open)) > 0 || slices.ContainsFunc(wordsOf(lead), isPronoun) {
		return "", false // "As for Brekke, she looks pleased:": a subject of its own
	}
	for _, m := range r.find(r.view, ss, q.open) {
		if !afterPreposition(r.view, ss, m.start) {
			return "", false // "Lorn’s reply:" names whose words
		}
	}
	return r.lastSpeaker, true
}
