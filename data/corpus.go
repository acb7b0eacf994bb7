package data

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Options say how to open a corpus.
type Options struct {
	// WithSeeds merges the embedded corpus in: outlets and actors are
	// unified by id or name, and the corpus's unannotated articles are
	// read against the embedded actors, statements and events.
	WithSeeds bool
}

// Corpus is an opened corpus: its dataset, and what opening it found.
type Corpus struct {
	Dataset *timeline.Dataset
	// Problems did not stop the load: articles left out (Level Skip) and
	// texts normalised (Level Note), in the order found.
	Problems []*Error
	// Extracted counts what was found in the articles no annotation
	// covers.
	Extracted extract.Report
}

// OpenCorpus reads the corpus in fsys (see [LoadCorpus] for dir). An
// article with a problem is left out and reported in Problems, so the
// rest still loads; what annotations cite must all load, or nothing does.
// Articles no annotation cites are read by [extract.Into]. The error, if
// any, joins every fatal *Error found.
func OpenCorpus(fsys fs.FS, dir string, opt Options) (*Corpus, error) {
	l := &loader{fsys: fsys, dir: dir}
	parts, ok := l.load()
	if !ok {
		return nil, errors.Join(l.errs...)
	}
	l.unlisted()
	if err := l.citedSkips(&parts); err != nil {
		return nil, err
	}
	if len(parts.Articles) == 0 {
		l.errs = append(l.errs, &Error{File: l.path(ManifestFile), Err: errors.New("no article loaded; nothing to explore")})
		for _, p := range l.problems {
			l.errs = append(l.errs, p)
		}
		return nil, errors.Join(l.errs...)
	}
	todo := unannotated(&parts)
	if opt.WithSeeds {
		s := &loader{fsys: seeds.FS(), dir: seeds.Dir}
		base, ok := s.load()
		if !ok || len(s.problems) > 0 {
			return nil, errors.Join(append(s.errs, errs(s.problems)...)...)
		}
		parts = l.merge(base, parts)
		todo = slices.DeleteFunc(todo, func(id string) bool {
			return !slices.ContainsFunc(parts.Articles, func(a timeline.Article) bool { return a.ID == id })
		})
	}
	c := &Corpus{}
	c.Extracted = extract.Into(&parts, todo, extract.Options{Furniture: l.furniture()})
	ds, err := l.build(parts)
	if err != nil {
		return nil, err
	}
	c.Dataset, c.Problems = ds, l.problems
	return c, nil
}

func errs(ps []*Error) []error {
	out := make([]error, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return out
}

// citedSkips fails the load when an article left out is one the
// annotations cite: what cites it cannot stand without it.
func (l *loader) citedSkips(p *timeline.Parts) error {
	cited := map[string]bool{}
	for _, a := range p.Actors {
		for _, m := range a.Mentions {
			cited[m.Article] = true
		}
		for _, r := range a.Roles {
			cited[r.Source.Article] = true
		}
	}
	for _, q := range p.Quotes {
		cited[q.Span.Article] = true
	}
	for _, e := range p.Events {
		for _, s := range e.Sources {
			cited[s.Article] = true
		}
	}
	for _, d := range p.Discrepancies {
		for _, s := range d.Sides {
			cited[s.Article] = true
		}
	}
	var fatal []error
	for _, pr := range l.problems {
		if pr.Level == Skip && cited[pr.ID] {
			e := *pr
			e.Level = Fatal
			e.Err = fmt.Errorf("%w; the annotations cite this article, so it cannot be left out", pr.Err)
			fatal = append(fatal, &e)
		}
	}
	return errors.Join(fatal...)
}

// unannotated returns the articles no curated quote or event cites.
func unannotated(p *timeline.Parts) []string {
	cited := map[string]bool{}
	for _, q := range p.Quotes {
		cited[q.Span.Article] = true
	}
	for _, e := range p.Events {
		for _, s := range e.Sources {
			cited[s.Article] = true
		}
	}
	var out []string
	for _, a := range p.Articles {
		if !cited[a.ID] {
			out = append(out, a.ID)
		}
	}
	return out
}

// furniture is what the manifest marks as furniture, per article.
func (l *loader) furniture() map[string][][2]int {
	out := map[string][][2]int{}
	for _, it := range l.manifest.Articles {
		for _, f := range it.Furniture {
			out[it.ID] = append(out[it.ID], [2]int{f.Start, f.End})
		}
	}
	return out
}

// skip leaves an article out, saying why at its entry in the manifest.
func (l *loader) skip(it manifestItem, field string, err error) {
	e := locator{file: l.path(ManifestFile), src: l.manifestSrc}.errorFor(&timeline.ValidationError{Kind: "article", ID: it.ID, Field: field, Err: err})
	if field == "file" || field == "id" {
		// point at the entry's own "file" line: two entries may share an id
		if loc := regexp.MustCompile(`"file"\s*:\s*` + regexp.QuoteMeta(quoteJSON(it.File))).FindIndex(l.manifestSrc); loc != nil {
			e.Line, e.Col = lineCol(l.manifestSrc, int64(loc[0]))
		}
	}
	e.Level = Skip
	l.problems = append(l.problems, e)
}

// readText reads an article's bytes, refusing what is too big to be one.
func (l *loader) readText(it manifestItem) ([]byte, bool) {
	if st, err := fs.Stat(l.fsys, it.File); err == nil && st.Size() > MaxArticleBytes {
		l.skip(it, "file", fmt.Errorf("%s is %d bytes; an article may have at most %d", l.path(it.File), st.Size(), MaxArticleBytes))
		return nil, false
	}
	raw, err := fs.ReadFile(l.fsys, it.File)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		l.skip(it, "file", fmt.Errorf("%s does not exist", l.path(it.File)))
		return nil, false
	case err != nil:
		l.skip(it, "file", fmt.Errorf("cannot read %s: %w", l.path(it.File), unwrapPath(err)))
		return nil, false
	case len(raw) > MaxArticleBytes:
		l.skip(it, "file", fmt.Errorf("%s is %d bytes; an article may have at most %d", l.path(it.File), len(raw), MaxArticleBytes))
		return nil, false
	}
	return raw, true
}

// checkText turns an article's bytes into its text: UTF-8, without a
// byte-order mark, with LF line endings. Spans cite the text so made.
func (l *loader) checkText(it manifestItem, raw []byte) (string, bool) {
	file := l.path(it.File)
	note := func(line int, msg string) {
		l.problems = append(l.problems, &Error{Level: Note, File: file, Line: line, Col: 1, Err: errors.New(msg)})
	}
	if !utf8.Valid(raw) {
		off := 0
		for off < len(raw) {
			r, n := utf8.DecodeRune(raw[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line, col := lineCol(raw, int64(off))
		l.problems = append(l.problems, &Error{Level: Skip, File: file, Line: line, Col: col, Kind: "article", ID: it.ID, Err: fmt.Errorf(
			"byte 0x%02X is not UTF-8; expected UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)", raw[off])})
		return "", false
	}
	if bytes.HasPrefix(raw, bom) {
		raw = raw[len(bom):]
		note(1, "a UTF-8 byte-order mark opens the file; it is not part of the text and was dropped")
	}
	if i := bytes.IndexByte(raw, '\r'); i >= 0 {
		line, _ := lineCol(raw, int64(i))
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
		note(line, "CRLF or CR line endings, read as LF; spans count bytes of the LF text")
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		l.problems = append(l.problems, &Error{Level: Skip, File: file, Kind: "article", ID: it.ID, Err: errors.New("the file is empty; expected an article's text")})
		return "", false
	}
	if line, n := longLine(raw); line > 0 {
		l.problems = append(l.problems, &Error{Level: Skip, File: file, Line: line, Col: 1, Kind: "article", ID: it.ID, Err: fmt.Errorf(
			"a line of %d bytes; expected lines of at most %d (data.MaxLineBytes): is this a text file?", n, MaxLineBytes)})
		return "", false
	}
	return string(raw), true
}

// unlisted notes text files in the corpus directory the manifest does
// not name: dropped in, perhaps, and not yet described.
func (l *loader) unlisted() {
	listed := map[string]bool{}
	for _, it := range l.manifest.Articles {
		listed[path.Clean(it.File)] = true
	}
	files, err := fs.Glob(l.fsys, "*.txt")
	if err != nil {
		return
	}
	for _, f := range files {
		if !listed[f] {
			l.problems = append(l.problems, &Error{Level: Note, File: l.path(f), Err: errors.New("not in the manifest, so not loaded; add it (cyberdesk corpus init lists every text file)")})
		}
	}
}

// merge joins a corpus onto the embedded one. An outlet or actor the
// corpus shares with it, by id or by name, becomes the embedded one; an
// article whose id is taken is left out.
func (l *loader) merge(base, add timeline.Parts) timeline.Parts {
	out := base
	out.Countries = map[string]string{}
	for k, v := range base.Countries {
		out.Countries[k] = v
	}
	for k, v := range add.Countries {
		if _, ok := out.Countries[k]; !ok {
			out.Countries[k] = v
		}
	}
	outletIDs := map[string]string{}
	for _, o := range add.Outlets {
		i := slices.IndexFunc(out.Outlets, func(b timeline.Outlet) bool { return b.ID == o.ID || sameName(b.Name, o.Name) })
		if i < 0 {
			out.Outlets = append(out.Outlets, o)
			outletIDs[o.ID] = o.ID
			continue
		}
		outletIDs[o.ID] = out.Outlets[i].ID
	}
	actorIDs := map[string]string{}
	for _, a := range add.Actors {
		i := slices.IndexFunc(out.Actors, func(b timeline.Actor) bool {
			return b.ID == a.ID || sameName(b.Name, a.Name) || slices.ContainsFunc(b.Aliases, func(al string) bool { return sameName(al, a.Name) })
		})
		if i < 0 {
			out.Actors = append(out.Actors, a)
			actorIDs[a.ID] = a.ID
			continue
		}
		actorIDs[a.ID] = out.Actors[i].ID
		out.Actors[i].Mentions = append(out.Actors[i].Mentions, a.Mentions...)
		out.Actors[i].Roles = append(out.Actors[i].Roles, a.Roles...)
	}
	rename := func(m map[string]string, id string) string {
		if v, ok := m[id]; ok {
			return v
		}
		return id
	}
	for _, a := range add.Articles {
		if slices.ContainsFunc(base.Articles, func(b timeline.Article) bool { return b.ID == a.ID }) {
			it := manifestItem{ID: a.ID, File: strings.TrimPrefix(a.File, l.dir+"/")}
			l.skip(it, "id", fmt.Errorf("%q is the id of an embedded article; give this one another", a.ID))
			continue
		}
		a.Outlet = rename(outletIDs, a.Outlet)
		out.Articles = append(out.Articles, a)
	}
	for _, s := range add.Statements {
		s.Speaker = rename(actorIDs, s.Speaker)
		if !slices.ContainsFunc(out.Statements, func(b timeline.Statement) bool { return b.ID == s.ID }) {
			out.Statements = append(out.Statements, s)
		}
	}
	for _, q := range add.Quotes {
		q.Speaker = rename(actorIDs, q.Speaker)
		out.Quotes = append(out.Quotes, q)
	}
	for _, e := range add.Events {
		for i, id := range e.Actors {
			e.Actors[i] = rename(actorIDs, id)
		}
		out.Events = append(out.Events, e)
	}
	out.Discrepancies = append(out.Discrepancies, add.Discrepancies...)
	out.ExtraTags = append(out.ExtraTags, add.ExtraTags...)
	return out
}

// sameName compares names as a reader would: case, a leading "The" and
// apostrophe style do not matter.
func sameName(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.TrimPrefix(s, "the ")
		return strings.ReplaceAll(s, "’", "'")
	}
	return a != "" && norm(a) == norm(b)
}
