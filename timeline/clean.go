package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Clean makes text from data safe and single-purpose for a terminal: escape
// sequences, control characters (but newline), bidi controls and invisible
// format characters are dropped; tabs become a space. Every string that came
// from a corpus passes through here before it is printed or drawn.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r), unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
}

// isPlain reports whether s needs no cleaning: the fast path for the
// overwhelmingly common case.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 {
			if c >= 0x80 {
				r, size := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
					return false
				}
				i += size - 1
				continue
			}
			return false
		}
	}
	return true
}

// CleanLine is [Clean] folded onto one line: runs of whitespace, newlines
// included, become one space. Single-line fields (titles, table cells)
// use it.
func CleanLine(s string) string { return strings.Join(strings.Fields(Clean(s)), " ") }
