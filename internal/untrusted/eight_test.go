package untrusted

import (
	"strings"
	"testing"
)

// plainRef is PlainASCII a byte at a time.
func plainRef(s string, c byte) bool {
	for i := range len(s) {
		if b := s[i]; b < ' ' || b >= 0x80 || b == c {
			return false
		}
	}
	return true
}

// printableWithout reports whether s is printable ASCII without bytes a or b.
func printableWithout(s string, a, b byte) bool {
	for i := range len(s) {
		if c := s[i]; c < ' ' || c > '~' || c == a || c == b {
			return false
		}
	}
	return true
}

// lineRef is PlainLine a byte at a time.
func lineRef(s string, a, b byte) bool {
	if strings.HasPrefix(s, " ") || strings.HasSuffix(s, " ") || strings.Contains(s, "  ") {
		return false
	}
	return printableWithout(s, a, b)
}

// TestEveryByteEverywhere holds PlainASCII and PlainLine to their definitions,
// a byte at a time: every byte value at every place of strings of 1 to
// 20 bytes, among fillers that might borrow into it or sit beside a
// space.
func TestEveryByteEverywhere(t *testing.T) {
	for n := 1; n <= 20; n++ {
		for at := range n {
			for c := range 256 {
				for _, fill := range []byte{'a', ' ', 0x7e, 0x7f, 0x80, ']', '<', 0} {
					b := []byte(strings.Repeat(string(fill), n))
					b[at] = byte(c)
					s := string(b)
					for _, not := range []byte{0, '\\', '<', 0xa3} {
						if got, want := PlainASCII(s, not), plainRef(s, not); got != want {
							t.Fatalf("PlainASCII(%q, %q) = %t, want %t", s, not, got, want)
						}
						if got, want := PlainASCII(b, not), plainRef(s, not); got != want {
							t.Fatalf("PlainASCII([]byte(%q), %q) = %t, want %t", s, not, got, want)
						}
					}
					if got, want := PlainLine(s, '<', '&'), lineRef(s, '<', '&'); got != want {
						t.Fatalf("PlainLine(%q, '<', '&') = %t, want %t", s, got, want)
					}
					if got, want := PlainLine(s, 0, 0), lineRef(s, 0, 0); got != want {
						t.Fatalf("PlainLine(%q, 0, 0) = %t, want %t", s, got, want)
					}
				}
			}
		}
	}
}

// TestPlainLineSpaces: spaces across the words' boundaries.
func TestPlainLineSpaces(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"seven b eight by", true},
		{"seven b  eight by", false},
		{"sevenby  eightby", false}, // two spaces across a word boundary
		{"sevenby eightby ", false},
		{" sevenby eightby", false},
		{"sevenbyt eightby", true},
		{"sevenbyt", true},
		{"sevenby ", false},
	} {
		if got := PlainLine(tt.s, 0, 0); got != tt.want {
			t.Errorf("PlainLine(%q) = %t, want %t", tt.s, got, tt.want)
		}
	}
}

// FuzzPlainAndLine holds both to their definitions on any bytes.
func FuzzPlainAndLine(f *testing.F) {
	f.Add("A plain title of printable ASCII, as most are", byte('\\'))
	f.Add("two  spaces across eight", byte('<'))
	f.Add("\x1f\x20\x7f\x80", byte(0))
	f.Fuzz(func(t *testing.T, s string, c byte) {
		if got, want := PlainASCII(s, c), plainRef(s, c); got != want {
			t.Fatalf("PlainASCII(%q, %q) = %t, want %t", s, c, got, want)
		}
		if got, want := PlainLine(s, c, '&'), lineRef(s, c, '&'); got != want {
			t.Fatalf("PlainLine(%q, %q, '&') = %t, want %t", s, c, got, want)
		}
	})
}
