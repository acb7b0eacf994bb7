package untrusted

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// EscapeJSON rewrites, in JSON that encoding/json wrote, each rune a
// terminal could act on or that is invisible (C1 controls, format
// characters such as bidi overrides, line and paragraph separators) as a
// \u escape. Such runes only occur inside strings (the encoder escapes C0
// controls itself), so the JSON means the same, its strings exact, and
// its bytes are safe to print. The joiners U+200C/D stay, as [Clean]
// keeps them.
func EscapeJSON(b []byte) []byte {
	first := nextInvisible(b)
	if first < 0 {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/64)
	for at := first; at >= 0; at = nextInvisible(b) {
		out.Write(b[:at]) // the printable runes before it, at once
		r, n := utf8.DecodeRune(b[at:])
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, "\\u%04x\\u%04x", r1, r2)
		} else {
			fmt.Fprintf(&out, "\\u%04x", r)
		}
		b = b[at+n:]
	}
	out.Write(b)
	return out.Bytes()
}

// nextInvisible returns where the first invisible rune of b begins, or -1.
// Bytes below 0x7F are never invisible (the encoder escaped the C0
// controls), so they are passed over without decoding: most of an export
// is ASCII.
func nextInvisible(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < 0x7F {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if invisible(r) {
			return i
		}
		i += n
	}
	return -1
}

// invisible reports whether EscapeJSON escapes r.
func invisible(r rune) bool {
	return r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029 ||
		unicode.Is(unicode.Cf, r) && r != 0x200C && r != 0x200D
}
