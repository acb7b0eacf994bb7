package extract

import (
	"strings"
	"testing"
)

// trimEntityPunct trims what strings.Trim trims, and mayBeDefinite
// passes every word that lower-cases to a definite word, over the words
// of the tuned stories and words made for the edges (invalid UTF-8, a
// word all punctuation, a capital that lower-cases to ASCII).
func TestEntityWordHelpersAsTheStandardLibrary(t *testing.T) {
	words := []string{"", "“", "(“the”),", "’s", "Its", "THEIR", "\u0130TS", "the\xff", "\xe2\x80", "“\xe2\x80", "x’”", "galleries’", "(its", "(’s)", "“’"}
	for _, s := range precheckTexts(t) {
		words = append(words, strings.Fields(s)...)
	}
	definite := 0
	for _, w := range words {
		want := strings.Trim(w, ",;:.“”\"'’()")
		if got := trimEntityPunct(w); got != want {
			t.Errorf("trimEntityPunct(%q) = %q, want %q", w, got, want)
		}
		if got, want := trimTitlePunct(w), strings.Trim(w, ",;:.“”\"'’"); got != want {
			t.Errorf("trimTitlePunct(%q) = %q, want %q", w, got, want)
		}
		if definiteWords[strings.ToLower(want)] {
			definite++
			if !mayBeDefinite(want) {
				t.Errorf("mayBeDefinite(%q) = false, but it is a definite word", want)
			}
		}
	}
	if definite < 100 {
		t.Fatalf("only %d definite words of %d: the test reads too little", definite, len(words))
	}
}
