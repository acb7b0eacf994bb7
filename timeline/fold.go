package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendLower appends s in lower case, as strings.ToLower would (an
// invalid byte becomes U+FFFD), without allocating.
func appendLower(dst []byte, s string) []byte {
	// Copy, then lower ASCII in place: most text is ASCII, and this runs
	// over every event's text on load.
	n := len(dst)
	dst = append(dst, s...)
	for i, c := range dst[n:] {
		switch {
		case c >= utf8.RuneSelf:
			return appendLowerRunes(dst[:n+i], s[i:])
		case 'A' <= c && c <= 'Z':
			dst[n+i] = c + 'a' - 'A'
		}
	}
	return dst
}

// appendLowerRunes is appendLower for text that is not all ASCII.
func appendLowerRunes(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// word is a search word, in lower case, ready to be looked for.
type word struct {
	text  string
	bytes []byte // the same, to look for in the copies
	key   int    // the byte of it looked for first (the rarest, by an English letter frequency)
	// letters are its ASCII letters, a bit each (wordLetters); one says
	// it is a single letter, which an event's letters then answer alone.
	letters uint32
	one     bool
	pair    pair // what indexPair looks for in a short text
}

func newWord(s string) word {
	k := 0
	for i := range len(s) {
		if byteRank[s[i]] < byteRank[s[k]] {
			k = i
		}
	}
	letters, one := wordLetters(s)
	return word{text: s, bytes: []byte(s), key: k, letters: letters, one: one, pair: newPair(s, k)}
}

// byteRank orders bytes from rarest (0) to most common in English text:
// the letters by their frequency, every other byte rarer than any letter.
var byteRank = func() (rank [256]uint8) {
	const common = "zqxjkvbpygfwmucldrhsnioate" // rarest first
	for i, c := range common {
		rank[c] = uint8(100 + i)
	}
	rank[' '] = 200
	return rank
}()

// indexFold returns the index of the first instance of w in s, with s's
// ASCII letters taken in lower case, or -1. In a long text it looks for
// w's rarest byte and then checks the bytes around; for a letter it
// follows both cases. A short one, or a word whose rarest byte is a
// common letter, it reads by pairs (indexPair): along an article, a
// letter as common as b or p (one byte in fifty or so) stops IndexByte
// every few dozen bytes, and the pairs read it in half the time.
func indexFold(s string, w word) int { return indexFoldOf(s, &w) }

// indexFoldOf is indexFold for a word not copied: a word is about a
// hundred bytes, and a search of a million candidates calls it for each.
func indexFoldOf(s string, w *word) int {
	if len(s) <= pairUpTo || byteRank[w.text[w.key]] >= pairsFrom {
		return indexPair(s, w) // read eight places at a time
	}
	n, k := len(w.text), w.key
	c := w.text[k]
	if c < 'a' || 'z' < c {
		for at := k; at < len(s); {
			j := strings.IndexByte(s[at:], c)
			if j < 0 || at+j-k+n > len(s) {
				return -1
			}
			if p := at + j - k; equalFold(s[p:p+n], w.text) {
				return p
			}
			at += j + 1
		}
		return -1
	}
	// lo is where c is next from at (len(s) for nowhere); the upper case
	// is looked for only before it, so no byte is read twice for it.
	lo, up := -1, c-'a'+'A'
	for at := k; at < len(s); {
		if lo < at {
			if lo = strings.IndexByte(s[at:], c); lo >= 0 {
				lo += at
			} else {
				lo = len(s)
			}
		}
		next := lo
		if j := strings.IndexByte(s[at:lo], up); j >= 0 {
			next = at + j
		}
		if next-k+n > len(s) {
			return -1
		}
		if p := next - k; equalFold(s[p:p+n], w.text) {
			return p
		}
		at = next + 1
	}
	return -1
}

// pairsFrom is the rank (byteRank) from which a word's rarest byte is
// common enough that a long text is read by pairs: the letters from b
// on.
var pairsFrom = byteRank['b']

// equalFold reports whether s, with its ASCII letters in lower case, is w.
func equalFold(s, w string) bool {
	for i := range len(w) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// foldsASCII reports whether lower-casing s (as appendLower does) would
// change nothing but its ASCII letters. ASCII text, most of it, is read
// eight bytes at a time.
func foldsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load8(s, i)&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}
