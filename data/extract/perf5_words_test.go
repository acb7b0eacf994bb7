package extract

import (
	"strings"
	"testing"
)

// The helpers read the words strings.Fields reads, spaces of every kind
// and broken bytes included.
func TestFieldHelpersSplitAsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " Mr. and  Mrs.\u00a0Lorn ", "\tone\ntwo", "x\u2003y z", "é \xff b", "\u0085", "a\u0085b\u00a0"} {
		f := strings.Fields(s)
		first, n := firstField(s)
		want := ""
		if len(f) > 0 {
			want = f[0]
		}
		if first != want || n != min(len(f), 2) {
			t.Errorf("firstField(%q) = %q, %d; want %q, %d", s, first, n, want, min(len(f), 2))
		}
		l, k := lastFields(s)
		if k != min(len(f), 3) {
			t.Errorf("lastFields(%q) counts %d; want %d", s, k, min(len(f), 3))
		}
		for i := range k {
			if l[i] != f[len(f)-1-i] {
				t.Errorf("lastFields(%q)[%d] = %q; want %q", s, i, l[i], f[len(f)-1-i])
			}
		}
	}
}

// pronounGender reads a pronoun in any case, and nothing that only folds
// to one ("ſhe", with a long s, lower-cases to itself).
func TestPronounGenderCases(t *testing.T) {
	for w, want := range map[string]gender{"He": genderMale, "SHE,": genderFemale, "herself.": genderFemale,
		"Himself": genderMale, "ſhe": genderUnknown, "hers": genderUnknown, "the": genderUnknown, "": genderUnknown} {
		if got := pronounGender(w); got != want {
			t.Errorf("pronounGender(%q) = %v; want %v", w, got, want)
		}
	}
}

// spacedWord finds what the two strings.Contains it stands for find.
func TestSpacedWordAsContains(t *testing.T) {
	for _, s := range []string{"", " ", " the minister ", " a deputy minister, said", " ministers ", " prime-minister ", "minister ", " minister", " aminister minister,", " minister minister "} {
		for _, w := range []string{"minister", "a", "", " "} {
			want := strings.Contains(s, " "+w+" ") || strings.Contains(s, " "+w+",")
			if got := spacedWord(s, w); got != want {
				t.Errorf("spacedWord(%q, %q) = %v; want %v", s, w, got, want)
			}
		}
	}
}
