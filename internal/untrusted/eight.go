package untrusted

// Reading text eight bytes at a time: a word of eight bytes (a uint64,
// the first byte in its lowest bits) is tested at once, in a few
// operations, where eight bytes took a test and a branch each (SWAR).
// Loading a large file reads most of its bytes through such a test:
// whether a title, a cell or a JSON string is plain ASCII, left as it
// is. The sums and differences these tests take carry from one byte to
// the next only past a byte that fails the test anyway, so a word with
// no such byte sets no bit.

const (
	// ones has a 1 in each byte: ones * c is c in each byte.
	ones = 0x0101010101010101
	// highs has each byte's high bit set.
	highs = 0x8080808080808080
	// lows has each byte's seven low bits set.
	lows = 0x7f7f7f7f7f7f7f7f
)

// Word is the eight bytes of s from i on, the first in the lowest bits
// (one load, once compiled).
func Word[T string | []byte](s T, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Equal has the high bit of each byte of w that is c set, and no other
// bit: exact, with no carry from one byte to the next.
func Equal(w uint64, c byte) uint64 {
	v := w ^ ones*uint64(c)
	return ^((v&lows + lows) | v | lows)
}

// anyZero is not 0 if and only if a byte of w is 0: cheaper than equal,
// but it says only whether, not where (a borrow from a zero byte may mark
// the byte after it).
func anyZero(w uint64) uint64 { return (w - ones) &^ w & highs }

// unprintable is not 0 if and only if a byte of w is not printable
// ASCII: a control byte (under a space: adding 0x60 leaves its high bit
// clear), DEL (adding 1 sets it) or a byte past ASCII (its high bit).
func unprintable(w uint64) uint64 { return (w | (w + ones) | ^(w + ones*0x60)) & highs }

// PlainASCII reports whether s is ASCII with no control byte under a space
// and no byte c, eight bytes at a time. DEL passes: its test would cost a
// third more, and it is no harm where PlainASCII is asked (a JSON string's
// bytes are their own value with or without it).
func PlainASCII[T string | []byte](s T, c byte) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := Word(s, i)
		if plainWord(w, c) != 0 {
			return false
		}
	}
	if i < len(s) && len(s) >= 8 { // the last bytes: the last eight, again
		return plainWord(Word(s, len(s)-8), c) == 0
	}
	for ; i < len(s); i++ {
		if b := s[i]; b < ' ' || b >= 0x80 || b == c {
			return false
		}
	}
	return true
}

// plainWord is not 0 if and only if a byte of w is a control byte, c
// or past ASCII: a byte under a space borrows, a byte past ASCII has its
// high bit (and borrows only follow one of those), and anyZero finds c.
func plainWord(w uint64, c byte) uint64 {
	return ((w-ones*0x20)|w)&highs | anyZero(w^ones*uint64(c))
}

// PlainLine reports whether s is printable ASCII (a space to '~') with single
// spaces between words and none at its ends, and holds neither a nor b
// (0 for none: it is not printable): text that cleaning and folding onto
// one line gives back as it is, as most titles and cells are.
func PlainLine(s string, a, b byte) bool {
	space := true // a space at the start is as bad as two in a row
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := Word(s, i)
		if unprintable(w)|anyZero(w^ones*uint64(a))|anyZero(w^ones*uint64(b)) != 0 {
			return false
		}
		sp := Equal(w, ' ')
		if sp&(sp<<8) != 0 || space && sp&0x80 != 0 {
			return false
		}
		space = sp>>63 != 0
	}
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' || c > '~' || c == a || c == b:
			return false
		case c == ' ':
			if space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}
