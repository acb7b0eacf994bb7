package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Corpus file names inside a corpus directory.
const (
	ManifestFile    = "manifest.json"
	AnnotationsFile = "annotations.json"
)

// LoadSeeds loads the embedded default corpus.
func LoadSeeds() (*timeline.Dataset, error) { return LoadCorpus(seeds.FS(), seeds.Dir) }

// LoadCorpus reads the corpus in fsys strictly: any problem, even one
// that would only leave an article out, fails it. dir is how the user
// knows the corpus directory; it prefixes file names in citations and
// errors. The returned error, if any, joins every *Error found.
func LoadCorpus(fsys fs.FS, dir string) (*timeline.Dataset, error) {
	c, err := OpenCorpus(fsys, dir, Options{})
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, p := range c.Problems {
		if p.Level != Note {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c.Dataset, nil
}

// build checks and indexes parts, with every problem located in the files
// the loader read.
func (l *loader) build(parts timeline.Parts) (*timeline.Dataset, error) {
	clean(&parts, l.eventsClean)
	ds, err := timeline.Adopt(parts)
	if err != nil {
		l.report(err)
		return nil, errors.Join(l.errs...)
	}
	return ds, nil
}

type loader struct {
	fsys fs.FS
	dir  string
	errs []error
	// problems are what did not stop the load: articles left out, texts
	// normalised.
	problems []*Error
	// single, when set, is the one file every item comes from (a dataset
	// written by the JSON export); errors name it instead of corpus files.
	single string

	manifestSrc, annotationsSrc []byte
	// strs interns the short strings events repeat; texts are the
	// articles' bytes by id, for spans to share (see loader.event).
	strs     map[string]string
	texts    map[string]untrusted.Text
	manifest manifest // as decoded, for Fill
	// eventsClean says the events were cleaned as they were read.
	eventsClean bool
	articles    map[string]*timeline.Article
	// sources is where events' sources are cut from (sourceSlice).
	sources []timeline.Source
}

func (l *loader) path(name string) string {
	if l.single != "" {
		return l.single
	}
	return path.Join(l.dir, name)
}

func (l *loader) fail(file string, kind, id, field string, err error) {
	l.errs = append(l.errs, &Error{File: l.path(file), Kind: kind, ID: id, Field: field, Err: err})
}

func (l *loader) load() (timeline.Parts, bool) {
	var parts timeline.Parts
	var m manifest
	src, err := readJSONFile(l.fsys, ManifestFile)
	if err != nil {
		l.fail(ManifestFile, "", "", "", fmt.Errorf("cannot read the manifest: %w", err))
		return parts, false
	}
	l.manifestSrc = src
	if err := decodeJSON(l.path(ManifestFile), src, &m); err != nil {
		l.errs = append(l.errs, err)
		return parts, false
	}
	if len(m.Articles) > maxArticles {
		l.fail(ManifestFile, "", "", "", tooMany(len(m.Articles), maxArticles, "articles", "split the corpus (data.MaxArticles)"))
		return parts, false
	}
	l.manifest = m
	l.schema(ManifestFile, m.Schema)
	parts.Countries = map[string]string{}
	for code, name := range m.Countries {
		parts.Countries[code] = name
	}
	parts.Outlets = convertOutlets(m.Outlets)
	l.articles = map[string]*timeline.Article{}
	seen := map[string]bool{}
	for _, it := range m.Articles {
		if seen[it.ID] {
			l.skip(it, "id", fmt.Errorf("a second article with id %q; ids must be unique", it.ID))
			continue
		}
		seen[it.ID] = true
		if a, ok := l.article(it, parts.Outlets); ok {
			parts.Articles = append(parts.Articles, a)
			l.articles[a.ID] = &parts.Articles[len(parts.Articles)-1]
		}
	}
	// Re-point after appends may have moved the backing array.
	for i := range parts.Articles {
		l.articles[parts.Articles[i].ID] = &parts.Articles[i]
	}
	l.evidence(m.Articles)

	src, err = readJSONFile(l.fsys, AnnotationsFile)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		l.fail(AnnotationsFile, "", "", "", err)
	default:
		l.annotationsSrc = src
		var a annotations
		if err := decodeJSON(l.path(AnnotationsFile), src, &a); err != nil {
			l.errs = append(l.errs, err)
			break
		}
		if len(a.Events) > maxEvents {
			l.fail(AnnotationsFile, "", "", "", tooMany(len(a.Events), maxEvents, "events", "split the corpus (data.MaxEvents)"))
			break
		}
		l.schema(AnnotationsFile, a.Schema)
		l.annotations(&parts, &a)
	}
	return parts, len(l.errs) == 0
}

func (l *loader) schema(file string, v int) {
	if v < 1 || v > SchemaVersion {
		l.fail(file, "", "", "schema", fmt.Errorf("version %d is not one this cyberdesk reads (1 to %d)", v, SchemaVersion))
	}
}

func (l *loader) article(it manifestItem, outlets []timeline.Outlet) (timeline.Article, bool) {
	ok := true
	bad := func(field string, err error) { l.skip(it, field, err); ok = false }
	if it.ID == "" {
		bad("id", errors.New("missing; give every article an id"))
	}
	switch {
	case it.Outlet.Value == "":
		bad("outlet", errors.New("missing; give the id of the outlet that published it, and describe that outlet under outlets"))
	case !slices.ContainsFunc(outlets, func(o timeline.Outlet) bool { return o.ID == it.Outlet.Value }):
		bad("outlet", fmt.Errorf("%q is not the id of one of the manifest's outlets", it.Outlet.Value))
	}
	pub, err := it.Published.Value.date()
	if it.Published.Value.Date == "" || err == nil && pub.IsZero() {
		err = errors.New("missing")
	}
	if err != nil {
		bad("published", fmt.Errorf("%v: give the date the article was published, as {\"date\": \"2022-09-07\", \"precision\": \"day\"}", err))
	}
	if it.File == "" {
		bad("file", errors.New("missing; name the article's text file"))
		return timeline.Article{}, false
	}
	raw, read := l.readText(it)
	if !read {
		return timeline.Article{}, false
	}
	if it.SHA256 != "" {
		sum := sha256.Sum256(raw)
		if got := hex.EncodeToString(sum[:]); got != it.SHA256 {
			bad("sha256", fmt.Errorf("%s has sha256 %s, the manifest expects %s: the text changed, so every span into it is suspect", l.path(it.File), got, it.SHA256))
		}
	}
	text, clean := l.checkText(it, raw)
	if !ok || !clean {
		return timeline.Article{}, false
	}
	return timeline.Article{
		ID:        it.ID,
		File:      l.path(it.File),
		Outlet:    it.Outlet.Value,
		Title:     it.Title.Value,
		Byline:    it.Byline.Value,
		Published: pub,
		Text:      untrusted.Text(text),
	}, true
}

// evidence checks the spans the manifest cites for each article's fields.
func (l *loader) evidence(items []manifestItem) {
	for _, it := range items {
		a, ok := l.articles[it.ID]
		if !ok {
			continue
		}
		check := func(field, basis string, ev *jsonSpan) {
			if basis != "stated" && basis != "inferred" {
				l.fail(ManifestFile, "article", it.ID, field+".basis", fmt.Errorf("%q: want stated or inferred", basis))
			}
			if basis == "stated" && ev == nil {
				l.fail(ManifestFile, "article", it.ID, field+".evidence", errors.New("a stated field must cite the words that state it"))
			}
			if ev != nil {
				l.verify(ManifestFile, "article", it.ID, field+".evidence", a, *ev)
			}
		}
		check("outlet", it.Outlet.Basis, it.Outlet.Evidence)
		check("title", it.Title.Basis, it.Title.Evidence)
		check("byline", it.Byline.Basis, it.Byline.Evidence)
		check("published", it.Published.Basis, it.Published.Evidence)
		for _, f := range it.Furniture {
			l.verify(ManifestFile, "article", it.ID, "furniture", a, f)
		}
	}
}

// verify checks one span against its article's bytes; the article is fixed
// by context, so the span's own article field may be empty.
func (l *loader) verify(file, kind, id, field string, a *timeline.Article, s jsonSpan) {
	if s.Article != "" && s.Article != a.ID {
		l.fail(file, kind, id, field, fmt.Errorf("span cites article %q inside article %q", s.Article, a.ID))
		return
	}
	if s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End {
		l.fail(file, kind, id, field, fmt.Errorf("range [%d,%d) is outside %s (%d bytes)", s.Start, s.End, a.File, len(a.Text)))
		return
	}
	if got := a.Text[s.Start:s.End]; got != s.Text {
		l.fail(file, kind, id, field, fmt.Errorf("%s[%d:%d] is %q, not %q", a.File, s.Start, s.End, got, s.Text))
	}
}

// report turns timeline validation errors into located *Errors.
func (l *loader) report(err error) {
	for _, e := range flatten(err) {
		var v *timeline.ValidationError
		if !errors.As(e, &v) {
			l.errs = append(l.errs, e)
			continue
		}
		file, src := AnnotationsFile, l.annotationsSrc
		if v.Kind == "article" || v.Kind == "outlet" {
			file, src = ManifestFile, l.manifestSrc
		}
		l.errs = append(l.errs, locator{file: l.path(file), src: src}.errorFor(v))
	}
}

func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// unwrapPath drops fs.PathError's repetition of the path we already print.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readJSONFile reads a manifest or annotations file, refusing one over
// MaxJSONBytes and dropping a byte-order mark.
func readJSONFile(fsys fs.FS, name string) ([]byte, error) {
	if st, err := fs.Stat(fsys, name); err == nil && st.Size() > MaxJSONBytes {
		return nil, fmt.Errorf("%d bytes is over the %d-byte limit (data.MaxJSONBytes)", st.Size(), MaxJSONBytes)
	}
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, unwrapPath(err)
	}
	return bytes.TrimPrefix(src, bom), nil
}
