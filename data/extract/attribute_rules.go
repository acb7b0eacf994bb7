package extract

import "strings"

// The rules that find a quotation's speaker in the words around it.

// attribute finds q's speaker. named reports that a verb of saying in
// q's own sentence names them; a short quotation without one is a scare
// quote.
func (r *reader) attribute(mask []byte, lo, hi int, q quotation) (attributed, bool) {
	a := attributed{q: q}
	ss, se := sentence(mask, lo, hi, q.open)
	se = max(se, q.close) // an unclosed quotation runs to its paragraph's end
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
	// "Roll also “expressed …”": the sentence's subject.
	if !leadBlank && q.words(r.text) >= 3 {
		if id, at, ok := r.sentenceSubject(mask, ss, q.open); ok {
			a.speaker, a.attribution = id, at
			return a, false
		}
	}
	if !leadBlank || !tailBlank {
		if q.parent < 0 && r.lastPara == q.para && r.lastSpeaker != "" && spoken(r.text, q) && len(speechVerbs(mask, ss, se)) == 0 {
			// a quotation in a sentence of the writer's, in a paragraph
			// someone has been quoted in: "…," says X. "…," because of …
			a.speaker = r.lastSpeaker
		}
		return a, false
	}
	// The quotation is a sentence of its own: "“Who?” Rama asked." names
	// the speaker in the next sentence; otherwise it continues the speaker
	// of the sentence before, or of the paragraph before.
	if se < hi {
		ns, ne := sentence(mask, lo, hi, se+1)
		if !strings.ContainsAny(string(mask[ns:ne]), "“\"") && len(strings.Fields(string(mask[ns:ne]))) <= 10 {
			if id, at, ok := r.fromTail(mask, ns, ne); ok {
				a.speaker, a.attribution = id, at
				return a, true
			}
		}
	}
	if p := lastWord(mask, lo, ss); p > lo {
		ps, _ := sentence(mask, lo, hi, p)
		if id, at, ok := r.fromLead(mask, ps, ss); ok {
			a.speaker, a.attribution = id, at
			return a, false
		}
	}
	if q.parent < 0 && q.para > 0 && r.lastPara != q.para-1 && lastWord(mask, lo, ss) == lo {
		// a paragraph that opens with a quotation, after one that says
		// who speaks: "Ash argued in his email that …" ¶ "…"
		prev := r.paras[q.para-1]
		if p := lastWord(mask, prev.start, prev.end); p > prev.start {
			ps, pe := sentence(mask, prev.start, prev.end, p)
			if !strings.ContainsAny(string(mask[ps:pe]), "“\"") {
				if id, at, ok := r.fromLead(mask, ps, pe); ok {
					a.speaker, a.attribution = id, at
					return a, false
				}
			}
		}
	}
	if q.parent < 0 && r.lastSpeaker != "" && q.para-r.lastPara <= 1 {
		a.speaker = r.lastSpeaker
		return a, false
	}
	return a, false
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

// fromTail reads the words after a quotation up to the sentence's end.
func (r *reader) fromTail(mask []byte, from, se int) (string, [2]int, bool) {
	vs := speechVerbs(mask, from, se)
	if len(vs) == 0 {
		return "", [2]int{}, false
	}
	v := vs[0]
	if len(strings.Fields(string(mask[from:v.start]))) > 12 {
		return "", [2]int{}, false
	}
	pre := strings.Trim(string(mask[from:v.start]), " ,”\"’'")
	var s, e int
	first := true
	if pre == "" || v.according {
		s, e = clauseAfter(mask, v.end, se)
		if !v.according && isClause(string(mask[s:e])) {
			return "", [2]int{}, false
		}
	} else {
		s, e = headOf(mask, from, v.start)
		first = false
	}
	id, ok := r.resolve(mask, s, e, first)
	return id, r.span(v, s, e), ok
}

// fromLead reads the words before a quotation in its sentence. The first
// verb of saying whose subject is known wins: in "the press release said
// Lapid proposed that …", the press release is what is quoted.
func (r *reader) fromLead(mask []byte, ss, open int) (string, [2]int, bool) {
	for _, v := range speechVerbs(mask, ss, open) {
		if v.according || len(wordsOf(string(mask[ss:v.start]))) == 0 {
			// "According to X, …" / "Said X during …, “…”"
			s, e := clauseAfter(mask, v.end, open)
			if id, ok := r.resolve(mask, s, e, true); ok {
				return id, r.span(v, s, e), true
			}
			continue
		}
		s, e := subjectBefore(mask, ss, v.start)
		if id, ok := r.resolve(mask, s, e, false); ok {
			return id, r.span(v, s, e), true
		}
	}
	return "", [2]int{}, false
}

// sentenceSubject is the first name in the sentence before the quotation.
func (r *reader) sentenceSubject(mask []byte, ss, open int) (string, [2]int, bool) {
	for _, m := range r.find(r.view, ss, open) {
		if r.lx.isPerson(m.id) {
			return m.id, [2]int{m.start, m.end}, true
		}
	}
	return "", [2]int{}, false
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
