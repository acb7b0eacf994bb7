package export

import (
	"bytes"
	"testing"
)

// TestPlainASCII holds plainASCII to its definition, one byte at a time:
// every byte value at every place of strings of 1 to 20 bytes, among
// plain letters, and after a byte that might borrow into it.
func TestPlainASCII(t *testing.T) {
	want := func(s []byte) bool {
		for _, c := range s {
			if c < 0x20 || c == '\\' || c >= 0x80 {
				return false
			}
		}
		return true
	}
	for n := 1; n <= 20; n++ {
		for at := range n {
			for c := range 256 {
				for _, fill := range []byte{'a', ' ', 0x7f, ']'} {
					s := bytes.Repeat([]byte{fill}, n)
					s[at] = byte(c)
					if got := plainASCII(s); got != want(s) {
						t.Fatalf("plainASCII(%q) = %t, want %t", s, got, want(s))
					}
				}
			}
		}
	}
}

// FuzzPlainASCII holds plainASCII to its definition on any bytes.
func FuzzPlainASCII(f *testing.F) {
	f.Add([]byte("A plain title of printable ASCII, as most are"))
	f.Add([]byte("a\\b"))
	f.Add([]byte("\x1f\x20\x7f\x80"))
	f.Fuzz(func(t *testing.T, s []byte) {
		want := true
		for _, c := range s {
			if c < 0x20 || c == '\\' || c >= 0x80 {
				want = false
			}
		}
		if got := plainASCII(s); got != want {
			t.Fatalf("plainASCII(%q) = %t, want %t", s, got, want)
		}
	})
}
