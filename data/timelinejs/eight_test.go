package timelinejs

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// simpleRef is simple a byte at a time, as it was first written.
func simpleRef(s string) bool {
	space := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if space {
				return false
			}
			space = true
		case c > ' ' && c < 0x7f && c != '<' && c != '&':
			space = false
		default:
			return false
		}
	}
	return !space || s == ""
}

// randomCell is a cell of up to 40 bytes, mostly letters and single
// spaces, with now and then any byte at all: spaces doubled, leading,
// trailing, and bytes one off each that simple refuses.
func randomCell(r *rand.Rand) string {
	odd := []byte{0, '\t', '\n', 0x1f, 0x7f, 0x80, 0xa0, 0xac, 0xff, '<', '&', '"', ',', 0x21, 0x7e, 0x3b, 0x3d, 0x25, 0x27}
	var b strings.Builder
	for range r.IntN(41) {
		switch k := r.IntN(20); {
		case k < 4:
			b.WriteByte(' ')
		case k == 4:
			b.WriteByte(odd[r.IntN(len(odd))])
		case k == 5:
			b.WriteByte(byte(r.IntN(256)))
		default:
			b.WriteByte(byte('a' + r.IntN(26)))
		}
	}
	return b.String()
}

// TestSimpleEightAtATime: simple, eight bytes at a time, answers as a
// byte at a time does, wherever in a word the bytes fall.
func TestSimpleEightAtATime(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 0))
	for range 200_000 {
		s := randomCell(r)
		if got, want := simple(s), simpleRef(s); got != want {
			t.Fatalf("simple(%q) = %v, want %v", s, got, want)
		}
	}
	for c := range 256 { // every byte in every place of a word
		for at := range 9 {
			s := []byte("abcdefgh ij")
			s[at] = byte(c)
			if got, want := simple(string(s)), simpleRef(string(s)); got != want {
				t.Fatalf("simple(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestPlainLinesEightAtATime: lines of cells cut at commas eight bytes at
// a time are the records encoding/csv reads, whatever bytes the cells
// hold and wherever the commas fall.
func TestPlainLinesEightAtATime(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 0))
	for range 3000 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			for k := range 1 + r.IntN(20) {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteString(strings.NewReplacer("\n", "", "\r", "", "\"", "").Replace(randomCell(r)))
			}
			b.WriteByte('\n')
		}
		fieldReaderAgrees(t, []byte(b.String()))
	}
}
