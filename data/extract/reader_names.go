package extract

import (
	"slices"
	"strings"
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
// paragraphs, each read once per view. The slice may be the reader's
// own: callers read it and do not change it (slices.DeleteFunc on a
// clone).
func (r *reader) names(view string, lo, hi int) []name {
	var ns []name
	if len(view) == len(r.innerView) && view == r.innerView {
		ns = r.innerNamesOver(lo, hi)
	} else {
		if r.outerNames == nil {
			nv := r.viewNamer(view)
			r.outerNames = []name{}
			for _, p := range r.paras {
				r.outerNames = append(r.outerNames, nv.find(p.start, p.end)...)
			}
		}
		ns = r.outerNames
	}
	i, _ := slices.BinarySearchFunc(ns, lo, func(n name, lo int) int { return n.start - lo })
	j, cut := i, false
	for j < len(ns) && ns[j].start < hi {
		cut = cut || ns[j].end > hi
		j++
	}
	if !cut {
		if i == j {
			return nil
		}
		return ns[i:j:j] // no copy: most calls ask of words no name crosses the end of
	}
	var out []name
	for _, n := range ns[i:j] {
		if n.end <= hi {
			out = append(out, n)
		}
	}
	return out
}

// viewNamer is the name finder of the article's words as view shows them.
func (r *reader) viewNamer(view string) namer {
	return namer{text: view, lower: r.nm.lower, inside: r.nm.inside, capital: r.nm.capital, surnames: r.nm.surnames, speaking: true}
}

// innerNamesOver returns the names of the inner view in the paragraphs
// over [lo, hi), in order: every name starting there (a paragraph's
// names lie inside it), read paragraph by paragraph as first asked.
func (r *reader) innerNamesOver(lo, hi int) []name {
	if r.innerNames == nil {
		r.innerNames = map[int][]name{}
	}
	var out []name
	for k, p := range r.paras {
		if p.end <= lo || p.start >= hi {
			continue
		}
		ns, ok := r.innerNames[k]
		if !ok {
			nv := r.viewNamer(r.innerView)
			ns = nv.find(p.start, p.end)
			r.innerNames[k] = ns
		}
		out = append(out, ns...)
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
	if n.kind == nameSingle && utf8.RuneCountInString(n.text) > 1 && isAcronym(n.text) {
		// "at the TV", "GOP": a word in capitals alone is no one's name
		return r.lx.organisation(n.text, timeline.Organisation, n.country)
	}
	return r.lx.person(n.text, n.country)
}

// actorFor returns the actor a new name names. A lone surname is the
// person named in full earlier in the article ("Ilic" after "Foreign
// Minister Petar Ilic").
func (r *reader) actorFor(view string, n name) string {
	if full, ok := r.fullName(view, n); ok {
		if id, ok := r.lx.byKey(full.text); ok {
			r.lx.spelled(id, full.text)
			return r.noted(n, id)
		}
		return r.noted(n, r.newActor(full))
	}
	if id, ok := r.lx.byKey(n.text); ok {
		r.lx.spelled(id, n.text)
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
		// what the article says of genders and surnames is read again
		// with the name counted (reader_gender.go)
		r.genders, r.surnameOwners = nil, nil
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

// recentPerson is who "he" or "she" at refers to: the nearest person
// named before it in its paragraph whom the article does not say is of
// the other gender than g (see genderOf); else the person the last
// sentence of the paragraph before is about (the first it names); else
// the last person who spoke; else, when the article says that one is of
// the other gender, the nearest agreeing person named in reach. Nobody
// when none agrees: "she said" is never a man's.
func (r *reader) recentPerson(view string, at int, g gender) (string, bool) {
	ps := r.people(view, max(r.paraStart, lookBack(at)), at)
	for i := len(ps) - 1; i >= 0; i-- {
		if r.agrees(view, ps[i], g) {
			return r.idOf(view, ps[i]), true
		}
	}
	if p := paragraphAt(r.paras, r.paraStart, r.paraStart+1); p > 0 {
		prev := r.paras[p-1]
		if r.lastPara < p-1 || r.lastPara == p-1 && r.lastPerson == "" {
			ss, _ := sentence(r.mask, prev.start, prev.end, lastWord(r.mask, prev.start, prev.end))
			// not an owner: "Regarding Trump’s remarks, Woods said …"
			ps := slices.DeleteFunc(r.people(view, ss, prev.end), func(n name) bool { return possessed(r.text, n.end) })
			if len(ps) > 0 && r.agrees(view, ps[0], g) {
				return r.idOf(view, ps[0]), true
			}
		}
	}
	if r.lastPerson == "" || r.personAgrees(r.lastPerson, g) {
		return r.lastPerson, r.lastPerson != ""
	}
	ps = r.people(view, lookBack(at), at)
	for i := len(ps) - 1; i >= 0; i-- {
		if r.agrees(view, ps[i], g) {
			return r.idOf(view, ps[i]), true
		}
	}
	return "", false
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
	if id, ok := r.attachedTitle(view, title, at); ok {
		return id, true
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
	if id, ok := r.aboutBefore(at); ok {
		return id, true
	}
	return r.lastPerson, r.lastPerson != ""
}

// heldBy finds whom "the Vermont senator" at refers back to, more
// strictly than byTitle: the nearest earlier person the title is attached
// to ("Vermont Sen. Ada Lorn", "Ada Lorn, the Vermont senator,"), else
// whom the sentence before is about; never merely the last who spoke.
func (r *reader) heldBy(view, title string, at int) (string, bool) {
	if id, ok := r.attachedTitle(view, title, at); ok {
		return id, true
	}
	return r.aboutBefore(at)
}

// attachedTitle is the nearest person before at named with the title
// attached: "Vermont Sen. Ada Lorn", "Ada Lorn, the Vermont senator,".
func (r *reader) attachedTitle(view, title string, at int) (string, bool) {
	words := append([]string{title}, synonyms[title]...)
	ps := r.people(view, lookBack(at), at)
	for i := len(ps) - 1; i >= 0; i-- {
		before := titlesBefore(view[max(0, ps[i].start-40):ps[i].start])
		after := strings.ToLower(view[ps[i].end:min(len(view), ps[i].end+45)])
		if !strings.HasPrefix(after, ", ") {
			after = ""
		} else if j := strings.IndexAny(after[2:], ",.;()"); j >= 0 {
			after = after[:2+j]
		}
		if slices.ContainsFunc(words, func(w string) bool { return wordIn(before, w) || wordIn(after, w) }) {
			return r.idOf(view, ps[i]), true
		}
	}
	return "", false
}

// aboutBefore is whom the sentence before at is about: "Harry Reid
// blasted Rubio …. “…,” the Senate minority leader said".
func (r *reader) aboutBefore(at int) (string, bool) {
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
	return "", false
}

// titlesBefore is the run of words that ends s and may be titles before a
// name, lower-cased: capitalised words and titles' nouns ("Florida Sen.",
// "Senate minority leader"), not "Gov. Ada Lorn accused" before another
// name.
func titlesBefore(s string) string {
	ws := strings.Fields(s)
	i := len(ws)
	for i > 0 {
		w := ws[i-1]
		if !startsUpper(w) && !slices.Contains(titleNouns, strings.ToLower(w)) || strings.ContainsAny(w, ",;:”\"") {
			break
		}
		i--
	}
	return strings.ToLower(strings.Join(ws[i:], " "))
}
