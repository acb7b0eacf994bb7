package corpus

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Options say how to open a corpus.
type Options struct {
	// WithSeeds merges the embedded corpus in: outlets and actors are
	// unified by id or name, and the corpus's unannotated articles are
	// read against the embedded actors, statements and events.
	WithSeeds bool
	// Limits are what the corpus may hold; the zero value means the
	// defaults (schema.DefaultLimits).
	Limits schema.Limits
	// Read, when not nil, is told how many of the articles nobody
	// annotated are read, of how many, as they are (see [extract.Into]).
	Read func(n, of int)
}

// Corpus is an opened corpus: its dataset, and what opening it found.
type Corpus struct {
	Dataset *timeline.Dataset
	// Problems did not stop the load: articles left out (Level Skip) and
	// texts normalised (Level Note), in the order found.
	Problems []*schema.Error
	// Extracted counts what was found in the articles no annotation
	// covers.
	Extracted extract.Report
}

// Open reads the corpus in fsys (see [Load] for dir). An
// article with a problem is left out and reported in Problems, so the
// rest still loads; what annotations cite must all load, or nothing does.
// Articles no annotation cites are read by [extract.Into]. The error, if
// any, joins every fatal *Error found.
func Open(fsys fs.FS, dir string, opt Options) (*Corpus, error) {
	l := newLoader(fsys, dir, opt.Limits)
	parts, ok := l.load()
	if !ok {
		return nil, errors.Join(l.Errs...)
	}
	l.unlisted()
	if err := l.citedSkips(&parts); err != nil {
		return nil, err
	}
	sortProblems(l.Problems)
	if len(parts.Articles) == 0 {
		return nil, &NothingLoadsError{Manifest: l.Path(ManifestFile), Articles: len(l.manifest.Articles), Problems: l.Problems}
	}
	todo := unannotated(&parts)
	if opt.WithSeeds {
		s := newLoader(seeds.FS(), seeds.Dir, opt.Limits)
		base, ok := s.load()
		if !ok || len(s.Problems) > 0 {
			return nil, errors.Join(append(s.Errs, errs(s.Problems)...)...)
		}
		parts = l.merge(base, parts)
		sortProblems(l.Problems)
		kept := make(map[string]bool, len(parts.Articles))
		for _, a := range parts.Articles {
			kept[a.ID] = true
		}
		todo = slices.DeleteFunc(todo, func(id string) bool { return !kept[id] })
	}
	c := &Corpus{}
	xopt := extract.Options{Furniture: l.furniture()}
	if opt.Read != nil {
		xopt.Read = func(n int) { opt.Read(n, len(todo)) }
	}
	c.Extracted = extract.Into(&parts, todo, xopt)
	ds, err := l.Build(parts)
	if err != nil {
		return nil, err
	}
	c.Dataset, c.Problems = ds, l.Problems
	return c, nil
}

// NothingLoadsError is a corpus none of whose articles load: each is
// left out for a reason of its own, and each reason is listed.
type NothingLoadsError struct {
	Manifest string // the manifest's path
	Articles int    // entries it has
	// Problems are why, in the order of the files and lines they are at.
	Problems []*schema.Error
}

func (e *NothingLoadsError) Error() string {
	var b strings.Builder
	for i, err := range e.Unwrap() {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Unwrap gives the errors it is made of, each a *schema.Error: that
// nothing loads, at the manifest, then each problem. Since none of the
// rest loads, a problem is not said to leave the rest loading.
func (e *NothingLoadsError) Unwrap() []error {
	out := []error{&schema.Error{File: e.Manifest, Err: fmt.Errorf("no article loads, %d left out; nothing to explore", e.Articles)}}
	for _, p := range e.Problems {
		q := *p
		if q.Level == schema.Skip {
			q.Level = schema.Fatal
		}
		out = append(out, &q)
	}
	return out
}

// sortProblems puts problems in the order of the files and lines they
// are at, so a listing reads down each file; except that the manifest's
// word that an article's text changed (its sha256), where the text itself
// has a problem that leaves it out, comes right after that problem: the
// cause (file:line:col, what was expected), then the advice.
func sortProblems(ps []*schema.Error) {
	cause := map[string]*schema.Error{} // article id -> its text's problem
	for _, p := range ps {
		if textProblem(p) && cause[p.ID] == nil {
			cause[p.ID] = p
		}
	}
	type place struct {
		file      string
		line, col int
		after     int // 1: right after the problem at file:line:col
	}
	at := func(p *schema.Error) place {
		if c := cause[p.ID]; c != nil && p.Kind == "article" && p.Field == "sha256" {
			return place{c.File, c.Line, c.Col, 1}
		}
		return place{p.File, p.Line, p.Col, 0}
	}
	slices.SortStableFunc(ps, func(a, b *schema.Error) int {
		pa, pb := at(a), at(b)
		return cmp.Or(cmp.Compare(pa.file, pb.file), cmp.Compare(pa.line, pb.line), cmp.Compare(pa.col, pb.col), cmp.Compare(pa.after, pb.after))
	})
}

// textProblem says whether p is about an article's text file, and leaves
// the article out (checkText's problems; the manifest's name a field).
func textProblem(p *schema.Error) bool {
	return p.Kind == "article" && p.Field == "" && p.Level == schema.Skip
}

// placeOf names a problem for a message that points to it by its
// file:line:col: "the problem at corpus/a.txt:7:4".
func placeOf(p *schema.Error) string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	return "the problem at " + s
}

func errs(ps []*schema.Error) []error {
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
	for _, pr := range l.Problems {
		if pr.Level == schema.Skip && cited[pr.ID] {
			e := *pr
			e.Level = schema.Fatal
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

// entry is one article's entry in the manifest, with its place there.
type entry struct {
	i int // index in the manifest's articles
	schema.ManifestItem
}

// skip leaves an article out, saying why at its entry in the manifest,
// at the field at fault when the entry has it.
func (l *loader) skip(it entry, field string, err error) {
	e := &schema.Error{Level: schema.Skip, File: l.Path(ManifestFile), Kind: "article", ID: it.ID, Field: field, Err: err}
	path := []any{"articles", it.i}
	for _, f := range strings.Split(field, ".") {
		path = append(path, f)
	}
	e.Line, e.Col = schema.Find(l.ManifestSrc, schema.Pointer(path...))
	l.Problems = append(l.Problems, e)
}

// readText reads an article's bytes: a file inside the corpus folder, no
// bigger than an article can be.
func (l *loader) readText(it entry) ([]byte, bool) {
	if !fs.ValidPath(it.File) {
		l.skip(it, "file", fmt.Errorf("%q is not a path inside the corpus folder; name the file by its path there, with no .. or leading /", it.File))
		return nil, false
	}
	raw, err := bounded.ReadFile(l.fsys, it.File, l.Limits.ArticleBytes, "the most an article may have (data.MaxArticleBytes)")
	if err != nil {
		l.skip(it, "file", fileError(l.Path(it.File), err))
		return nil, false
	}
	return raw, true
}

// fileError says why a file of the corpus could not be read, naming it
// as the user wrote it.
func fileError(name string, err error) error {
	var nr *bounded.NotRegularError
	var le *bounded.LimitError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s does not exist", name)
	case escapes(err):
		return fmt.Errorf("%s is a link to a file outside the corpus folder, which a corpus never reads; copy the file into the folder instead", name)
	case errors.As(err, &nr):
		return fmt.Errorf("%s %w", name, nr)
	case errors.As(err, &le):
		return fmt.Errorf("%s is %w", name, le)
	}
	return fmt.Errorf("cannot read %s: %w", name, unwrapPath(err))
}

// placesRead is "1 place reads" or "n places read".
func placesRead(n int) string {
	if n == 1 {
		return "1 place reads"
	}
	return fmt.Sprintf("%d places read", n)
}

// escapes reports whether err is a corpus folder refusing a path that
// leads out of it (os.Root's error, for a link to somewhere else).
func escapes(err error) bool {
	return err != nil && strings.Contains(err.Error(), "path escapes from parent")
}

// checkText turns an article's bytes into its text: UTF-8, without a
// byte-order mark, with LF line endings. Spans cite the text so made.
func (l *loader) checkText(it entry, raw []byte) (string, bool) {
	file := l.Path(it.File)
	note := func(line int, msg string) {
		l.Problems = append(l.Problems, &schema.Error{Level: schema.Note, File: file, Line: line, Col: 1, Err: errors.New(msg)})
	}
	if err := schema.CheckEncoding(raw); err != nil {
		l.Problems = append(l.Problems, &schema.Error{Level: schema.Skip, File: file, Line: 1, Col: 1, Kind: "article", ID: it.ID, Err: err})
		return "", false
	}
	if line, col, err := invalidUTF8(raw); err != nil {
		l.Problems = append(l.Problems, &schema.Error{Level: schema.Skip, File: file, Line: line, Col: col, Kind: "article", ID: it.ID, Err: err})
		return "", false
	}
	if bytes.HasPrefix(raw, []byte(schema.BOM)) {
		raw = raw[len(schema.BOM):]
		note(1, "a UTF-8 byte-order mark opens the file; it is not part of the text and was dropped")
	}
	if i := bytes.IndexByte(raw, '\r'); i >= 0 {
		line, _ := schema.LineCol(raw, int64(i))
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
		note(line, "CRLF or CR line endings, read as LF; spans count bytes of the LF text")
	}
	if m, ok := schema.FindMojibake(raw); ok {
		note(m.Line, fmt.Sprintf("%s like UTF-8 read as Windows-1252 (mojibake), the first %q for %q; loaded as written: to mend it, save the article again from its source as UTF-8",
			placesRead(m.Count), m.Seen, m.Meant))
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		l.Problems = append(l.Problems, &schema.Error{Level: schema.Skip, File: file, Kind: "article", ID: it.ID, Err: errors.New("the file is empty; expected an article's text")})
		return "", false
	}
	if line, n := schema.LongLine(raw, l.Limits.LineBytes); line > 0 {
		l.Problems = append(l.Problems, &schema.Error{Level: schema.Skip, File: file, Line: line, Col: 1, Kind: "article", ID: it.ID, Err: fmt.Errorf(
			"a line of %d bytes; expected lines of at most %d (data.MaxLineBytes): is this a text file?", n, l.Limits.LineBytes)})
		return "", false
	}
	return string(raw), true
}

// unlisted notes text files in the corpus directory the manifest does
// not name: dropped in, perhaps, and not yet described.
func (l *loader) unlisted() {
	listed := map[string]bool{}
	fileless := false // an article names no file: a file here may be its
	for _, it := range l.manifest.Articles {
		listed[path.Clean(it.File)] = true
		fileless = fileless || it.File == ""
	}
	entries, err := fs.ReadDir(l.fsys, ".")
	if err != nil {
		return
	}
	for _, it := range l.manifest.Articles {
		if it.Page != nil {
			listed[path.Clean(it.Page.File)] = true
		}
	}
	for _, e := range entries {
		if f := e.Name(); articleKind(f) != "" && !listed[f] {
			err := fmt.Errorf("not in the manifest, so not loaded; to add it, run cyberdesk corpus add %s %s", l.Dir, l.Path(f))
			if fileless { // adding it would describe an article twice
				err = fmt.Errorf("not in the manifest, so not loaded; if it is the text of the article whose file is missing, write %q as its file; if not, run cyberdesk corpus add %s %s", f, l.Dir, l.Path(f))
			}
			l.Problems = append(l.Problems, &schema.Error{Level: schema.Note, File: l.Path(f), Err: err})
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
	// Outlets and actors are matched by id or name through an index (the
	// first to hold a key keeps it), not by a search of all before them.
	outletAt, outletIDs := keyIndex{}, map[string]string{}
	for i, o := range out.Outlets {
		outletAt.add(i, o.ID, o.Name)
	}
	for _, o := range add.Outlets {
		i, ok := outletAt.find(o.ID, o.Name)
		if !ok {
			outletAt.add(len(out.Outlets), o.ID, o.Name)
			out.Outlets = append(out.Outlets, o)
			outletIDs[o.ID] = o.ID
			continue
		}
		outletIDs[o.ID] = out.Outlets[i].ID
	}
	actorAt, actorIDs := keyIndex{}, map[string]string{}
	for i, a := range out.Actors {
		actorAt.add(i, a.ID, a.Name, a.Aliases...)
	}
	for _, a := range add.Actors {
		i, ok := actorAt.find(a.ID, a.Name)
		if !ok {
			actorAt.add(len(out.Actors), a.ID, a.Name, a.Aliases...)
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
			i := slices.IndexFunc(l.manifest.Articles, func(it schema.ManifestItem) bool { return it.ID == a.ID })
			l.skip(entry{i, schema.ManifestItem{ID: a.ID}}, "id", fmt.Errorf("%q is the id of an embedded article; give this one another", a.ID))
			continue
		}
		a.Outlet = rename(outletIDs, a.Outlet)
		out.Articles = append(out.Articles, a)
	}
	statements := make(map[string]bool, len(out.Statements))
	for _, s := range out.Statements {
		statements[s.ID] = true
	}
	for _, s := range add.Statements {
		s.Speaker = rename(actorIDs, s.Speaker)
		if !statements[s.ID] {
			statements[s.ID] = true
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

// nameKey is what two names that name the same thing share: case, a
// leading "the" and the kind of apostrophe aside.
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	return strings.ReplaceAll(s, "’", "'")
}

// keyIndex finds an item by its id, or by a name it has, and gives its
// index; the first item given a key keeps it.
type keyIndex map[string]int

func (k keyIndex) add(i int, id, name string, aliases ...string) {
	keys := append([]string{"id " + id}, "name "+nameKey(name))
	for _, a := range aliases {
		keys = append(keys, "name "+nameKey(a))
	}
	for _, key := range keys {
		if key == "name " {
			continue // an empty name matches nothing
		}
		if _, taken := k[key]; !taken {
			k[key] = i
		}
	}
}

// find gives the index of the item with this id, else with this name
// among its names, the earlier of the two when both match.
func (k keyIndex) find(id, name string) (int, bool) {
	byID, okID := k["id "+id]
	byName, okName := k["name "+nameKey(name)]
	switch {
	case okID && okName:
		return min(byID, byName), true
	case okID:
		return byID, true
	case okName:
		return byName, true
	}
	return 0, false
}

// invalidUTF8 finds the first byte of raw that is not UTF-8: its line,
// its column and what to do, as loading and refreshing an article both
// say it; err is nil when raw is all UTF-8.
func invalidUTF8(raw []byte) (line, col int, err error) {
	if utf8.Valid(raw) {
		return 0, 0, nil
	}
	off := 0
	for off < len(raw) {
		r, n := utf8.DecodeRune(raw[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	line, col = schema.LineCol(raw, int64(off))
	return line, col, fmt.Errorf("byte 0x%02X is not UTF-8; expected UTF-8 text (convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)", raw[off])
}
