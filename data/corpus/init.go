package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// Init drafts a manifest for the articles in fsys: its text files (*.txt)
// and saved web pages (*.html, *.htm). A page's article text is written
// beside it (page.txt for page.html), to be the article's text, and the
// page is kept with its checksum. Each entry gets an id from its file
// name, its checksum, and its outlet, title, byline, date and URL as the
// page's markup states them or the text shows them, stated with their
// evidence or inferred with the reason (see [Add]); an outlet is added
// to the manifest's outlets with its name. What neither shows is left
// empty for the user, and `corpus check` lists it. A page that is not an
// article is left out and listed in Problems; a text file that is not
// UTF-8 or is too big is listed in the manifest with a note and nothing
// guessed. dir is how the user names the folder, in messages.
//
// Where every article's file is named <outlet>_<yyyy-mm-dd>_<title>,
// the outlet (where nothing else gives it) and the date (where nothing
// states it) are drafted from the name, inferred and saying so.
//
// Init never replaces a manifest: with one there it returns
// ErrManifestExists.
func Init(fsys fs.FS, dir string) (*Change, error) {
	if _, err := fs.Stat(fsys, ManifestFile); err == nil {
		return nil, ErrManifestExists
	}
	// fs.Glob would say nothing of a folder it cannot list
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("cannot list the folder: %w", unwrapPath(err))
	}
	u := &upkeep{fsys: fsys, dir: dir, change: &Change{}, writes: map[string][]byte{}}
	u.m = schema.Manifest{Schema: schema.Version, Outlets: []schema.Outlet{}}
	u.d = newDrafter(&u.m)
	var pages, texts []string
	for _, e := range entries {
		switch articleKind(e.Name()) {
		case "page":
			pages = append(pages, e.Name())
		case "text":
			texts = append(texts, e.Name())
		}
	}
	u.scheme = folderScheme(append(slices.Clone(pages), texts...))
	for _, name := range pages {
		src, err := u.read(Input{Name: name, Shown: u.path(name)}, "page") // read cleans Shown
		if err != nil {
			u.problem("%v; not added", err)
			continue
		}
		u.addNew(name, src, "page", u.shown(name), false)
	}
	for _, name := range texts {
		if slices.ContainsFunc(u.m.Articles, func(it schema.ManifestItem) bool { return it.File == name }) {
			continue // a page's text, written by an earlier init stopped before its manifest
		}
		it := u.d.fromTextFile(fsys, name)
		u.scheme.apply(u.d, &it, name)
		u.m.Articles = append(u.m.Articles, it)
		u.done("added article %q from %s", it.ID, u.shown(name))
	}
	if len(u.m.Articles) == 0 {
		msg := "no .txt, .html or .htm files to describe; put each article in the directory as a UTF-8 text file or a saved web page"
		if len(u.change.Problems) > 0 {
			msg = "no article to describe:\n" + strings.Join(u.change.Problems, "\n")
		}
		return nil, errors.New(msg)
	}
	if u.scheme != nil && len(u.m.Outlets) > 0 {
		ids := make([]string, len(u.m.Outlets))
		for i, o := range u.m.Outlets {
			ids[i] = o.ID
		}
		shown := strings.Join(ids[:min(len(ids), 8)], ", ")
		if len(ids) > 8 {
			shown += fmt.Sprintf(" and %d more", len(ids)-8)
		}
		named := fmt.Sprintf("%d outlets (%s) are named by their ids, give each its name", len(ids), shown)
		if len(ids) == 1 {
			named = fmt.Sprintf("the outlet %s is named by its id, give it its name", shown)
		}
		u.done("every file is named <outlet>_<yyyy-mm-dd>_<title>: each article's outlet and date are drafted from its name; %s under outlets", named)
	}
	slices.SortStableFunc(u.m.Articles, func(a, b schema.ManifestItem) int { return strings.Compare(source(a), source(b)) })
	u.change.Incomplete = incomplete(u.m.Articles)
	u.change.Manifest, err = schema.EncodeJSON(u.m)
	return u.change, err
}

// source is the file an entry was made from: its page, or its text.
func source(it schema.ManifestItem) string {
	if it.Page != nil {
		return it.Page.File
	}
	return it.File
}
