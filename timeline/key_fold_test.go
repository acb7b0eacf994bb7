package timeline

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzFoldsASCII holds foldsASCII, which reads ASCII eight bytes at a
// time, to its meaning rune by rune: lower-casing changes nothing beyond
// ASCII letters, and no byte is invalid.
func FuzzFoldsASCII(f *testing.F) {
	for _, s := range []string{"", "plain ascii text, long enough", "abcdefgÉ", "abcdefghé", "12345678\xff", "ŠKODRA is a city", "short"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := true
		for i, r := range s {
			if r == utf8.RuneError && !validAt(s, i) || unicode.ToLower(r) != r && r >= utf8.RuneSelf {
				want = false
				break
			}
		}
		if got := foldsASCII(s); got != want {
			t.Fatalf("foldsASCII(%q) = %v, want %v", s, got, want)
		}
	})
}

// validAt reports whether the rune at i is a real U+FFFD, not a bad byte.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}
