package timeline

import (
	"strings"
	"testing"
)

// TestNormWordAsGeneral holds normWord's shortcut to what the general
// way gives: lower case with apostrophes unified, for words that take the
// shortcut (plain ASCII) and words that must not (capitals, a backquote,
// curly apostrophes, letters beyond ASCII).
func TestNormWordAsGeneral(t *testing.T) {
	for _, w := range []string{
		"said", "u.s", "cyber-attack", "iran's", "2022", "x",
		"Said", "IRAN", "iRan", "Z", "A1", "rock`n", "Iran’s", "it‘s", "ʼtis", "Škoda", "café", "ΑΘΗΝΑ",
	} {
		want := strings.ToLower(apostrophes.Replace(w))
		if got := normWord(w); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// BenchmarkTokenize tokenises a paragraph of reported speech, as a
// quotation's words are read for grouping and alignment.
func BenchmarkTokenize(b *testing.B) {
	s := strings.Repeat("“We will not be intimidated,” the Prime Minister’s office said on Tuesday, adding that the U.S. and its allies were “ready to help”... ", 4)
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(s)
	}
}
