package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clusterTitle titles a cluster of mentions by its most central one (c)
// when that reads as a whole statement (see whole), else by the most
// central mention that does, else by a whole clause inside one of their
// sentences (see innerClauseTitle), else by a quotation's whole first
// sentence up to longTitleWords (see longQuoteTitle), else in our words
// (see fallbackTitle), else by c's.
func clusterTitle(ms []mention, c int) string {
	if c < 0 || c >= len(ms) {
		return ""
	}
	t, ok := mentionTitle(&ms[c])
	type ranked struct{ i, shared int }
	var order []ranked
	for i := range ms {
		if i == c {
			continue
		}
		order = append(order, ranked{i, sharedStems(ms, i)})
	}
	slices.SortStableFunc(order, func(a, b ranked) int { return cmp.Compare(b.shared, a.shared) })
	// a whole title, c's first, of a sentence whose date phrase dating
	// the event stands outside the asides its title drops and outside an
	// adjunct clause its title's verb is not in (see datedInSubclause),
	// then one dated in such an adjunct; c's whole title when every
	// one's date stands in an aside
	seq := []int{c}
	for _, r := range order {
		seq = append(seq, r.i)
	}
	// a title telling what happened before one telling what was to
	// (see planTitle); one telling of a plan is marked when every
	// mention does (see expectedTitle)
	// and, of those, one whose subject names someone before one whose
	// subject names no one ("The fangs came out", see namedSubject)
	for _, plan := range []bool{false, true} {
		for _, sub := range []bool{true, false} {
			for _, named := range []bool{true, false} {
				for _, i := range seq {
					o, ok := mentionTitle(&ms[i])
					if ok && !headline(o) && (i == c || endsWell(strings.Fields(o))) && !datedInAside(&ms[i]) && !(sub && datedInSubclause(&ms[i])) && planMention(&ms[i]) == plan &&
						(!named || len(ms) == 1 || namedSubject(o)) {
						return expectedTitle(ms, i, o)
					}
				}
			}
		}
	}
	if ok && !headline(t) {
		return expectedTitle(ms, c, t)
	}
	// no mention's title reads whole: a whole clause standing later in
	// one of their sentences, then a longer quotation, each tried from
	// the most central mention on, then "<person>: <noun phrase>" from c
	for _, i := range seq {
		if o := innerClauseTitle(&ms[i]); o != "" {
			return o
		}
	}
	for _, i := range seq {
		if q := longQuoteTitle(&ms[i]); q != "" {
			return q
		}
	}
	if f := fallbackTitle(ms, c); f != "" {
		return f // only c's: a person and a phrase from two sentences would say what neither does
	}
	return t
}

// datedInAside reports whether every date phrase dating m stands in an
// aside between dashes or in parentheses, which its title drops: the
// main clause is then not the happening the event is dated by ("The
// storm - days after the floods of May 3 - closed the port" dates the
// floods, not the closure).
func datedInAside(m *mention) bool {
	text := m.article.Text.Verbatim()
	if len(m.dates) == 0 || m.start < 0 || m.end > len(text) || m.start >= m.end {
		return false
	}
	for _, d := range m.dates {
		if d.Start < m.start || d.End > m.end || !inAside(text[m.start:m.end], d.Start-m.start) {
			return false
		}
	}
	return true
}

// inAside reports whether byte i of sentence s stands between a pair of
// dashes set off by spaces, or in parentheses.
func inAside(s string, i int) bool {
	lead := min(len(reLead().FindString(s)), i) // a dateline's dash opens no aside: "VELEN — …"
	before, after := s[lead:i], s[i:]
	if strings.LastIndex(before, "(") > strings.LastIndex(before, ")") && strings.Contains(after, ")") {
		return true
	}
	for _, d := range []string{" - ", " — ", " – ", " -- "} {
		if strings.Count(before, d)%2 == 1 && strings.Contains(after, d) {
			return true
		}
	}
	return false
}

// longQuoteTitle is "Speaker: words" for a sentence that opens with a
// quotation whose first sentence, up to longTitleWords, reads whole, or
// "": a title longer than a mention's own, for a cluster no shorter
// title of which reads whole.
func longQuoteTitle(m *mention) string {
	text := m.article.Text.Verbatim()[m.start:m.end]
	if strings.HasSuffix(strings.TrimRight(text, " \n\"”’'"), "?") {
		return ""
	}
	t, ok, cut := quotedTitleUpTo(text, longTitleWords-1)
	if !ok || cut || !whole(strings.Fields(t[strings.Index(t, ": ")+2:])) {
		return ""
	}
	return t
}

// innerClauseTitle titles m by a whole clause that opens inside its
// sentence rather than at its start, or "": one after a comma, a
// semicolon, a dash or "and"/"but", opening on a name or a determiner
// ("They shook hands at the airport and Obama put his hand on …",
// "…, the board will decide in July"), whose title reads whole and ends
// well. A clause inside a quotation, or after "if" or "unless" since the
// last comma (a condition, not what happened), is none.
func innerClauseTitle(m *mention) string {
	text := m.article.Text.Verbatim()
	if m.start < 0 || m.end > len(text) || m.start >= m.end {
		return ""
	}
	s := text[m.start:m.end]
	quoted, cond, seg := false, false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == ';':
			cond = false // a condition's clause runs on past its comma: "if X wins, the race is decided"
		}
		if strings.HasPrefix(s[i:], " — ") || strings.HasPrefix(s[i:], " – ") || strings.HasPrefix(s[i:], " -- ") {
			seg = i
		}
		if strings.HasPrefix(s[i:], "“") {
			quoted = true
		} else if strings.HasPrefix(s[i:], "”") {
			quoted = false
		}
		if i == 0 || s[i-1] == ' ' {
			if w := strings.ToLower(firstWord(s[i:])); w == "if" || w == "unless" || w == "whether" {
				cond = true
			}
		}
		at := clauseStart(s, i)
		if at < 0 {
			continue
		}
		before := strings.Fields(s[min(seg, i):i])
		if s[i] != ' ' {
			seg = at // a comma or a semicolon ends the stretch a verb is looked for in
		}
		if quoted || cond || titleMainVerb(before) < 0 {
			continue // no main verb since the last comma: "and" or the comma joins names, not clauses
		}
		next := firstWord(s[at:])
		if next == "" || !(startsUpper(next) && !monthOrDay(next) || subjectOpeners[strings.ToLower(next)] && !pronouns[strings.ToLower(next)]) {
			continue
		}
		w := *m
		w.from, w.to, w.subject, w.titled, w.title, w.whole, w.verbed = m.start+at, m.start+at+sentenceEnd(s[at:]), "", false, "", false, false
		if t, ok, _ := clauseTitle(&w); ok && !headline(t) && endsWell(strings.Fields(t)) && !asideBeforeVerb(strings.Fields(t)) {
			return t
		}
	}
	return ""
}

// sentenceEnd is where the first sentence of s ends: after a full stop,
// a question or an exclamation mark before a capital or a quotation
// mark, not one closing an abbreviation ("Mr. Lind"); len(s) if none
// does. A clause read inside a sentence stops there: what follows, in
// a sentence the source runs on into, is no part of it.
func sentenceEnd(s string) int {
	for i := 1; i+2 < len(s); i++ {
		if !strings.ContainsRune(".!?", rune(s[i])) || s[i+1] != ' ' {
			continue
		}
		word := s[strings.LastIndexByte(s[:i], ' ')+1 : i+1]
		next := strings.TrimLeft(s[i+2:], "“\"‘'")
		if next != "" && startsUpper(next) && !shortForm(word) {
			return i + 1
		}
	}
	return len(s)
}

// asideBeforeVerb reports whether a comma stands before ws's main verb:
// a clause found inside a sentence that opens on a list or an address
// ("Aldcastle, and Ivo Lind, 41, will appear") is no clause of its own.
func asideBeforeVerb(ws []string) bool {
	v := titleMainVerb(ws)
	if v < 1 || v > 6 || slices.ContainsFunc(ws[:v], func(w string) bool { return strings.HasSuffix(w, ",") }) {
		return true // no verb, or one too far from where the clause opens to be its own
	}
	// a singular subject before a plural verb is the last of several the
	// clause was cut from: "… and Tanner's Row were destroyed", "… and
	// the campaign itself have been startled"
	head := strings.ToLower(ws[v-1])
	single := !slices.ContainsFunc(ws[:v], func(w string) bool { return strings.EqualFold(w, "and") }) &&
		(!strings.HasSuffix(head, "s") || possessive(head)) && !pluralHeads[head]
	return single && pluralVerbs[strings.ToLower(ws[v])]
}

var pluralVerbs = set(`were are have`)

// pluralHeads are plurals with no -s: "the police were".
var pluralHeads = set(`people police children men women staff crew cattle`)

// clauseStart is where a clause may open after s[i], or -1: after ", ",
// "; ", a dash between spaces, or " and " / " but ".
func clauseStart(s string, i int) int {
	for _, sep := range []string{", ", "; ", " — ", " – ", " -- ", " and ", " but "} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return -1
}

// fallbackTitle titles a cluster none of whose sentences reads whole as
// "<person>: <noun phrase>": the first person its central mention (c)
// names, and the noun phrase, in c, around the word the cluster's
// mentions share most, outside names, date phrases and quotations. ""
// for a single mention (nothing says which of its words matter), or when
// c names no person, no such word stands in it, its phrase is one word or
// no determiner opens it (so it is no whole noun phrase: "now needs",
// "did win Rhode Island").
func fallbackTitle(ms []mention, c int) string {
	if len(ms) < 2 {
		return "" // one sentence: nothing says which of its words matter
	}
	m := &ms[c]
	text := m.article.Text.Verbatim()
	var who string
	for _, p := range m.people {
		if p.start >= m.start && p.end <= m.end {
			who = text[p.start:p.end]
			break
		}
	}
	if who == "" {
		return ""
	}
	var skip [][2]int
	for _, p := range m.people {
		skip = addSkip(skip, p.start, p.end)
	}
	for _, d := range m.all {
		skip = addSkip(skip, d.Start, d.End)
	}
	type word struct {
		text   string
		skip   bool // a name, a date or in a quotation
		weight float64
	}
	var ws []word
	quoted := false
	for i := m.start; i < m.end; {
		j := i
		for j < m.end && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		if j > i {
			w := text[i:j]
			opens := strings.ContainsAny(w[:1], "\"“‘") || strings.HasPrefix(w, "''")
			in := quoted || opens || slices.ContainsFunc(skip, func(r [2]int) bool { return r[0] < j && i < r[1] })
			if opens && !strings.ContainsAny(w[1:], "\"”") {
				quoted = true
			}
			if quoted && strings.ContainsAny(w, "\"”") && !opens {
				quoted = false
			}
			ws = append(ws, word{text: w, skip: in})
		}
		i = j + 1
	}
	texts := make([]string, len(ws))
	for k, w := range ws {
		texts[k] = w.text
	}
	best := -1
	for k := range ws {
		w := &ws[k]
		bare := strings.Trim(w.text, ",;:.“”\"'’()?!")
		if w.skip || bare == "" || functionWord(bare) || finiteAt(texts, k) ||
			strings.HasSuffix(bare, "ly") || strings.HasSuffix(bare, "est") || quantity[strings.ToLower(bare)] ||
			!startsLetter(bare) || len(bare) <= 4 && strings.HasSuffix(w.text, ".") {
			continue // a degree, a quantity, an abbreviation ("Sen.") names nothing
		}
		s, _ := contentStem(bare)
		if s == "" {
			continue
		}
		for i := range ms {
			if i == c {
				continue
			}
			if _, ok := slices.BinarySearch(ms[i].stems, s); ok {
				w.weight++
			}
		}
		if w.weight == 0 || k > 0 && (ws[k-1].text == "to" || titleAux[strings.ToLower(ws[k-1].text)]) {
			continue // no other mention holds it, or a verb: "to cast", "will face"
		}
		if i := slices.Index(m.telling, s); i >= 0 {
			w.weight += m.weights[i]
		}
		if best < 0 || w.weight > ws[best].weight {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	// the phrase: the words around it, as far as a function word, a verb,
	// a name, a date or a comma
	part := func(k int) bool {
		b := strings.Trim(ws[k].text, ",;:.“”\"'’()?!")
		return !ws[k].skip && b != "" && !functionWord(b) && !breakWord[strings.ToLower(b)] &&
			!finiteAt(texts, k) && startsLetter(b)
	}
	lo, hi := best, best+1
	for lo > 0 && best-lo < 3 && part(lo-1) && !strings.ContainsAny(ws[lo-1].text, ",;:.") {
		lo--
	}
	for hi < len(ws) && hi-best < 3 && part(hi) && !strings.ContainsAny(ws[hi-1].text, ",;:.") {
		hi++
	}
	if hi-lo < 2 {
		return "" // one word ("Trump: Nominee") says too little
	}
	if lo == 0 || !npOpener(strings.ToLower(ws[lo-1].text)) {
		// a whole noun phrase opens on a determiner: "passed the harbour
		// levy", not "now needs 61 percent", "did win Rhode Island",
		// "re-election of House Speaker …"
		return ""
	}
	phrase := make([]string, 0, hi-lo)
	for _, w := range ws[lo:hi] {
		phrase = append(phrase, strings.Trim(w.text, ",;:.“”\"'’()?!"))
	}
	return who + ": " + upperFirst(strings.Join(phrase, " "))
}

// npOpener reports whether w opens a noun phrase: an article, a
// possessive or a demonstrative determiner, or a quantifier.
func npOpener(w string) bool {
	return determiners[w] || w == "another" || w == "each" || w == "every" || w == "no" || w == "some"
}

// headline reports whether t runs a headline in capitals into its
// sentence: "PORT SHUTS DOWN After …" (three such words in a row).
func headline(t string) bool {
	caps := 0
	for _, w := range strings.Fields(t) {
		if caps = caps + 1; !shouting(w) {
			caps = 0
		}
		if caps >= 3 {
			return true
		}
	}
	return false
}

// shouting reports whether w is written in capitals, two letters or more.
func shouting(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// startsLetter reports whether w opens with a letter.
func startsLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}
