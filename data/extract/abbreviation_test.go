package extract

import (
	"strings"
	"testing"
)

// TestIsAbbreviationAsLowered holds isAbbreviation to looking the word
// up lower-cased: every abbreviation in three cases, and words that are
// none (longer than any, beyond ASCII, a prefix of one).
func TestIsAbbreviationAsLowered(t *testing.T) {
	var words []string
	for a := range abbreviations {
		words = append(words, a, strings.ToUpper(a), strings.ToUpper(a[:1])+a[1:])
	}
	words = append(words, "Minister", "Messrsx", "Governments", "Mé", "ÉTC", "Se", "M", "", "Sept", "SEPTEMBER")
	for _, w := range words {
		if got, want := isAbbreviation([]byte(w)), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("isAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}
