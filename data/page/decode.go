package page

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decode returns the page as UTF-8 and the name of the charset it was
// in. The charset is found as a browser finds it (WHATWG): a byte-order
// mark, then a <meta charset> in the first 1024 bytes; with neither, a
// page that is valid UTF-8 throughout is UTF-8 (charset.DetermineEncoding
// looks only at those first bytes, which are often plain ASCII), and
// anything else Windows-1252, the web's legacy default. Bytes that do not
// decode become U+FFFD, so the text is always valid UTF-8.
func decode(src []byte) (string, string) {
	e, name, certain := charset.DetermineEncoding(src, "")
	if !certain && !declares(src) && utf8.Valid(src) {
		e, name = encoding.Nop, "utf-8"
	}
	var text string
	if e == encoding.Nop {
		text = string(src)
	} else if out, err := e.NewDecoder().Bytes(src); err == nil {
		text = string(out)
	} else {
		text = string(src)
	}
	text = strings.TrimPrefix(strings.ToValidUTF8(text, "\uFFFD"), "\ufeff")
	return text, name
}

// declares reports whether the page's first 1024 bytes name a charset,
// where DetermineEncoding looks for one.
func declares(src []byte) bool {
	head := src[:min(len(src), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}
