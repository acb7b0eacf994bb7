package schema

import (
	"strings"
	"testing"
)

// TestAMissingCommaIsPlacedWhereItGoes: the decoder stops at the member
// after a missing comma; the error names the end of the value before it,
// where the comma is to be written.
func TestAMissingCommaIsPlacedWhereItGoes(t *testing.T) {
	src := "{\n  \"a\": 1,\n  \"b\": \"two\"\n  \"c\": 3\n}\n"
	var v map[string]any
	err := DecodeJSON("m.json", []byte(src), &v)
	if err == nil || !strings.HasPrefix(err.Error(), "m.json:3:13: invalid JSON: expected a comma after this value, before what follows on line 4") {
		t.Errorf("DecodeJSON = %v; want the error at 3:13, the end of \"two\"", err)
	}
}
