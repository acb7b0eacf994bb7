package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Level says what a problem did to the load.
type Level uint8

// Levels of [Error].
const (
	Fatal Level = iota // nothing loads until it is fixed
	Skip               // the article it concerns is left out; the rest loads
	Note               // the text was normalised, or looks damaged; it loads, nothing is lost
)

// Error is one problem found in a corpus file.
type Error struct {
	Level Level
	File  string // path as the user gave it, e.g. seeds/annotations.json
	Line  int    // 1-based; 0 when the problem has no single place
	Col   int    // 1-based; 0 when unknown
	Kind  string // item kind, e.g. "event"; "" for file-level problems
	ID    string // item id
	Field string // field within the item
	Err   error
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Level == Note {
		b.WriteString("note: ")
	}
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Kind != "" {
		fmt.Fprintf(&b, "%s %q: ", e.Kind, e.ID)
	}
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Err.Error())
	if e.Level == Skip {
		b.WriteString(" (left out; the rest of the corpus loads)")
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// LineCol converts a byte offset in src to a 1-based line and column
// (the column counts runes).
func LineCol(src []byte, off int64) (int, int) {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	before := string(src[:off])
	line := strings.Count(before, "\n") + 1
	col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

// DecodeJSON decodes src strictly into v (no unknown or repeated member,
// valid UTF-8, nothing after the document) and turns a failure into an
// *Error at the offending line and column. It uses the JSON v2 decoder
// (github.com/go-json-experiment/json), which reads src in place, about
// three times as fast as encoding/json, and says where every error is.
func DecodeJSON(file string, src []byte, v any) error {
	return JSONError(file, jsonv2.Unmarshal(src, v, jsonv2.RejectUnknownMembers(true)), src)
}

// JSONError turns a JSON v2 error from decoding src into an *Error at
// the offending line and column; with src nil, it names the file only.
func JSONError(file string, err error, src []byte) error {
	if err == nil {
		return nil
	}
	var off int64
	var mine *WantError
	var syn *jsontext.SyntacticError
	var sem *jsonv2.SemanticError
	switch {
	case errors.As(err, &syn):
		off = syn.ByteOffset
		switch msg := syn.Err.Error(); {
		case strings.Contains(msg, "after top-level value"):
			err = errors.New("unexpected data after the JSON document")
		case syn.Err == jsontext.ErrDuplicateName:
			err = fmt.Errorf("%s is given twice; give each field once", FieldPath(syn.JSONPointer))
		case strings.Contains(msg, "(expecting ',' or") && src != nil:
			// a comma left out: the place to write it is the end of the
			// value before, often the line above the next member's
			next := off
			for off > 0 && strings.IndexByte(" \t\r\n", src[off-1]) >= 0 {
				off--
			}
			nl, _ := LineCol(src, next)
			err = fmt.Errorf("invalid JSON: expected a comma after this value, before what follows on line %d (%s)", nl, msg)
		case strings.Contains(msg, "invalid UTF-8"):
			err = fmt.Errorf("invalid UTF-8 in %s; save the file as UTF-8", FieldPath(syn.JSONPointer))
		default:
			err = fmt.Errorf("invalid JSON: %s", msg)
		}
	case errors.As(err, &mine):
		off = mine.Off
		err = fmt.Errorf("%s: %s", FieldPath(mine.At), mine.Msg)
	case errors.As(err, &sem):
		off = sem.ByteOffset
		if sem.Err == jsonv2.ErrUnknownName {
			err = fmt.Errorf("unknown field %q in %s (not part of schema %d; check the spelling)",
				sem.JSONPointer.LastToken(), FieldPath(sem.JSONPointer.Parent()), Version)
			break
		}
		found := "a JSON " + KindName(sem.JSONKind)
		if sem.JSONKind == '0' && src != nil && sem.GoType != nil && reflect.Zero(sem.GoType).CanInt() {
			found = numberFound(src, off)
		}
		err = fmt.Errorf("%s: expected %s, found %s", FieldPath(sem.JSONPointer), jsonKindOf(sem.GoType), found)
	default:
		err = errors.New(strings.TrimPrefix(err.Error(), "json: "))
	}
	if src == nil {
		return &Error{File: file, Err: err}
	}
	line, col := LineCol(src, off)
	return &Error{File: file, Line: line, Col: col, Err: err}
}

// numberFound says what is wrong with the JSON number at off in src
// that did not fit: it has a fraction or exponent, or is too large.
func numberFound(src []byte, off int64) string {
	end := off
	for end < int64(len(src)) && strings.IndexByte("+-.eE0123456789", src[end]) >= 0 {
		end++
	}
	n := string(src[off:end])
	if len(n) > 24 {
		n = n[:21] + "..."
	}
	if strings.ContainsAny(n, ".eE") {
		return n + ", which is not a whole number"
	}
	if strings.HasPrefix(n, "-") {
		return n + ", which is out of range"
	}
	return n + ", which is too large"
}

// WantError is a problem a custom decoder found at a place in the JSON.
type WantError struct {
	Off int64
	At  jsontext.Pointer
	Msg string
}

func (e *WantError) Error() string { return FieldPath(e.At) + ": " + e.Msg }

// FieldPath writes a JSON pointer as a reader would: events[2].sources[0].
func FieldPath(p jsontext.Pointer) string {
	var b strings.Builder
	for tok := range p.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil && b.Len() > 0 {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(tok)
	}
	if b.Len() == 0 {
		return "the document"
	}
	return b.String()
}

// KindName names a kind of JSON value.
func KindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "boolean"
	case '"':
		return "string"
	case '0':
		return "number"
	case '{':
		return "object"
	case '[':
		return "array"
	}
	return "value"
}

// jsonKindOf names the JSON a Go type is read from.
func jsonKindOf(t reflect.Type) string {
	if t == nil {
		return "a value"
	}
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Pointer:
		return jsonKindOf(t.Elem()) + " or null"
	}
	return "an object"
}

// Locator finds the line where an item with a given id is defined in a
// JSON file, so validation errors can point at it.
type Locator struct {
	File string
	Src  []byte
}

func (l Locator) ErrorFor(v *timeline.ValidationError) *Error {
	e := &Error{File: l.File, Kind: v.Kind, ID: v.ID, Field: v.Field, Err: v.Err}
	section := map[string]string{
		"actor": "actors", "event": "events", "statement": "statements", "quote": "quotes",
		"article": "articles", "outlet": "outlets", "country": "countries", "discrepancy": "discrepancies",
	}[v.Kind]
	start := 0
	if section != "" {
		if loc := regexp.MustCompile(`"` + section + `"\s*:`).FindIndex(l.Src); loc != nil {
			start = loc[1]
		}
	}
	pattern := `"id"\s*:\s*` + regexp.QuoteMeta(QuoteJSON(v.ID))
	if v.Kind == "country" {
		pattern = regexp.QuoteMeta(QuoteJSON(v.ID)) + `\s*:`
	}
	if loc := regexp.MustCompile(pattern).FindIndex(l.Src[start:]); loc != nil {
		e.Line, e.Col = LineCol(l.Src, int64(start+loc[0]))
	}
	return e
}

func QuoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
