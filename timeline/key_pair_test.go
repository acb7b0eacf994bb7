package timeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexPairEveryPlace: indexPair finds a word at every place of texts
// of every length up to a few of its eight-byte steps, in either case,
// with decoys around it (its first bytes alone, its other case's
// neighbours, bytes beyond ASCII), as the reference finds it.
func TestIndexPairEveryPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const alphabet = "phPHiIsS -z\xc3\xa9"
	for _, w := range []string{"p", "h", "ph", "phi", "phish", "9z", "é", "-", "hp", "zz"} {
		word := newWord(w)
		for size := 0; size <= 40; size++ {
			for range 30 {
				b := make([]byte, size)
				for i := range b {
					b[i] = alphabet[r.IntN(len(alphabet))]
				}
				if size >= len(w) && r.IntN(2) == 0 {
					at := r.IntN(size - len(w) + 1)
					put := w
					if r.IntN(2) == 0 {
						put = strings.ToUpper(w)
						if len(put) != len(w) {
							put = w
						}
					}
					copy(b[at:], put)
				}
				s := string(b)
				want := strings.Index(asciiLower(s), w)
				if got := indexPair(s, &word); got != want {
					t.Fatalf("indexPair(%q, %q) = %d, want %d", s, w, got, want)
				}
			}
		}
	}
}
