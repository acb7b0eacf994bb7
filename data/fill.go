package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Fill completes hand-written annotations: every span given only as text
// (start and end both 0) gets the offsets of that text in its article,
// taking the Nth occurrence when nth is set and requiring the text to be
// unique otherwise; every actor with no "mentions" key gets the spans where
// its aliases occur as whole words. It returns the annotations file
// re-encoded canonically. Hand-curators write text; the loader then checks
// offsets and text agree forever after.
func Fill(fsys fs.FS, dir string) ([]byte, error) {
	l := &loader{fsys: fsys, dir: dir}
	if _, ok := l.load(); !ok && l.annotationsSrc == nil {
		return nil, joinErrs(l.errs)
	}
	var a annotations
	if err := decodeJSON(l.path(AnnotationsFile), l.annotationsSrc, &a); err != nil {
		return nil, err
	}
	f := filler{l: l}
	f.index(a.Actors)
	for i := range a.Actors {
		act := &a.Actors[i]
		for j := range act.Roles {
			f.fill("actor", act.ID, &act.Roles[j].Source)
		}
		if act.Mentions == nil {
			act.Mentions = f.mentions(act.ID, act.Aliases)
		}
		for j := range act.Mentions {
			f.fill("actor", act.ID, &act.Mentions[j])
		}
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		f.fill("quote", q.ID, &q.Span)
		if q.Attribution != nil {
			f.fill("quote", q.ID, q.Attribution)
		}
	}
	for i := range a.Events {
		for j := range a.Events[i].Sources {
			f.fill("event", a.Events[i].ID, &a.Events[i].Sources[j].Span)
		}
	}
	for i := range a.Discrepancies {
		for j := range a.Discrepancies[i].Sides {
			f.fill("discrepancy", a.Discrepancies[i].ID, &a.Discrepancies[i].Sides[j].Span)
		}
	}
	if len(f.errs) > 0 {
		return nil, joinErrs(f.errs)
	}
	return encodeJSON(a)
}

func joinErrs(errs []error) error {
	var b strings.Builder
	for _, e := range errs {
		b.WriteString(e.Error() + "\n")
	}
	return fmt.Errorf("%s", strings.TrimSuffix(b.String(), "\n"))
}

type filler struct {
	l    *loader
	errs []error

	articles []articleRef
}

// articleRef is an article with the ranges no mention may fall in: page
// furniture and outlet names, and where each actor's aliases occur.
type articleRef struct {
	ID, Text string
	blocked  [][2]int
	byActor  map[string][][2]int
}

// index finds, once per article, the furniture, the outlet names and every
// actor's alias matches, so each actor's mentions are a filter over them.
func (f *filler) index(actors []jsonActor) {
	var outlets []string
	for _, o := range f.l.manifest.Outlets {
		outlets = append(outlets, o.Name, strings.TrimPrefix(o.Name, "The "))
	}
	for _, it := range f.l.manifest.Articles {
		a, ok := f.l.articles[it.ID]
		if !ok {
			continue
		}
		ref := articleRef{ID: a.ID, Text: a.Text.Verbatim(), byActor: map[string][][2]int{}}
		for _, fu := range it.Furniture {
			ref.blocked = append(ref.blocked, [2]int{fu.Start, fu.End})
		}
		ref.blocked = append(ref.blocked, extract.AliasMatches(a.Text.Verbatim(), outlets)...)
		for _, act := range actors {
			ref.byActor[act.ID] = extract.AliasMatches(a.Text.Verbatim(), act.Aliases)
		}
		f.articles = append(f.articles, ref)
	}
}

func (f *filler) fill(kind, id string, s *jsonSpan) {
	defer func() { s.Nth = 0 }()
	if s.Start != 0 || s.End != 0 {
		return
	}
	a, ok := f.l.articles[s.Article]
	if !ok {
		f.errs = append(f.errs, fmt.Errorf("%s %q: unknown article %q", kind, id, s.Article))
		return
	}
	var at []int
	for off := 0; ; {
		i := strings.Index(a.Text[off:].Verbatim(), s.Text.Verbatim())
		if i < 0 || s.Text == "" {
			break
		}
		at = append(at, off+i)
		off += i + 1
	}
	switch {
	case len(at) == 0:
		f.errs = append(f.errs, fmt.Errorf("%s %q: %q is not in %s", kind, id, s.Text, a.File))
	case s.Nth > len(at):
		f.errs = append(f.errs, fmt.Errorf("%s %q: %q occurs %d times in %s, not %d", kind, id, s.Text, len(at), a.File, s.Nth))
	case s.Nth == 0 && len(at) > 1:
		f.errs = append(f.errs, fmt.Errorf("%s %q: %q occurs %d times in %s; say which with \"nth\"", kind, id, s.Text, len(at), a.File))
	default:
		n := max(s.Nth, 1)
		s.Start, s.End = at[n-1], at[n-1]+len(s.Text)
	}
}

// mentions returns where an actor's aliases occur as whole words. An
// occurrence does not count when it lies in page furniture or an outlet's
// name ("The Times of Israel" is not a mention of Israel), or inside a
// longer name of another actor ("Iran" in "People’s Mujahideen of Iran" is
// the MEK).
func (f *filler) mentions(id string, aliases []string) []jsonSpan {
	out := []jsonSpan{}
	for _, art := range f.articles {
		own := art.byActor[id]
		if own == nil { // aliases not indexed (the actor was added later)
			own = extract.AliasMatches(art.Text, aliases)
		}
		for _, m := range own {
			if inside(art.blocked, m) || f.insideOther(art, id, m) {
				continue
			}
			out = append(out, jsonSpan{Article: art.ID, Start: m[0], End: m[1], Text: timeline.Raw(art.Text[m[0]:m[1]])})
		}
	}
	return out
}

func (f *filler) insideOther(art articleRef, id string, m [2]int) bool {
	for other, ranges := range art.byActor {
		if other != id && inside(ranges, m) {
			return true
		}
	}
	return false
}

// inside reports whether m lies within one of the ranges and is not the
// whole of it: an equal range is the same name, not a longer one.
func inside(ranges [][2]int, m [2]int) bool {
	for _, r := range ranges {
		if r[0] <= m[0] && m[1] <= r[1] && r != m {
			return true
		}
	}
	return false
}

// encodeJSON writes v as indented JSON without HTML escaping, so the text
// of spans stays readable and byte-identical to the articles once decoded.
// Every rune a terminal could act on or that is invisible (controls, C1,
// format characters such as bidi overrides, separators) is written as a
// \u escape: the document's bytes are safe to print, its strings exact.
func encodeJSON(v any) ([]byte, error) {
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
// same. The joiners U+200C/D stay, as timeline.Clean keeps them.
func escapeInvisible(b []byte) []byte {
	first := nextInvisible(b)
	if first < 0 {
		return b
	}
	var out bytes.Buffer
	out.Grow(len(b) + len(b)/64)
	for at := first; at >= 0; at = nextInvisible(b) {
		out.Write(b[:at]) // the printable runes before it, at once
		r, n := utf8.DecodeRune(b[at:])
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&out, "\\u%04x\\u%04x", r1, r2)
		} else {
			fmt.Fprintf(&out, "\\u%04x", r)
		}
		b = b[at+n:]
	}
	out.Write(b)
	return out.Bytes()
}

// nextInvisible returns where the first invisible rune of b begins, or -1.
// Bytes below 0x7F are never invisible (the encoder escaped the C0
// controls), so they are skipped without decoding: most of an export is
// ASCII.
func nextInvisible(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < 0x7F {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if invisible(r) {
			return i
		}
		i += n
	}
	return -1
}

func invisible(r rune) bool {
	return r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029 ||
		unicode.Is(unicode.Cf, r) && r != 0x200C && r != 0x200D
}
