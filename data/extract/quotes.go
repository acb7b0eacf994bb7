package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotation is a passage between quote marks in an article.
type quotation struct {
	start, end  int // the quoted words, without the marks or a trailing comma
	open, close int // the opening mark, and just past the closing one
	para        int // index of the paragraph it is in
	parent      int // the quotation it is nested in, or -1
	unclosed    bool
}

// words is how many words the quotation has.
func (q quotation) words(text string) int { return len(strings.Fields(text[q.start:q.end])) }

// paragraph is a line of an article, [start, end) without its newline.
type paragraph struct{ start, end int }

func paragraphs(text string) []paragraph {
	var out []paragraph
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, paragraph{start, end})
		}
		start = end + 1
	}
	return out
}

// maxQuotations bounds the quotations read in one article: a news article
// has tens; text with thousands of quote marks is not one, and reading it
// all would only take time.
const maxQuotations = 1000

// findQuotations returns the quotations of every paragraph that is not
// furniture, outer ones before the ones nested in them, at most
// maxQuotations.
func findQuotations(text string, paras []paragraph, furniture []Furniture) []quotation {
	var out []quotation
	for i, p := range paras {
		if len(out) >= maxQuotations {
			return out[:maxQuotations]
		}
		if _, ok := furnitureOver(furniture, p.start, p.start, p.end); ok {
			continue
		}
		for _, q := range doubleQuotes(text, p) {
			q.para, q.parent = i, -1
			out = append(out, q)
			outer := len(out) - 1
			for _, n := range singleQuotes(text, q.start, q.end) {
				n.para, n.parent = i, outer
				out = append(out, n)
			}
		}
	}
	return out[:min(len(out), maxQuotations)]
}

// furnitureOver returns the piece of furniture that covers [start, end).
// fs is sorted by Start; only pieces beginning at or after lo (the start
// of the paragraph) can cover it, so the search never leaves the
// paragraph, however much furniture an article has.
func furnitureOver(fs []Furniture, lo, start, end int) (Furniture, bool) {
	i := sort.Search(len(fs), func(i int) bool { return fs[i].Start > start })
	for i--; i >= 0 && fs[i].Start >= lo; i-- {
		if fs[i].End >= end {
			return fs[i], true
		}
	}
	return Furniture{}, false
}

// paragraphAt returns the index of the paragraph holding [start, end), or -1.
func paragraphAt(paras []paragraph, start, end int) int {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].end >= end })
	if i < len(paras) && paras[i].start <= start {
		return i
	}
	return -1
}

// doubleQuotes pairs the double quote marks of one paragraph. Any opening
// mark (a curly opening mark, or a straight one with a word after it) is
// closed by any closing mark (a curly closing mark, or a straight one with
// a word before it): outlets mix them. Some write a double mark as two
// apostrophes, which open or close as a straight mark does, or open with
// two backticks, as the Penn Treebank does.
func doubleQuotes(text string, p paragraph) []quotation {
	var out []quotation
	open := -1
	for i := p.start; i < p.end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		straight := r == '"'
		if twin := strings.HasPrefix(text[i:p.end], "''"); twin || strings.HasPrefix(text[i:p.end], "``") {
			// two marks for one: backticks open, apostrophes open or
			// close as a straight mark does
			r, size, straight = '“', 2, twin
		}
		switch {
		case open < 0 && (r == '“' && !straight || straight && opensAt(text, p, i, size)):
			open = i
		case open >= 0 && (r == '”' || straight && closesAt(text, p, i)):
			if q, ok := makeQuotation(text, open, open+markLen(text, open), i, i+size); ok {
				out = append(out, q)
			}
			open = -1
		}
		i += size
	}
	if open >= 0 {
		if q, ok := makeQuotation(text, open, open+markLen(text, open), p.end, p.end); ok {
			q.unclosed = true
			out = append(out, q)
		}
	}
	return out
}

// singleQuotes finds quotations in single marks inside [start, end), the
// words of a double-quoted passage. An apostrophe inside a word (doesn’t)
// neither opens nor closes one.
func singleQuotes(text string, start, end int) []quotation {
	var out []quotation
	open := -1
	p := paragraph{start, end}
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		isSingle := r == '‘' || r == '\'' || r == '’'
		switch {
		case open < 0 && isSingle && r != '’' && opensAt(text, p, i, size):
			open = i
		case open >= 0 && isSingle && r != '‘' && closesAt(text, p, i) && !letterAt(text, i+size):
			if q, ok := makeQuotation(text, open, open+runeLen(text, open), i, i+size); ok {
				out = append(out, q)
			}
			open = -1
		}
		i += size
	}
	return out
}

// hasQuoteMark reports whether s holds a double quote mark of any kind.
func hasQuoteMark(s string) bool {
	return strings.ContainsAny(s, "“”\"") || strings.Contains(s, "''") || strings.Contains(s, "``")
}

// lastQuoteMark returns where the last double quote mark in s begins, or -1.
func lastQuoteMark(s string) int {
	i := strings.LastIndexAny(s, "“”\"")
	for _, twin := range []string{"''", "``"} {
		i = max(i, strings.LastIndex(s, twin))
	}
	return i
}

// quoteMarkAt returns where the first double quote mark in s is, or -1.
func quoteMarkAt(s string) int {
	i := strings.IndexAny(s, "“”\"")
	for _, twin := range []string{"''", "``"} {
		if j := strings.Index(s, twin); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	return i
}

// markLen is the length of the double mark at i: two for two apostrophes
// or two backticks.
func markLen(text string, i int) int {
	if strings.HasPrefix(text[i:], "``") || strings.HasPrefix(text[i:], "''") {
		return 2
	}
	return runeLen(text, i)
}

func runeLen(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	return n
}

// opensAt reports whether the mark at i opens: at the paragraph's start or
// after a space or an opening bracket, and followed by a word.
func opensAt(text string, p paragraph, i, size int) bool {
	if i > p.start {
		r, _ := utf8.DecodeLastRuneInString(text[p.start:i])
		if !unicode.IsSpace(r) && !strings.ContainsRune("([{—–-“\"/", r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i+size:])
	return i+size < p.end && !unicode.IsSpace(r)
}

// closesAt reports whether the mark at i closes: something other than a
// space comes before it.
func closesAt(text string, p paragraph, i int) bool {
	if i == p.start {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(text[p.start:i])
	if r == ' ' && i-size > p.start {
		// "… 'Oh, this is important,' " Magel said": a straight mark
		// after the single mark closing a quotation inside it
		r2, _ := utf8.DecodeLastRuneInString(text[p.start : i-size])
		return r2 == '\'' || r2 == '’'
	}
	return !unicode.IsSpace(r)
}

func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// makeQuotation trims the words between the marks: spaces, and a comma
// that belongs to the sentence around the quotation rather than to it.
func makeQuotation(text string, open, start, end, close int) (quotation, bool) {
	s, e := start, end
	for s < e && (text[s] == ' ' || text[s] == '\t') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == ',') {
		e--
	}
	if s >= e {
		return quotation{}, false
	}
	return quotation{start: s, end: e, open: open, close: close}, true
}

// clauseWords are the words a quotation of speech has and a title or a
// quoted term seldom has: pronouns, auxiliaries, negations.
var spokenWords = set(`i we you he she they it me us my our your his their them is are was were be been am
	will would can could should must may might have has had do does did not don't can't won't isn't it's i'm
	we're you're they're that's there's let's we've i've i'll we'll`)

// spoken reports whether a quotation reads as something said, not a title
// or a term: four words or more, one of them a pronoun, an auxiliary or a
// negation ("We will not back down", not "Make America Great Again").
func spoken(text string, q quotation) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(text[q.start:q.end], "’", "'")))
	if len(ws) < 4 {
		return false
	}
	for _, w := range ws {
		if spokenWords[strings.Trim(w, ".,;:!?—–-\"'()[]")] {
			return true
		}
	}
	return false
}

// titleNames are the words before a quoted title: a show, a book, a film.
var titleNames = set(`show shows program programme podcast movie film memoir book novel documentary album
	song series play column blog segment episode broadcast newsletter titled entitled`)

// titled reports whether a quotation is a title, not words said: eight
// words or fewer after the name of what bears titles ("the podcast “So,
// That Happened”") or an outlet's possessive ("on NBC's “Meet the
// Press”"), or written in title case ("“The Walking Dead”").
func titled(text string, q quotation) bool {
	ws := strings.Fields(text[q.start:q.end])
	if len(ws) > 8 {
		return false
	}
	before := strings.Fields(text[max(0, q.open-40):q.open])
	if n := len(before); n > 0 {
		last := strings.Trim(before[n-1], ",:")
		low := strings.ToLower(last)
		// "the grant program, “states were …”": a comma ends the phrase
		// that names the program, and what follows is said
		named := titleNames[low] && !(strings.HasSuffix(before[n-1], ",") && spoken(text, q))
		if named || n > 1 && titleNames[strings.ToLower(strings.Trim(before[n-2], ",:"))] && (low == "the" || low == "called") {
			return true
		}
		if (strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s")) && isAcronym(strings.TrimRight(last, "’'s")) {
			return true // NBC's, ABC’s
		}
	}
	last := ws[len(ws)-1]
	if len(ws) < 2 || strings.ContainsAny(text[q.start:q.end], ".!?") || spoken(text, quotation{start: q.start, end: q.end}) || strings.HasSuffix(last, ",") {
		return false // a sentence, or words said: "That’s Jeb Bush and Marco Rubio."
	}
	caps, n := 0, 0
	for _, w := range ws {
		if linkers[strings.ToLower(w)] || w == "the" || w == "a" || w == "an" || w == "to" || w == "in" {
			continue
		}
		n++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return n >= 2 && caps == n
}
