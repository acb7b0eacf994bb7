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
	if !bytes.ContainsFunc(b, invisible) {
		return b
	}
	var out bytes.Buffer
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		switch {
		case !invisible(r):
			out.Write(b[:n])
		case r > 0xFFFF:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, "\\u%04x\\u%04x", r1, r2)
		default:
			fmt.Fprintf(&out, "\\u%04x", r)
		}
		b = b[n:]
	}
	return out.Bytes()
}

// invisible reports whether EscapeJSON escapes r.
func invisible(r rune) bool {
	return r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029 ||
		unicode.Is(unicode.Cf, r) && r != 0x200C && r != 0x200D
}
