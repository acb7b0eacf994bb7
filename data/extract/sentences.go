package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// masked returns a copy of text in which the words of every outer
// quotation are blanked, so that sentence and clause rules never see
// quoted words. A final . ? or ! stays: it may end the sentence.
func masked(text string, qs []quotation) []byte {
	b := []byte(text)
	for _, q := range qs {
		if q.parent >= 0 {
			continue
		}
		end := q.end
		if end > q.start && strings.ContainsRune(".?!", rune(text[end-1])) {
			end--
		}
		blank(b, q.start, end)
	}
	// a no-break space reads as a space: "…,”\u00a0added Gowdy"
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0xc2 && b[i+1] == 0xa0 {
			b[i], b[i+1] = ' ', ' '
		}
	}
	return b
}

// blank overwrites b[start:end] with spaces, whole runes at a time, so the
// mask stays valid UTF-8 and keeps every offset.
func blank(b []byte, start, end int) {
	for i := start; i < end; i++ {
		b[i] = ' '
	}
}

// sentence returns the sentence of mask that holds pos, within [lo, hi).
// It looks at most maxSentence bytes either side of pos, so a paragraph
// with no full stops costs no more than a short one.
func sentence(mask []byte, lo, hi, pos int) (int, int) {
	lo, hi = max(lo, pos-maxSentence), min(hi, pos+maxSentence)
	start, end := lo, hi
	for i := lo; i < hi; i++ {
		if c := mask[i]; c != '.' && c != '?' && c != '!' {
			continue // only a stop ends a sentence (boundary)
		}
		b, ok := boundary(mask, lo, hi, i)
		if !ok {
			continue
		}
		if b <= pos {
			start = b
		} else {
			end = b
			break
		}
	}
	for start < end && mask[start] == ' ' {
		start++
	}
	return start, end
}

// maxSentence is the longest sentence read either side of a position.
const maxSentence = 4 << 10

// boundary reports whether a sentence ends with the stop at i (. ? or !),
// and where: after the stop and any closing marks, when a space and a
// capital, a digit or an opening mark follow, and the stop is not an
// abbreviation's period.
func boundary(mask []byte, lo, hi, i int) (int, bool) {
	c := mask[i]
	if c != '.' && c != '?' && c != '!' || c == '.' && abbreviation(mask, lo, i) {
		return 0, false
	}
	j := i + 1
	for j < hi {
		r, n := utf8.DecodeRune(mask[j:hi])
		if !strings.ContainsRune("”\"’')]", r) {
			break
		}
		j += n
	}
	return j, startsSentence(mask, j, hi)
}

func startsSentence(mask []byte, i, hi int) bool {
	if i >= hi {
		return true
	}
	if !spaceAt(mask, i, hi) {
		return false
	}
	for i < hi && spaceAt(mask, i, hi) {
		if mask[i] == ' ' {
			i++
		} else {
			i += 2
		}
	}
	if i >= hi {
		return true
	}
	r, _ := utf8.DecodeRune(mask[i:hi])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '‘' || r == '('
}

// abbreviations whose period does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "prof": true, "no": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "corp": true,
	"co": true, "jr": true, "sr": true, "vs": true, "etc": true, "e.g": true, "i.e": true,
	"rev": true, "adm": true, "sgt": true, "maj": true, "cmdr": true, "msgr": true, "messrs": true,
	"sens": true, "reps": true, "govs": true, "gens": true,
}

func abbreviation(mask []byte, lo, i int) bool {
	j := i
	for j > lo && (unicode.IsLetter(rune(mask[j-1])) || mask[j-1] == '.') {
		j--
	}
	w := mask[j:i]
	if len(w) == 0 {
		return false
	}
	if len(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return true // an initial: Brian E. Nelson
	}
	if bytes.IndexByte(w, '.') >= 0 { // U.S.
		return true
	}
	return isAbbreviation(w)
}

// isAbbreviation reports whether abbreviations holds w in lower case,
// lowering it without allocating: a word of more bytes than any
// abbreviation, or with a byte beyond ASCII, is none of them.
func isAbbreviation(w []byte) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return false
	}
	for i, c := range w {
		if c >= utf8.RuneSelf {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(w)])]
}

// spaceAt reports whether a space or a no-break space is at i.
func spaceAt(b []byte, i, hi int) bool {
	return b[i] == ' ' || b[i] == 0xc2 && i+1 < hi && b[i+1] == 0xa0
}
