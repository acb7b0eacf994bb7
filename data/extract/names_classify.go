package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// nameKind is what a name found in an article names.
type nameKind uint8

const (
	namePerson nameKind = iota + 1
	nameOrg
	nameState  // a country
	nameSingle // one word, whose article must say whom it names: a surname, a known name
)

// found is a name found in an article, with the titles before it cut off.
type found struct {
	start, end int
	text       string
	kind       nameKind
	org        timeline.ActorKind // the kind of organisation, for nameOrg
	country    string             // the ISO code its own words or titles give ("Israeli Prime Minister")
	role       [2]int             // the titles before it, for a person; zero if none
	titled     bool               // a person's title stands just before it ("Mr. Nelson")
	adjective  bool               // a single word that is also a country's adjective ("Cuban")
}

// namer reads the names of one article. lower holds every word the
// article writes in lower case, and inside every run of capitalised words
// it writes inside a sentence, not at its start: evidence for telling a
// sentence's first word from a name ("See Trump" is not a name; "Bill
// Clinton" is, if the article writes it mid-sentence).
type namer struct {
	text   string
	lower  map[string]bool
	inside map[string]bool
	// capital holds every word the article capitalises inside a sentence:
	// a name's word, which a sentence's first word is not ("Besides").
	capital map[string]bool
	// speaking says the words are what a quotation is credited to, so
	// that a lone word heading organisations' names names one ("Police
	// said") and a few capitalised words are not a headline.
	speaking bool
	// paras holds each paragraph's words, read once, by the paragraph's
	// start.
	paras map[int][]tok
	// surnames are the last words of the people the article names in
	// full: "King" after "Billie Jean King", "Washington" after "Kerry
	// Washington".
	surnames map[string]bool
	// named holds every word the article writes as a name is written
	// ("Schultz"), outside a sentence's first word: a word a headline
	// writes in capitals is a name's only then (see folded).
	named map[string]bool
	// acronyms holds every word the article writes in capitals outside
	// a run of such words ("the DNC's chair"), not opening a sentence.
	acronyms map[string]bool
}

// newNamer reads the words of text's paragraphs once, for the evidence
// and for find.
func newNamer(text string, paras []paragraph) *namer {
	nm := &namer{text: text, lower: map[string]bool{}, inside: map[string]bool{}, capital: map[string]bool{}, named: map[string]bool{}, acronyms: map[string]bool{}, paras: make(map[int][]tok, len(paras))}
	for _, p := range paras {
		ts := tokens(text, p.start, p.end)
		nm.paras[p.start] = ts
		for _, t := range ts {
			if r, _ := utf8.DecodeRuneInString(t.text); unicode.IsLower(r) {
				nm.lower[t.low] = true
			} else if t.capital && !t.sentence {
				nm.capital[t.low] = true
				if nameCased(t) {
					nm.named[t.low] = true
				}
			}
		}
	}
	for _, p := range paras {
		ts := nm.paras[p.start]
		for i, t := range ts {
			if t.capital && !t.sentence && shouted(t) && !shoutedRun(ts, i) && !nm.endsShouting(ts, i) {
				nm.acronyms[t.low] = true
			}
		}
		for _, r := range runs(ts) {
			if !r.toks[0].sentence {
				nm.inside[lows(r.toks)] = true
			}
		}
	}
	nm.surnames = map[string]bool{}
	// in the paragraphs' order: person reads the surnames found so far
	// ("Kasich and Kentucky Sen."), so another order may find others
	for _, p := range paras {
		for _, r := range runs(nm.folded(nm.paras[p.start])) {
			if len(r.toks) < 2 {
				continue
			}
			if f, rest, ok := nm.person(r.toks); ok && f.kind == namePerson && len(rest) == 0 && f.end == r.toks[len(r.toks)-1].end {
				nm.surnames[r.toks[len(r.toks)-1].low] = true
			}
		}
	}
	return nm
}

// find returns the names in text[lo:hi], in order. A line in title case
// (a headline) holds none: its capitals say nothing.
func (nm *namer) find(lo, hi int) []found {
	ts, ok := nm.paras[lo]
	if !ok || len(ts) > 0 && ts[len(ts)-1].end > hi {
		ts = tokens(nm.text, lo, hi)
	}
	if !nm.speaking && titleCase(ts) {
		return nil
	}
	ts = nm.folded(ts) // issue 28: "WASSERMAN SCHULTZ RESIGNS After" names no one "Resigns After"
	var out []found
	rs := runs(ts)
	var next []found // the next run's names, when read early
	for i, r := range rs {
		fs := next
		if r.possessor == nil {
			fs = nm.classify(r)
		}
		next = nil
		if i+1 < len(rs) && rs[i+1].possessor != nil {
			// the owner is part of the next name: "Rail Workers’ Union"
			next = nm.classify(rs[i+1])
			if len(next) > 0 && next[0].kind == nameOrg && next[0].start < r.toks[len(r.toks)-1].end {
				fs = slicesDeleteWithin(fs, next[0].start, next[0].end)
			}
		}
		out = append(out, fs...)
	}
	return dropCredits(nm.text, out) // user28p: see user_credits.go
}

// slicesDeleteWithin drops the names inside [start, end) that are not
// states: a country that owns an organisation ("Iran’s Ministry of
// Foreign Affairs") is named too.
func slicesDeleteWithin(fs []found, start, end int) []found {
	var out []found
	for _, f := range fs {
		if f.kind == nameState || f.start < start || f.end > end {
			out = append(out, f)
		}
	}
	return out
}

// titleCase reports whether a line reads as a headline: four to twenty
// words that are not short function words, nearly all capitalised, and
// not a list of names set off by commas.
func titleCase(ts []tok) bool {
	n, caps, commas := 0, 0, 0
	for i, t := range ts {
		if i > 0 && !t.joined {
			commas++ // punctuation between two words: a list rather than a headline
		}
		if linkers[t.low] || t.low == "the" || t.low == "a" || t.low == "an" || t.low == "to" || t.low == "in" || t.low == "at" || t.low == "is" {
			continue
		}
		n++
		if t.capital {
			caps++
		}
	}
	return n >= 4 && n <= 20 && caps*10 >= n*9 && commas <= 2
}

// span is the text of toks, as written.
func (nm *namer) span(ts []tok) (int, int, string) {
	s, e := ts[0].start, ts[len(ts)-1].end
	return s, e, nm.text[s:e]
}

func lows(ts []tok) string {
	if len(ts) == 1 {
		return ts[0].low
	}
	var b strings.Builder
	n := len(ts)
	for _, t := range ts {
		n += len(t.low)
	}
	b.Grow(n)
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.low)
	}
	return b.String()
}

// classify reads one run: a country, an organisation, a person with the
// titles before the name, a lone word for the article to place, or
// nothing (a place, a law, an event, a sentence's first word).
func (nm *namer) classify(r run) []found {
	ts := r.toks
	// A sentence's first words, and "The", are not part of a name.
	for len(ts) > 0 && (ts[0].low == "the" || ts[0].sentence && commonWords[ts[0].low] && !nm.modalName(ts, 0) && !opensPlace(ts)) {
		ts = ts[1:] // what follows is capitalised for itself
	}
	for len(ts) > 0 && !ts[len(ts)-1].capital {
		ts = ts[:len(ts)-1] // a linker left at the end
	}
	for len(ts) > 0 && !ts[0].capital {
		ts = ts[1:] // one left at the start: "Asked on Fox News"
	}
	if len(ts) == 0 {
		return nil
	}
	if len(ts) == 1 && nm.speaking && nm.surnames[ts[0].low] && !ts[0].poss {
		// a word credited with a quotation that is the surname of someone
		// the article names in full is them, though it be a title or a
		// place too: "King says", "Washington, star of …, thanked"
		s, e, text := nm.span(ts)
		return []found{{start: s, end: e, text: text, kind: nameSingle}}
	}
	if len(ts) == 1 && ts[0].sentence && (nm.lower[ts[0].low] || speechWords[ts[0].low]) {
		// "Democrats", "Critics": a common word opening a sentence;
		// "Responding to …, X wrote": a verb
		return nil
	}
	if len(ts) > 1 && ts[0].sentence && nm.opener(ts[0]) && !nm.inside[lows(ts)] && !personTitles[ts[0].low] && !opensPlace(ts) {
		// "See Trump", "Besides Clinton", "Asserting Clinton": a
		// sentence's first word, unless the article names the whole
		// elsewhere ("Bill Clinton")
		ts = ts[1:]
	}
	if f, ok := nm.governed(ts); ok {
		return []found{f}
	}
	whole := lows(ts)
	if k, ok := knownGroups[whole]; ok {
		s, e, text := nm.span(ts)
		return []found{{start: s, end: e, text: text, kind: nameOrg, org: k}}
	}
	if nm.allTitles(ts) {
		return nil // "Secretary of State" with no name after it
	}
	if h, ok := countryOf(nm.textOf(ts)); ok {
		if h.kind == countryDemonym && len(ts) == 1 && !ts[0].sentence {
			// an adjective, or the surname of a person the article names
			// ("Mark Cuban ... Cuban said")
			s, e, text := nm.span(ts)
			return []found{{start: s, end: e, text: text, kind: nameSingle, adjective: true}}
		}
		if h.kind != countryName {
			return nil // an adjective, a people or a capital
		}
		s, e, text := nm.span(ts)
		return []found{{start: s, end: e, text: text, kind: nameState, country: h.code}}
	}
	if places[whole] || placeNames[strings.ReplaceAll(whole, " ", "_")] || nm.stateAfter(ts[len(ts)-1].end) && innerLinker(ts) <= 0 {
		return nil // a place: "Palo Alto, Calif."
	}
	if len(ts) == 2 && featureOpeners[ts[0].low] && !ts[1].poss {
		return nil // a river, a lake, a mountain: "the River Wendle", "Lake Brede" (rec28v)
	}
	if f, ok := nm.org(r, ts); ok {
		// "People’s Mujahedin of Iran Maryam Rajavi": an organisation
		// named by its "of", then a person
		if p, rest, ok := nm.person(ts); ok && p.kind == namePerson && len(rest) == 0 && ts[len(ts)-1].end == p.end && !orgHeadAt(ts, len(ts)-1) {
			k := 0
			for k < len(ts) && ts[k].start < p.start {
				k++
			}
			if o, ok := nm.org(r, ts[:k]); ok {
				return []found{o, p}
			}
		}
		return []found{f}
	}
	if i := innerLinker(ts); i > 0 {
		// "Secretary of State John Kerry" is a person with a title; else
		// a linker joins two names: "Ambassador Viktor Dren on Friday",
		// "Hillary Clinton of New York", "Trump and Clinton"
		// (not "Chairman G.K. Butterfield of North Carolina": a place
		// after the linker is no one's name)
		if f, rest, ok := nm.person(ts); ok && f.role[1] > ts[i].start && len(rest) == 0 && !isPlace(lows(ts[i+1:])) {
			return []found{f}
		}
		return append(nm.classify(run{toks: ts[:i]}), nm.classify(run{toks: ts[i+1:]})...)
	}
	last := ts[len(ts)-1].low
	if len(ts) > 1 && nameSuffixes[last] {
		last = ts[len(ts)-2].low // "World War II"
	}
	// a lone word a speaker is named by may be a thing's word too: "Law said"
	lone := len(ts) == 1 && nm.speaking && !ts[0].sentence
	// "said Steven Law": a first name and a thing's word, credited with
	// a quotation, are a person's name
	named := nm.speaking && len(ts) == 2 && !ts[0].sentence && nm.nameWord(ts[0]) && !nm.lower[ts[0].low] && !placeHeads[last]
	if placeHeads[last] || thingHeads[last] && !lone && !named || len(ts) == 2 && directions[ts[0].low] || isMonthOrDay(last) {
		return nil
	}
	if n := len(ts); n > 1 && nm.notNameMay(ts[n-1]) {
		// "Born May 24, 1917, to …", "Trump May Not Have Suggested …"
		// (a headline): the month or the modal is no one's surname
		return nm.classify(run{toks: ts[:n-1]})
	}
	if f, rest, ok := nm.person(ts); ok {
		out := []found{}
		if len(rest) > 0 {
			out = nm.classify(run{toks: rest})
		}
		return append(out, f)
	}
	if _, month := dateMonths[ts[0].low]; len(ts) == 1 && month && (strings.HasSuffix(ts[0].text, ".") || !monthNames[ts[0].low] && strings.HasPrefix(nm.text[ts[0].end:], ".")) {
		return nil // "Nov.", "the Nov. 8 election"; "said March." may be a name
	}
	if len(ts) == 1 && (!commonWords[ts[0].low] || nm.speaking && !ts[0].sentence) && !personTitles[ts[0].low] && !nm.dateline(ts[0]) && utf8.RuneCountInString(strings.TrimSuffix(ts[0].text, ".")) > 1 {
		s, e, text := nm.span(ts)
		return []found{{start: s, end: e, text: text, kind: nameSingle}}
	}
	return nil
}

// opensPlace reports whether ts open with a place of several words
// ("New Jersey", "North Carolina"), whose first word is common alone.
func opensPlace(ts []tok) bool {
	for j := min(len(ts), 4); j > 1; j-- {
		if placeNames[strings.ReplaceAll(lows(ts[:j]), " ", "_")] {
			return true
		}
	}
	return false
}

// openers are closed-class words that open a sentence before a name
// without being part of it: "Besides Clinton", "Whereas Clinton".
var openers = set(`besides whereas although though while unless until whilst amid amidst among despite except
	beyond unlike like very quite rather so too enter meet behold see alongside across against toward towards throughout
	whatever whoever whichever whenever wherever however given considering regarding concerning notwithstanding`)

// opener reports whether t, a sentence's first word, is a common word
// rather than a name's: one the article writes in lower case, a closed-class
// word, or a word of six letters or more ending in -ing that the article
// never capitalises inside a sentence ("Debating"; "Sterling" is a name
// when written mid-sentence). -ly is no sign: "Waverly", "Beverly".
func (nm *namer) opener(t tok) bool {
	if nm.lower[t.low] || openers[t.low] {
		return true
	}
	long := utf8.RuneCountInString(t.low) >= 6
	return long && strings.HasSuffix(t.low, "ing") && !nm.capital[t.low]
}

// innerLinker returns the index of the first linker inside ts that is not
// one inside a person's name ("de", "van"), or -1.
func innerLinker(ts []tok) int {
	for i, t := range ts {
		if i > 0 && i < len(ts)-1 && !t.capital && linkers[t.low] && !personLinkers[t.low] {
			return i
		}
	}
	return -1
}

// textOf is toks' words joined by single spaces, as written.
func (nm *namer) textOf(ts []tok) string {
	if len(ts) == 0 {
		return ""
	}
	spaced := true // one space between each two words: the text as it is
	for i := 1; i < len(ts) && spaced; i++ {
		spaced = ts[i].start == ts[i-1].end+1 && nm.text[ts[i-1].end] == ' '
	}
	if spaced {
		return nm.text[ts[0].start:ts[len(ts)-1].end]
	}
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// notNameMay reports whether t, "May" or "March" ending a run of
// capitalised words, is the month before a day ("May 24") or, for May, a
// modal before a verb in a headline's capitals ("May Not Have", "May Be
// Aligning"), not a surname ("Theresa May").
func (nm *namer) notNameMay(t tok) bool {
	if (t.low != "may" && t.low != "march") || t.poss {
		return false
	}
	after := strings.TrimLeft(nm.text[t.end:], " ")
	if after != "" && after[0] >= '0' && after[0] <= '9' {
		return true
	}
	next, _, _ := strings.Cut(after, " ")
	return t.low == "may" && mayVerbs[strings.ToLower(strings.Trim(next, ",.;:"))]
}

// mayVerbs follow "May" as a modal: "may be", "may not", "may have".
var mayVerbs = set(`be not have also never soon well still yet already get need`)

// isMonthOrDay reports whether w is the full name of a month (not May or
// March, which are names too) or of a weekday.
func isMonthOrDay(w string) bool {
	m, ok := dateMonths[w]
	_, day := dateWeekdayOf[w]
	return ok && dateMonthLower[m] == w && w != "may" && w != "march" || day
}

// allTitles reports whether every word of ts is a title's.
func (nm *namer) allTitles(ts []tok) bool {
	for _, t := range ts {
		if !personTitles[t.low] && !linkers[t.low] {
			return false
		}
	}
	return true
}

// stateAbbreviations are the abbreviations of US states news style writes
// after a town: "Palo Alto, Calif.".
var stateAbbreviations = set(`ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md.
	mass. mich. minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d.
	tenn. tex. va. vt. wash. w.va. wis. wyo.`)

// stateAfter reports whether a state's abbreviation follows end after a
// comma, so the name before it is a town's: "in Palo Alto, Calif., to".
func (nm *namer) stateAfter(end int) bool {
	rest, ok := strings.CutPrefix(nm.text[end:min(len(nm.text), end+12)], ", ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.TrimRight(w, ",;:)")
	return stateAbbreviations[strings.ToLower(w)]
}
