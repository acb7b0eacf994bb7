package corpus

import (
	"fmt"
	"path"
	"regexp"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// A folder whose every article is named <outlet>_<yyyy-mm-dd>_<title>
// ("nyt_2016-03-01_some-title.txt"), as a corpus exported from a
// collection often is, says in its names what the articles do not: who
// published each and when. Init drafts those two fields from the names,
// inferred and saying so, but only where every article's name follows
// the pattern: one name that happens to hold an underscore and a date is
// no evidence of a scheme.

// outletDateName is <outlet>_<yyyy-mm-dd>_<title>.<ext>: an outlet's id
// of letters, digits and dashes, the date, and at least one character of
// title.
var outletDateName = regexp.MustCompile(`^([A-Za-z0-9][A-Za-z0-9-]*)_((?:1[6-9]|20)[0-9]{2}-[01][0-9]-[0-3][0-9])_.+\.(?:txt|html?)$`)

// namingScheme is how a folder's article files are named, when every one
// of them (two or more) follows outletDateName; else nil.
type namingScheme struct{}

// folderScheme is the naming scheme names follow, or nil.
func folderScheme(names []string) *namingScheme {
	if len(names) < 2 {
		return nil
	}
	for _, n := range names {
		if !outletDateName.MatchString(path.Base(n)) {
			return nil
		}
	}
	return &namingScheme{}
}

// schemeNote is what a field drafted from a file's name says of it.
func schemeNote(what, file string) string {
	return fmt.Sprintf("%s the file's name (%s), as every article in the folder is named <outlet>_<yyyy-mm-dd>_<title>; check it",
		what, untrusted.CleanLine(path.Base(file)))
}

// apply drafts the outlet and the publication date of entry it, made from
// file, from the file's name: the outlet where nothing else gave it (the
// outlet's id is the name's first part, added to the manifest's outlets
// under that name for the user to name properly); the date where nothing
// stated it, since the name is the date whoever collected the articles
// recorded, and a date near the top of a text may be an event's.
func (s *namingScheme) apply(d *drafter, it *schema.ManifestItem, file string) {
	if s == nil {
		return
	}
	m := outletDateName.FindStringSubmatch(path.Base(file))
	if m == nil {
		return
	}
	if it.Outlet.Value == "" {
		it.Outlet = schema.Fact{Value: d.outletByID(m[1]), Basis: "inferred",
			Note: schemeNote("the outlet's id is the first part of", file) + ", and give the outlet its name under outlets"}
	}
	if it.Published.Basis != "stated" {
		if f, ok := fileDate(file); ok && f.Value.Date == m[2] {
			f.Note = schemeNote("the date in", file)
			it.Published = f
		}
	}
}

// outletByID is the id of the outlet a file's name calls prefix: one the
// manifest has with that id or name (case and a leading "The" aside), or
// a new one named prefix.
func (d *drafter) outletByID(prefix string) string {
	id := slug(prefix)
	for _, o := range d.m.Outlets {
		if o.ID == id || nameKey(o.Name) == nameKey(prefix) {
			return o.ID
		}
	}
	d.m.Outlets = append(d.m.Outlets, schema.Outlet{ID: id, Name: untrusted.CleanLine(prefix)})
	return id
}

// draftFromNames gives the entries whose outlet or date is still empty
// (a manifest drafted before init read names, or left for the user) what
// the folder's naming scheme says, as init would have: only an empty
// field, never one the user wrote, each edited in place. It says how
// many it drafted.
func (u *upkeep) draftFromNames() {
	files := make([]string, len(u.m.Articles))
	for i, it := range u.m.Articles {
		files[i] = source(it)
	}
	if folderScheme(files) == nil {
		return
	}
	outlets, dates := 0, 0
	for i := range u.m.Articles {
		it := &u.m.Articles[i]
		m := outletDateName.FindStringSubmatch(path.Base(source(*it)))
		if m == nil {
			continue
		}
		if it.Outlet.Value == "" {
			it.Outlet = schema.Fact{Value: u.d.outletByID(m[1]), Basis: "inferred",
				Note: schemeNote("the outlet's id is the first part of", source(*it)) + ", and give the outlet its name under outlets"}
			u.set(schema.Pointer("articles", i, "outlet"), it.Outlet)
			outlets++
		}
		if it.Published.Value.Date == "" {
			if f, ok := fileDate(source(*it)); ok && f.Value.Date == m[2] {
				f.Note = schemeNote("the date in", source(*it))
				it.Published = f
				u.set(schema.Pointer("articles", i, "published"), it.Published)
				dates++
			}
		}
	}
	if outlets+dates > 0 {
		u.done("every file is named <outlet>_<yyyy-mm-dd>_<title>: drafted from the names the outlet of %d articles and the date of %d, where they were empty", outlets, dates)
	}
}
