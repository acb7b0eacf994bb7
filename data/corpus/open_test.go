package corpus

import (
	"crypto/sha256"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

const goodArticle = "Port restarts after attack\nBy Ana Writer\nStavna, March 4, 2023\n“We are back,” Interior Minister Jana Kovac said on Friday.\n"

// byoCorpus is a corpus a user might make: no annotations, one outlet,
// and one article per case in items.
func byoCorpus(items map[string]string, files map[string]string) fstest.MapFS {
	var arts []string
	for id, file := range items {
		arts = append(arts, `{"id": "`+id+`", "file": "`+file+`", "sha256": "",
  "outlet": {"value": "wire", "basis": "inferred", "note": "test"},
  "title": {"value": "T", "basis": "inferred", "note": "test"},
  "byline": {"value": "", "basis": "inferred", "note": "test"},
  "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred", "note": "test"}}`)
	}
	m := fstest.MapFS{ManifestFile: {Data: []byte(`{"schema": 2, "outlets": [{"id": "wire", "name": "Test Wire"}],
"articles": [` + strings.Join(arts, ",\n") + `]}`)}}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func TestOpenCorpusLeavesOutBadArticlesAndLoadsTheRest(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		data  *fstest.MapFile // nil: the file is missing
		level schema.Level
		want  []string // in the problem's message
	}{
		{"missing file", "gone.txt", nil, schema.Skip, []string{"corpus/manifest.json:", `article "bad"`, "file", "gone.txt does not exist"}},
		{"not UTF-8", "latin1.txt", &fstest.MapFile{Data: []byte("Caf\xe9 society\n")}, schema.Skip, []string{"corpus/latin1.txt:1:4", "0xE9", "UTF-8"}},
		{"empty", "empty.txt", &fstest.MapFile{Data: []byte(" \n\n")}, schema.Skip, []string{"corpus/empty.txt", "empty"}},
		{"too big", "huge.txt", &fstest.MapFile{Data: []byte(strings.Repeat("a", schema.MaxArticleBytes+1))}, schema.Skip, []string{"huge.txt", "over 4194304 bytes", "the most an article may have (data.MaxArticleBytes)"}},
		{"unreadable", "dir.txt", &fstest.MapFile{Mode: fs.ModeDir}, schema.Skip, []string{"corpus/dir.txt is a directory, not a file"}},
		{"byte-order mark", "bom.txt", &fstest.MapFile{Data: []byte("\ufeff" + goodArticle)}, schema.Note, []string{"note: corpus/bom.txt:1:1", "byte-order mark"}},
		{"a line too long", "long.txt", &fstest.MapFile{Data: []byte("Title\n\n" + strings.Repeat("word ", schema.MaxLineBytes/5+1) + "\n")}, schema.Skip, []string{"corpus/long.txt:3:1", "a line of 65540 bytes", "MaxLineBytes"}},
		{"CRLF", "crlf.txt", &fstest.MapFile{Data: []byte(strings.ReplaceAll(goodArticle, "\n", "\r\n"))}, schema.Note, []string{"note: corpus/crlf.txt:1:1", "CRLF"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := byoCorpus(map[string]string{"good": "good.txt", "bad": tt.file}, map[string]string{"good.txt": goodArticle})
			if tt.data != nil {
				m[tt.file] = tt.data
			}
			c, err := Open(m, "corpus", Options{})
			if err != nil {
				t.Fatalf("the good article should still load: %v", err)
			}
			if len(c.Problems) != 1 {
				t.Fatalf("want one problem, got %v", c.Problems)
			}
			p := c.Problems[0]
			if p.Level != tt.level {
				t.Errorf("level %d, want %d", p.Level, tt.level)
			}
			for _, w := range tt.want {
				if !strings.Contains(p.Error(), w) {
					t.Errorf("problem %q does not mention %q", p.Error(), w)
				}
			}
			_, hasBad := c.Dataset.Article("bad")
			if hasBad != (tt.level == schema.Note) {
				t.Errorf("article loaded: %v, want %v", hasBad, tt.level == schema.Note)
			}
			if _, ok := c.Dataset.Article("good"); !ok {
				t.Error("the good article did not load")
			}
			if a, ok := c.Dataset.Article("bad"); ok && (strings.ContainsAny(a.Text.Verbatim(), "\r\ufeff") || a.Text != goodArticle) {
				t.Errorf("normalised text is %q, want %q", a.Text, goodArticle)
			}
		})
	}
}

// openProblems opens the corpus m, which must open, and lists its
// problems as they read.
func openProblems(t *testing.T, m fstest.MapFS) (*Corpus, []string) {
	t.Helper()
	c, err := Open(m, "corpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, p := range c.Problems {
		all = append(all, p.Error())
	}
	return c, all
}

func TestOpenCorpusReportsEveryProblemOfAnArticle(t *testing.T) {
	m := fstest.MapFS{
		ManifestFile: {Data: []byte(`{"schema": 2, "outlets": [{"id": "wire", "name": "Test Wire"}], "articles": [
{"id": "a", "file": "a.txt", "sha256": "", "outlet": {"value": "wire", "basis": "inferred"}, "title": {"value": "T", "basis": "inferred"},
 "byline": {"value": "", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}},
{"id": "a", "file": "b.txt", "sha256": "", "outlet": {"value": "wire", "basis": "inferred"}, "title": {"value": "T", "basis": "inferred"},
 "byline": {"value": "", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}},
{"id": "c", "file": "c.txt", "sha256": "", "outlet": {"value": "", "basis": "inferred"}, "title": {"value": "T", "basis": "inferred"},
 "byline": {"value": "", "basis": "inferred"}, "published": {"value": {"date": "", "precision": ""}, "basis": "inferred"}}
]}`)},
		"a.txt": {Data: []byte(goodArticle)},
		"b.txt": {Data: []byte(goodArticle)},
		"c.txt": {Data: []byte("\xff")},
		"d.txt": {Data: []byte(goodArticle)},
	}
	c, all := openProblems(t, m)
	got := strings.Join(all, "\n")
	for _, w := range []string{
		`corpus/manifest.json:4:2: article "a": id: a second article with id "a"`,
		`corpus/manifest.json:6:44: article "c": outlet: missing`,
		`corpus/manifest.json:7:48: article "c": published: missing`,
		`corpus/c.txt:1:1: article "c": byte 0xFF is not UTF-8`,
		`note: corpus/d.txt: not in the manifest`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("problems do not include %q:\n%s", w, got)
		}
	}
	if len(c.Dataset.Articles()) != 1 {
		t.Errorf("want only the first article loaded, got %d", len(c.Dataset.Articles()))
	}
}

func TestOpenCorpusExtractsFromUnannotatedArticles(t *testing.T) {
	m := byoCorpus(map[string]string{"good": "good.txt"}, map[string]string{"good.txt": goodArticle})
	c, err := Open(m, "corpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds := c.Dataset
	if len(ds.Quotes()) != 1 {
		t.Fatalf("want the one quotation, got %+v", ds.Quotes())
	}
	q := ds.Quotes()[0]
	a, _ := ds.Actor(q.Speaker)
	if !q.Extracted || q.Span.Text != "We are back" || a == nil || a.Name != "Jana Kovac" || !a.Extracted {
		t.Errorf("got quote %+v by %+v, want “We are back” by a new actor Jana Kovac, both extracted", q, a)
	}
	if q.Attribution.Text != "Interior Minister Jana Kovac said" {
		t.Errorf("attribution %q", q.Attribution.Text)
	}
}

func TestAnnotatedArticleThatCannotLoadFailsTheCorpus(t *testing.T) {
	m := corpus(t)
	m["000_1321659f46cbb036.txt"] = &fstest.MapFile{Data: []byte("\xff\xfe")}
	_, err := Open(m, "corpus", Options{})
	if err == nil || !strings.Contains(err.Error(), "the annotations cite this article") {
		t.Fatalf("want a fatal error naming why, got %v", err)
	}
	if strings.Count(err.Error(), "\n") > 3 {
		t.Errorf("one cause should give one or two errors, not a cascade:\n%v", err)
	}
}

func TestWithSeedsMergesOutletsAndActorsByName(t *testing.T) {
	m := byoCorpus(map[string]string{"good": "good.txt"}, map[string]string{
		"good.txt": "Rama in Israel\n“We saw this during the recent Iranian cyberattacks against Albania. Israel will assist as much as possible in the effort against Iran,” Yair Lapid said on Sunday.\n",
	})
	m[ManifestFile].Data = []byte(strings.Replace(string(m[ManifestFile].Data), `"name": "Test Wire"`, `"name": "the times of israel"`, 1))
	c, err := Open(m, "corpus", Options{WithSeeds: true})
	if err != nil {
		t.Fatal(err)
	}
	ds := c.Dataset
	a, _ := ds.Article("good")
	if a == nil || a.Outlet != "times-of-israel" {
		t.Errorf("the outlet named like an embedded one should be it; article %+v", a)
	}
	if _, ok := ds.Article("ain"); !ok {
		t.Error("the embedded articles are missing")
	}
	i := len(ds.Quotes()) - 1
	if q := ds.Quotes()[i]; q.Speaker != "yair-lapid" || q.Statement != "lapid-historical-obligation" {
		t.Errorf("the new rendering is by %q in %q; want yair-lapid in lapid-historical-obligation", q.Speaker, q.Statement)
	}
}

// TestOpeningNeverWritesToTheCorpus opens, checks and drafts nothing on a
// real directory with every kind of bad file, and compares its bytes.
func TestOpeningNeverWritesToTheCorpus(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"good.txt": goodArticle, "crlf.txt": "a\r\nb\r\n", "bad.txt": "\xff", "empty.txt": ""}
	m := byoCorpus(map[string]string{"good": "good.txt", "crlf": "crlf.txt", "bad": "bad.txt", "empty": "empty.txt", "gone": "gone.txt"}, files)
	for name, f := range m {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, dir)
	if _, err := Open(os.DirFS(dir), dir, Options{WithSeeds: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(os.DirFS(dir), dir); err != ErrManifestExists {
		t.Fatal(err)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("the corpus directory changed:\nbefore %s\nafter  %s", before, after)
	}
}

func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		sum := sha256.Sum256(data)
		b.WriteString(filepath.Base(p) + ":" + string(sum[:4]) + " ")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestInitManifestDraftsWhatTheTextShows(t *testing.T) {
	m := fstest.MapFS{"01 Port Attack.txt": {Data: []byte(goodArticle)}, "notes.md": {Data: []byte("x")}}
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	out := c.Manifest
	var got schema.Manifest
	if err := schema.DecodeJSON("manifest.json", out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Articles) != 1 {
		t.Fatalf("want one article (only .txt files), got %+v", got.Articles)
	}
	it := got.Articles[0]
	if it.ID != "01-port-attack" || it.Title.Value != "Port restarts after attack" || it.Byline.Value != "Ana Writer" ||
		it.Published.Value.Date != "2023-03-04" || it.Outlet.Value != "" || !strings.Contains(it.Outlet.Note, "TODO") {
		t.Errorf("draft %+v", it)
	}
	// What it drafts loads once the outlet is filled in, its evidence checked.
	out = []byte(strings.Replace(strings.Replace(string(out), `"outlets": []`, `"outlets": [{"id": "w", "name": "W"}]`, 1), `"value": "",
        "basis": "inferred",
        "note": "TODO: the id`, `"value": "w",
        "basis": "inferred",
        "note": "TODO: the id`, 1))
	m[ManifestFile] = &fstest.MapFile{Data: out}
	opened, err := Open(m, "corpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(opened.Dataset.Articles()) != 1 {
		t.Errorf("the filled-in draft does not load: %v", opened.Problems)
	}
}

// TestOpenCorpusPlacesEvidence: an evidence span that does not match its
// article's words is placed at the span in the manifest, and leaves that
// article out, not the corpus; a second entry with the same id is told
// as a duplicate, not by the evidence the first entry's text fails.
func TestOpenCorpusPlacesEvidence(t *testing.T) {
	m := fstest.MapFS{
		ManifestFile: {Data: []byte(`{"schema": 4, "outlets": [{"id": "wire", "name": "Test Wire"}], "articles": [
{"id": "a", "file": "a.txt", "outlet": {"value": "wire", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}, "byline": {"value": "", "basis": "inferred"},
 "title": {"value": "T", "basis": "stated", "evidence": {"start": 0, "end": 4, "text": "Port"}}},
{"id": "b", "file": "b.txt", "outlet": {"value": "wire", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}, "byline": {"value": "", "basis": "inferred"},
 "title": {"value": "T", "basis": "stated", "evidence": {"start": 0, "end": 4, "text": "Gate"}}},
{"id": "b", "file": "a.txt", "outlet": {"value": "wire", "basis": "inferred"},
 "title": {"value": "T", "basis": "stated", "evidence": {"start": 0, "end": 4, "text": "Gate"}}},
{"id": "d", "file": "a.txt", "outlet": {"value": "wire", "basis": "stated"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"},
 "byline": {"value": ""}, "title": {"value": "T", "basis": "inferred"}}
]}`)},
		"a.txt": {Data: []byte(goodArticle)},
		"b.txt": {Data: []byte(goodArticle)},
	}
	c, all := openProblems(t, m)
	got := strings.Join(all, "\n")
	for _, w := range []string{
		`corpus/manifest.json:5:45: article "b": title.evidence: corpus/b.txt[0:4] is "Port", not "Gate" (left out`,
		`corpus/manifest.json:6:2: article "b": id: a second article with id "b"`,
		`corpus/manifest.json:8:30: article "d": outlet: stated, so it must cite the words that state it`,
		`corpus/manifest.json:9:2: article "d": byline.basis: missing`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("problems do not include %q:\n%s", w, got)
		}
	}
	if len(all) != 4 {
		t.Errorf("want 4 problems, got %d:\n%s", len(all), got)
	}
	if arts := c.Dataset.Articles(); len(arts) != 1 || arts[0].ID != "a" {
		t.Errorf("want article a alone loaded, got %v", arts)
	}
}

// unlistable is a folder that cannot be listed.
type unlistable struct{ fstest.MapFS }

func (unlistable) ReadDir(string) ([]fs.DirEntry, error) { return nil, fs.ErrPermission }

// TestUpkeepSaysWhatIsMissing: corpus init on a folder it cannot list
// says so, not that it found no text files; corpus fill with no
// annotations file says there is none to fill, not that its JSON ended.
func TestUpkeepSaysWhatIsMissing(t *testing.T) {
	if _, err := Init(unlistable{fstest.MapFS{"a.txt": {Data: []byte(goodArticle)}}}, "corpus"); err == nil || !strings.Contains(err.Error(), "cannot list the folder: permission denied") {
		t.Errorf("init on a folder it cannot list: %v", err)
	}
	m := byoCorpus(map[string]string{"a": "a.txt"}, map[string]string{"a.txt": goodArticle})
	if _, _, err := Fill(m, "corpus"); err == nil || !strings.Contains(err.Error(), "corpus/annotations.json: not there; corpus fill completes the spans of annotations you have begun") {
		t.Errorf("fill with no annotations: %v", err)
	}
}

// TestKeyIndex: an item is found by its id or by any of its names, as a
// reader would match them; the earliest item holding a key keeps it, and
// an empty name matches nothing.
func TestKeyIndex(t *testing.T) {
	k := keyIndex{}
	k.add(0, "toi", "The Times of Israel")
	k.add(1, "lapid", "Yair Lapid", "Lapid", "")
	k.add(2, "other", "Yair Lapid")
	for _, tc := range []struct {
		id, name string
		want     int
		ok       bool
	}{
		{"x", "times of israel", 0, true},
		{"x", "  THE TIMES OF ISRAEL ", 0, true},
		{"x", "lapid", 1, true},
		{"other", "nobody", 2, true},
		{"other", "Yair Lapid", 1, true},
		{"x", "Yair Lapid’s", 0, false},
		{"x", "", 0, false},
	} {
		if i, ok := k.find(tc.id, tc.name); i != tc.want || ok != tc.ok {
			t.Errorf("find(%q, %q) = %d, %v; want %d, %v", tc.id, tc.name, i, ok, tc.want, tc.ok)
		}
	}
}

// An article that reads like UTF-8 taken for Windows-1252 loads as it
// is written, with a note naming the line and what it seems to stand for.
func TestOpenCorpusNotesMojibake(t *testing.T) {
	garbled := goodArticle + "The minister, JosÃ© Ruiz, agreed.\n"
	m := byoCorpus(map[string]string{"bad": "bad.txt"}, map[string]string{"bad.txt": garbled})
	c, problems := openProblems(t, m)
	if len(problems) != 1 || c.Problems[0].Level != schema.Note {
		t.Fatalf("problems %q, want one note", problems)
	}
	for _, w := range []string{"note: corpus/bad.txt:5:1", "mojibake", `"Ã©" for "é"`} {
		if !strings.Contains(problems[0], w) {
			t.Errorf("note %q does not say %q", problems[0], w)
		}
	}
	if a, ok := c.Dataset.Article("bad"); !ok || a.Text.Verbatim() != garbled {
		t.Errorf("the article did not load as written")
	}
}

// TestUnlistedFileBesideAnArticleWithoutItsFile: when an article of the
// manifest names no file, a text file the manifest does not name may be
// its text: the note says to write its name there before it offers
// `corpus add`, which would describe the article twice.
func TestUnlistedFileBesideAnArticleWithoutItsFile(t *testing.T) {
	m := fstest.MapFS{
		ManifestFile: {Data: []byte(`{"schema": 2, "outlets": [{"id": "wire", "name": "Test Wire"}], "articles": [
{"id": "a", "file": "", "sha256": "", "outlet": {"value": "wire", "basis": "inferred"}, "title": {"value": "T", "basis": "inferred"},
 "byline": {"value": "", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}},
{"id": "b", "file": "b.txt", "sha256": "", "outlet": {"value": "wire", "basis": "inferred"}, "title": {"value": "T", "basis": "inferred"},
 "byline": {"value": "", "basis": "inferred"}, "published": {"value": {"date": "2023-03-04", "precision": "day"}, "basis": "inferred"}}
]}`)},
		"a.txt": {Data: []byte(goodArticle)},
		"b.txt": {Data: []byte(goodArticle)},
	}
	_, all := openProblems(t, m)
	got := strings.Join(all, "\n")
	for _, w := range []string{
		`article "a": file: missing`,
		`note: corpus/a.txt: not in the manifest, so not loaded; if it is the text of the article whose file is missing, write "a.txt" as its file; if not, run cyberdesk corpus add`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("problems do not include %q:\n%s", w, got)
		}
	}
}

// An article without an id is named by its file, with an id to give it:
// the manifest's line alone left the user to count entries.
func TestArticleWithoutIDNamesItsFile(t *testing.T) {
	m := byoCorpus(map[string]string{"good": "good.txt", "": "Wire Inquiry.txt"}, map[string]string{"good.txt": goodArticle, "Wire Inquiry.txt": goodArticle})
	c, err := Open(m, "corpus", Options{})
	if err != nil {
		t.Fatalf("the good article should still load: %v", err)
	}
	if len(c.Problems) != 1 {
		t.Fatalf("want one problem, got %v", c.Problems)
	}
	msg := c.Problems[0].Error()
	for _, w := range []string{"corpus/manifest.json:", "id: missing", "the article of Wire Inquiry.txt", `"id": "wire-inquiry"`} {
		if !strings.Contains(msg, w) {
			t.Errorf("%q does not say %q", msg, w)
		}
	}
}
