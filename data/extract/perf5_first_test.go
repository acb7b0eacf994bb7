package extract

import (
	"strings"
	"testing"
)

// firstWords reads the words strings.Fields reads, and says when there
// are more.
func TestFirstWordsAsFields(t *testing.T) {
	for _, s := range []string{"", "one", " one two  three\u00a0four five six seven eight nine ten eleven ", "a\tb\nc"} {
		for n := range 12 {
			f := strings.Fields(s)
			want := strings.Join(f[:min(n, len(f))], " ")
			if len(f) > n {
				want += "…"
			}
			if got := firstWords(s, n); got != want {
				t.Errorf("firstWords(%q, %d) = %q; want %q", s, n, got, want)
			}
		}
	}
}
