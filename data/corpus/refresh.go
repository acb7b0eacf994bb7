package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/page"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// Refresh takes in the articles of the corpus in fsys that changed since
// the manifest described them: a page saved again is read again and its
// text rewritten; a text edited by hand is taken as it is. For each, the
// manifest records the new checksums, keeps every field as it is (a
// field it left empty is drafted anew), and every span citing the
// article, in the manifest and in the annotations, is kept where its
// words still stand, moved where they now occur once, and otherwise
// listed in Problems, its offsets cleared for corpus fill. Nothing else
// in either file changes. only names the articles to look at, by file or
// id; all when empty.
func Refresh(fsys fs.FS, dir string, only []string) (*Change, error) {
	u, err := openUpkeep(fsys, dir)
	if err != nil {
		return nil, err
	}
	todo := make([]int, 0, len(u.m.Articles))
	for _, name := range only {
		key := path.Clean(name)
		i := slices.IndexFunc(u.m.Articles, func(it schema.ManifestItem) bool { return it.ID == name || names(it, key) })
		if i < 0 {
			u.problem("%s: not an article of %s; give a file it names, or an article's id", untrusted.CleanLine(name), u.shown(ManifestFile))
			continue
		}
		todo = append(todo, i)
	}
	if len(only) == 0 {
		for i := range u.m.Articles {
			todo = append(todo, i)
		}
	}
	for _, i := range todo {
		u.refresh(i, nil, false)
	}
	if len(only) == 0 {
		u.draftFromNames()
	}
	if len(u.change.Done) == 0 && len(u.change.Problems) == 0 {
		u.done("nothing changed since %s was written", u.shown(ManifestFile))
	}
	return u.finish()
}

// refresh takes in article i's new version: given is its page, or its
// text, as given to add --refresh (copied into the folder when copyIn),
// or nil to read what the folder has.
func (u *upkeep) refresh(i int, given []byte, copyIn bool) {
	it := u.m.Articles[i]
	id := untrusted.CleanLine(it.ID)
	if !fs.ValidPath(path.Clean(it.File)) || it.Page != nil && !fs.ValidPath(path.Clean(it.Page.File)) {
		u.problem("%s: article %q: its file is not a path inside the corpus folder", u.shown(ManifestFile), id)
		return
	}
	textFile := u.shown(it.File)
	raw, textErr := bounded.ReadFile(u.fsys, it.File, schema.MaxArticleBytes, "the most an article may have (data.MaxArticleBytes)")
	if textErr != nil && !errors.Is(textErr, fs.ErrNotExist) {
		u.problem("article %q: %v", id, fileError(textFile, textErr))
		return
	}
	newPage := given
	if it.Page == nil && given != nil {
		if copyIn && (textErr != nil || !bytes.Equal(raw, given)) {
			u.write(it.File, given, textErr == nil)
		}
		raw, textErr, newPage = given, nil, nil
	}
	textSame := textErr == nil && sum(raw) == it.SHA256
	var text, why string
	var p *page.Page
	if it.Page == nil {
		switch {
		case textErr != nil:
			u.problem("article %q: %v", id, fileError(textFile, textErr))
			return
		case textSame:
			return
		}
		t, err := normalised(textFile, raw)
		if err != nil {
			u.problem("%v; not taken in", err)
			return
		}
		text, why = t, textFile+" changed"
		if it.SHA256 == "" {
			why = "its checksum was not recorded"
		}
	} else {
		pageFile := u.shown(it.Page.File)
		src := newPage
		if src == nil {
			b, err := bounded.ReadFile(u.fsys, it.Page.File, page.MaxBytes, "the most a saved page may have (page.MaxBytes)")
			if err != nil {
				u.problem("article %q: %v", id, fileError(pageFile, err))
				return
			}
			src = b
		}
		pageSum := sum(src)
		if pageSum == it.Page.SHA256 {
			if textSame {
				if newPage != nil {
					u.done("%s: the same as article %q's page; nothing to take in", pageFile, id)
				}
				return
			}
			if textErr == nil { // the text was edited by hand: it is the article's now
				t, err := normalised(textFile, raw)
				if err != nil {
					u.problem("%v; not taken in", err)
					return
				}
				text, why = t, textFile+" changed"
			}
		}
		if text == "" {
			conv, err := u.convert(src, pageFile)
			if err != nil {
				u.problem("%v", strings.Replace(err.Error(), "; not added", "; article "+quoteID(id)+" left as it was", 1))
				return
			}
			if textErr == nil && !textSame && string(raw) != conv.Text {
				u.problem("%s: changed by hand, and %s changed too: taking the page in would write over the hand edits; move one of them aside, then run corpus refresh again", textFile, pageFile)
				return
			}
			p, text, why = conv, conv.Text, pageFile+" changed"
			if pageSum == it.Page.SHA256 {
				why = textFile + " was missing"
			}
			if copyIn {
				u.write(it.Page.File, src, true)
			}
			if string(raw) != text || textErr != nil {
				u.write(it.File, []byte(text), textErr == nil)
			}
			u.set(schema.Pointer("articles", i, "page", "sha256"), pageSum)
			u.m.Articles[i].Page.SHA256 = pageSum
		}
	}
	newSum := sum(raw)
	if p != nil {
		newSum = sum([]byte(p.Text))
	}
	u.set(schema.Pointer("articles", i, "sha256"), newSum)
	u.m.Articles[i].SHA256 = newSum
	moved, lost := u.refillManifest(i, text)
	m, l := u.refillAnnotations(it.ID, it.File, text)
	moved, lost = moved+m, lost+l
	drafted := u.redraft(i, text, p)
	msg := fmt.Sprintf("refreshed article %q (%s)", id, untrusted.CleanLine(why))
	if moved > 0 {
		msg += "; " + spans(moved) + " moved to where their words now are"
	}
	if lost > 0 {
		msg += "; " + spans(lost) + " whose words are not found once (listed)"
	}
	if len(drafted) > 0 {
		msg += "; drafted its " + strings.Join(drafted, ", ")
	}
	u.done("%s", msg)
}

func quoteID(id string) string { return fmt.Sprintf("%q", id) }

// set edits the manifest.
func (u *upkeep) set(ptr jsontext.Pointer, v any) {
	u.edit.put(ptr, v)
}

// normalised is a text as the loader reads it: UTF-8, without a
// byte-order mark, LF line endings. Its error names the file (shown as
// file), and the line and column where the first byte that is not UTF-8
// stands.
func normalised(file string, raw []byte) (string, error) {
	if err := schema.CheckEncoding(raw); err != nil {
		return "", fmt.Errorf("%s: %w", file, err)
	}
	if line, col, err := invalidUTF8(raw); err != nil {
		return "", fmt.Errorf("%s:%d:%d: %w", file, line, col, err)
	}
	raw = bytes.TrimPrefix(raw, []byte(schema.BOM))
	raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
	return string(bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))), nil
}

// refillManifest re-fills the spans article i's entry cites: the evidence
// of its fields and its furniture.
func (u *upkeep) refillManifest(i int, text string) (moved, lost int) {
	it := &u.m.Articles[i]
	at := func(field ...any) jsontext.Pointer { return schema.Pointer(append([]any{"articles", i}, field...)...) }
	one := func(s *schema.Span, field string, ptr jsontext.Pointer) {
		switch start, n := refill(text, *s); {
		case start < 0:
		case n == 1:
			s.Start, s.End = start, start+len(s.Text)
			u.set(ptr+"/start", s.Start)
			u.set(ptr+"/end", s.End)
			moved++
		default:
			lost++
			line, col := schema.Find(u.src, ptr)
			u.problem("%s:%d:%d: article %q: %s: %s; correct the span or remove it", u.shown(ManifestFile), line, col, untrusted.CleanLine(it.ID), field, notOnce(s.Text, n, it.File))
		}
	}
	for _, f := range []struct {
		name string
		ev   *schema.Span
	}{{"outlet", it.Outlet.Evidence}, {"title", it.Title.Evidence}, {"byline", it.Byline.Evidence}, {"published", it.Published.Evidence}} {
		if f.ev != nil {
			one(f.ev, f.name+".evidence", at(f.name, "evidence"))
		}
	}
	for j := range it.Furniture {
		one(&it.Furniture[j], fmt.Sprintf("furniture.%d", j), at("furniture", j))
	}
	return moved, lost
}

// refill says where span s's words now are in text: -1 when its offsets
// still hold them (or it has none to keep, or no words); else the start
// of their first occurrence and how many times they occur.
func refill(text string, s schema.Span) (start, n int) {
	w := s.Text.Verbatim()
	if w == "" || s.Start == 0 && s.End == 0 || s.Start >= 0 && s.End <= len(text) && s.Start < s.End && text[s.Start:s.End] == w {
		return -1, 0
	}
	start = -1
	for off := 0; ; {
		i := strings.Index(text[off:], w)
		if i < 0 {
			break
		}
		if n == 0 {
			start = off + i
		}
		n++
		off += i + 1
	}
	if n == 0 {
		return 0, 0
	}
	return start, n
}

// notOnce says why a span's words could not be placed.
func notOnce(w untrusted.Text, n int, file string) string {
	if n == 0 {
		return fmt.Sprintf("%q is not in %s any more", clip(w.String()), untrusted.CleanLine(file))
	}
	return fmt.Sprintf("%q occurs %d times in %s now", clip(w.String()), n, untrusted.CleanLine(file))
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// refillAnnotations re-fills every span of the annotations that cites the
// article: kept, moved, or its offsets cleared (0, 0) and listed, so that
// once the words are corrected or "nth" says which occurrence is meant,
// corpus fill places it.
func (u *upkeep) refillAnnotations(id, file, text string) (moved, lost int) {
	if !u.loadAnnotations() {
		return 0, 0
	}
	for sp := range annotationSpans(u.ann) {
		s := sp.span
		if s.Article != id {
			continue
		}
		start, n := refill(text, *s)
		switch {
		case start < 0:
			continue
		case n == 1:
			s.Start, s.End = start, start+len(s.Text)
			moved++
		default:
			line, col := schema.Find(u.annSrc, sp.ptr)
			s.Start, s.End = 0, 0
			lost++
			advice := `correct its "text", then run cyberdesk corpus fill ` + untrusted.CleanLine(u.dir)
			if n > 1 {
				advice = `say which with "nth", then run cyberdesk corpus fill ` + untrusted.CleanLine(u.dir)
			}
			u.problem("%s:%d:%d: %s %q: %s; its offsets are cleared: %s", u.shown(AnnotationsFile), line, col, sp.kind, untrusted.CleanLine(sp.id), notOnce(s.Text, n, file), advice)
		}
		u.annEdit.put(sp.ptr+"/start", s.Start)
		u.annEdit.put(sp.ptr+"/end", s.End)
	}
	return moved, lost
}

// loadAnnotations reads the annotations once, if the corpus has them.
func (u *upkeep) loadAnnotations() bool {
	if u.annEdit != nil {
		return u.ann != nil
	}
	u.annEdit = newJSONEdit(nil)
	src, err := readJSONFile(u.fsys, AnnotationsFile, schema.MaxJSONBytes)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			u.problem("%s: %v; its spans were not re-filled", u.shown(AnnotationsFile), err)
		}
		return false
	}
	var a schema.Annotations
	if err := schema.DecodeJSON(u.path(AnnotationsFile), src, &a); err != nil {
		u.problem("%v; its spans were not re-filled", err)
		return false
	}
	u.ann, u.annSrc, u.annEdit = &a, src, newJSONEdit(src)
	return true
}

// annotationSpan is one span of the annotations, where it is.
type annotationSpan struct {
	span     *schema.Span
	ptr      jsontext.Pointer
	kind, id string
}

// annotationSpans yields every span the annotations hold, as Fill
// visits them.
func annotationSpans(a *schema.Annotations) func(func(annotationSpan) bool) {
	return func(yield func(annotationSpan) bool) {
		for i := range a.Actors {
			act := &a.Actors[i]
			for j := range act.Roles {
				if !yield(annotationSpan{&act.Roles[j].Source, schema.Pointer("actors", i, "roles", j, "source"), "actor", act.ID}) {
					return
				}
			}
			for j := range act.Mentions {
				if !yield(annotationSpan{&act.Mentions[j], schema.Pointer("actors", i, "mentions", j), "actor", act.ID}) {
					return
				}
			}
		}
		for i := range a.Quotes {
			q := &a.Quotes[i]
			if !yield(annotationSpan{&q.Span, schema.Pointer("quotes", i, "span"), "quote", q.ID}) {
				return
			}
			if q.Attribution != nil && !yield(annotationSpan{q.Attribution, schema.Pointer("quotes", i, "attribution"), "quote", q.ID}) {
				return
			}
		}
		for i := range a.Events {
			for j := range a.Events[i].Sources {
				if !yield(annotationSpan{&a.Events[i].Sources[j].Span, schema.Pointer("events", i, "sources", j, "span"), "event", a.Events[i].ID}) {
					return
				}
			}
		}
		for i := range a.Discrepancies {
			for j := range a.Discrepancies[i].Sides {
				if !yield(annotationSpan{&a.Discrepancies[i].Sides[j].Span, schema.Pointer("discrepancies", i, "sides", j, "span"), "discrepancy", a.Discrepancies[i].ID}) {
					return
				}
			}
		}
	}
}

// redraft drafts the fields of entry i that are still empty, from its
// new text or page, and says which it drafted. A field with a value is
// the user's, and kept. The draft is made against a copy of the outlets,
// so an outlet is added to the manifest only when the article's outlet
// is the field drafted.
func (u *upkeep) redraft(i int, text string, p *page.Page) []string {
	it := &u.m.Articles[i]
	scratch := schema.Manifest{Outlets: slices.Clone(u.m.Outlets)}
	d := &drafter{m: &scratch, ids: map[string]bool{}}
	var fresh schema.ManifestItem
	if p != nil {
		fresh = d.fromPage(it.Page.File, it.Page.SHA256, it.File, p)
	} else {
		fresh = d.fromText(it.File, []byte(text), nil)
	}
	var drafted []string
	if it.Outlet.Value == "" && fresh.Outlet.Value != "" {
		it.Outlet, drafted = fresh.Outlet, append(drafted, "outlet")
		u.m.Outlets = append(u.m.Outlets, scratch.Outlets[len(u.m.Outlets):]...)
	}
	if it.Title.Value == "" && fresh.Title.Value != "" {
		it.Title, drafted = fresh.Title, append(drafted, "title")
	}
	if it.Byline.Value == "" && fresh.Byline.Value != "" {
		it.Byline, drafted = fresh.Byline, append(drafted, "byline")
	}
	if it.Published.Value.Date == "" && fresh.Published.Value.Date != "" {
		it.Published, drafted = fresh.Published, append(drafted, "published")
	}
	if it.URL == "" && fresh.URL != "" {
		it.URL, drafted = fresh.URL, append(drafted, "url")
	}
	for _, name := range drafted {
		var v any
		switch name {
		case "outlet":
			v = it.Outlet
		case "title":
			v = it.Title
		case "byline":
			v = it.Byline
		case "published":
			v = it.Published
		case "url":
			v = it.URL
		}
		u.set(schema.Pointer("articles", i, name), v)
	}
	return drafted
}

// Stale lists, as notes, the articles kept as pages whose page changed
// since their text was read from it, or is gone: corpus refresh takes
// the change in. It reads every page, which opening a corpus never does.
func Stale(fsys fs.FS, dir string) []*schema.Error {
	var m schema.Manifest
	src, err := readJSONFile(fsys, ManifestFile, schema.MaxJSONBytes)
	if err != nil || schema.DecodeJSON(path.Join(dir, ManifestFile), src, &m) != nil {
		return nil // opening the corpus says what is wrong
	}
	var out []*schema.Error
	for _, it := range m.Articles {
		if it.Page == nil || !fs.ValidPath(path.Clean(it.Page.File)) {
			continue
		}
		name := path.Join(dir, it.Page.File)
		b, err := bounded.ReadFile(fsys, it.Page.File, page.MaxBytes, "the most a saved page may have (page.MaxBytes)")
		var msg string
		switch {
		case errors.Is(err, fs.ErrNotExist):
			msg = fmt.Sprintf("article %q's page is gone; its text %s stands as it is", it.ID, path.Join(dir, it.File))
		case err != nil:
			msg = fileError(name, err).Error()
		case sum(b) != it.Page.SHA256:
			msg = fmt.Sprintf("changed since article %q's text %s was read from it; to take the change in, run cyberdesk corpus refresh %s", it.ID, path.Join(dir, it.File), dir)
		default:
			continue
		}
		out = append(out, &schema.Error{Level: schema.Note, File: name, Err: errors.New(msg)})
	}
	return out
}

// spans counts spans in words: "1 span", "2 spans".
func spans(n int) string {
	if n == 1 {
		return "1 span"
	}
	return fmt.Sprintf("%d spans", n)
}
