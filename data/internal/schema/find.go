package schema

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// Pointer builds the JSON Pointer (RFC 6901) to a place in a document:
// strings name an object's members, ints index an array.
func Pointer(path ...any) jsontext.Pointer {
	var b strings.Builder
	for _, p := range path {
		b.WriteByte('/')
		switch p := p.(type) {
		case int:
			b.WriteString(strconv.Itoa(p))
		case string:
			b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(p))
		}
	}
	return jsontext.Pointer(b.String())
}

// Find returns the 1-based line and column where the value at ptr begins
// in src, or where its member name does when it is a member; when ptr is
// not in src, the deepest place on its way that is (the document itself
// at worst). It reads src only as far as it must; 0, 0 for src that does
// not begin as JSON.
func Find(src []byte, ptr jsontext.Pointer) (line, col int) {
	dec := jsontext.NewDecoder(bytes.NewReader(src))
	best, bestAt := int64(-1), jsontext.Pointer("-")
	for {
		before := dec.InputOffset()
		kind := dec.PeekKind()
		if kind == 0 {
			break
		}
		if _, err := dec.ReadToken(); err != nil {
			break
		}
		at := dec.StackPointer()
		if kind == ']' || kind == '}' {
			continue
		}
		if at == ptr || strings.HasPrefix(string(ptr), string(at)+"/") {
			if at != bestAt { // a member's name, not its value after it
				best, bestAt = before, at
			}
			if at == ptr {
				break
			}
			continue
		}
		if kind == '{' || kind == '[' {
			// a value off the way: pass over what it holds
			if err := skipRest(dec); err != nil {
				break
			}
		}
	}
	if best < 0 {
		return 0, 0
	}
	// before is where the previous token ended: step over the blanks,
	// colon or comma between it and this one
	for best < int64(len(src)) && bytes.IndexByte([]byte(" \t\r\n,:"), src[best]) >= 0 {
		best++
	}
	return LineCol(src, best)
}

// skipRest reads the rest of the object or array whose opening the
// decoder just read.
func skipRest(dec *jsontext.Decoder) error {
	for depth := 1; depth > 0; {
		t, err := dec.ReadToken()
		if err != nil {
			return err
		}
		switch t.Kind() {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
	}
	return nil
}
