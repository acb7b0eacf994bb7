// Package data builds a validated [timeline.Dataset] from a corpus: a
// directory of article texts, a manifest describing them and, optionally,
// curated annotations, all in the JSON vocabulary of schema.go. The embedded
// seeds are one such corpus and are loaded by exactly the same code.
//
// Every problem is reported as an [*Error] naming the file and, where the
// problem has one, the line and column, the item id and the field. Loading
// never stops at the first problem when later ones can still be found.
package data

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Level says what a problem did to the load.
type Level uint8

// Levels of [Error].
const (
	Fatal Level = iota // nothing loads until it is fixed
	Skip               // the article it concerns is left out; the rest loads
	Note               // the text was normalised; nothing is lost
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

// lineCol converts a byte offset in src to a 1-based line and column
// (the column counts runes).
func lineCol(src []byte, off int64) (int, int) {
	if off > int64(len(src)) {
		off = int64(len(src))
	}
	before := string(src[:off])
	line := strings.Count(before, "\n") + 1
	col := len([]rune(before[strings.LastIndexByte(before, '\n')+1:])) + 1
	return line, col
}

// decodeJSON decodes src strictly into v and turns a failure into an *Error
// at the offending line and column.
func decodeJSON(file string, src []byte, v any) error {
	dec := json.NewDecoder(strings.NewReader(string(src)))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if dec.More() {
			line, col := lineCol(src, dec.InputOffset())
			return &Error{File: file, Line: line, Col: col, Err: errors.New("unexpected data after the JSON document")}
		}
		return nil
	}
	off := dec.InputOffset()
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		off = syn.Offset
		err = fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ):
		off = typ.Offset
		err = fmt.Errorf("field %s: expected %s, found a JSON %s", typ.Field, typ.Type, typ.Value)
	default:
		msg := strings.TrimPrefix(err.Error(), "json: ")
		// encoding/json does not say where an unknown field is; find its key.
		if name, ok := strings.CutPrefix(msg, "unknown field "); ok {
			if loc := regexp.MustCompile(regexp.QuoteMeta(name) + `\s*:`).FindIndex(src); loc != nil {
				off = int64(loc[0])
			}
			msg += " (not part of schema " + fmt.Sprint(SchemaVersion) + "; check the spelling)"
		}
		err = errors.New(msg)
	}
	line, col := lineCol(src, off)
	return &Error{File: file, Line: line, Col: col, Err: err}
}

// locator finds the line where an item with a given id is defined in a
// JSON file, so validation errors can point at it.
type locator struct {
	file string
	src  []byte
}

func (l locator) errorFor(v *timeline.ValidationError) *Error {
	e := &Error{File: l.file, Kind: v.Kind, ID: v.ID, Field: v.Field, Err: v.Err}
	section := map[string]string{
		"actor": "actors", "event": "events", "statement": "statements", "quote": "quotes",
		"article": "articles", "outlet": "outlets", "country": "countries", "discrepancy": "discrepancies",
	}[v.Kind]
	start := 0
	if section != "" {
		if loc := regexp.MustCompile(`"` + section + `"\s*:`).FindIndex(l.src); loc != nil {
			start = loc[1]
		}
	}
	pattern := `"id"\s*:\s*` + regexp.QuoteMeta(quoteJSON(v.ID))
	if v.Kind == "country" {
		pattern = regexp.QuoteMeta(quoteJSON(v.ID)) + `\s*:`
	}
	if loc := regexp.MustCompile(pattern).FindIndex(l.src[start:]); loc != nil {
		e.Line, e.Col = lineCol(l.src, int64(start+loc[0]))
	}
	return e
}

func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
