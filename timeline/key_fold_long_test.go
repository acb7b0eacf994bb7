package timeline

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexFoldAlongLongTexts holds indexFold, asked from place to place
// along texts longer than an event's (read by pairs or by a rare byte,
// as the word's rarest byte is common or not), to every place a word is
// in it with its ASCII letters in either case, as a plain search of the
// text lowered finds them.
func TestIndexFoldAlongLongTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 5))
	const letters = "phPHzZiIs -é"
	for range 500 {
		b := make([]byte, pairUpTo+r.IntN(600))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		text := string(b)
		w := strings.ToLower(string(letters[r.IntN(6)]))
		for range r.IntN(4) {
			w += strings.ToLower(string(letters[r.IntN(len(letters))]))
		}
		low := []byte(text)
		for i, c := range low {
			if 'A' <= c && c <= 'Z' {
				low[i] = c + 'a' - 'A'
			}
		}
		lower, nw := string(low), newWord(w)
		for from := 0; from <= len(text); {
			want := strings.Index(lower[from:], w)
			got := indexFold(text[from:], nw)
			if got != want {
				t.Fatalf("%q in %q from %d: %d, want %d", w, text, from, got, want)
			}
			if want < 0 {
				break
			}
			from += want + 1 + r.IntN(3)
		}
	}
}
