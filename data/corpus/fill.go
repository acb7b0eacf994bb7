package corpus

import (
	"bytes"
	"fmt"
	"io/fs"
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// Fill completes hand-written annotations: every span given only as text
// (start and end both 0) gets the offsets of that text in its article,
// taking the Nth occurrence when nth is set and requiring the text to be
// unique otherwise; every actor with no "mentions" key gets the spans where
// its aliases occur as whole words. It returns the annotations file
// re-encoded canonically. Hand-curators write text; the loader then checks
// offsets and text agree forever after. same says the file already
// reads so, byte for byte, and need not be written.
func Fill(fsys fs.FS, dir string) (out []byte, same bool, err error) {
	l := newLoader(fsys, dir, schema.Limits{})
	if _, ok := l.load(); !ok && l.AnnotationsSrc == nil {
		return nil, false, joinErrs(l.Errs)
	}
	if l.AnnotationsSrc == nil {
		return nil, false, fmt.Errorf("%s: not there; corpus fill completes the spans of annotations you have begun: write the actors, quotes and events you know there first", l.Path(AnnotationsFile))
	}
	var a schema.Annotations
	if err := schema.DecodeJSON(l.Path(AnnotationsFile), l.AnnotationsSrc, &a); err != nil {
		return nil, false, err
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
		return nil, false, joinErrs(f.errs)
	}
	out, err = schema.EncodeJSON(a)
	return out, err == nil && bytes.Equal(out, l.AnnotationsSrc), err
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
	indexed  map[string]bool // the actors index looked for in every article
}

// articleRef is an article with the ranges no mention may fall in: page
// furniture and outlet names, and where each actor's aliases occur.
type articleRef struct {
	ID, Text string
	blocked  [][2]int
	byActor  map[string][][2]int
	// named is every actor's alias match, by start, for finding the names
	// a match lies inside; longest is the longest of them.
	named   []namedRange
	longest int
}

// namedRange is where one of an actor's aliases occurs.
type namedRange struct {
	start, end int
	actor      string
}

// index finds, once per article, the furniture, the outlet names and every
// actor's alias matches, so each actor's mentions are a filter over them.
// Only the actors one of whose aliases ends with a word the article has
// are looked for in it: an article names a few of a corpus's actors, and
// the last word of a name (a surname) is the one least often shared.
func (f *filler) index(actors []schema.Actor) {
	var outlets []string
	for _, o := range f.l.manifest.Outlets {
		outlets = append(outlets, o.Name, strings.TrimPrefix(o.Name, "The "))
	}
	byWord := map[string][]int{} // an alias's last word -> the actors it ends an alias of
	var always []int             // actors with an alias that has no word
	f.indexed = map[string]bool{}
	for i, act := range actors {
		f.indexed[act.ID] = true
		for _, al := range act.Aliases {
			if w := lastWord(al); w != "" {
				byWord[w] = append(byWord[w], i)
			} else {
				always = append(always, i)
			}
		}
	}
	for _, it := range f.l.manifest.Articles {
		a, ok := f.l.articles[it.ID]
		if !ok {
			continue
		}
		text := a.Text.Verbatim()
		ref := articleRef{ID: a.ID, Text: text, byActor: map[string][][2]int{}}
		for _, fu := range it.Furniture {
			ref.blocked = append(ref.blocked, [2]int{fu.Start, fu.End})
		}
		ref.blocked = append(ref.blocked, extract.AliasMatches(text, outlets)...)
		candidates := map[int]bool{}
		for _, i := range always {
			candidates[i] = true
		}
		for w := range words(text) {
			for _, i := range byWord[w] {
				candidates[i] = true
			}
		}
		for i := range candidates {
			act := &actors[i]
			ms := extract.AliasMatches(text, act.Aliases)
			ref.byActor[act.ID] = ms
			for _, m := range ms {
				ref.named = append(ref.named, namedRange{m[0], m[1], act.ID})
				ref.longest = max(ref.longest, m[1]-m[0])
			}
		}
		slices.SortFunc(ref.named, func(x, y namedRange) int { return x.start - y.start })
		f.articles = append(f.articles, ref)
	}
}

// lastWord is the last run of letters and digits in s, as words yields
// it.
func lastWord(s string) string {
	last := ""
	for w := range words(s) {
		last = w
	}
	return last
}

// words yields each whole word of text: a run of letters and digits.
func words(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i, r := range text {
			in := unicode.IsLetter(r) || unicode.IsDigit(r)
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				if !yield(text[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(text[start:])
		}
	}
}

func (f *filler) fill(kind, id string, s *schema.Span) {
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
func (f *filler) mentions(id string, aliases []string) []schema.Span {
	out := []schema.Span{}
	for _, art := range f.articles {
		own, ok := art.byActor[id]
		if !ok && !f.indexed[id] { // aliases not indexed (the actor was added later)
			own = extract.AliasMatches(art.Text, aliases)
		}
		for _, m := range own {
			if inside(art.blocked, m) || f.insideOther(art, id, m) {
				continue
			}
			out = append(out, schema.Span{Article: art.ID, Start: m[0], End: m[1], Text: untrusted.Text(art.Text[m[0]:m[1]])})
		}
	}
	return out
}

// insideOther reports whether m lies inside a longer name of another
// actor: only names that start at most the longest name's length before m
// can hold it.
func (f *filler) insideOther(art articleRef, id string, m [2]int) bool {
	from := sort.Search(len(art.named), func(i int) bool { return art.named[i].start >= m[0]-art.longest })
	for _, r := range art.named[from:] {
		if r.start > m[0] {
			break
		}
		if r.actor != id && r.end >= m[1] && [2]int{r.start, r.end} != m {
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
