package timeline

import "math/bits"

// Looking for a word in a short text. indexFold looks for the word's
// rarest byte with strings.IndexByte, once for each case of a letter:
// over an article that skips most of the text at a time, but in an
// event's own text or passage (about a hundred bytes) each call costs
// more than reading the bytes. indexPair reads such a text eight
// positions at a time instead, with no call: a position is a candidate
// when its byte and the next are the word's two bytes there, a letter
// in either case (byte | 0x20 is its lower case), found for eight
// positions at once in a uint64 (SWAR); each candidate is then checked
// whole.

// pairUpTo is the longest text indexFold reads by pairs (indexPair).
const pairUpTo = 384

// pair is what indexPair looks for: the bytes of a word at at and at+1,
// each repeated in the eight
// bytes of a uint64, and the bit that lowers a letter's case where the
// word has a letter, repeated the same way. For a word of one byte, b1
// and fold1 take any byte.
type pair struct {
	at           int
	b0, b1       uint64
	fold0, fold1 uint64
}

const (
	ones = 0x0101010101010101
	lo7  = 0x7f7f7f7f7f7f7f7f
)

// newPair is w's pair, at its rarest byte (key) and the next, or the one
// before when the rarest is its last.
func newPair(w string, key int) pair {
	switch len(w) {
	case 0:
		return pair{}
	case 1: // the next byte, anything: (x | ^0) ^ ^0 is 0
		p := newPair(w+w, 0)
		p.b1, p.fold1 = ^uint64(0), ^uint64(0)
		return p
	}
	at := key
	if at == len(w)-1 && at > 0 {
		at--
	}
	next := at + 1
	fold := func(c byte) uint64 {
		if 'a' <= c && c <= 'z' {
			return 0x20 * ones
		}
		return 0
	}
	return pair{at: at, b0: uint64(w[at]) * ones, b1: uint64(w[next]) * ones, fold0: fold(w[at]), fold1: fold(w[next])}
}

// load8 is s[i:i+8] as a little-endian uint64 (one load, once compiled).
func load8(s string, i int) uint64 { return load8of(s, i) }

// load8of is load8 of a string or of bytes (a search's lower-case copies,
// read without copying them into a string).
func load8of[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeros has 0x80 in each byte of z that is 0, and 0 in every other.
func zeros(z uint64) uint64 { return ^((z&lo7 + lo7) | z | lo7) }

// indexPair is indexFold for a short text: the index of the first
// instance of w in s, with s's ASCII letters taken in lower case, or -1.
func indexPair(s string, w *word) int {
	n := len(w.text)
	last := len(s) - n // the last place a match may start
	if last < 0 {
		return -1
	}
	p := &w.pair
	t := s[p.at:] // t[q] is s[q+at]: a candidate at q in t starts at q in s
	if len(t) < 9 {
		for q := 0; q <= last; q++ {
			if equalFold(s[q:q+n], w.text) {
				return q
			}
		}
		return -1
	}
	q := 0
	for ; q+9 <= len(t); q += 8 {
		x := (load8(t, q) | p.fold0) ^ p.b0
		y := (load8(t, q+1) | p.fold1) ^ p.b1
		for z := zeros(x | y); z != 0; z &= z - 1 {
			at := q + bits.TrailingZeros64(z)/8
			if at > last {
				return -1
			}
			if equalFold(s[at:at+n], w.text) {
				return at
			}
		}
	}
	// The places left, q up to the last but one of t, among the eight
	// that end there, those before q masked off.
	if e := len(t) - 9; q < len(t)-1 {
		x := (load8(t, e) | p.fold0) ^ p.b0
		y := (load8(t, e+1) | p.fold1) ^ p.b1
		for z := zeros(x|y) &^ (1<<(8*(q-e)) - 1); z != 0; z &= z - 1 {
			at := e + bits.TrailingZeros64(z)/8
			if at > last {
				return -1
			}
			if equalFold(s[at:at+n], w.text) {
				return at
			}
		}
	}
	// The last place of t, where only a word of one byte can start.
	if q := len(t) - 1; n == 1 && q <= last && equalFold(s[q:q+1], w.text) {
		return q
	}
	return -1
}
