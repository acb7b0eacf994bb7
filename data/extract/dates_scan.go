package extract

import (
	"cmp"
	mathbits "math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// dateScan passes to yield what every matcher finds in text, in order of
// start, then longest first, then by matcher. Each matcher's matches are
// those of m.re.FindAllStringSubmatchIndex(text, -1), but the pattern is
// tried only where a match can start: at a word start whose words can
// begin the pattern (dateMatcher.words), with the anchored form of the
// pattern on a window of the text around it. Every builder returns a
// candidate starting where its match starts, so the candidates come in
// groups by start.
func dateScan(text string, yield func(dateCand)) {
	dateTables()
	var group [len(dateMatchers)]dateCand
	var next [len(dateMatchers)]int // where each matcher's next match may start
	var tok dateWordBuf
	for s := 0; s < len(text); s++ {
		c := text[s]
		var mask uint64
		switch {
		case c < utf8.RuneSelf && dateIsAlnum(c):
			if s > 0 && dateIsWordChar(text[s-1]) {
				continue // no \b
			}
			keys, e, odd := dateWordKeys(text, s, &tok)
			switch {
			case !odd:
				mask = dateStartMask(text, keys, e, &tok)
			case dateIsDigit(c):
				mask = dateShapeMatchers
			default:
				// The run of ASCII letters is a whole word, or the start
				// of one going on in a letter that folds to an ASCII one.
				mask = dateWordMatchers[string(tok[:e-s])]
				_, size := utf8.DecodeRuneInString(text[e:])
				mask |= dateFoldMatchers[string(append(tok[:e-s], text[e:e+size]...))]
			}
		case c >= utf8.RuneSelf:
			// A non-ASCII rune is not a word character to \b, so a match
			// may start at one only after one, and only if it folds to the
			// first letter of a word (ſ to s in "ſince").
			if s == 0 || !dateIsWordChar(text[s-1]) {
				continue
			}
			_, size := utf8.DecodeRuneInString(text[s:])
			mask = dateFoldMatchers[text[s:s+size]]
		default:
			continue
		}
		if mask == 0 {
			continue
		}
		lo, hi := dateWindow(text, s)
		cands := group[:0]
		for k := range dateMatchers {
			if mask&(1<<k) == 0 || s < next[k] {
				continue
			}
			m := &dateMatchers[k]
			re := m.reAt
			if lo == s {
				re = m.reAt0
			}
			loc := re.FindStringSubmatchIndex(text[lo:hi])
			if loc == nil {
				continue
			}
			for i, v := range loc {
				if v >= 0 {
					loc[i] = v + lo
				}
			}
			loc[0] = s
			next[k] = loc[1]
			cand, ok := m.build(text, loc)
			if !ok || cand.start < 0 || cand.end > len(text) || cand.start >= cand.end {
				continue
			}
			cand.matcher = k
			cands = append(cands, cand)
		}
		slices.SortFunc(cands, func(a, b dateCand) int {
			if a.start != b.start {
				return cmp.Compare(a.start, b.start)
			}
			if a.end != b.end {
				return cmp.Compare(b.end, a.end)
			}
			return cmp.Compare(a.matcher, b.matcher)
		})
		for _, c := range cands {
			yield(c)
		}
	}
}

// dateWindow returns the stretch of text the anchored patterns read to find
// a match at s: from the byte before s (for \b) to past the end of any
// match and the rune after it. No match holds more than dateWindowBytes
// bytes besides runs of spaces, with room for the rune after it
// (TestDateWindowHoldsMatches), so the window takes in that many bytes of
// anything else.
func dateWindow(text string, s int) (lo, hi int) {
	lo = s
	if s > 0 {
		lo = s - 1
	}
	hi = s
	for n := 0; hi < len(text) && n < dateWindowBytes; {
		switch {
		case text[hi] == ' ' || text[hi] == '\t':
			hi++
		case text[hi] == 0xc2 && hi+1 < len(text) && text[hi+1] == 0xa0:
			hi += 2
		default:
			hi++
			n++
		}
	}
	return lo, hi
}

// dateWordBuf holds a word lower-cased, and room for a rune after it.
type dateWordBuf [dateMaxWord + utf8.UTFMax]byte

const (
	dateWindowBytes = 41
	dateMaxWord     = 12 // no word in dateMatcher.words is longer
)

// dateLowerBit is the bit that lower-cases an ASCII upper-case letter (0
// for any other byte).
func dateLowerBit(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return 0x20
	}
	return 0
}

// dateIsWordChar is regexp's \w: an ASCII letter, digit or underscore.
func dateIsWordChar(c byte) bool { return dateIsAlnum(c) || c == '_' }

// dateCand is a phrase a matcher found: its bytes and the phrase handed to
// timeline.Resolve.
type dateCand struct {
	start, end int
	resolve    string // the phrase handed to timeline.Resolve, when read is zero
	relative   bool
	matcher    int // index in dateMatchers
	read       dateRead
}

// A dateMatcher is one form of date phrase: a pattern, the words its
// matches can start with, and how to build a candidate from a match.
type dateMatcher struct {
	pattern string
	re      *regexp.Regexp // pattern compiled, by dateTables
	// words lists, space-separated, the lower-case words a match of re can
	// start with. A word that a match always follows with another word is
	// written with the words that can follow it, after ">" ("in>#d4": in a
	// match, "in" is followed, across spaces, by four digits). Runs of
	// digits are written by shape: "#d12" is one or two digits, bare or
	// with an ordinal suffix ("3", "21st"), "#d13" one to three digits,
	// "#d4" four digits, "#decade" a decade ("1990s") and "#decade2" one
	// in two digits ("80s"); "@month", "@monthfull", "@weekday", "@unit",
	// "@tens" and "@decades" stand for lists of words (dateKeyGroups). The words only save trying re where it cannot
	// match: a word left out here is a date missed.
	words string
	build func(text string, loc []int) (dateCand, bool)

	reAt0 *regexp.Regexp // re anchored at the start of its input
	reAt  *regexp.Regexp // re anchored after the input's first rune, which gives \b its context
}

// The words in dateMatcher.words are keys, numbered in dateKeyIDs; a set of
// keys is a bit set.
type dateKeys [4]uint64

func (ks *dateKeys) add(id int) { ks[id/64] |= 1 << (id % 64) }
func (ks dateKeys) meets(other dateKeys) bool {
	return ks[0]&other[0] != 0 || ks[1]&other[1] != 0 || ks[2]&other[2] != 0 || ks[3]&other[3] != 0
}

// dateKeyGroups are the lists of words dateMatcher.words names with "@".
var dateKeyGroups = map[string]string{
	"@month":     strings.ReplaceAll(dateMonthFull+"|"+dateMonthAbbr, "|", " "),
	"@monthfull": strings.ReplaceAll(dateMonthFull, "|", " "),
	"@weekday":   "monday tuesday wednesday thursday friday saturday sunday",
	"@unit":      "day days week weeks month months year years",
	"@tens":      strings.ReplaceAll(dateTens, "|", " "),
	"@decades":   strings.ReplaceAll(dateDecades, "|", " "),
}

// dateNeed says that matcher k, starting with some word, can match only if
// the next word is one of allowed.
type dateNeed struct {
	k       int
	allowed dateKeys
}

// The tables built from dateMatcher.words: the id of each word and digit
// shape, and for each id, the matchers it can start whatever follows
// (dateWhole) and those it can start only before certain words (dateNeeds).
var (
	dateKeyIDs  = map[string]int{}
	dateKeyLens [26]uint16 // by first letter, the lengths of the keys that are words
	dateWhole   []uint64
	dateNeeds   [][]dateNeed

	// The ids of the digit shapes.
	dateKeyD12, dateKeyD13, dateKeyD4, dateKeyDecade, dateKeyDecade2 int
)

// For the starts of words that the case folding of a non-ASCII letter
// leaves unknown (see dateWordKeys): the matchers that start with a run of
// digits (dateShapeMatchers); with each word (dateWordMatchers); and with
// a word that a run of ASCII letters and then a non-ASCII one can begin,
// by that text lower-cased (dateFoldMatchers: "thiſ" for "this").
var (
	dateShapeMatchers uint64
	dateWordMatchers  = map[string]uint64{}
	dateFoldMatchers  = map[string]uint64{}
)

// dateTables compiles the matchers' patterns and builds the tables above,
// once, on the first search for dates: a run that finds none, such as
// opening the explorer on the embedded dataset, does not pay the 2 ms.
var dateTables = sync.OnceFunc(buildDateTables)

func buildDateTables() {
	id := func(name string) int {
		i, ok := dateKeyIDs[name]
		if !ok {
			i = len(dateKeyIDs)
			if i >= 64*len(dateKeys{}) || len(name) > dateMaxWord {
				panic("extract: dateKeys too small for " + name)
			}
			dateKeyIDs[name] = i
			if c := name[0]; c >= 'a' && c <= 'z' {
				dateKeyLens[c-'a'] |= 1 << len(name)
			}
			dateWhole = append(dateWhole, 0)
			dateNeeds = append(dateNeeds, nil)
		}
		return i
	}
	expand := func(names string) []string {
		var out []string
		for _, n := range strings.Split(names, ",") {
			if g, ok := dateKeyGroups[n]; ok {
				out = append(out, strings.Fields(g)...)
			} else {
				out = append(out, n)
			}
		}
		return out
	}
	dateKeyD12, dateKeyD13, dateKeyD4, dateKeyDecade = id("#d12"), id("#d13"), id("#d4"), id("#decade")
	dateKeyDecade2 = id("#decade2")
	for k := range dateMatchers {
		m := &dateMatchers[k]
		m.re = regexp.MustCompile(m.pattern)
		m.reAt0 = regexp.MustCompile(`^(?:` + m.re.String() + `)`)
		m.reAt = regexp.MustCompile(`^(?s:.)(?:` + m.re.String() + `)`)
		for _, entry := range strings.Fields(m.words) {
			first, next, needsNext := strings.Cut(entry, ">")
			var allowed dateKeys
			if needsNext {
				for _, w := range expand(next) {
					allowed.add(id(w))
				}
			}
			for _, w := range expand(first) {
				i := id(w)
				if needsNext {
					dateNeeds[i] = append(dateNeeds[i], dateNeed{k, allowed})
				} else {
					dateWhole[i] |= 1 << k
				}
				if w[0] == '#' {
					dateShapeMatchers |= 1 << k
					continue
				}
				dateWordMatchers[w] |= 1 << k
				for j := range len(w) {
					for r := unicode.SimpleFold(rune(w[j])); r != rune(w[j]); r = unicode.SimpleFold(r) {
						if r >= utf8.RuneSelf {
							dateFoldMatchers[w[:j]+string(r)] |= 1 << k
						}
					}
				}
			}
		}
	}
}

// dateWordKeys reads the run of ASCII letters and digits at s, lower-cased
// into buf, and returns its keys (none if it is no key) and where it ends.
// odd is set when a non-ASCII byte follows the run: under case folding the
// run may go on (ſ matches s, K matches k), so the keys cannot be known.
func dateWordKeys(text string, s int, buf *dateWordBuf) (keys dateKeys, e int, odd bool) {
	e = s
	for e < len(text) && e-s <= dateMaxWord && dateIsAlnum(text[e]) {
		buf[e-s] = text[e] | dateLowerBit(text[e])
		e++
	}
	if e-s > dateMaxWord {
		return keys, e, false // longer than any key, ASCII to beyond it
	}
	if e < len(text) && text[e] >= utf8.RuneSelf {
		return keys, e, true
	}
	w := buf[:e-s]
	if !dateIsDigit(w[0]) {
		if dateKeyLens[w[0]-'a']&(1<<len(w)) != 0 {
			if i, ok := dateKeyIDs[string(w)]; ok {
				keys.add(i)
			}
		}
		return keys, e, false
	}
	n := 0
	for n < len(w) && dateIsDigit(w[n]) {
		n++
	}
	switch rest := string(w[n:]); {
	case rest == "":
		switch n {
		case 1, 2:
			keys.add(dateKeyD12)
			keys.add(dateKeyD13)
		case 3:
			keys.add(dateKeyD13)
		case 4:
			keys.add(dateKeyD4)
		}
	case rest == "st" || rest == "nd" || rest == "rd" || rest == "th":
		if n <= 2 {
			keys.add(dateKeyD12)
		}
	case rest == "s":
		if n == 4 && (w[0] == '1' || w[0] == '2') && w[3] == '0' {
			keys.add(dateKeyDecade)
		}
		if n == 2 && w[1] == '0' {
			keys.add(dateKeyDecade2)
		}
	}
	return keys, e, false
}

// dateStartMask returns the matchers that may match at a word start whose
// first word has keys and ends at e.
func dateStartMask(text string, keys dateKeys, e int, buf *dateWordBuf) uint64 {
	var mask uint64
	var next dateKeys
	nextRead, nextOdd := false, false
	for half, bits := range keys {
		for bits != 0 {
			i := half*64 + mathbits.TrailingZeros64(bits)
			bits &= bits - 1
			mask |= dateWhole[i]
			for _, nd := range dateNeeds[i] {
				if mask&(1<<nd.k) != 0 {
					continue
				}
				if !nextRead {
					next, nextOdd = dateNextKeys(text, e, buf)
					nextRead = true
				}
				if nextOdd || next.meets(nd.allowed) {
					mask |= 1 << nd.k
				}
			}
		}
	}
	return mask
}

// dateNextKeys returns the keys of the word after e, across the spaces and
// punctuation (".,-'") the patterns allow between two words. odd is set when
// a non-ASCII byte in the way (a no-break space) or after the word (see
// dateWordKeys) leaves them unknown.
func dateNextKeys(text string, e int, buf *dateWordBuf) (keys dateKeys, odd bool) {
	i := e
	for i < len(text) {
		switch text[i] {
		case ' ', '\t', '.', ',', '-', '\'':
			i++
			continue
		}
		break
	}
	switch {
	case i == len(text):
		return keys, false
	case text[i] >= utf8.RuneSelf:
		return keys, true
	case !dateIsAlnum(text[i]):
		return keys, false
	}
	keys, _, odd = dateWordKeys(text, i, buf)
	return keys, odd
}
