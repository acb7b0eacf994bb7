package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Corpus file names inside a corpus directory.
const (
	ManifestFile    = "manifest.json"
	AnnotationsFile = "annotations.json"
)

// loader reads one corpus directory.
type loader struct {
	schema.Reader
	fsys     fs.FS
	manifest schema.Manifest // as decoded, for Fill
	articles map[string]*timeline.Article
}

// newLoader readies a loader for the corpus in fsys, named dir, under
// limits (the defaults when zero).
func newLoader(fsys fs.FS, dir string, limits schema.Limits) *loader {
	return &loader{Reader: schema.Reader{Dir: dir, Limits: limits.OrDefault()}, fsys: fsys}
}

// Seeds loads the embedded default corpus.
func Seeds() (*timeline.Dataset, error) { return Load(seeds.FS(), seeds.Dir) }

// Load reads the corpus in fsys strictly: any problem, even one
// that would only leave an article out, fails it. dir is how the user
// knows the corpus directory; it prefixes file names in citations and
// errors. The returned error, if any, joins every *Error found.
func Load(fsys fs.FS, dir string) (*timeline.Dataset, error) {
	c, err := Open(fsys, dir, Options{})
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, p := range c.Problems {
		if p.Level != schema.Note {
			errs = append(errs, p)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return c.Dataset, nil
}

func (l *loader) load() (timeline.Parts, bool) {
	var parts timeline.Parts
	var m schema.Manifest
	src, err := readJSONFile(l.fsys, ManifestFile, l.Limits.JSONBytes)
	if err != nil {
		l.Fail(ManifestFile, "", "", "", fmt.Errorf("cannot read the manifest: %w", err))
		return parts, false
	}
	l.ManifestSrc = src
	if err := schema.DecodeJSON(l.Path(ManifestFile), src, &m); err != nil {
		l.Errs = append(l.Errs, err)
		return parts, false
	}
	if len(m.Articles) > l.Limits.Articles {
		e := &schema.Error{File: l.Path(ManifestFile), Err: schema.TooMany(len(m.Articles), l.Limits.Articles, "articles", "split the corpus (data.MaxArticles)")}
		e.Line, e.Col = schema.Find(src, schema.Pointer("articles", l.Limits.Articles))
		l.Errs = append(l.Errs, e)
		return parts, false
	}
	l.manifest = m
	l.CheckVersion(ManifestFile, m.Schema)
	parts.Countries = map[string]string{}
	for code, name := range m.Countries {
		parts.Countries[code] = name
	}
	parts.Outlets = schema.Outlets(m.Outlets)
	l.articles = map[string]*timeline.Article{}
	seen := map[string]bool{}
	for i, item := range m.Articles {
		it := entry{i, item}
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

	src, err = readJSONFile(l.fsys, AnnotationsFile, l.Limits.JSONBytes)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		l.Fail(AnnotationsFile, "", "", "", err)
	default:
		l.AnnotationsSrc = src
		var a schema.Annotations
		if err := schema.DecodeJSON(l.Path(AnnotationsFile), src, &a); err != nil {
			l.Errs = append(l.Errs, err)
			break
		}
		if len(a.Events) > l.Limits.Events {
			e := &schema.Error{File: l.Path(AnnotationsFile), Err: schema.TooMany(len(a.Events), l.Limits.Events, "events", "split the corpus (data.MaxEvents)")}
			e.Line, e.Col = schema.Find(src, schema.Pointer("events", l.Limits.Events))
			l.Errs = append(l.Errs, e)
			break
		}
		l.CheckVersion(AnnotationsFile, a.Schema)
		l.Annotations(&parts, &a)
	}
	namedCountries(&parts)
	return parts, len(l.Errs) == 0
}

func (l *loader) article(it entry, outlets []timeline.Outlet) (timeline.Article, bool) {
	ok := true
	bad := func(field string, err error) { l.skip(it, field, err); ok = false }
	if it.ID == "" {
		why := "missing; give every article an id"
		if it.File != "" {
			why = fmt.Sprintf("missing; give the article of %s an id, e.g. \"id\": %q", it.File, fileID(it.File))
		}
		bad("id", errors.New(why))
	}
	switch {
	case it.Outlet.Value == "":
		bad("outlet", errors.New(`missing; write the id of the outlet that published it, e.g. "outlet": {"value": "harbour-times", "basis": "inferred"}, and describe that outlet under "outlets", e.g. {"id": "harbour-times", "name": "Harbour Times"}`))
	case !slices.ContainsFunc(outlets, func(o timeline.Outlet) bool { return o.ID == it.Outlet.Value }):
		bad("outlet", fmt.Errorf(`%q is not the id of one of the manifest's outlets; describe it under "outlets", e.g. {"id": %q, "name": "the outlet's name"}`, it.Outlet.Value, it.Outlet.Value))
	}
	pub, err := it.Published.Value.Value()
	if it.Published.Value.Date == "" || err == nil && pub.IsZero() {
		err = errors.New("missing")
	}
	if err != nil {
		bad("published", fmt.Errorf(`%v; write the date it was published, e.g. "published": {"value": {"date": "2022-09-07", "precision": "day"}, "basis": "inferred"}`, err))
	}
	if it.File == "" {
		bad("file", errors.New("missing; name the article's text file"))
		return timeline.Article{}, false
	}
	raw, read := l.readText(it)
	if !read {
		return timeline.Article{}, false
	}
	text, clean := l.checkText(it, raw)
	if it.SHA256 != "" {
		sum := sha256.Sum256(raw)
		if got := hex.EncodeToString(sum[:]); got != it.SHA256 {
			advice := "to take the change in, run cyberdesk corpus refresh " + l.Dir
			if !clean { // refresh cannot take in a text that does not load: the cause first
				cause := l.Problems[len(l.Problems)-1]
				advice = "once " + placeOf(cause) + " is mended, run cyberdesk corpus refresh " + l.Dir + " to take the change in"
			}
			bad("sha256", fmt.Errorf("%s has sha256 %s, the manifest expects %s: the text changed, so every span into it is suspect; %s", l.Path(it.File), got, it.SHA256, advice))
		}
	}
	if !ok || !clean {
		return timeline.Article{}, false
	}
	a := timeline.Article{
		ID:             it.ID,
		File:           l.Path(it.File),
		Outlet:         it.Outlet.Value,
		Title:          it.Title.Value,
		Byline:         it.Byline.Value,
		Published:      pub,
		PublishedBasis: it.Published.Basis,
		URL:            it.URL,
		Text:           untrusted.Text(text),
	}
	return a, l.evidence(it, &a)
}

// evidence checks the spans an article's entry cites for its fields,
// leaving the article out if one is wrong.
func (l *loader) evidence(it entry, a *timeline.Article) bool {
	ok := true
	bad := func(field string, err error) { l.skip(it, field, err); ok = false }
	check := func(field, basis, note string, ev *schema.Span) {
		switch {
		case basis == "":
			bad(field+".basis", errors.New("missing: say whether the value is stated in the text or inferred"))
		case basis != "stated" && basis != "inferred":
			bad(field+".basis", fmt.Errorf("%q: want stated or inferred", basis))
		case basis == "stated" && ev == nil && (it.Page == nil || note == ""):
			bad(field, errors.New("stated, so it must cite the words that state it: give an evidence span, or for an article kept as a page, name in the note the tag that states it"))
		}
		if ev != nil {
			if err := verify(a, *ev); err != nil {
				bad(field+".evidence", err)
			}
		}
	}
	check("outlet", it.Outlet.Basis, it.Outlet.Note, it.Outlet.Evidence)
	check("title", it.Title.Basis, it.Title.Note, it.Title.Evidence)
	check("byline", it.Byline.Basis, it.Byline.Note, it.Byline.Evidence)
	check("published", it.Published.Basis, it.Published.Note, it.Published.Evidence)
	for i, f := range it.Furniture {
		if err := verify(a, f); err != nil {
			bad("furniture."+strconv.Itoa(i), err)
		}
	}
	return ok
}

// verify checks one span against its article's bytes; the article is fixed
// by context, so the span's own article field may be empty.
func verify(a *timeline.Article, s schema.Span) error {
	switch {
	case s.Article != "" && s.Article != a.ID:
		return fmt.Errorf("the span cites article %q inside article %q", s.Article, a.ID)
	case s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End:
		return fmt.Errorf("range [%d,%d) is outside %s (%d bytes)", s.Start, s.End, a.File, len(a.Text))
	case a.Text[s.Start:s.End] != s.Text:
		return fmt.Errorf("%s[%d:%d] is %q, not %q", a.File, s.Start, s.End, a.Text[s.Start:s.End], s.Text)
	}
	return nil
}

// unwrapPath drops fs.PathError's repetition of the path we already print.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readJSONFile reads a manifest or annotations file, no bigger than most,
// and drops a byte-order mark.
func readJSONFile(fsys fs.FS, name string, most int64) ([]byte, error) {
	src, err := bounded.ReadFile(fsys, name, most, "the most a manifest or annotations file may have (data.MaxJSONBytes)")
	var nr *bounded.NotRegularError
	var le *bounded.LimitError
	switch {
	case escapes(err):
		return nil, errors.New("a link to a file outside the corpus folder, which a corpus never reads")
	case errors.As(err, &nr), errors.As(err, &le):
		return nil, err
	case err != nil:
		return nil, unwrapPath(err)
	}
	if err := schema.CheckEncoding(src); err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(src, []byte(schema.BOM)), nil
}
