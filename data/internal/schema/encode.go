package schema

import (
	"bytes"
	"encoding/json"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
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
	return untrusted.EscapeJSON(buf.Bytes()), nil
}
