package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// lexicon is every name an actor goes by, known or found. Aliases are
// indexed by their first word, so finding them in a text costs a look-up
// per word of the text, however many actors a large corpus has made.
type lexicon struct {
	actors  []timeline.Actor // the dataset's, then the ones found
	byID    map[string]int
	byText  map[string]string  // alias -> the actor it names (the first to claim it)
	byFirst map[string][]alias // first word -> the aliases opening with it, longest first
	odd     []alias            // aliases opening with no letter or digit, read by scanning
	known   int                // actors before extraction began
	// keys holds every name and alias by nameKey, states each state by
	// its country: how a name found in an article is joined to its actor.
	keys, states map[string]string
	// unknownID is the actor credited with quotations nobody within reach
	// is said to have said, once one is.
	unknownID string
}

type alias struct {
	text string
	id   string
}

func newLexicon(actors []timeline.Actor) *lexicon {
	lx := &lexicon{byID: map[string]int{}, byText: map[string]string{}, byFirst: map[string][]alias{}, known: len(actors)}
	for _, a := range actors {
		lx.add(a)
	}
	return lx
}

func (lx *lexicon) add(a timeline.Actor) {
	lx.byID[a.ID] = len(lx.actors)
	lx.actors = append(lx.actors, a)
	for _, t := range append([]string{a.Name}, a.Aliases...) {
		lx.addAlias(t, a.ID)
	}
	lx.keyed(a)
}

// addAlias lets t name the actor id, unless another actor has it.
func (lx *lexicon) addAlias(t, id string) {
	if _, taken := lx.byText[t]; t == "" || taken {
		return
	}
	lx.byText[t] = id
	al := alias{t, id}
	first := firstWord(t)
	if first == "" {
		lx.odd = insertLongestFirst(lx.odd, al)
		return
	}
	lx.byFirst[first] = insertLongestFirst(lx.byFirst[first], al)
}

// insertLongestFirst inserts al after every alias at least as long.
func insertLongestFirst(as []alias, al alias) []alias {
	i := len(as)
	for i > 0 && len(as[i-1].text) < len(al.text) {
		i--
	}
	return slices.Insert(as, i, al)
}

// firstWord is the run of letters and digits s opens with, "" if none.
func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (lx *lexicon) actor(id string) *timeline.Actor { return &lx.actors[lx.byID[id]] }

func (lx *lexicon) isPerson(id string) bool { return lx.actor(id).Kind == timeline.Person }

// match is an alias found in a text.
type match struct {
	start, end int
	id         string
}

// find returns the aliases found as whole words in text[lo:hi], longest
// first and never one inside another, in order of position.
func (lx *lexicon) find(text string, lo, hi int) []match {
	if len(lx.byText) <= fewAliases {
		return lx.search(text, lo, hi)
	}
	return lx.scan(text, lo, hi)
}

// scan is find looking up each word of the text.
func (lx *lexicon) scan(text string, lo, hi int) []match {
	var cands []match
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		if i == lo && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(r) {
				i = j // the region opens inside a word
				continue
			}
		}
		for _, al := range lx.byFirst[text[i:j]] {
			if e := i + len(al.text); e <= hi && text[i:e] == al.text && wordEdges(text, i, e) {
				cands = append(cands, match{i, e, al.id})
			}
		}
		i = j
	}
	return claim(lx.oddMatches(cands, text, lo, hi))
}

// fewAliases is the most aliases a lexicon searches for one by one
// (search) rather than by looking up each word of the text: the outlets'
// names, the curated actors of a corpus that has none.
const fewAliases = 8

// search is find for a lexicon of a few aliases: each alias opening with
// a letter or digit is searched for in the text, and every occurrence
// with word edges is a candidate, as each word of the text is where
// find looks them up: an occurrence with word edges opens at a word's
// start (an alias cannot start inside a word, so a region opening inside
// one is skipped as find skips it), and the alias's first word, followed
// by what follows it in the alias, is that word. Occurrences may overlap,
// as find's may. The candidates' order does not matter: claim orders
// them, and two at one place of one length are one alias.
func (lx *lexicon) search(text string, lo, hi int) []match {
	var cands []match
	region := text[lo:hi]
	for _, as := range lx.byFirst {
		for _, al := range as {
			for off := 0; ; {
				k := strings.Index(region[off:], al.text)
				if k < 0 {
					break
				}
				s, e := lo+off+k, lo+off+k+len(al.text)
				off += k + 1
				if wordEdges(text, s, e) {
					cands = append(cands, match{s, e, al.id})
				}
			}
		}
	}
	return claim(lx.oddMatches(cands, text, lo, hi))
}

// oddMatches adds to cands the occurrences of the aliases opening with no
// letter or digit, which no word of the text opens.
func (lx *lexicon) oddMatches(cands []match, text string, lo, hi int) []match {
	for _, al := range lx.odd {
		region := text[lo:hi]
		for off := 0; ; {
			k := strings.Index(region[off:], al.text)
			if k < 0 {
				break
			}
			s, e := lo+off+k, lo+off+k+len(al.text)
			off += k + len(al.text)
			if wordEdges(text, s, e) {
				cands = append(cands, match{s, e, al.id})
			}
		}
	}
	return cands
}

// claim keeps, of overlapping matches, the longest (the first of equals),
// and returns them in order of position.
func claim(cands []match) []match {
	if len(cands) < 2 {
		return cands
	}
	slices.SortStableFunc(cands, func(a, b match) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	out := cands[:0:0]
	for _, c := range cands {
		i, _ := slices.BinarySearchFunc(out, c.start, func(m match, start int) int { return m.start - start })
		if i > 0 && out[i-1].end > c.start || i < len(out) && out[i].start < c.end {
			continue
		}
		out = slices.Insert(out, i, c)
	}
	return out
}

// AliasMatches returns the whole-word occurrences of the aliases in text,
// longest first and never a shorter alias inside a longer match, in order
// of position.
func AliasMatches(text string, aliases []string) [][2]int {
	lx := newLexicon(nil)
	for _, a := range aliases {
		lx.addAlias(a, "")
	}
	var out [][2]int
	for _, m := range lx.find(text, 0, len(text)) {
		out = append(out, [2]int{m.start, m.end})
	}
	return out
}

func wordEdges(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (start == 0 || !isWord(before)) && (end == len(s) || !isWord(after))
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '’' || r == '\'':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if out == "" {
		return "actor"
	}
	return out
}

// named reports whether some actor goes by t.
func (lx *lexicon) named(t string) bool {
	_, ok := lx.byText[t]
	return ok
}

// unknown returns the actor that stands for a speaker the text does not
// name, adding it on first use. It is never found in a text, and its
// quotations are never grouped with others (package doc).
func (lx *lexicon) unknown() string {
	if lx.unknownID == "" {
		lx.unknownID = lx.freshID("unknown-speaker")
		lx.byID[lx.unknownID] = len(lx.actors)
		lx.actors = append(lx.actors, timeline.Actor{ID: lx.unknownID, Name: "Unknown speaker", Kind: timeline.Person, Extracted: true})
	}
	return lx.unknownID
}
