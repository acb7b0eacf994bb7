package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Outlets name a company or a bank in full once and then by its first
// word alone: "Marrowgate Cooperative Bank" becomes "Marrowgate",
// "Kessray Ferries" "Kessray". A capitalised word that opens the name of
// exactly one organisation, whose other words only say what kind of
// company it is ("Cooperative Bank", "Ferries", "Group"), names that
// organisation in a dated sentence, unless another capitalised word
// follows it (then it opens another name: "Marrowgate Members'
// Association"), and only once the article has named it in full, as
// news does on first reference. A name the reader found that opens with a date phrase
// ("On Monday Northwall Bank announced …" read as "Monday Northwall
// Bank") names what follows the date.

// shortNames reads what in text[s:e] may name an organisation by its
// first word, or a name the reader found opening inside a date phrase of
// dates (sorted by position): a capitalised word that no name covers,
// with no capitalised word beside it, and the words after the date.
// Which actor each names is known only once every article is read (an
// outlet may use the short form before another prints the full name),
// so they are resolved when events are built (see resolveShort); a
// match's id is then the reader's actor it replaces, or "".
func shortNames(text string, s, e int, names []match, dates []Date) []match {
	var out []match
	for _, n := range names {
		if d, ok := dateOver(dates, n.start, n.end); ok {
			rest := d.End
			for rest < n.end && text[rest] == ' ' {
				rest++
			}
			out = append(out, match{rest, n.end, n.id})
		}
	}
	for i := s; i < e; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) || i > s && isWordRune(lastRune(text[:i])) {
			i += max(size, 1)
			continue
		}
		j := i + size
		for j < e {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		covered := slices.ContainsFunc(names, func(m match) bool { return m.start <= i && i < m.end })
		switch {
		case covered || capitalisedBefore(text, s, i):
		case capitalisedNext(text, j, e):
			// a name of several words the reader did not know yet: an
			// article read later may give it ("Kessray Ferries' chief")
			start, end := i, nameRunEnd(text, j, e)
			if text[i:j] == "The" {
				start = j + 1
			}
			if strings.Contains(text[start:end], " ") {
				out = append(out, match{start, end, ""})
			}
			j = end
		case j-i >= 4:
			out = append(out, match{i, j, ""})
		}
		i = j
	}
	return out
}

// nameRunEnd is where the run of capitalised words that goes on at
// text[j:] (a space, then a capitalised word) ends, within e: at most
// maxNameRun words in all.
func nameRunEnd(text string, j, e int) int {
	for n := 1; n < maxNameRun && capitalisedNext(text, j, e); n++ {
		k := j + 1
		for k < e {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !isWordRune(r) {
				break
			}
			k += size
		}
		j = k
	}
	return j
}

// maxNameRun is the most words a name read at build time has.
const maxNameRun = 5

// resolveShort gives m the actors its short names name (see
// shortNames), now that every article's names are known, and reports
// whether m names an actor or has a group subject: a mention read only
// for a short name that names none, or whose words hold none of the
// sentence's short names, is no mention.
func (x *extractor) resolveShort(m *mention) bool {
	if m.short == nil {
		return len(m.actors) > 0 || m.group
	}
	text := m.article.Text.Verbatim()
	for _, n := range m.short {
		id, ok := "", false
		if n.id != "" || strings.Contains(text[n.start:n.end], " ") {
			id, ok = x.lx.byText[text[n.start:n.end]]
		}
		if !ok && (n.id != "" || !strings.Contains(text[n.start:n.end], " ")) {
			id, ok = x.orgByFirstWord(text, n.start, n.start+len(firstWord(text[n.start:n.end])), shortUpTo(n))
		}
		if !ok || id == n.id {
			continue
		}
		if k := slices.Index(m.actors, n.id); n.id != "" && k >= 0 {
			if slices.Contains(m.actors, id) {
				m.actors = slices.Delete(m.actors, k, k+1)
			} else {
				m.actors[k] = id
			}
			continue
		}
		if !slices.Contains(m.actors, id) {
			m.actors = append(m.actors, id)
		}
		// a name is who took part, not what happened
		for _, w := range strings.FieldsFunc(text[n.start:n.end], func(r rune) bool { return !isWordRune(r) }) {
			if st, _ := contentStem(w); st != "" {
				if k, ok := slices.BinarySearch(m.stems, st); ok {
					m.stems = slices.Delete(m.stems, k, k+1)
				}
			}
		}
	}
	m.short = nil
	return len(m.actors) > 0 || m.group
}

// shortUpTo is how far the article must have named in full the
// organisation n names by a short name: before the word, or, for a name
// read into a date, up to its end (the full name may be that one).
func shortUpTo(n match) int {
	if n.id == "" {
		return n.start
	}
	return n.end
}

// orgByFirstWord is the organisation text[i:j], one word, opens the name
// of, when it opens one organisation's name (see corporateWords), names
// nothing by itself, and text[:upto] names that organisation in full: a
// short name stands for a name the article has given ("Democracy" opens
// a sentence of an article that never named Democracy Corp).
func (x *extractor) orgByFirstWord(text string, i, j, upto int) (string, bool) {
	w := text[i:j]
	if utf8.RuneCountInString(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return "", false
	}
	if _, ok := x.lx.byText[w]; ok {
		return "", false
	}
	id := ""
	for _, al := range x.lx.byFirst[w] {
		if !corporateRest(al.text[len(w):]) || x.lx.isPerson(al.id) {
			continue
		}
		if id != "" && id != al.id {
			return "", false // two organisations open with it
		}
		id = al.id
	}
	if id == "" {
		return "", false
	}
	for _, al := range x.lx.byFirst[w] {
		if al.id == id && strings.Contains(text[:upto], al.text) {
			return id, true
		}
	}
	return "", false
}

// corporateRest reports whether rest, what follows an organisation's
// first word, is one to three words that say only what kind of
// organisation it is.
func corporateRest(rest string) bool {
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 3 || rest[0] != ' ' {
		return false
	}
	for _, w := range ws {
		if !corporateWords[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return true
}

// corporateWords say what kind of company an organisation's name calls
// it: most of those that make a name a company's (see orgHeads), and
// "minerals".
var corporateWords = set(`bank banks cooperative co-operative group holdings company co corporation corp inc ltd
	limited plc llc ferries airlines airways motors securities insurance railways shipping logistics industries
	pharmaceuticals technologies mining energy minerals petroleum foods brands media entertainment studios
	systems solutions enterprises ventures partners communications`)

// capitalisedBefore reports whether a capitalised word ends just before
// text[i:], after a space, within text[s:].
func capitalisedBefore(text string, s, i int) bool {
	if i-2 < s || text[i-1] != ' ' {
		return false
	}
	k := strings.LastIndexByte(text[s:i-1], ' ') + 1 + s
	r, _ := utf8.DecodeRuneInString(text[k:])
	return unicode.IsUpper(r)
}

// capitalisedNext reports whether a capitalised word follows text[:j]
// after a space, within text[:e].
func capitalisedNext(text string, j, e int) bool {
	if j+1 >= e || text[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1:])
	return unicode.IsUpper(r)
}

// dateOver returns the date phrase of dates (sorted by position) that
// holds the byte at start, if any.
func dateOver(dates []Date, start, end int) (Date, bool) {
	k, _ := slices.BinarySearchFunc(dates, start+1, func(d Date, at int) int { return d.Start - at })
	if k > 0 && dates[k-1].Start <= start && start < dates[k-1].End && dates[k-1].End < end {
		return dates[k-1], true
	}
	return Date{}, false
}
