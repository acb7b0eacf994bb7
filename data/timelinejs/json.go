package timelinejs

// Reading a TimelineJS JSON document into slides, each placed in the file.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// jsonIn is a TimelineJS JSON slide as read. TimelineJS writes numbers
// as numbers or strings, so every scalar is a scalar; fields cyberdesk
// does not use (media, background, eras, scale...) are ignored.
type jsonIn struct {
	StartDate   *dateIn `json:"start_date"`
	EndDate     *dateIn `json:"end_date"`
	DisplayDate scalar  `json:"display_date"`
	Text        *struct {
		Headline scalar `json:"headline"`
		Text     scalar `json:"text"`
	} `json:"text"`
	Group    scalar `json:"group"`
	UniqueID scalar `json:"unique_id"`
}

type dateIn struct {
	Year        scalar `json:"year"`
	Month       scalar `json:"month"`
	Day         scalar `json:"day"`
	DisplayDate scalar `json:"display_date"`
}

// scalar is a JSON string or number, as text; null is "".
type scalar string

// UnmarshalJSON accepts a string, a number or null.
func (v *scalar) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*v = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = scalar(strings.TrimSpace(s))
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		*v = scalar(b)
	default:
		return fmt.Errorf("want a string or a number, found %.20s", b)
	}
	return nil
}

// readJSON reads the title and event slides of a JSON document, walking
// its top level so each slide's place in the file is known.
func readJSON(file string, pos *positions) (*slide, []slide, []error) {
	src := pos.src
	// A first pass finds syntax errors, whose offsets only a whole-document
	// decode reports exactly.
	if err := jsonSyntax(file, src); err != nil {
		return nil, nil, []error{err}
	}
	r := &jsonReader{file: file, src: src, pos: pos, dec: json.NewDecoder(bytes.NewReader(src))}
	r.dec.Token() // the opening brace, known to be there
	for r.dec.More() {
		tok, _ := r.dec.Token()
		switch tok {
		case "title":
			if s, ok := r.slide(0); ok {
				r.title = &s
			}
		case "events":
			r.events()
		default:
			var skip json.RawMessage
			r.dec.Decode(&skip)
		}
	}
	return r.title, r.slides, r.errs
}

func jsonSyntax(file string, src []byte) error {
	dec := json.NewDecoder(bytes.NewReader(src))
	var raw json.RawMessage
	err := dec.Decode(&raw)
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		line, col := schema.LineCol(src, max(syn.Offset-1, 0)) // Offset is just past the fault
		return &schema.Error{File: file, Line: line, Col: col, Err: fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))}
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := schema.LineCol(src, int64(len(bytes.TrimRight(src, " \t\r\n"))))
		return &schema.Error{File: file, Line: line, Col: col, Err: errors.New("the document ends here, early: a value, an object or an array is not closed")}
	case err != nil:
		return &schema.Error{File: file, Err: fmt.Errorf("invalid JSON: %w", err)}
	case dec.More():
		off := dec.InputOffset()
		off += int64(len(src[off:]) - len(bytes.TrimLeft(src[off:], " \t\r\n")))
		line, col := schema.LineCol(src, off)
		return &schema.Error{File: file, Line: line, Col: col, Err: errors.New("unexpected data after the JSON document")}
	}
	return nil
}

type jsonReader struct {
	file   string
	src    []byte
	pos    *positions
	dec    *json.Decoder
	title  *slide
	slides []slide
	errs   []error
}

func (r *jsonReader) fail(off int64, err error) {
	r.errs = append(r.errs, r.pos.fail(r.file, cellPlace{off: off}, err))
}

// valueStart is where the next value begins: InputOffset can still be
// before the separator and space that lead to it.
func (r *jsonReader) valueStart() int64 {
	off := r.dec.InputOffset()
	for off < int64(len(r.src)) && strings.IndexByte(" \t\r\n,:", r.src[off]) >= 0 {
		off++
	}
	return off
}

func (r *jsonReader) events() {
	off := r.valueStart()
	if tok, _ := r.dec.Token(); tok != json.Delim('[') {
		r.fail(off, errors.New("events: want an array of slides"))
		r.skipRest(tok)
		return
	}
	for n := 1; r.dec.More(); n++ {
		if s, ok := r.slide(n); ok {
			r.slides = append(r.slides, s)
		}
	}
	r.dec.Token() // the closing bracket
}

// skipRest skips the remainder of a value whose first token was read.
func (r *jsonReader) skipRest(tok json.Token) {
	if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
		for depth := 1; depth > 0; {
			t, err := r.dec.Token()
			if err != nil {
				return
			}
			switch t {
			case json.Delim('{'), json.Delim('['):
				depth++
			case json.Delim('}'), json.Delim(']'):
				depth--
			}
		}
	}
}

// slide decodes the next value as slide n (0 for the title).
func (r *jsonReader) slide(n int) (slide, bool) {
	off := r.valueStart()
	s := slide{n: n, at: cellPlace{off: off}}
	var in jsonIn
	if err := r.dec.Decode(&in); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			what := s.label()
			if typ.Field != "" {
				what += ": " + typ.Field
			}
			r.fail(keyAt(r.src, off, r.dec.InputOffset(), typ.Field), fmt.Errorf("%s: want %s, found a JSON %s", what, kindOf(typ.Type), typ.Value))
		} else {
			r.fail(off, fmt.Errorf("%s: %s", s.label(), strings.TrimPrefix(err.Error(), "json: ")))
		}
		return s, false
	}
	s.id, s.group, s.display = string(in.UniqueID), string(in.Group), string(in.DisplayDate)
	if in.Text != nil {
		s.headline, s.text = string(in.Text.Headline), string(in.Text.Text)
	}
	s.start, s.end = in.StartDate.fields(), in.EndDate.fields()
	if s.display == "" && in.StartDate != nil && in.StartDate.DisplayDate != "" {
		s.display = string(in.StartDate.DisplayDate)
		if in.EndDate != nil && in.EndDate.DisplayDate != "" {
			s.display += "–" + string(in.EndDate.DisplayDate)
		}
	}
	return s, true
}

// keyAt is where, in the value at [off, end), the key of a dotted field path
// ("text.headline") is; off itself for the value as a whole.
func keyAt(src []byte, off, end int64, field string) int64 {
	if field == "" || off >= end || end > int64(len(src)) {
		return off
	}
	key := field[strings.LastIndexByte(field, '.')+1:]
	if loc := regexp.MustCompile(regexp.QuoteMeta(schema.QuoteJSON(key)) + `\s*:`).FindIndex(src[off:end]); loc != nil {
		return off + int64(loc[0])
	}
	return off
}

func (d *dateIn) fields() [3]string {
	if d == nil {
		return [3]string{}
	}
	return [3]string{string(d.Year), string(d.Month), string(d.Day)}
}

// kindOf names a Go type as the JSON it wants.
func kindOf(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	}
	return "a string or a number"
}
