package eight

const (
	// Ones has a 1 in each byte: Ones * c is c in each byte.
	Ones = 0x0101010101010101
	// Highs has each byte's high bit set.
	Highs = 0x8080808080808080
	// Lows has each byte's seven low bits set.
	Lows = 0x7f7f7f7f7f7f7f7f
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
	v := w ^ Ones*uint64(c)
	return ^((v&Lows + Lows) | v | Lows)
}

// AnyZero is not 0 if and only if a byte of w is 0: cheaper than Equal,
// but it says only whether, not where (a borrow from a zero byte may mark
// the byte after it).
func AnyZero(w uint64) uint64 { return (w - Ones) &^ w & Highs }

// Unprintable is not 0 if and only if a byte of w is not printable
// ASCII: a control byte (under a space: adding 0x60 leaves its high bit
// clear), DEL (adding 1 sets it) or a byte past ASCII (its high bit).
func Unprintable(w uint64) uint64 { return (w | (w + Ones) | ^(w + Ones*0x60)) & Highs }

// Plain reports whether s is ASCII with no control byte under a space
// and no byte c, eight bytes at a time. DEL passes: its test would cost a
// third more, and it is no harm where Plain is asked (a JSON string's
// bytes are their own value with or without it).
func Plain[T string | []byte](s T, c byte) bool {
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
// high bit (and borrows only follow one of those), and AnyZero finds c.
func plainWord(w uint64, c byte) uint64 {
	return ((w-Ones*0x20)|w)&Highs | AnyZero(w^Ones*uint64(c))
}

// Line reports whether s is printable ASCII (a space to '~') with single
// spaces between words and none at its ends, and holds neither a nor b
// (0 for none: it is not printable): text that cleaning and folding onto
// one line gives back as it is, as most titles and cells are.
func Line(s string, a, b byte) bool {
	space := true // a space at the start is as bad as two in a row
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := Word(s, i)
		if Unprintable(w)|AnyZero(w^Ones*uint64(a))|AnyZero(w^Ones*uint64(b)) != 0 {
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
