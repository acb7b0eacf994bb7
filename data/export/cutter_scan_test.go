package export

import (
	"bytes"
	"testing"
)

// TestScansFindTheFirst holds nextStructural and indexQuote to the byte
// at a time: every byte value at every place of 1 to 40 bytes, among
// fillers, and a second one after it.
func TestScansFindTheFirst(t *testing.T) {
	structuralRef := func(b []byte) int {
		for i, c := range b {
			if structural[c] {
				return i
			}
		}
		return len(b)
	}
	for n := 1; n <= 40; n++ {
		for at := range n {
			for c := range 256 {
				for _, fill := range []byte{' ', 'a', 0x7b ^ 0x20, 0xff, ':'} {
					b := bytes.Repeat([]byte{fill}, n)
					b[at] = byte(c)
					if at+3 < n {
						b[at+3] = '"'
					}
					if got, want := nextStructural(b), structuralRef(b); got != want {
						t.Fatalf("nextStructural(%q) = %d, want %d", b, got, want)
					}
					if got, want := indexQuote(b), bytes.IndexByte(b, '"'); got != want {
						t.Fatalf("indexQuote(%q) = %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}
