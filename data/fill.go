package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
	for i := range a.Actors {
		act := &a.Actors[i]
		for j := range act.Roles {
			f.fill("actor", act.ID, &act.Roles[j].Source)
		}
		if act.Mentions == nil {
			act.Mentions = f.mentions(act.Aliases)
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
		i := strings.Index(a.Text[off:], s.Text)
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

// mentions finds whole-word occurrences of the aliases in every article,
// longest alias first, never counting a shorter alias inside a longer match.
func (f *filler) mentions(aliases []string) []jsonSpan {
	sorted := slices.Clone(aliases)
	slices.SortFunc(sorted, func(a, b string) int { return len(b) - len(a) })
	out := []jsonSpan{}
	for _, art := range f.l.articlesInOrder() {
		var taken [][2]int
		var found []jsonSpan
		for _, al := range sorted {
			for off := 0; al != ""; {
				i := strings.Index(art.Text[off:], al)
				if i < 0 {
					break
				}
				start, end := off+i, off+i+len(al)
				off = end
				if !wordEdge(art.Text, start, end) || overlaps(taken, start, end) {
					continue
				}
				taken = append(taken, [2]int{start, end})
				found = append(found, jsonSpan{Article: art.ID, Start: start, End: end, Text: al})
			}
		}
		slices.SortFunc(found, func(a, b jsonSpan) int { return a.Start - b.Start })
		out = append(out, found...)
	}
	return out
}

func (l *loader) articlesInOrder() []articleRef {
	var out []articleRef
	var m manifest
	if decodeJSON(l.path(ManifestFile), l.manifestSrc, &m) != nil {
		return nil
	}
	for _, it := range m.Articles {
		if a, ok := l.articles[it.ID]; ok {
			out = append(out, articleRef{ID: a.ID, Text: a.Text})
		}
	}
	return out
}

type articleRef struct{ ID, Text string }

func wordEdge(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (start == 0 || !isWord(before)) && (end == len(s) || !isWord(after))
}

func overlaps(taken [][2]int, start, end int) bool {
	for _, t := range taken {
		if start < t[1] && t[0] < end {
			return true
		}
	}
	return false
}

// encodeJSON writes v as indented JSON without HTML escaping, so the text
// of spans stays readable and byte-identical to the articles.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
