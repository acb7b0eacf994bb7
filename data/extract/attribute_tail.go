package extract

import (
	"slices"
	"strings"
)

// The rules that read the words after a quotation for who said it:
// "…,” said X" / "…,” X said", and the words between that go on with
// the quotation rather than name its speaker.

// fromTail reads the words after a quotation up to the sentence's end.
func (r *reader) fromTail(mask []byte, from, se int) (string, [2]int, bool) {
	vs := speechVerbs(mask, from, se)
	if len(vs) == 0 {
		return "", [2]int{}, false
	}
	v := vs[0]
	inverted := strings.HasSuffix(strings.TrimRight(string(mask[from:v.start]), " "), ",")
	going := false // words going on with the quotation, opening with a preposition
	if w := wordsOf(string(mask[from:v.start])); len(w) > 0 && prepositions[w[0]] {
		going = true
		// "…” by the shooting at a club in Orlando, Nefzi said": a phrase
		// going on with the quotation, then the subject after its comma
		if i := strings.LastIndex(string(mask[from:v.start]), ", "); i >= 0 && !inverted {
			// not a relative clause: "…” of Trump, whom he called"
			if w := wordsOf(string(mask[from+i : v.start])); len(w) > 0 && !relatives[strings.ToLower(w[0])] {
				from += i + 2
			}
		}
	}
	head, _, _ := strings.Cut(string(mask[from:v.start]), ", ") // an apposition aside
	ofCut := false
	if len(strings.Fields(head)) > 12 && !(going && inverted) {
		// "…,” harbour experts Ada Lorn and Piet Harms of the Nordhavn
		// Institute for Coastal and Maritime Security wrote": who they
		// are is before the "of" of where they work, however long its name
		i := strings.Index(head, " of ")
		if i < 0 {
			return "", [2]int{}, false
		}
		where := strings.TrimPrefix(strings.TrimSpace(head[i+len(" of "):]), "the ")
		if len(strings.Fields(head[:i])) > 8 || continues(head[:i]) || !startsUpper(where) {
			return "", [2]int{}, false
		}
		ofCut = true
	}
	pre := strings.Trim(string(mask[from:v.start]), " ,”\"’'")
	if pre == "" && strings.HasSuffix(strings.ToLower(string(mask[v.start:v.end])), "ing") {
		// "…,” noting flagging conditions": what follows is not who spoke
		return "", [2]int{}, false
	}
	lead := ""
	if w := wordsOf(pre); len(w) > 0 && !startsUpper(w[0]) {
		lead = w[0] // "From said" is Al From
	}
	if (newClause[lead] || subordinators[lead]) && !inverted && !strings.Contains(pre, ",") {
		// "…” until Haley said she …" / "…” and Trump says he's …": the
		// verb's subject begins a clause of its own, not the quotation's
		// ("…” and donations rose, Gilbert said" is the speaker's still)
		return "", [2]int{}, false
	}
	var s, e int
	first := true
	if !inverted && !v.according && continues(withoutAuxiliary(pre)) {
		// "…” that would answer requests from X, city counsel Y wrote":
		// the clause going on with the quotation ends at a comma, and
		// the verb's subject follows it
		// (the first verb may be the clause's own: "that would respond")
		for _, v := range vs {
			seg := string(mask[from:v.start])
			i := strings.LastIndex(seg, ", ")
			if i < 0 || strings.HasSuffix(strings.TrimRight(seg, " "), ",") {
				continue
			}
			if w := wordsOf(seg[i:]); len(w) > 0 && !relatives[strings.ToLower(w[0])] && !newClause[strings.ToLower(w[0])] && !continues(seg[i+2:]) {
				s, e = headOf(mask, from+i+2, v.start)
				if id, ok := r.resolve(mask, s, e, false); ok {
					return id, r.span(v, s, e), true
				}
			}
			break
		}
	}
	// "…” but to take the lead, says Evan Tracey": words in lower case
	// going on with the quotation, then an inverted verb and a name
	// (not a description of the speaker: "…” the nominee, Donald Trump,
	// tweeted Sunday")
	goesOn := inverted && lead != "" && !quantifiers[lead] && !determiners[lead] && namedNext(mask, v.end, se)
	if pre == "" || v.according || (continues(withoutAuxiliary(pre)) || prepositions[lead] && inverted || goesOn) && len(wordsOf(string(mask[v.end:se]))) > 0 {
		// "…” that Sanders can catch Clinton, said Steve Elmendorf": the
		// words before the verb go on with the quotation
		s, e = clauseAfter(mask, v.end, se)
		s, e = namedAfter(mask, s, e, se)
		if !v.according && isClause(beforeRelative(string(mask[s:e]))) {
			return "", [2]int{}, false
		}
	} else {
		s, e = headOf(mask, from, v.start)
		if i := strings.Index(string(mask[s:e]), " of "); ofCut && i > 0 {
			e = s + i
		}
		first = false
	}
	id, ok := r.resolve(mask, s, e, first)
	return id, r.span(v, s, e), ok
}

// relatives open a relative clause.
var relatives = set(`who whom whose which that where when`)

// newClause words open a clause coordinate with the quotation's: "…”
// and Trump says he's …".
var newClause = set(`and but or nor yet`)

// namedNext reports whether a name follows an inverted verb: "Said Lapid
// during …", not "Asked a direct question about this, Clinton said".
func namedNext(mask []byte, end, open int) bool {
	w := wordsOf(string(mask[end:open]))
	return len(w) > 0 && startsUpper(w[0])
}

// continues reports whether the words between a quotation and its verb
// go on with what was said rather than name who said it: a clause, or
// one opening with "that" or a subordinator ("if the weather holds").
func continues(pre string) bool {
	w := wordsOf(pre)
	// a clause word as written in lower case ("Will Estrada said" is a
	// name), outside a relative clause ("X, who was polled, said")
	clause := slices.ContainsFunc(strings.Fields(beforeRelative(pre)), func(f string) bool { return clauseWords[f] })
	return clause || len(w) > 0 && (subordinators[strings.ToLower(w[0])] || strings.EqualFold(w[0], "that"))
}

// auxiliaries are the words of a verb's own tense that stand before it:
// "…,” Bill Clinton has said", "…,” Sotomayor had written".
var auxiliaries = set(`has have had would will`)

// withoutAuxiliary is the words before a verb less the auxiliaries that
// end them, so the verb's tense is not taken for a clause going on with
// the quotation: in "Bill Clinton has said" Bill Clinton is who spoke.
func withoutAuxiliary(pre string) string {
	f := strings.Fields(pre)
	for len(f) > 1 && auxiliaries[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}
