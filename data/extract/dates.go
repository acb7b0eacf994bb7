package extract

import (
	"cmp"
	mathbits "math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Date is a date phrase found in an article and the dates it denotes.
type Date struct {
	Start, End int           // byte range of the phrase in the text
	Phrase     string        // text[Start:End], exactly
	From, To   timeline.Date // what Resolve returned; To is zero unless the phrase names a stretch
	Relative   bool          // read against the article's publication date ("yesterday", "on Sunday", "in September")
	Tense      timeline.Tense
}

// FindDates returns the date phrases in text in order of position, each
// resolved against published (may be zero: then relative phrases are
// skipped).
//
// The finder only finds and normalises phrases; [timeline.Resolve] decides
// what they mean, and a phrase it rejects is left out. Where phrases
// overlap, the longest wins ("Sept. 1, 2022", not "2022"). A leading "on"
// is kept before a weekday, and "in" or "since" before a month alone, a
// year or a decade, as the seed annotations record them ("on Sunday", "In
// September", "since 1991", "in the 1990s"); a date with a day or a month
// and year is kept bare ("June 30, 2022", "March 2023"). Phrase is always
// the text's own bytes.
//
// Tense is Future when the words shortly before the phrase in its sentence
// look ahead ("will", "is to", "are to", "to be", "slated", "scheduled",
// "expected to", "plans to", "next"), or, for a phrase that opens its
// sentence, when such words follow it closely ("On Monday, Rama will
// meet"); else Past.
func FindDates(text string, published timeline.Date) []Date {
	// Settle overlaps as the candidates come, in order of position, longest
	// first: of overlapping phrases the longest wins, and of phrases with
	// the same range the one whose matcher comes first in dateMatchers. A
	// candidate that would lose to the phrase already kept is dropped
	// before it is resolved, whether or not it would resolve.
	var kept []dateKept
	// Resolve is pure: within one call, a phrase read with one tense always
	// resolves the same way. resolved holds each reading's index in
	// readings, or -1 if Resolve rejects it.
	var resolved map[dateResolveKey]int32
	var readings [][2]timeline.Date
	dateScan(text, func(c dateCand) {
		if c.relative && published.IsZero() {
			return
		}
		n := len(kept)
		overlaps := n > 0 && c.start < kept[n-1].end
		if overlaps && c.end-c.start <= kept[n-1].end-kept[n-1].start {
			return
		}
		if !dateWordEdges(text, c.start, c.end) {
			return
		}
		tense := dateTense(text, c.start, c.end)
		key := dateResolveKey{c.resolve, tense}
		r, ok := resolved[key]
		if !ok {
			r = -1
			if from, to, err := timeline.Resolve(c.resolve, published, tense); err == nil {
				r = int32(len(readings))
				readings = append(readings, [2]timeline.Date{from, to})
			}
			if resolved == nil {
				resolved = map[dateResolveKey]int32{}
			}
			resolved[key] = r
		}
		if r < 0 {
			return
		}
		k := dateKept{start: c.start, end: c.end, reading: r, relative: c.relative, tense: tense}
		if overlaps {
			kept[n-1] = k
		} else {
			kept = append(kept, k)
		}
	})
	if len(kept) == 0 {
		return nil
	}
	out := make([]Date, len(kept))
	for i, k := range kept {
		out[i] = Date{
			Start: k.start, End: k.end, Phrase: text[k.start:k.end],
			From: readings[k.reading][0], To: readings[k.reading][1], Relative: k.relative, Tense: k.tense,
		}
	}
	return out
}

type dateResolveKey struct {
	phrase string
	tense  timeline.Tense
}

// dateKept is a phrase FindDates keeps, until a longer one overlapping it
// comes.
type dateKept struct {
	start, end int
	reading    int32 // index in readings
	relative   bool
	tense      timeline.Tense
}

// dateScan passes to yield what every matcher finds in text, in order of
// start, then longest first, then by matcher. Each matcher's matches are
// those of m.re.FindAllStringSubmatchIndex(text, -1), but the pattern is
// tried only where a match can start: at a word start whose words can
// begin the pattern (dateMatcher.words), with the anchored form of the
// pattern on a window of the text around it. Every builder returns a
// candidate starting where its match starts, so the candidates come in
// groups by start.
func dateScan(text string, yield func(dateCand)) {
	var group [len(dateMatchers)]dateCand
	var next [len(dateMatchers)]int // where each matcher's next match may start
	var tok dateWordBuf
	for s := 0; s < len(text); s++ {
		c := text[s]
		var mask uint32
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
// match and the rune after it. A match holds no more than 22 bytes besides
// runs of spaces (TestDateWindowHoldsMatches), so the window takes in
// dateWindowBytes bytes of anything else.
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
	dateWindowBytes = 32
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
	resolve    string
	relative   bool
	matcher    int // index in dateMatchers
}

// A dateMatcher is one form of date phrase: a pattern, the words its
// matches can start with, and how to build a candidate from a match.
type dateMatcher struct {
	re *regexp.Regexp
	// words lists, space-separated, the lower-case words a match of re can
	// start with. A word that a match always follows with another word is
	// written with the words that can follow it, after ">" ("in>#d4": in a
	// match, "in" is followed, across spaces, by four digits). Runs of
	// digits are written by shape: "#d12" is one or two digits, bare or
	// with an ordinal suffix ("3", "21st"), "#d13" one to three digits,
	// "#d4" four digits and "#decade" a decade ("1990s"); "@month",
	// "@monthfull", "@weekday" and "@unit" stand for lists of words
	// (dateKeyGroups). The words only save trying re where it cannot
	// match: a word left out here is a date missed.
	words string
	build func(text string, loc []int) (dateCand, bool)

	reAt0 *regexp.Regexp // re anchored at the start of its input
	reAt  *regexp.Regexp // re anchored after the input's first rune, which gives \b its context
}

const (
	dateSp        = `[ \t\x{00A0}]+`
	dateMonthFull = `january|february|march|april|may|june|july|august|september|october|november|december`
	dateMonthAbbr = `jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`
	dateMonth     = `((?:` + dateMonthFull + `)\b|(?:` + dateMonthAbbr + `)\b\.?)`
	dateDay       = `(\d{1,2})(?:st|nd|rd|th)?\b`
	dateYear      = `(\d{4})\b`
	dateYearSep   = `(?:,[ \t\x{00A0}]*|` + dateSp + `)`
	dateOf        = `(?:of` + dateSp + `)?`
)

var (
	dateReMDY     = regexp.MustCompile(`(?i)\b` + dateMonth + dateSp + dateDay + dateYearSep + dateYear)
	dateReDMY     = regexp.MustCompile(`(?i)\b` + dateDay + dateSp + dateOf + dateMonth + dateYearSep + dateYear)
	dateReMD      = regexp.MustCompile(`(?i)\b` + dateMonth + dateSp + dateDay)
	dateReDM      = regexp.MustCompile(`(?i)\b` + dateDay + dateSp + dateOf + dateMonth)
	dateReMY      = regexp.MustCompile(`(?i)\b` + dateMonth + `,?` + dateSp + dateOf + dateYear)
	dateReMonth   = regexp.MustCompile(`(?i)\b(?:(in|since)` + dateSp + `)?(?:(early|late|mid)(?:` + dateSp + `|-))?(` + dateMonthFull + `)\b`)
	dateReYear    = regexp.MustCompile(`(?i)\b(?:(in|since)` + dateSp + `)?(\d{4})\b`)
	dateReISO     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dateReDecade  = regexp.MustCompile(`(?i)\b(?:(?:in|since)` + dateSp + `)?(?:the` + dateSp + `)?([12]\d\d0)s\b`)
	dateReDecMod  = regexp.MustCompile(`(?i)\b(early|mid|late)(?:` + dateSp + `|-)([12]\d\d0)s\b`)
	dateReWar     = regexp.MustCompile(`(?i)\b(?:world` + dateSp + `war` + dateSp + `(?:ii|two|2)|second` + dateSp + `world` + dateSp + `war|wwii|ww2)\b`)
	dateReRel     = regexp.MustCompile(`(?i)\b(?:yesterday|today|tomorrow|(?:(?:earlier|later)` + dateSp + `)?this` + dateSp + `(?:week|year)|last` + dateSp + `(?:week|year))\b`)
	dateReAgo     = regexp.MustCompile(`(?i)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})` + dateSp + `(day|week|month|year)s?` + dateSp + `ago\b`)
	dateReWeekday = regexp.MustCompile(`(?i)\b(?:on` + dateSp + `)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	dateReSpace   = regexp.MustCompile(dateSp)
)

// dateMatchers lists every form the finder knows. Overlaps are settled by
// length afterwards; order only decides between phrases with the same
// range.
var dateMatchers = [...]dateMatcher{
	{re: dateReMDY, words: "@month>#d12", build: func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[2], l[3], l[4], l[5], l[6], l[7])
	}},
	{re: dateReDMY, words: "#d12>of,@month", build: func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[4], l[5], l[2], l[3], l[6], l[7])
	}},
	{re: dateReMD, words: "@month>#d12", build: func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[2], l[3], l[4], l[5])
	}},
	{re: dateReDM, words: "#d12>of,@month", build: func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[4], l[5], l[2], l[3])
	}},
	{re: dateReMY, words: "@month>of,#d4", build: dateBuildMonthYear},
	{re: dateReMonth, words: "in>early,late,mid,@monthfull since>early,late,mid,@monthfull early>@monthfull late>@monthfull mid>@monthfull @monthfull", build: dateBuildMonthAlone},
	{re: dateReYear, words: "in>#d4 since>#d4 #d4", build: dateBuildYear},
	{re: dateReISO, words: "#d4>#d12", build: func(text string, l []int) (dateCand, bool) {
		m, _ := strconv.Atoi(text[l[4]:l[5]])
		if m < 1 || m > 12 {
			return dateCand{}, false
		}
		phrase := strings.ToLower(time.Month(m).String()) + " " + text[l[6]:l[7]] + ", " + text[l[2]:l[3]]
		return dateCand{start: l[0], end: l[1], resolve: phrase}, true
	}},
	{re: dateReDecade, words: "in>the,#decade since>the,#decade the>#decade #decade", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: text[l[2]:l[3]] + "s"}, true
	}},
	{re: dateReDecMod, words: "early>#decade mid>#decade late>#decade", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: strings.ToLower(text[l[2]:l[3]]) + " " + text[l[4]:l[5]] + "s"}, true
	}},
	{re: dateReWar, words: "world>war second>world wwii ww2", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: "world war ii"}, true
	}},
	{re: dateReRel, words: "yesterday today tomorrow earlier>this later>this this>week,year last>week,year", build: func(text string, l []int) (dateCand, bool) {
		p := dateSquash(text[l[0]:l[1]])
		// Resolve knows "earlier this year" but not "earlier this week".
		p = strings.TrimPrefix(strings.TrimPrefix(p, "earlier "), "later ")
		return dateCand{start: l[0], end: l[1], resolve: p, relative: true}, true
	}},
	{re: dateReAgo, words: "a>@unit one>@unit two>@unit three>@unit four>@unit five>@unit six>@unit seven>@unit eight>@unit nine>@unit ten>@unit #d13>@unit", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: dateSquash(text[l[0]:l[1]]), relative: true}, true
	}},
	{re: dateReWeekday, words: "on>@weekday @weekday", build: dateBuildWeekday},
}

// The words in dateMatcher.words are keys, numbered in dateKeyIDs; a set of
// keys is a bit set.
type dateKeys [2]uint64

func (ks *dateKeys) add(id int)               { ks[id/64] |= 1 << (id % 64) }
func (ks dateKeys) meets(other dateKeys) bool { return ks[0]&other[0] != 0 || ks[1]&other[1] != 0 }

// dateKeyGroups are the lists of words dateMatcher.words names with "@".
var dateKeyGroups = map[string]string{
	"@month":     strings.ReplaceAll(dateMonthFull+"|"+dateMonthAbbr, "|", " "),
	"@monthfull": strings.ReplaceAll(dateMonthFull, "|", " "),
	"@weekday":   "monday tuesday wednesday thursday friday saturday sunday",
	"@unit":      "day days week weeks month months year years",
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
	dateWhole   []uint32
	dateNeeds   [][]dateNeed

	// The ids of the digit shapes.
	dateKeyD12, dateKeyD13, dateKeyD4, dateKeyDecade int
)

// For the starts of words that the case folding of a non-ASCII letter
// leaves unknown (see dateWordKeys): the matchers that start with a run of
// digits (dateShapeMatchers); with each word (dateWordMatchers); and with
// a word that a run of ASCII letters and then a non-ASCII one can begin,
// by that text lower-cased (dateFoldMatchers: "thiſ" for "this").
var (
	dateShapeMatchers uint32
	dateWordMatchers  = map[string]uint32{}
	dateFoldMatchers  = map[string]uint32{}
)

func init() {
	id := func(name string) int {
		i, ok := dateKeyIDs[name]
		if !ok {
			i = len(dateKeyIDs)
			if i >= 128 || len(name) > dateMaxWord {
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
	for k := range dateMatchers {
		m := &dateMatchers[k]
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
	}
	return keys, e, false
}

// dateStartMask returns the matchers that may match at a word start whose
// first word has keys and ends at e.
func dateStartMask(text string, keys dateKeys, e int, buf *dateWordBuf) uint32 {
	var mask uint32
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
// punctuation (".,-") the patterns allow between two words. odd is set when
// a non-ASCII byte in the way (a no-break space) or after the word (see
// dateWordKeys) leaves them unknown.
func dateNextKeys(text string, e int, buf *dateWordBuf) (keys dateKeys, odd bool) {
	i := e
	for i < len(text) {
		switch text[i] {
		case ' ', '\t', '.', ',', '-':
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

// dateMonths maps the month words the patterns accept to months.
var dateMonths = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March,
	"april": time.April, "may": time.May, "june": time.June, "july": time.July,
	"august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September,
	"sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// dateMonthName returns the full lower-case name of the month token tok
// ("Sept." gives "september") and whether the token is one of the two
// month names that are also common words, May and March.
func dateMonthName(tok string) (name string, wordLike, ok bool) {
	tok = strings.TrimSuffix(tok, ".")
	var m time.Month
	var buf [len("september")]byte
	if len(tok) <= len(buf) && dateIsASCII(tok) {
		// strings.ToLower without the copy.
		key := buf[:len(tok)]
		for i := 0; i < len(tok); i++ {
			key[i] = tok[i] | dateLowerBit(tok[i])
		}
		m, ok = dateMonths[string(key)]
		wordLike = string(key) == "may" || string(key) == "march"
	} else {
		key := strings.ToLower(tok)
		m, ok = dateMonths[key]
		wordLike = key == "may" || key == "march"
	}
	if !ok {
		return "", false, false
	}
	return dateMonthLower[m], wordLike, true
}

// dateMonthLower holds the months' lower-case names.
var dateMonthLower = func() (names [13]string) {
	for m := time.January; m <= time.December; m++ {
		names[m] = strings.ToLower(m.String())
	}
	return names
}()

func dateIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// dateCapital reports whether s starts with an upper-case ASCII letter.
func dateCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// dateFullDay builds a day-month-year phrase from its parts.
func dateFullDay(text string, l []int, ms, me, ds, de, ys, ye int) (dateCand, bool) {
	tok := text[ms:me]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, ye) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[ds:de] + ", " + text[ys:ye]}, true
}

// datePartDay builds a month-and-day phrase without a year, read against
// the publication date.
func datePartDay(text string, l []int, ms, me, ds, de int) (dateCand, bool) {
	tok := text[ms:me]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, de) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[ds:de], relative: true}, true
}

// dateBuildMonthYear builds a month-and-year phrase ("March 2023"). Like a
// date with a day, it is kept without its preposition.
func dateBuildMonthYear(text string, l []int) (dateCand, bool) {
	tok := text[l[2]:l[3]]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, l[5]) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[l[4]:l[5]]}, true
}

// dateBuildMonthAlone accepts a month named on its own ("In September", "the
// July attack", "early September"). A bare month must be capitalised and
// not start a name ("April Glaspie"); May and March, also a modal and a
// verb, need a preposition ("in May", "by March") or "early"/"late".
func dateBuildMonthAlone(text string, l []int) (dateCand, bool) {
	tok := text[l[6]:l[7]]
	name, wordLike, _ := dateMonthName(tok)
	hasIn := l[2] >= 0
	hasMod := l[4] >= 0
	prev := datePrevWord(text, l[0])
	prep := hasIn || hasMod || dateMonthPreps[prev]
	if w := dateNextWord(text, l[1]); w != "" && dateIsDigit(w[0]) {
		return dateCand{}, false // "February 30, 2022" that Resolve rejected
	}
	switch {
	case wordLike:
		if !dateCapital(tok) || !prep {
			return dateCand{}, false
		}
	case !prep:
		if !dateCapital(tok) || dateNextCapital(text, l[1]) {
			return dateCand{}, false
		}
	}
	return dateCand{start: l[0], end: l[1], resolve: name, relative: true}, true
}

// dateMonthPreps are words before a month that make it a date.
var dateMonthPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "on": true,
	"during": true, "early": true, "late": true, "mid": true, "from": true, "through": true,
	"last": true, "next": true, "of": true, "before": true, "after": true,
}

// dateBuildYear accepts a four-digit number only when it is clearly a year: in
// 1900–2099 (1000–2099 after "in" or "since"), not part of a larger number,
// an amount, a phone number or a time, and not followed by a unit ("2000
// people") or preceded by a label ("Route 2019").
func dateBuildYear(text string, l []int) (dateCand, bool) {
	ys, ye := l[4], l[5]
	y, _ := strconv.Atoi(text[ys:ye])
	lo := 1900
	if l[2] >= 0 {
		lo = 1000
	}
	if y < lo || y > 2099 || !dateYearAlone(text, ys, ye) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: text[ys:ye]}, true
}

func dateYearAlone(text string, s, e int) bool {
	if s > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:s])
		switch prev {
		case '$', '€', '£', '#', '+', '@', '/', '\\', '№', ':':
			return false
		case '.', ',':
			if s > 1 && dateIsDigit(text[s-2]) {
				return false
			}
		case '-', '–', '—':
			// "1939–1945" is a range of years; "555-2019" and "F-2019" are not years.
			j := s - utf8.RuneLen(prev)
			k := j
			for k > 0 && dateIsDigit(text[k-1]) {
				k--
			}
			if j-k != 0 && j-k != 4 {
				return false
			}
			if j-k == 0 && j > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:j]); unicode.IsLetter(r) {
					return false
				}
			}
		}
	}
	if e < len(text) {
		next, size := utf8.DecodeRuneInString(text[e:])
		switch next {
		case '%', '$', '€', '£', '@', '/':
			return false
		case '.', ',', ':':
			if e+1 < len(text) && dateIsDigit(text[e+1]) {
				return false
			}
		case '-', '–', '—':
			j := e + size
			k := j
			for k < len(text) && dateIsDigit(text[k]) {
				k++
			}
			if k-j != 0 && k-j != 2 && k-j != 4 {
				return false
			}
		}
	}
	if dateNextIsUnit(text, e) {
		return false
	}
	if w := datePrevWord(text, s); dateYearLabels[w] {
		return false
	}
	// A number just before or after, across a space, is a phone number or a
	// list of amounts ("555 2019", "2019 3000").
	if dateNumberNear(text, s, e) {
		return false
	}
	return true
}

// dateYearLabels are words that make a following number a label, not a year.
var dateYearLabels = map[string]bool{
	"route": true, "flight": true, "resolution": true, "highway": true, "bus": true,
	"room": true, "page": true, "pages": true, "article": true, "section": true, "chapter": true,
	"no": true, "number": true, "nr": true, "model": true, "version": true, "unit": true,
	"code": true, "line": true, "platform": true, "gate": true, "suite": true, "apt": true,
	"box": true, "ext": true, "tel": true, "phone": true, "fax": true, "id": true, "vol": true,
	"paragraph": true, "clause": true, "item": true, "exit": true, "road": true, "street": true,
}

// dateUnits are words that make a number before them an amount.
var dateUnits = map[string]bool{
	"people": true, "persons": true, "person": true, "members": true, "jews": true, "residents": true,
	"refugees": true, "soldiers": true, "troops": true, "men": true, "women": true, "children": true,
	"families": true, "citizens": true, "civilians": true, "workers": true, "employees": true,
	"students": true, "officials": true, "delegates": true, "participants": true, "fighters": true,
	"protesters": true, "casualties": true, "victims": true, "deaths": true, "dead": true,
	"killed": true, "injured": true, "wounded": true, "arrests": true, "cases": true, "votes": true,
	"seats": true, "rockets": true, "missiles": true, "drones": true, "attacks": true,
	"computers": true, "servers": true, "devices": true, "accounts": true, "users": true,
	"emails": true, "documents": true, "files": true, "records": true, "websites": true,
	"sites": true, "km": true, "kilometers": true, "kilometres": true, "miles": true, "meters": true,
	"metres": true, "feet": true, "ft": true, "tons": true, "tonnes": true, "kg": true,
	"kilograms": true, "pounds": true, "dollars": true, "euros": true, "shekels": true, "lek": true,
	"usd": true, "eur": true, "percent": true, "times": true, "hours": true, "hrs": true,
	"hour": true, "minutes": true, "mins": true, "seconds": true, "days": true, "weeks": true,
	"months": true, "years": true, "gmt": true, "utc": true, "cars": true, "vehicles": true,
	"homes": true, "houses": true, "buildings": true, "units": true, "items": true, "hectares": true,
	"acres": true, "barrels": true, "words": true, "points": true,
	"mb": true, "gb": true, "tb": true, "bytes": true, "machines": true, "households": true,
}

// datePrevWord returns the word just before position i, lower-cased and
// without a final full stop, across spaces only ("" if there is none).
func datePrevWord(text string, i int) string {
	j := i
	for j > 0 {
		if text[j-1] == ' ' || text[j-1] == '\t' {
			j--
		} else if strings.HasSuffix(text[:j], "\u00a0") {
			j -= len("\u00a0")
		} else {
			break
		}
	}
	k := j
	for k > 0 && j-k < 20 && dateIsWordByte(text[k-1]) {
		k--
	}
	if k > 0 && dateIsWordByte(text[k-1]) {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(text[k:j], "."))
}

// dateNextWord returns the word just after position i across spaces,
// keeping its case ("" if there is none).
func dateNextWord(text string, i int) string {
	j := i
	for j < len(text) {
		if text[j] == ' ' || text[j] == '\t' {
			j++
		} else if strings.HasPrefix(text[j:], "\u00a0") {
			j += len("\u00a0")
		} else {
			break
		}
	}
	if j == i {
		return ""
	}
	k := j
	for k < len(text) && k-j < 20 && dateIsAlnum(text[k]) {
		k++
	}
	return text[j:k]
}

func dateNextIsUnit(text string, i int) bool {
	if i < len(text) && text[i] == '-' { // "2,000-strong", "May-June"
		return false
	}
	return dateUnits[strings.ToLower(dateNextWord(text, i))]
}

func dateNextCapital(text string, i int) bool { return dateCapital(dateNextWord(text, i)) }

// dateNumberNear reports a bare number next to [s, e) across one space.
func dateNumberNear(text string, s, e int) bool {
	if s >= 2 && text[s-1] == ' ' && dateIsDigit(text[s-2]) {
		return true
	}
	if e+1 < len(text) && text[e] == ' ' && dateIsDigit(text[e+1]) {
		return true
	}
	return false
}

// dateNumberEnds reports whether a number ending at i really ends there
// rather than continuing as "2022,5" or "15.000".
func dateNumberEnds(text string, i int) bool {
	if i+1 < len(text) && (text[i] == ',' || text[i] == '.' || text[i] == ':') && dateIsDigit(text[i+1]) {
		return false
	}
	return true
}

// dateBuildWeekday accepts a weekday ("on Sunday", "Monday"), but not one that
// is part of a compound ("Sunday-school"), a title ("Sunday Times") or a
// named day ("Black Friday", "Bloody Sunday").
func dateBuildWeekday(text string, l []int) (dateCand, bool) {
	e := l[1]
	if e < len(text) && text[e] == '-' {
		return dateCand{}, false
	}
	if dateWeekdayTitles[strings.ToLower(dateNextWord(text, e))] {
		return dateCand{}, false
	}
	if l[0] == l[2] && dateNamedDays[datePrevWord(text, l[0])] {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: e, resolve: strings.ToLower(text[l[2]:l[3]]), relative: true}, true
}

var dateWeekdayTitles = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true,
	"post": true, "mail": true, "school": true, "schools": true, "best": true,
}

var dateNamedDays = map[string]bool{
	"black": true, "good": true, "bloody": true, "super": true, "ash": true, "cyber": true,
	"palm": true, "easter": true, "holy": true, "maundy": true, "giving": true, "every": true,
}

// dateTenseCues are the words that make a phrase look ahead, as single
// words and as pairs.
var (
	dateTenseWords = map[string]bool{"will": true, "slated": true, "scheduled": true, "next": true, "shall": true}
	dateTensePairs = map[string]bool{
		"is to": true, "are to": true, "to be": true, "expected to": true, "plans to": true,
		"plan to": true, "planned to": true, "set to": true,
	}
	dateTenseAfter = map[string]bool{"will": true, "slated": true, "scheduled": true, "shall": true}

	// dateTensePairFirst holds the first words of dateTensePairs.
	dateTensePairFirst = func() map[string]bool {
		m := map[string]bool{}
		for p := range dateTensePairs {
			first, _, _ := strings.Cut(p, " ")
			m[first] = true
		}
		return m
	}()
)

// dateTense reads the tense of the phrase at [start, end) from the words
// shortly before it in its sentence, or, when it opens the sentence, just
// after it.
func dateTense(text string, start, end int) timeline.Tense {
	var buf [8]string
	before := dateWordsBefore(buf[:0], text, start, 8)
	if len(before) == 0 {
		after := dateWordsAfter(buf[:0], text, end, 6)
		for i, w := range after {
			if dateTenseAfter[w] || strings.HasSuffix(w, "'ll") {
				return timeline.Future
			}
			if i+1 < len(after) && dateTensePairFirst[w] && dateTensePairs[w+" "+after[i+1]] {
				return timeline.Future
			}
		}
		return timeline.Past
	}
	for i, w := range before {
		if dateTenseWords[w] || strings.HasSuffix(w, "'ll") {
			return timeline.Future
		}
		if i+1 < len(before) && dateTensePairFirst[w] && dateTensePairs[w+" "+before[i+1]] {
			return timeline.Future
		}
	}
	return timeline.Past
}

// dateWordsBefore appends to dst up to n lower-case words before i,
// stopping at the start of the sentence or line.
func dateWordsBefore(dst []string, text string, i, n int) []string {
	lo := i - 120
	if lo < 0 {
		lo = 0
	}
	win := text[lo:i]
	cut := 0
	for j := len(win) - 1; j >= 0; j-- {
		c := win[j]
		if c == '\n' || c == '\r' {
			cut = j + 1
			break
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && dateSpaceAfter(win, j+1) && !dateAbbrevBefore(win, j) {
			cut = j + 1
			break
		}
	}
	return dateWords(dst, win[cut:], n, false)
}

// dateWordsAfter appends to dst up to n lower-case words after i, stopping
// at the end of the sentence or line.
func dateWordsAfter(dst []string, text string, i, n int) []string {
	hi := i + 120
	if hi > len(text) {
		hi = len(text)
	}
	win := text[i:hi]
	for j := 0; j < len(win); j++ {
		c := win[j]
		if c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?' || c == ';') && (j+1 == len(win) || dateSpaceAfter(win, j+1))) {
			win = win[:j]
			break
		}
	}
	return dateWords(dst, win, n, true)
}

// dateWords splits s into lower-case ASCII words, keeping apostrophes
// ("we'll"; a typographic apostrophe is read as '), and appends to dst the
// last n of them, or the first n if first is set.
func dateWords(dst []string, s string, n int, first bool) []string {
	var spans [8][2]int
	if n > len(spans) || !dateIsASCII(s) {
		// Lower-casing may turn a non-ASCII letter into an ASCII one (K,
		// the Kelvin sign, into k).
		s = strings.ReplaceAll(s, "’", "'")
		words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
		})
		if len(words) > n {
			if first {
				words = words[:n]
			} else {
				words = words[len(words)-n:]
			}
		}
		return append(dst, words...)
	}
	// In ASCII, the words are the runs of letters, digits and apostrophes:
	// find the n wanted, then lower-case them at once.
	k := 0
	if first {
		for i := 0; i < len(s) && k < n; {
			if !dateInWord(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && dateInWord(s[j]) {
				j++
			}
			spans[k] = [2]int{i, j}
			k++
			i = j
		}
	} else {
		for j := len(s); j > 0 && k < n; {
			if !dateInWord(s[j-1]) {
				j--
				continue
			}
			i := j
			for i > 0 && dateInWord(s[i-1]) {
				i--
			}
			spans[k] = [2]int{i, j}
			k++
			j = i
		}
		slices.Reverse(spans[:k])
	}
	if k == 0 {
		return dst
	}
	lo, hi := spans[0][0], spans[k-1][1]
	lower := strings.ToLower(s[lo:hi]) // as long as s[lo:hi], being ASCII
	for _, sp := range spans[:k] {
		dst = append(dst, lower[sp[0]-lo:sp[1]-lo])
	}
	return dst
}

// dateInWord reports whether the ASCII byte c belongs to a word for
// dateWords: a letter, a digit or an apostrophe.
func dateInWord(c byte) bool { return dateIsAlnum(c) || c == '\'' }

// dateAbbrevBefore reports whether the full stop at win[j] ends an
// abbreviation ("U.S.", "Mr.", "Sept.") rather than a sentence.
func dateAbbrevBefore(win string, j int) bool {
	k := j
	for k > 0 && dateIsAlnum(win[k-1]) {
		k--
	}
	w := win[k:j]
	if len(w) == 1 {
		return true
	}
	return dateAbbrevs[strings.ToLower(w)]
}

var dateAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"prof": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "co": true, "corp": true, "ltd": true,
}

// dateWordEdges reports whether [s, e) starts and ends at word edges by the
// Unicode definition (regexp's \b only knows ASCII: "Marché").
func dateWordEdges(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// dateSquash lower-cases s and turns each run of spaces into one.
func dateSquash(s string) string {
	return dateReSpace.ReplaceAllString(strings.ToLower(s), " ")
}

// dateSpaceAfter reports whether s at i, past any closing quotes, is a
// space or the end of s: the full stop before i may end a sentence.
func dateSpaceAfter(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == ')':
			i += size
		case unicode.IsSpace(r):
			return true
		default:
			return false
		}
	}
	return true
}

func dateIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func dateIsAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// dateIsWordByte is an ASCII word byte, counting the full stop and
// apostrophe inside words such as "No." and "U.S.".
func dateIsWordByte(c byte) bool { return dateIsAlnum(c) || c == '.' || c == '\'' }
