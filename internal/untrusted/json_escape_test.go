package untrusted

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// escapeJSONRune is EscapeJSON read one rune at a time, the
// plain way: what the fast one must agree with.
func escapeJSONRune(b []byte) []byte {
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

func TestEscapeJSONAgreesRuneByRune(t *testing.T) {
	pieces := []string{"plain ", "é", "\u200b", "\u2028", "\u0085", "\x7f", "\U000E0041", "\u200d", "\xff", "\xe2\x80", "“q”", "\\u00", "\n"}
	r := rand.New(rand.NewPCG(5, 6))
	cases := []string{"", "ascii only", "\u200b", "a\u2029b", "end\U000E0041"}
	for range 2000 {
		var b bytes.Buffer
		for n := r.IntN(12); n >= 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		if got, want := EscapeJSON([]byte(c)), escapeJSONRune([]byte(c)); !bytes.Equal(got, want) {
			t.Fatalf("EscapeJSON(%q) = %q, want %q", c, got, want)
		}
	}
}
