package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// EncodeJSON writes v as indented JSON without HTML escaping, so the text
// of spans stays readable and byte-identical to the articles once decoded.
// Every rune a terminal could act on or that is invisible (controls, C1,
// format characters such as bidi overrides, separators) is written as a
// \u escape: the document's bytes are safe to print, its strings exact.
func EncodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return escapeInvisible(buf.Bytes()), nil
}

// escapeInvisible rewrites, in JSON that encoding/json wrote, each rune
// that is not printable as a \u escape. Such runes only occur inside
// strings (the encoder escapes C0 controls itself), so the JSON means the
// same. The joiners U+200C/D stay, as untrusted.Clean keeps them.
func escapeInvisible(b []byte) []byte {
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

func invisible(r rune) bool {
	return r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029 ||
		unicode.Is(unicode.Cf, r) && r != 0x200C && r != 0x200D
}
