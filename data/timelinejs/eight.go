package timelinejs

// Reading text eight bytes at a time: the cells of a large CSV are read
// byte by byte twice (cut at commas, then checked for plain text), and a
// word of eight bytes tested at once takes a few operations where eight
// bytes took a test and a branch each. Whether a cell is plain text is
// untrusted.PlainLine's loop, shared with the export and CleanLine; the
// words here cut the cells.

const (
	ones = 0x0101010101010101
	lows = 0x7f7f7f7f7f7f7f7f
)

// word is the eight bytes of s from i on, the first in the lowest bits.
func word[T string | []byte](s T, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// equal has the high bit of each byte of w that is c set, and no other
// bit: exact, with no carry from one byte to the next.
func equal(w uint64, c byte) uint64 {
	v := w ^ ones*uint64(c)
	return ^((v&lows + lows) | v | lows)
}
