package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/page"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// Change is what corpus init, add or refresh would write, for the caller
// to write through internal/atomicfile in this order: Files, then
// Annotations, then Manifest. The manifest says which text is an
// article's and what its checksum is, so until it is written the corpus
// reads as it did: a command stopped part way leaves the corpus whole,
// and running it again finishes the work (a text already written with
// the bytes it would write is taken as it is).
type Change struct {
	Files       []File // texts and pages, new or changed
	Annotations []byte // the annotations with spans moved; nil: unchanged
	Manifest    []byte // nil: unchanged
	// Done says what was done, a line each; Problems what could not be
	// done and what to do about it.
	Done, Problems []string
	// Incomplete counts the articles added that still lack an outlet, a
	// title or a date, for the user to give.
	Incomplete int
}

// incomplete counts the entries that lack an outlet, a title or a date.
func incomplete(items []schema.ManifestItem) int {
	n := 0
	for _, it := range items {
		if it.Outlet.Value == "" || it.Title.Value == "" || it.Published.Value.Date == "" {
			n++
		}
	}
	return n
}

// File is a file to write in the corpus folder.
type File struct {
	Name string // its path in the folder
	Data []byte
	// Replace says the file there is replaced (a refreshed text or
	// page); otherwise there must be none.
	Replace bool
}

// Input is a file to add: Name read from FS, or, with a nil FS, the file
// Name in the corpus folder. Shown is how the user named it.
type Input struct {
	FS    fs.FS
	Name  string
	Shown string
}

// AddOptions say how to add.
type AddOptions struct {
	// Refresh takes in a new version of a file the manifest has, as
	// Refresh does, instead of refusing it.
	Refresh bool
}

// ErrManifestExists is corpus init in a folder that has a manifest.
var ErrManifestExists = errors.New("a manifest exists")

// upkeep is one run of init, add or refresh over a corpus folder.
type upkeep struct {
	fsys   fs.FS
	dir    string
	m      schema.Manifest
	d      *drafter
	change *Change
	writes map[string][]byte // files the change writes, by name

	src      []byte    // the manifest as read; nil for init
	edit     *jsonEdit // its edits
	articles int       // entries and outlets it had
	outlets  int

	ann     *schema.Annotations // loaded when a refresh needs them
	annSrc  []byte
	annEdit *jsonEdit

	scheme *namingScheme // how init's folder names its articles, if it does
}

// path is name as the user knows it, inside the corpus folder.
func (u *upkeep) path(name string) string { return path.Join(u.dir, name) }

// shown is path cleaned for a message.
func (u *upkeep) shown(name string) string { return untrusted.CleanLine(u.path(name)) }

// openUpkeep reads a corpus's manifest for add or refresh.
func openUpkeep(fsys fs.FS, dir string) (*upkeep, error) {
	u := &upkeep{fsys: fsys, dir: dir, change: &Change{}, writes: map[string][]byte{}}
	src, err := readJSONFile(fsys, ManifestFile, schema.MaxJSONBytes)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: not there; cyberdesk corpus init %s drafts one for the articles in the folder", u.path(ManifestFile), dir)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", u.path(ManifestFile), err)
	}
	if err := schema.DecodeJSON(u.path(ManifestFile), src, &u.m); err != nil {
		return nil, err
	}
	u.src, u.edit = src, newJSONEdit(src)
	u.articles, u.outlets = len(u.m.Articles), len(u.m.Outlets)
	u.d = newDrafter(&u.m)
	return u, nil
}

// Add adds files to the corpus in fsys: each text or saved page is
// copied into the folder (unless it is there already), a page's article
// text is written beside it, and an entry drafted for it is added to the
// manifest with any new outlet. Every other byte of the manifest stays
// as it was. A file the manifest has already is refused, or with
// opt.Refresh taken in as Refresh would. What cannot be added is listed
// in Problems; the rest is added.
func Add(fsys fs.FS, dir string, in []Input, opt AddOptions) (*Change, error) {
	u, err := openUpkeep(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, f := range in {
		u.add(f, opt)
	}
	return u.finish()
}

// add adds one file.
func (u *upkeep) add(in Input, opt AddOptions) {
	shown := untrusted.CleanLine(in.Shown)
	kind := articleKind(in.Name)
	if kind == "" {
		u.problem("%s: not a .txt, .html or .htm file; cyberdesk reads articles as UTF-8 text files and saved web pages", shown)
		return
	}
	target := in.Name
	if in.FS != nil {
		target = path.Base(in.Name)
	}
	if !fs.ValidPath(target) {
		u.problem("%s: not a path inside the corpus folder", shown)
		return
	}
	src, err := u.read(in, kind)
	if err != nil {
		u.problem("%s", err)
		return
	}
	if i := slices.IndexFunc(u.m.Articles, func(it schema.ManifestItem) bool { return names(it, target) }); i >= 0 {
		it := u.m.Articles[i]
		switch {
		case opt.Refresh:
			u.refresh(i, src, in.FS != nil)
		case sum(src) == recorded(it, target):
			u.done("%s: in the manifest already as article %q, as it is; nothing to add", shown, untrusted.CleanLine(it.ID))
		default:
			u.problem("%s: already in the manifest as article %q, and changed since; to take the new version in, run cyberdesk corpus add --refresh %s %s",
				shown, untrusted.CleanLine(it.ID), untrusted.CleanLine(u.dir), shown)
		}
		return
	}
	copyIn := false
	if in.FS != nil {
		there, ok := u.contents(target)
		if ok && !bytes.Equal(there, src) {
			u.problem("%s: %s is another file already; rename one of them to add it", shown, u.shown(target))
			return
		}
		copyIn = !ok
	}
	if i := slices.IndexFunc(u.m.Articles, func(it schema.ManifestItem) bool { return recorded(it, "") == sum(src) }); i >= 0 {
		u.problem("%s: the same bytes as article %q; not added again", shown, untrusted.CleanLine(u.m.Articles[i].ID))
		return
	}
	u.addNew(target, src, kind, shown, copyIn)
}

// addNew drafts the entry of a file that is in the corpus as target, or
// is to be copied there.
func (u *upkeep) addNew(target string, src []byte, kind, shown string, copyIn bool) bool {
	var it schema.ManifestItem
	if kind == "text" {
		it = u.d.fromText(target, src, nil)
	} else {
		p, err := u.convert(src, shown)
		if err != nil {
			u.problem("%s", err)
			return false
		}
		text, write := u.textName(target, p.Text)
		if copyIn {
			u.write(target, src, false)
		}
		if write {
			u.write(text, []byte(p.Text), false)
		}
		it = u.d.fromPage(target, sum(src), text, p)
		copyIn = false
	}
	u.scheme.apply(u.d, &it, target)
	if copyIn {
		u.write(target, src, false)
	}
	u.m.Articles = append(u.m.Articles, it)
	if it.Page != nil {
		u.done("added article %q from %s; its text is %s", it.ID, shown, u.shown(it.File))
	} else {
		u.done("added article %q from %s", it.ID, shown)
	}
	return true
}

// convert reads a page for its article, refusing one whose text a corpus
// could not hold.
func (u *upkeep) convert(src []byte, shown string) (*page.Page, error) {
	p, err := page.Read(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w; not added", shown, err)
	}
	if len(p.Text) > schema.MaxArticleBytes {
		return nil, fmt.Errorf("%s: its article's text is %d bytes, over %d, the most an article may have (data.MaxArticleBytes)", shown, len(p.Text), schema.MaxArticleBytes)
	}
	if line, n := schema.LongLine([]byte(p.Text), schema.MaxLineBytes); line > 0 {
		return nil, fmt.Errorf("%s: line %d of its article's text is %d bytes, over %d (data.MaxLineBytes)", shown, line, n, schema.MaxLineBytes)
	}
	return p, nil
}

// textName is the name of the text of the page name: name.txt, or
// name-2.txt and on when that is another file. A file there that holds
// the text already is taken as it is (write is false): a command stopped
// before it wrote the manifest left it.
func (u *upkeep) textName(name, text string) (string, bool) {
	base := strings.TrimSuffix(name, path.Ext(name))
	for n := 1; ; n++ {
		t := base + ".txt"
		if n > 1 {
			t = fmt.Sprintf("%s-%d.txt", base, n)
		}
		listed := slices.ContainsFunc(u.m.Articles, func(it schema.ManifestItem) bool { return path.Clean(it.File) == t })
		there, ok := u.contents(t)
		switch {
		case !ok && !listed:
			return t, true
		case ok && !listed && string(there) == text:
			return t, false
		}
	}
}

// read reads an input, no bigger than its kind may be.
func (u *upkeep) read(in Input, kind string) ([]byte, error) {
	fsys := in.FS
	if fsys == nil {
		fsys = u.fsys
	}
	limit, what := int64(schema.MaxArticleBytes), "the most an article may have (data.MaxArticleBytes)"
	if kind == "page" {
		limit, what = page.MaxBytes, "the most a saved page may have (page.MaxBytes)"
	}
	src, err := bounded.ReadFile(fsys, in.Name, limit, what)
	if err != nil {
		return nil, fileError(untrusted.CleanLine(in.Shown), err)
	}
	return src, nil
}

// contents is the file name in the folder, as the change would leave it.
func (u *upkeep) contents(name string) ([]byte, bool) {
	if b, ok := u.writes[name]; ok {
		return b, true
	}
	b, err := bounded.ReadFile(u.fsys, name, page.MaxBytes, "the most a saved page may have (page.MaxBytes)")
	if err != nil {
		_, statErr := fs.Stat(u.fsys, name)
		return nil, statErr == nil // something is there that is not a file we can read
	}
	return b, true
}

// write adds a file to the change.
func (u *upkeep) write(name string, data []byte, replace bool) {
	if _, ok := u.writes[name]; ok {
		for i := range u.change.Files {
			if u.change.Files[i].Name == name {
				u.change.Files[i].Data = data
			}
		}
	} else {
		u.change.Files = append(u.change.Files, File{Name: name, Data: data, Replace: replace})
	}
	u.writes[name] = data
}

func (u *upkeep) done(format string, args ...any) {
	u.change.Done = append(u.change.Done, fmt.Sprintf(format, args...))
}

func (u *upkeep) problem(format string, args ...any) {
	u.change.Problems = append(u.change.Problems, fmt.Sprintf(format, args...))
}

// finish makes the manifest and annotations the change writes: the
// files as they were, with the edits made in place; or, should the
// edited file not read back as the manifest intended (a layout the
// editor does not follow), the whole file written anew.
func (u *upkeep) finish() (*Change, error) {
	u.change.Incomplete = incomplete(u.m.Articles[u.articles:])
	for _, o := range u.m.Outlets[u.outlets:] {
		if err := u.edit.add(schema.Pointer("outlets"), o); err != nil {
			return nil, err
		}
	}
	for _, it := range u.m.Articles[u.articles:] {
		if err := u.edit.add(schema.Pointer("articles"), it); err != nil {
			return nil, err
		}
	}
	var err error
	if u.edit.changed() {
		if u.change.Manifest, err = edited(u.edit, u.path(ManifestFile), &u.m); err != nil {
			return nil, err
		}
	}
	if u.annEdit != nil && u.annEdit.changed() {
		if u.change.Annotations, err = edited(u.annEdit, u.path(AnnotationsFile), u.ann); err != nil {
			return nil, err
		}
	}
	return u.change, nil
}

// edited applies the edits to a document meant to read as want.
func edited[T any](e *jsonEdit, name string, want *T) ([]byte, error) {
	whole, err := schema.EncodeJSON(want)
	if err != nil {
		return nil, err
	}
	out, err := e.apply()
	if err != nil {
		return whole, nil
	}
	var got T
	if schema.DecodeJSON(name, out, &got) != nil {
		return whole, nil
	}
	if b, err := schema.EncodeJSON(&got); err != nil || !bytes.Equal(b, whole) {
		return whole, nil
	}
	return out, nil
}

// articleKind is "text" for a .txt file, "page" for a saved page, "" for
// anything else.
func articleKind(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt":
		return "text"
	case ".html", ".htm":
		return "page"
	}
	return ""
}

// names reports whether the entry's text or page is the file name.
func names(it schema.ManifestItem, name string) bool {
	return path.Clean(it.File) == name || it.Page != nil && path.Clean(it.Page.File) == name
}

// recorded is the checksum the entry records for the file name: its
// page's for its page, its text's otherwise.
func recorded(it schema.ManifestItem, name string) string {
	if it.Page != nil && (name == "" || path.Clean(it.Page.File) == name) {
		return it.Page.SHA256
	}
	return it.SHA256
}

// sum is the hex sha256 of b.
func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
