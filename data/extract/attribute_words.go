package extract

import "strings"

// The rules that find whose words a quotation is from the words naming
// them: an owner ("Lorn’s “…” promise", "in Lorn’s view"), "X used the
// words", "what X called".

// ownedWords is the speaker of a quotation standing between an owner and
// a noun for words: "Lorn’s “…” promise", "Harms’ “…” line". The owner
// is a name ending at its possessive just before the opening mark.
func (r *reader) ownedWords(mask []byte, ss int, q quotation) (string, [2]int, bool) {
	if q.close >= len(mask) || mask[q.close] != ' ' {
		return "", [2]int{}, false
	}
	after := strings.Fields(string(mask[q.close:min(len(mask), q.close+24)]))
	if len(after) == 0 || !speechNouns[strings.ToLower(strings.TrimRight(after[0], ",.;:"))] {
		return "", [2]int{}, false
	}
	before := strings.TrimRight(string(mask[ss:q.open]), " ")
	for _, mark := range []string{"’s", "'s", "’", "'"} {
		if !strings.HasSuffix(before, mark) {
			continue
		}
		end := ss + len(before) - len(mark)
		ms := r.find(r.view, max(ss, end-80), end)
		if len(ms) > 0 && ms[len(ms)-1].end == end {
			m := ms[len(ms)-1]
			return m.id, [2]int{m.start, end + len(mark)}, true
		}
		break
	}
	return "", [2]int{}, false
}

// viewNouns are what "in X’s …" says a quotation is: "in Lorn’s view".
var viewNouns = set(`view words opinion estimation telling account judgment judgement phrase`)

// inOwnersView is the speaker of a quotation that "in X’s view" (words,
// opinion, …) stands next to: just before it ("in Lorn’s words, “…”"),
// or ending the sentence after it ("“…” from top to bottom, in Lorn’s
// view.").
func (r *reader) inOwnersView(mask []byte, ss, se int, q quotation) (string, [2]int, bool) {
	if q.parent >= 0 {
		return "", [2]int{}, false
	}
	lead := strings.TrimRight(string(mask[ss:q.open]), " ,:")
	tail := strings.TrimRight(string(mask[q.close:se]), " .;!?")
	// the phrase ends the words before the quotation, or the sentence
	for _, c := range []struct {
		text string
		at   int
	}{{lead, ss}, {tail, q.close}} {
		// the last "in" that is a word of its own, in either case ("In
		// Brekke’s words", not the "in " of "Martin"): i is where it
		// stands in c.text
		i := strings.LastIndex(" "+strings.ToLower(c.text), " in ")
		if i < 0 {
			continue
		}
		ws := strings.Fields(c.text[i+len("in "):])
		if len(ws) < 2 || len(ws) > 5 || !viewNouns[strings.ToLower(ws[len(ws)-1])] {
			continue
		}
		from := c.at + i + len("in ")
		for _, m := range r.find(r.view, from, c.at+len(c.text)) {
			if possessed(r.text, m.end) || strings.HasPrefix(r.text[m.end:], "’ ") || strings.HasPrefix(r.text[m.end:], "' ") {
				return m.id, [2]int{c.at + i, c.at + len(c.text)}, true
			}
			break
		}
	}
	return "", [2]int{}, false
}

// wordNouns name words someone used: "used the phrase “…”".
var wordNouns = set(`words word phrase term expression line slogan`)

// usedWords is the speaker of a quotation right after "X used the words"
// (or phrase, term, slogan): X.
func (r *reader) usedWords(mask []byte, ss int, q quotation) (string, [2]int, bool) {
	if q.parent >= 0 {
		return "", [2]int{}, false // inside a quotation "he" is not the writer's
	}
	lead := string(mask[ss:q.open])
	i := strings.LastIndex(lead, " used the ")
	if i < 0 {
		return "", [2]int{}, false
	}
	rest := strings.Fields(lead[i+len(" used the "):])
	if len(rest) != 1 || !wordNouns[strings.ToLower(strings.TrimRight(rest[0], ",:"))] {
		return "", [2]int{}, false
	}
	v := verb{start: ss + i + 1, end: ss + i + len(" used")}
	s, e := subjectBefore(mask, ss, v.start)
	if id, ok := r.resolve(mask, s, e, false); ok && id != r.lx.unknownID {
		return id, r.span(v, s, e), true
	}
	return "", [2]int{}, false
}

// whatSubject is the subject of a verb of saying in a clause opening
// with "what" just before it: in "what Harms called a “…” approach",
// Harms.
func (r *reader) whatSubject(mask []byte, ss int, v verb) (string, [2]int, bool) {
	lead := string(mask[max(ss, v.start-60):v.start])
	i := strings.LastIndex(lead, "what ")
	if i < 0 || i > 0 && lead[i-1] != ' ' {
		return "", [2]int{}, false
	}
	s := v.start - len(lead) + i + len("what ")
	e := v.start
	if w := wordsOf(string(mask[s:e])); len(w) == 0 || len(w) > 4 || !startsUpper(w[0]) {
		return "", [2]int{}, false
	}
	if id, ok := r.resolve(mask, s, e, false); ok {
		return id, r.span(v, s, e), true
	}
	return "", [2]int{}, false
}
