package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// personLinkers stand inside a person's name: "Charles de Gaulle".
var personLinkers = set(`de del della di da van von der den la le du bin al el`)

// titleSurnames are titles that are also surnames, read as a surname
// after a first name: "Steve King", "Theresa May" aside.
var titleSurnames = set(`king bishop major judge cardinal lord prince queen pope dean farmer miner constable`)

var reInitial = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:\p{Lu}\.){1,3}$`) })

// isTitle reports whether t is a title's word, or a title in parts
// ("Secretary-General", "Vice-President").
func isTitle(t tok) bool {
	if personTitles[t.low] {
		return true
	}
	if !strings.Contains(t.low, "-") {
		return false
	}
	parts := strings.Split(t.low, "-")
	for _, p := range parts {
		if !personTitles[p] {
			return false
		}
	}
	return len(parts) > 1
}

// nameWord reports whether t may be a word of a person's name.
func (nm *namer) nameWord(t tok) bool {
	if !t.capital || isTitle(t) || commonWords[t.low] || isMonthOrDay(t.low) || isAcronym(t.text) || faiths[t.low] || contraction(t.low) {
		return false
	}
	if _, ok := orgHeads[t.low]; ok {
		return false
	}
	_, country := countryOf(t.text)
	return !country
}

// faiths name believers, never a person: "Salafist Muslim", "Rohingya
// Muslims".
var faiths = set(`muslim muslims christians jews catholics protestants evangelicals sunni sunnis shia shiite
	shiites hindu hindus buddhist buddhists`)

// contraction reports whether w is a pronoun or verb run into another
// ("i’ve", "we’re", "don’t"): never a name, unlike "o’malley".
func contraction(w string) bool {
	i := strings.IndexAny(w, "’'")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	switch w[i+size:] {
	case "ve", "m", "re", "ll", "d", "t":
		return true
	}
	return false
}

// countryWord reports whether t is a country's name or adjective: a
// surname after a first name ("Mark Cuban", "Jim Jordan").
func countryWord(t tok) bool {
	h, ok := countryOf(t.text)
	return ok && h.kind != countryCapital && t.capital
}

// titleish reports whether t may be a word of the titles before a name.
func titleish(t tok) bool {
	if _, ok := orgHeads[t.low]; ok || isTitle(t) || t.low == "the" || linkers[t.low] {
		return true
	}
	_, ok := countryOf(t.text)
	return ok
}

// person finds a person's name at the end of ts: two to four words of a
// name (with initials inside and a suffix after), or one just after a
// title ("Sen. Cruz"). The titles before it ("Israeli Prime Minister",
// "Secretary of State") are its role, and may give its country. rest is
// what stands before the name when that is not a title, to be read apart
// ("Lindsey Graham and" before "Ted Cruz").
func (nm *namer) person(ts []tok) (f found, rest []tok, ok bool) {
	e := len(ts)
	if ts[e-1].plural {
		return found{}, nil, false // "Ferry Workers’": an owner in the plural is no person
	}
	if e > 1 && nameSuffixes[ts[e-1].low] {
		e--
	}
	b, words := e, 0
	for b > 0 && words < 4 {
		t := ts[b-1]
		switch {
		case b == e && (nm.nameWord(t) || b >= 2 && nm.nameWord(ts[b-2]) && (titleSurnames[t.low] || commonWords[t.low] && t.capital && !t.sentence && !strings.HasSuffix(t.low, "s") || countryWord(t) || capitalWord(t))):
			words++
		case b < e && (nm.nameWord(t) || nm.modalName(ts, b-1)):
			words++
		case b < e && b > 1 && (reInitial().MatchString(t.text) || personLinkers[t.low]),
			b < e && b == 1 && words > 0 && reInitial().MatchString(t.text) && !countryWord(t) && !stateInitials[t.low] && nm.nameWord(ts[b]):
			// (initials opening the name: "J.J. MacNab", "E. Jean Carroll")
		default:
			goto done
		}
		b--
	}
done:
	for b < e && !nm.nameWord(ts[b]) && !nm.modalName(ts, b) && !(reInitial().MatchString(ts[b].text) && b+1 < e && nm.nameWord(ts[e-1])) {
		b++ // a name opens with a word of it or initials ("G.K. Butterfield"), not a linker
	}
	name, prefix := ts[b:], ts[:b]
	words = 0
	for i, t := range name[:e-b] {
		if nm.nameWord(t) || nm.modalName(ts, b+i) || titleSurnames[t.low] || commonWords[t.low] || i == 0 && reInitial().MatchString(t.text) || i == e-b-1 && i > 0 && (countryWord(t) || capitalWord(t)) {
			words++
		}
	}
	if k := len(prefix); k > 0 && prefix[k-1].low == "new" && prefix[k-1].capital {
		return found{}, nil, false // "New York Fed": the rest of a place's name
	}
	if k := len(prefix); k >= 2 && (prefix[k-1].low == "for" || prefix[k-1].low == "of") {
		if _, ok := orgHeads[prefix[k-2].low]; ok {
			// "Center for Disaster Preparedness": the rest of a name
			return found{}, nil, false
		}
	}
	titled := len(prefix) > 0 && singleTitles[prefix[len(prefix)-1].low]
	if words == 0 || words == 1 && !titled || notNameStarts[name[0].low] {
		return found{}, nil, false
	}
	if words >= 2 && nm.allCommon(name[:e-b]) {
		return found{}, nil, false // "Black Lives Matter"
	}
	f = found{kind: namePerson, titled: titled}
	f.start, f.end, f.text = nm.span(name)
	if k := lastAnd(prefix); k > 0 {
		// "Knesset Speaker Mickey Levy and Finance Minister": a name
		// before the "and" is read apart
		if p, _, ok := nm.person(prefix[:k]); ok && p.kind == namePerson && p.end == prefix[k-1].end {
			rest, prefix = prefix[:k+1], prefix[k+1:]
		} else if nm.surnames[prefix[k-1].low] {
			// "Kasich and Kentucky Sen.": a surname the article gives
			// someone else ends a name of its own (user28p)
			rest, prefix = prefix[:k+1], prefix[k+1:]
		}
	}
	// a role ends in a title's word, never in "and": "… Ninth Circuit and"
	// is a name of its own before the person's
	if len(prefix) > 0 && titleish(prefix[len(prefix)-1]) && prefix[len(prefix)-1].low != "and" && hasTitle(prefix) {
		f.role = [2]int{prefix[0].start, prefix[len(prefix)-1].end}
		words := make([]string, len(prefix))
		for i, t := range prefix {
			words[i] = t.text
		}
		f.country = countryIn(words)
	} else {
		rest = append(rest, prefix...)
	}
	if words == 1 {
		f.kind = nameSingle
	}
	return f, rest, true
}

// stateInitials are the initials of places written before a name's
// words in datelines and lists: "Trenton, N.J. Roger Ailes …".
var stateInitials = set(`n.j n.h n.y d.c n.c s.c n.d s.d n.m r.i l.a u.k u.n e.u`)

// hasTitle reports whether ts hold a title's word or a country's:
// "Paul Sperry of" before "Counter Jihad" is no title.
func hasTitle(ts []tok) bool {
	for _, t := range ts {
		if isTitle(t) {
			return true
		}
		if _, ok := countryOf(t.text); ok {
			return true
		}
	}
	return false
}

func lastAnd(ts []tok) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].low == "and" {
			return i
		}
	}
	return -1
}

// allCommon reports whether every word of ts is one the article writes in
// lower case: more likely a slogan or a title than a name.
func (nm *namer) allCommon(ts []tok) bool {
	for _, t := range ts {
		if !nm.lower[t.low] && !commonWords[t.low] {
			return false
		}
	}
	return true
}

// capitalWord reports whether t is a capital city's name: a surname after
// a first name ("Gavin Hamilton").
func capitalWord(t tok) bool {
	h, ok := countryOf(t.text)
	return ok && h.kind == countryCapital && t.capital
}

// modalName reports whether ts[i] is "Will" as a first name: capitalised
// where a modal would not be (mid-sentence, after a title, or right after
// a closing quotation mark: "“…” Will Estrada said"), before a name word.
// "Will Trump win?" opens a sentence and stays a question.
//
// So is "German" (Germán), capitalised mid-sentence before the last word
// of a name, after no article nor preposition: "said German Ortega, one
// of the stars", not "the German Bundestag" nor "in German Silesia".
func (nm *namer) modalName(ts []tok, i int) bool {
	t := ts[i]
	if t.low != "will" && t.low != "german" || !t.capital || i+1 >= len(ts) || !nm.nameWord(ts[i+1]) {
		return false
	}
	before := strings.TrimRight(nm.text[:t.start], " ")
	if t.low == "german" {
		ws := strings.Fields(before)
		prev := ""
		if len(ws) > 0 {
			prev = strings.ToLower(ws[len(ws)-1])
		}
		return !t.sentence && i == 0 && i+2 == len(ts) && !determiners[prev] && !prepositions[prev]
	}
	return !t.sentence || i > 0 && isTitle(ts[i-1]) || strings.HasSuffix(before, "”") || strings.HasSuffix(before, "\"")
}
