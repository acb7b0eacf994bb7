package corpus

import (
	"bytes"
	"errors"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// jsonEdit changes a JSON document in place: each edit replaces the bytes
// of one value, or adds elements at the end of an array, and every other
// byte stays as the person who wrote the file left it (their layout,
// their order of members, their blank lines). corpus add and refresh
// change a manifest and an annotations file this way, so what they did
// is all a diff shows.
type jsonEdit struct {
	src     []byte
	replace map[jsontext.Pointer][]byte   // the value's new JSON
	appends map[jsontext.Pointer][][]byte // elements to add at the array's end
	puts    map[jsontext.Pointer][]byte   // a member's new JSON, added if it is not there
}

func newJSONEdit(src []byte) *jsonEdit {
	return &jsonEdit{src: src, replace: map[jsontext.Pointer][]byte{}, appends: map[jsontext.Pointer][][]byte{}, puts: map[jsontext.Pointer][]byte{}}
}

// changed reports whether there is an edit to make.
func (e *jsonEdit) changed() bool {
	return len(e.replace)+len(e.appends)+len(e.puts) > 0
}

// put sets the member at ptr to v, encoded: its value is replaced where
// the object has the member, and the member added at the object's end
// where it does not.
func (e *jsonEdit) put(ptr jsontext.Pointer, v any) error {
	b, err := encodeValue(v)
	if err != nil {
		return err
	}
	e.puts[ptr] = b
	return nil
}

// set replaces the value at ptr with v, encoded.
func (e *jsonEdit) set(ptr jsontext.Pointer, v any) error {
	b, err := encodeValue(v)
	if err != nil {
		return err
	}
	e.replace[ptr] = b
	return nil
}

// add appends v, encoded, to the array at ptr.
func (e *jsonEdit) add(ptr jsontext.Pointer, v any) error {
	b, err := encodeValue(v)
	if err != nil {
		return err
	}
	e.appends[ptr] = append(e.appends[ptr], b)
	return nil
}

// encodeValue is v as the corpus writes JSON (schema.EncodeJSON), without
// the final newline.
func encodeValue(v any) ([]byte, error) {
	b, err := schema.EncodeJSON(v)
	return bytes.TrimSuffix(b, []byte("\n")), err
}

// errNotFound is an edit to a value the document does not have.
var errNotFound = errors.New("the value to change is not in the document")

// apply returns the edited document. Every value edited must be in it.
func (e *jsonEdit) apply() ([]byte, error) {
	spans := e.locate()
	type change struct {
		start, end int
		with       []byte
	}
	var changes []change
	for ptr, v := range e.replace {
		s, ok := spans[ptr]
		if !ok {
			return nil, errNotFound
		}
		changes = append(changes, change{s.start, s.end, v})
	}
	for ptr, v := range e.puts {
		if s, ok := spans[ptr]; ok {
			changes = append(changes, change{s.start, s.end, v})
			continue
		}
		obj, ok := spans[ptr.Parent()]
		if !ok || e.src[obj.start] != '{' {
			return nil, errNotFound
		}
		member, _ := encodeValue(ptr.LastToken())
		start, with := e.appendAt(obj, [][]byte{append(append(member, ": "...), v...)})
		changes = append(changes, change{start, obj.end - 1, with})
	}
	for ptr, elems := range e.appends {
		s, ok := spans[ptr]
		if !ok || e.src[s.start] != '[' {
			return nil, errNotFound
		}
		start, with := e.appendAt(s, elems)
		changes = append(changes, change{start, s.end - 1, with})
	}
	slices.SortFunc(changes, func(a, b change) int { return b.start - a.start })
	out := slices.Clone(e.src)
	for i, c := range changes {
		if i > 0 && c.end > changes[i-1].start {
			return nil, errors.New("two edits overlap")
		}
		out = slices.Concat(out[:c.start], c.with, out[c.end:])
	}
	return out, nil
}

// appendAt returns where to insert elems in the array (or members in the
// object) s and what: after its last element, each on a line of its own
// indented as the elements before it are (or, when it is empty, one step
// in from the line it opens on), the layout before its closing bracket
// kept.
func (e *jsonEdit) appendAt(s valueSpan, elems [][]byte) (int, []byte) {
	inner := e.src[s.start+1 : s.end-1]
	open := lineIndent(e.src, s.start)
	var b bytes.Buffer
	if len(bytes.TrimSpace(inner)) == 0 {
		indent := open + "  "
		b.WriteString("\n")
		for i, el := range elems {
			if i > 0 {
				b.WriteString(",\n")
			}
			b.WriteString(indent + reindent(el, indent))
		}
		b.WriteString("\n" + open)
		return s.start + 1, b.Bytes()
	}
	last := s.start + 1 + len(bytes.TrimRight(inner, " \t\r\n")) // after the last element
	first := s.start + 1 + (len(inner) - len(bytes.TrimLeft(inner, " \t\r\n")))
	indent := lineIndent(e.src, first)
	if !bytes.Contains(e.src[s.start:first], []byte("\n")) {
		indent = open + "  " // elements on the bracket's line: give the new ones lines of their own
	}
	for _, el := range elems {
		b.WriteString(",\n" + indent + reindent(el, indent))
	}
	b.Write(e.src[last : s.end-1]) // the layout before the closing bracket, as it was
	return last, b.Bytes()
}

// lineIndent is the whitespace that begins the line holding offset at.
func lineIndent(src []byte, at int) string {
	start := bytes.LastIndexByte(src[:at], '\n') + 1
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// reindent indents every line of v after its first by indent.
func reindent(v []byte, indent string) string {
	return strings.ReplaceAll(string(v), "\n", "\n"+indent)
}

// valueSpan is the bytes [start, end) of a value in a document.
type valueSpan struct{ start, end int }

// locate finds, in one pass, where each value to be edited lies.
func (e *jsonEdit) locate() map[jsontext.Pointer]valueSpan {
	want := map[jsontext.Pointer]bool{}
	for p := range e.replace {
		want[p] = true
	}
	for p := range e.appends {
		want[p] = true
	}
	for p := range e.puts {
		want[p], want[p.Parent()] = true, true
	}
	out := map[jsontext.Pointer]valueSpan{}
	dec := jsontext.NewDecoder(bytes.NewReader(e.src))
	var opens []int // where each open object or array began
	for {
		before := dec.InputOffset()
		kind := dec.PeekKind()
		if kind == 0 {
			break
		}
		if _, err := dec.ReadToken(); err != nil {
			break
		}
		start := int(before)
		for start < len(e.src) && bytes.IndexByte([]byte(" \t\r\n,:"), e.src[start]) >= 0 {
			start++
		}
		switch kind {
		case '{', '[':
			opens = append(opens, start)
		case '}', ']':
			if len(opens) == 0 {
				return out
			}
			open := opens[len(opens)-1]
			opens = opens[:len(opens)-1]
			if p := dec.StackPointer(); want[p] {
				out[p] = valueSpan{open, int(dec.InputOffset())}
			}
		default:
			// a scalar, or an object member's name: the value read after
			// a name has the same pointer and takes its place
			if p := dec.StackPointer(); want[p] {
				out[p] = valueSpan{start, int(dec.InputOffset())}
			}
		}
	}
	return out
}
