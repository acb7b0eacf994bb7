package corpus

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// handMade is a corpus a user has worked on: an outlet they named
// themselves, a title they corrected, annotations citing the article.
func handMade() fstest.MapFS {
	text := "Port restarts after attack\nBy Ana Writer\nStavna, March 4, 2023\n“We are back,” Interior Minister Jana Kovac said on Friday. Kovac spoke at the quay.\n"
	return fstest.MapFS{
		"port.txt": {Data: []byte(text)},
		ManifestFile: {Data: []byte(`{"schema": 4,
  "outlets": [{"id": "ledger", "name": "Northern Ledger", "country": "XX"}],
  "articles": [
    {"id": "port", "file": "port.txt", "sha256": "` + sum([]byte(text)) + `",
     "outlet": {"value": "ledger", "basis": "inferred", "note": "my own"},
     "title": {"value": "Port of Stavna restarts", "basis": "inferred", "note": "I shortened it",
               "evidence": {"start": 0, "end": 26, "text": "Port restarts after attack"}},
     "byline": {"value": "Ana Writer", "basis": "stated", "evidence": {"start": 30, "end": 40, "text": "Ana Writer"}},
     "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "stated",
                   "evidence": {"start": 49, "end": 62, "text": "March 4, 2023"}}}
  ]
}
`)},
		AnnotationsFile: {Data: []byte(`{"schema": 4, "countries": {"XX": "Example"},
  "actors": [{"id": "kovac", "name": "Jana Kovac", "kind": "person", "aliases": ["Kovac"], "roles": [],
    "mentions": [{"article": "port", "start": 100, "end": 105, "text": "Kovac"}]}],
  "statements": [{"id": "back", "speaker": "kovac", "label": "we are back", "events": []}],
  "quotes": [{"id": "q1", "statement": "back", "speaker": "kovac", "span": {"article": "port", "start": 66, "end": 77, "text": "We are back"}}],
  "events": []
}
`)},
	}
}

func mustRefresh(t *testing.T, m fstest.MapFS, only ...string) *Change {
	t.Helper()
	c, err := Refresh(m, "corpus", only)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRefreshKeepsHandMadeFieldsAndMovesSpans: a text edited by hand (a
// paragraph put in near the top) is taken in; every field stays as the
// user left it; the spans whose words now occur once move, in the
// manifest and the annotations, and the one whose words occur twice is
// listed with its place and what to do, its offsets cleared. Every other
// byte of both files stays as it was, and the corpus loads.
func TestRefreshKeepsHandMadeFieldsAndMovesSpans(t *testing.T) {
	m := handMade()
	if c := mustRefresh(t, m); c.Manifest != nil || c.Annotations != nil || len(c.Files) != 0 || !strings.Contains(c.Done[0], "nothing changed") {
		t.Fatalf("a refresh with nothing changed: %+v", c)
	}
	old := string(m["port.txt"].Data)
	edited := strings.Replace(old, "Stavna,", "UPDATED: Kovac adds detail.\nStavna,", 1)
	m["port.txt"] = &fstest.MapFile{Data: []byte(edited)}
	c := mustRefresh(t, m)
	if len(c.Files) != 0 {
		t.Errorf("a text edited by hand was rewritten: %v", c.Files)
	}
	var got schema.Manifest
	if err := schema.DecodeJSON("manifest.json", c.Manifest, &got); err != nil {
		t.Fatal(err)
	}
	it := got.Articles[0]
	if it.Title.Value != "Port of Stavna restarts" || it.Title.Note != "I shortened it" || it.Outlet.Value != "ledger" || it.SHA256 != sum([]byte(edited)) {
		t.Errorf("hand-made fields or checksum: %+v", it)
	}
	if ev := it.Published.Evidence; ev.Start != 49+28 || ev.Text != "March 4, 2023" {
		t.Errorf("the date's evidence did not move: %+v", ev)
	}
	var a schema.Annotations
	if err := schema.DecodeJSON("annotations.json", c.Annotations, &a); err != nil {
		t.Fatal(err)
	}
	if q := a.Quotes[0].Span; q.Start != 66+28 || edited[q.Start:q.End] != "We are back" {
		t.Errorf("the quote did not move: %+v", q)
	}
	if mn := a.Actors[0].Mentions[0]; mn.Start != 0 || mn.End != 0 {
		t.Errorf("the mention whose words occur three times now: %+v, want its offsets cleared", mn)
	}
	if len(c.Problems) != 1 || !strings.HasPrefix(c.Problems[0], `corpus/annotations.json:3:18: actor "kovac": "Kovac" occurs 3 times in port.txt now; its offsets are cleared: say which with "nth", then run cyberdesk corpus fill corpus`) {
		t.Errorf("problems %q", c.Problems)
	}
	if len(c.Done) != 1 || !strings.Contains(c.Done[0], "spans moved to where their words now are; 1 span whose words are not found once") {
		t.Errorf("done %q, want the spans counted in words", c.Done)
	}
	// only the numbers that moved changed, in both files
	for name, pair := range map[string][2]string{ManifestFile: {string(m[ManifestFile].Data), string(c.Manifest)}, AnnotationsFile: {string(m[AnnotationsFile].Data), string(c.Annotations)}} {
		before, after := strings.Split(pair[0], "\n"), strings.Split(pair[1], "\n")
		if len(before) != len(after) {
			t.Errorf("%s: %d lines, was %d", name, len(after), len(before))
			continue
		}
		for i := range before {
			if before[i] != after[i] && !onlyNumbersDiffer(before[i], after[i]) {
				t.Errorf("%s line %d changed beyond its numbers:\n%s\n%s", name, i+1, before[i], after[i])
			}
		}
	}
	// once the mention says which occurrence, fill places it and all loads
	after := applied(m, c)
	after[AnnotationsFile].Data = []byte(strings.Replace(string(after[AnnotationsFile].Data), `"start": 0, "end": 0, "text": "Kovac"`, `"start": 0, "end": 0, "text": "Kovac", "nth": 2`, 1))
	filled, _, err := Fill(after, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	after[AnnotationsFile].Data = filled
	if _, err := Load(after, "corpus"); err != nil {
		t.Errorf("the refreshed corpus does not load: %v", err)
	}
}

// onlyNumbersDiffer reports whether a and b differ only in digits, and
// the sha256 each line may hold.
func onlyNumbersDiffer(a, b string) bool {
	strip := func(s string) string {
		if i := strings.Index(s, `"sha256": "`); i >= 0 {
			s = s[:i]
		}
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, s)
	}
	return strip(a) == strip(b)
}

// TestRefreshAPage: a page saved again is read again, its text rewritten
// and its checksum and its text's recorded; a text edited by hand beside
// a page that did not change is taken as it is; a page and its text both
// changed is refused, since taking the page in would lose the edits.
func TestRefreshAPage(t *testing.T) {
	m := savedPages(t, "kessel-post.html")
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	m = applied(m, c)
	resaved := strings.Replace(string(m["kessel-post.html"].Data), "<p>The operator said", "<p>A council spokesman said the meeting would be public.</p>\n<p>The operator said", 1)
	m["kessel-post.html"] = &fstest.MapFile{Data: []byte(resaved)}
	c = mustRefresh(t, m, "kessel-post")
	if len(c.Files) != 1 || c.Files[0].Name != "kessel-post.txt" || !c.Files[0].Replace || !strings.Contains(string(c.Files[0].Data), "meeting would be public") {
		t.Fatalf("files %+v", c.Files)
	}
	var got schema.Manifest
	schema.DecodeJSON("manifest.json", c.Manifest, &got)
	if it := got.Articles[0]; it.Page.SHA256 != sum([]byte(resaved)) || it.SHA256 != sum(c.Files[0].Data) {
		t.Errorf("checksums not recorded: %+v", it)
	}
	refreshed := applied(m, c)
	if opened, err := Open(refreshed, "corpus", Options{}); err != nil || len(opened.Dataset.Articles()) != 1 {
		t.Errorf("the refreshed page does not load: %v", err)
	}
	// the text edited by hand, the page as it was
	byHand := applied(refreshed, &Change{Files: []File{{Name: "kessel-post.txt", Data: []byte(string(c.Files[0].Data) + "Editor's note: corrected.\n")}}})
	c2 := mustRefresh(t, byHand)
	if len(c2.Files) != 0 || c2.Manifest == nil || !strings.Contains(c2.Done[0], "kessel-post.txt changed") {
		t.Errorf("a text edited by hand: %+v", c2)
	}
	// both changed
	byHand["kessel-post.html"] = &fstest.MapFile{Data: []byte(resaved + "<!-- saved again -->")}
	c3 := mustRefresh(t, byHand)
	if c3.Manifest != nil || len(c3.Files) != 0 || len(c3.Problems) != 1 || !strings.Contains(c3.Problems[0], "changed by hand, and corpus/kessel-post.html changed too") {
		t.Errorf("both changed: %+v", c3)
	}
}

// TestAdd: new files are drafted and appended, their outlet matched to
// the one the manifest has (case and "The" aside), and nothing else in
// the manifest changes; what cannot be added is said, and why.
func TestAdd(t *testing.T) {
	m := handMade()
	pages := savedPages(t, "northern-ledger-amp.html", "harbour-times-front.html", "kessel-post.html")
	in := func(name string) Input { return Input{FS: pages, Name: name, Shown: "saved/" + name} }
	m["notes.md"] = &fstest.MapFile{Data: []byte("x")}
	m["kessel-post.html"] = &fstest.MapFile{Data: []byte("another page of that name")}
	c, err := Add(m, "corpus", []Input{
		in("northern-ledger-amp.html"), in("harbour-times-front.html"), in("kessel-post.html"),
		{Name: "port.txt", Shown: "corpus/port.txt"}, {Name: "notes.md", Shown: "corpus/notes.md"},
		{FS: fstest.MapFS{"story-2023-05-02.txt": {Data: []byte("A story\n\nIt is short.\n")}}, Name: "story-2023-05-02.txt", Shown: "story-2023-05-02.txt"},
		{FS: fstest.MapFS{"copy.txt": m["port.txt"]}, Name: "copy.txt", Shown: "copy.txt"},
	}, AddOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{
		`saved/harbour-times-front.html: not an article`,
		`saved/kessel-post.html: corpus/kessel-post.html is another file already; rename one of them to add it`,
		`corpus/notes.md: not a .txt, .html or .htm file`,
		`copy.txt: the same bytes as article "port"; not added again`,
	} {
		if i >= len(c.Problems) || !strings.HasPrefix(c.Problems[i], want) {
			t.Errorf("problem %d: want %q; got %q", i, want, c.Problems)
		}
	}
	var names []string
	for _, f := range c.Files {
		names = append(names, f.Name)
	}
	if len(c.Done) != 3 || !strings.HasPrefix(c.Done[1], `corpus/port.txt: in the manifest already as article "port", as it is; nothing to add`) {
		t.Errorf("done %q", c.Done)
	}
	if strings.Join(names, " ") != "northern-ledger-amp.html northern-ledger-amp.txt story-2023-05-02.txt" {
		t.Errorf("files written: %v", names)
	}
	var got schema.Manifest
	if err := schema.DecodeJSON("manifest.json", c.Manifest, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Outlets) != 1 || len(got.Articles) != 3 || got.Articles[1].Outlet.Value != "ledger" || got.Articles[2].Published.Value.Date != "2023-05-02" {
		t.Errorf("outlets %+v, articles %+v", got.Outlets, got.Articles)
	}
	if before := string(m[ManifestFile].Data); !strings.HasPrefix(string(c.Manifest), before[:strings.Index(before, "\n  ]\n}")]) {
		t.Errorf("the manifest before the new entries changed:\n%s", c.Manifest)
	}
	// a new version refused, then taken in with Refresh
	changed := strings.Replace(string(pages["northern-ledger-amp.html"].Data), "Two of the city's", "Three of the city's", 1)
	after := applied(m, c)
	newer := fstest.MapFS{"northern-ledger-amp.html": {Data: []byte(changed)}}
	c, _ = Add(after, "corpus", []Input{{FS: newer, Name: "northern-ledger-amp.html", Shown: "new.html"}}, AddOptions{})
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0], "changed since; to take the new version in, run cyberdesk corpus add --refresh corpus new.html") {
		t.Errorf("a new version without --refresh: %q", c.Problems)
	}
	c, _ = Add(after, "corpus", []Input{{FS: newer, Name: "northern-ledger-amp.html", Shown: "new.html"}}, AddOptions{Refresh: true})
	if len(c.Files) != 2 || c.Files[0].Name != "northern-ledger-amp.html" || !c.Files[0].Replace || !strings.Contains(string(c.Files[1].Data), "Three of the city's") {
		t.Errorf("add --refresh: %+v", c)
	}
}

// TestStale: check's notes for pages that changed since their text was
// read, or are gone.
func TestStale(t *testing.T) {
	m := savedPages(t, "kessel-post.html", "courrier-1252.html")
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	m = applied(m, c)
	if s := Stale(m, "corpus"); len(s) != 0 {
		t.Errorf("fresh pages are stale: %v", s)
	}
	m["kessel-post.html"] = &fstest.MapFile{Data: []byte("<p>saved again</p>")}
	delete(m, "courrier-1252.html")
	s := Stale(m, "corpus")
	if len(s) != 2 || !strings.Contains(s[0].Error(), "note: corpus/courrier-1252.html: article \"courrier-1252\"'s page is gone") ||
		!strings.Contains(s[1].Error(), "note: corpus/kessel-post.html: changed since article \"kessel-post\"'s text corpus/kessel-post.txt was read from it; to take the change in, run cyberdesk corpus refresh corpus") {
		t.Errorf("stale: %v", s)
	}
}

// TestAPageStatedFieldNeedsItsTag: a field stated by a page's markup needs
// no span only for an article kept as a page, and only with the note
// that names the tag.
func TestAPageStatedFieldNeedsItsTag(t *testing.T) {
	m := savedPages(t, "courrier-1252.html")
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	m = applied(m, c)
	if _, err := Load(m, "corpus"); err != nil {
		t.Fatalf("the drafted page does not load: %v", err)
	}
	drafted := m[ManifestFile].Data
	for name, change := range map[string]func(*schema.ManifestItem){
		"no note": func(it *schema.ManifestItem) { it.Byline.Note = "" },
		"no page": func(it *schema.ManifestItem) { it.Page = nil },
	} {
		var man schema.Manifest
		schema.DecodeJSON("manifest.json", drafted, &man)
		change(&man.Articles[0])
		m[ManifestFile].Data, _ = schema.EncodeJSON(man)
		_, err := Open(m, "corpus", Options{})
		var nothing *NothingLoadsError
		if !errors.As(err, &nothing) || !strings.Contains(err.Error(), `article "courrier-1252": byline: stated, so it must cite the words that state it`) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestRefreshNamesTheByteThatIsNotUTF8: a text edited into bytes that are
// not UTF-8 is not taken in, and the problem gives the file, the line and
// the column of the first such byte, as loading the corpus does.
func TestRefreshNamesTheByteThatIsNotUTF8(t *testing.T) {
	m := handMade()
	m["port.txt"] = &fstest.MapFile{Data: []byte(strings.Replace(string(m["port.txt"].Data), "Stavna,", "St\xffavna,", 1))}
	c := mustRefresh(t, m)
	if c.Manifest != nil || len(c.Files) != 0 {
		t.Errorf("a text that is not UTF-8 was taken in: %+v", c)
	}
	if len(c.Problems) != 1 || !strings.HasPrefix(c.Problems[0], "corpus/port.txt:3:3: byte 0xFF is not UTF-8; expected UTF-8 text") {
		t.Errorf("problems %q, want the file, line 3, column 3 and the byte", c.Problems)
	}
}
