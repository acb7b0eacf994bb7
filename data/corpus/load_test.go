package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func loadSeeds(t testing.TB) *timeline.Dataset { return testkit.Seeds(t, Seeds) }

// TestSeedsAreTheSharedArticles checks the embedded texts are byte-for-byte
// the corpus the project was given, when that corpus is beside the repo.
func TestSeedsAreTheSharedArticles(t *testing.T) {
	shared := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared/seeds is not beside this checkout")
	}
	ds := loadSeeds(t)
	for _, a := range ds.Articles() {
		want, err := os.ReadFile(filepath.Join(shared, filepath.Base(a.File)))
		if err != nil {
			t.Errorf("%s: %v", a.File, err)
			continue
		}
		if sha256.Sum256(want) != sha256.Sum256([]byte(a.Text)) {
			t.Errorf("%s differs from the shared seed", a.File)
		}
	}
}

func TestManifestHashesMatchEmbeddedTexts(t *testing.T) {
	var m schema.Manifest
	src, _ := fs.ReadFile(seeds.FS(), ManifestFile)
	if err := schema.DecodeJSON(ManifestFile, src, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Articles) != 5 {
		t.Fatalf("manifest lists %d articles, want 5", len(m.Articles))
	}
	for _, it := range m.Articles {
		b, err := fs.ReadFile(seeds.FS(), it.File)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:]) != it.SHA256 {
			t.Errorf("%s: sha256 does not match the manifest", it.File)
		}
		if it.Published.Basis == "inferred" && it.Published.Note == "" {
			t.Errorf("%s: an inferred date must say how it was inferred", it.ID)
		}
	}
}

// TestEverySpanIsVerbatim re-checks, independently of the loader, that
// every cited span is exactly the article's bytes at its offsets.
func TestEverySpanIsVerbatim(t *testing.T) {
	ds := loadSeeds(t)
	n := 0
	check := func(where string, s timeline.Span) {
		t.Helper()
		n++
		a, ok := ds.Article(s.Article)
		if !ok {
			t.Errorf("%s: unknown article %q", where, s.Article)
			return
		}
		if s.Start < 0 || s.End > len(a.Text) || a.Text[s.Start:s.End] != s.Text {
			t.Errorf("%s: span [%d,%d) of %s is not %q", where, s.Start, s.End, a.File, s.Text)
		}
	}
	for _, a := range ds.Actors() {
		for _, r := range a.Roles {
			check("actor "+a.ID+" role", r.Source)
		}
		for _, m := range a.Mentions {
			check("actor "+a.ID+" mention", m)
		}
	}
	for _, e := range ds.Events() {
		for _, s := range e.Sources {
			check("event "+e.ID, s.Span)
		}
	}
	for _, q := range ds.Quotes() {
		check("quote "+q.ID, q.Span)
		if q.Attribution != (timeline.Span{}) {
			check("quote "+q.ID+" attribution", q.Attribution)
		}
	}
	for _, d := range ds.Discrepancies() {
		for _, c := range d.Sides {
			check("discrepancy "+d.ID, c.Span)
		}
	}
	if n < 300 {
		t.Errorf("only %d spans checked; the dataset looks truncated", n)
	}
}

func TestDatasetCoversTheStory(t *testing.T) {
	ds := loadSeeds(t)
	if len(ds.Outlets()) != 5 || len(ds.Articles()) != 5 {
		t.Errorf("%d outlets and %d articles, want 5 and 5", len(ds.Outlets()), len(ds.Articles()))
	}
	if len(ds.Actors()) < 40 {
		t.Errorf("%d actors, want 40+", len(ds.Actors()))
	}
	if len(ds.Events()) < 30 {
		t.Errorf("%d events, want 30+", len(ds.Events()))
	}
	if len(ds.Quotes()) < 30 {
		t.Errorf("%d quotes, want 30+", len(ds.Quotes()))
	}
	for _, e := range ds.Events() {
		if len(e.Sources) == 0 {
			t.Errorf("event %s has no source", e.ID)
		}
	}
	for _, q := range ds.Quotes() {
		if _, ok := ds.Actor(q.Speaker); !ok {
			t.Errorf("quote %s has no known speaker", q.ID)
		}
		if strings.HasPrefix(q.Span.Text.Verbatim(), "“") || strings.HasSuffix(q.Span.Text.Verbatim(), "”") {
			t.Errorf("quote %s includes its quote marks: %q", q.ID, q.Span.Text)
		}
	}
	// Statements the explorer must be able to put side by side.
	for _, id := range []string{"shared-threat", "historical-obligation", "extreme-response", "denial", "state-aggression", "holocaust"} {
		if !hasMultiOutletStatement(ds, id) {
			t.Errorf("no statement matching %q is quoted by two or more outlets", id)
		}
	}
	// Every kind of date the corpus holds.
	seen := map[timeline.Precision]bool{}
	captions, ranges := 0, 0
	for _, e := range ds.Events() {
		seen[e.Start.Precision] = true
		if e.FromCaption() {
			captions++
		}
		if !e.End.IsZero() {
			ranges++
		}
	}
	for _, p := range []timeline.Precision{timeline.Day, timeline.Week, timeline.Month, timeline.Year, timeline.Decade} {
		if !seen[p] {
			t.Errorf("no event dated at %s precision", p)
		}
	}
	if captions < 4 || ranges < 2 {
		t.Errorf("%d caption events and %d ranges; the captions and spans of time are missing", captions, ranges)
	}
}

func hasMultiOutletStatement(ds *timeline.Dataset, fragment string) bool {
	for si, s := range ds.Statements() {
		if !strings.Contains(s.ID, fragment) {
			continue
		}
		outlets := map[string]bool{}
		for _, qi := range ds.StatementQuotes(si) {
			outlets[ds.ArticleOutlet(ds.Quotes()[qi].Span.Article).ID] = true
		}
		if len(outlets) >= 2 {
			return true
		}
	}
	return false
}

func TestRelativeDatesResolveAgainstTheirArticles(t *testing.T) {
	ds := loadSeeds(t)
	resolved := 0
	for _, e := range ds.Events() {
		for _, s := range e.Sources {
			if s.When == "" {
				continue
			}
			resolved++
		}
	}
	// New already rejects a phrase that disagrees with its event; here we
	// make sure the check is exercised by the relative phrases that matter.
	wantPhrases := []string{"yesterday", "last week", "On Monday"}
	for _, p := range wantPhrases {
		found := false
		for _, e := range ds.Events() {
			for _, s := range e.Sources {
				found = found || strings.EqualFold(s.When, p)
			}
		}
		if !found {
			t.Errorf("no source dates its event with %q", p)
		}
	}
	if resolved < 20 {
		t.Errorf("only %d sources carry a checked date phrase", resolved)
	}
}

// corpus returns the embedded corpus as a mutable in-memory file system.
func corpus(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(seeds.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(seeds.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func edit(t *testing.T, m fstest.MapFS, file, old, new string) {
	t.Helper()
	b := m[file].Data
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s does not contain %q", file, old)
	}
	m[file] = &fstest.MapFile{Data: bytes.Replace(b, []byte(old), []byte(new), 1)}
}

func TestLoadErrorsNameFileLineIDAndField(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(t *testing.T, m fstest.MapFS)
		want   []string // substrings of the error
	}{
		{"span text moved", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"text": "It was state aggression."`, `"text": "It was state aggression!"`)
		}, []string{"corpus/annotations.json:", `quote "memo-rama-state-aggression"`, "span:", "not \"It was state aggression!\""}},
		{"broken JSON", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"schema": 1,`, `"schema": 1,,`)
		}, []string{"corpus/annotations.json:2:", "invalid JSON"}},
		{"unknown field", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"schema": 1,`, `"schema": 1, "colour": "blue",`)
		}, []string{"corpus/annotations.json:2:", `unknown field "colour"`}},
		{"wrong type", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"schema": 1,`, `"schema": "one",`)
		}, []string{"corpus/annotations.json:2:", "expected a whole number"}},
		{"span offset too large", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"start": 4199,`, `"start": 18446744073709551616,`)
		}, []string{"corpus/annotations.json:", "start: expected a whole number, found 18446744073709551616, which is too large"}},
		{"span offset not whole", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"start": 4199,`, `"start": 4199.5,`)
		}, []string{"corpus/annotations.json:", "start: expected a whole number, found 4199.5, which is not a whole number"}},
		{"article edited", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, "003_308d7a7556179d8a.txt", "July 15", "July 16")
		}, []string{"corpus/manifest.json", `article "toi"`, "sha256", "the text changed"}},
		{"bad date", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"date": "2022-07-15"`, `"date": "2022-07-32"`)
		}, []string{"corpus/annotations.json:", `event "2022-07-15-july-cyberattack"`, "start", "no such day"}},
		{"unknown reference", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"speaker": "idan-roll"`, `"speaker": "idan-rol"`)
		}, []string{"corpus/annotations.json:", `unknown id "idan-rol"`}},
		{"discrepancy side moved", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"reading": "2013: agreed",
          "span": {
            "article": "toi",
            "start": 4199,`, `"reading": "2013: agreed",
          "span": {
            "article": "toi",
            "start": 4198,`)
		}, []string{"corpus/annotations.json:", `discrepancy "mek-arrangement-year"`, "sides.span"}},
		{"derived discrepancy in annotations", func(t *testing.T, m fstest.MapFS) {
			edit(t, m, AnnotationsFile, `"kind": "date",`, `"kind": "date", "derived": true,`)
		}, []string{"corpus/annotations.json:", `discrepancy "mek-arrangement-year"`, "derived", "only an export"}},
		{"missing manifest", func(t *testing.T, m fstest.MapFS) {
			delete(m, ManifestFile)
		}, []string{"corpus/manifest.json", "cannot read the manifest"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := corpus(t)
			tt.mutate(t, m)
			_, err := Load(m, "corpus")
			if err == nil {
				t.Fatal("Load succeeded on a broken corpus")
			}
			var de *schema.Error
			if !errors.As(err, &de) {
				t.Errorf("error %T is not a *data.Error", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadReportsEveryProblemNotJustTheFirst(t *testing.T) {
	m := corpus(t)
	edit(t, m, AnnotationsFile, `"speaker": "idan-roll"`, `"speaker": "nobody-1"`)
	edit(t, m, AnnotationsFile, `"speaker": "brian-nelson"`, `"speaker": "nobody-2"`)
	_, err := Load(m, "corpus")
	if err == nil || !strings.Contains(err.Error(), "nobody-1") || !strings.Contains(err.Error(), "nobody-2") {
		t.Fatalf("want both problems reported, got:\n%v", err)
	}
}

func TestExportIsDeterministicAndComplete(t *testing.T) {
	ds := loadSeeds(t)
	var a, b bytes.Buffer
	if err := export.Write(&a, ds); err != nil {
		t.Fatal(err)
	}
	ds2 := loadSeeds(t)
	if err := export.Write(&b, ds2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two exports of the same dataset differ")
	}
	for _, key := range []string{`"articles"`, `"outlets"`, `"actors"`, `"events"`, `"quotes"`, `"statements"`, `"countries"`,
		`"file": "seeds/000_1321659f46cbb036.txt"`, `"precision": "week"`, `"end": null`,
		`"discrepancies"`, `"renderings"`, `"derived": true`, `"kind": "attribution"`, `"op": "elided"`} {
		if !bytes.Contains(a.Bytes(), []byte(key)) {
			t.Errorf("export lacks %s", key)
		}
	}
}

func TestFillComputesOffsetsFromText(t *testing.T) {
	m := corpus(t)
	// Strip the offsets of one quote; Fill must put them back exactly.
	before := string(m[AnnotationsFile].Data)
	ds := loadSeeds(t)
	var q timeline.Quote
	for _, x := range ds.Quotes() {
		if x.ID == "memo-rama-state-aggression" {
			q = x
		}
	}
	old := `"start": ` + strconv.Itoa(q.Span.Start) + `,
        "end": ` + strconv.Itoa(q.Span.End) + `,`
	edit(t, m, AnnotationsFile, old, `"start": 0, "end": 0,`)
	out, _, err := Fill(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != before {
		t.Error("Fill did not restore the annotations byte for byte")
	}
}

// TestMentionsAreNotFurnitureOrPartOfAnotherName guards the mention
// generator: "Israel" in "The Times of Israel" or "Iran" in "People’s
// Mujahideen of Iran" is not a mention of the state.
func TestMentionsAreNotFurnitureOrPartOfAnotherName(t *testing.T) {
	ds := loadSeeds(t)
	var m schema.Manifest
	src, _ := fs.ReadFile(seeds.FS(), ManifestFile)
	if err := schema.DecodeJSON(ManifestFile, src, &m); err != nil {
		t.Fatal(err)
	}
	furniture := map[string][]schema.Span{}
	for _, it := range m.Articles {
		furniture[it.ID] = it.Furniture
	}
	type owned struct {
		actor string
		span  timeline.Span
	}
	var all []owned
	for _, a := range ds.Actors() {
		for _, s := range a.Mentions {
			all = append(all, owned{a.ID, s})
		}
	}
	for _, x := range all {
		for _, f := range furniture[x.span.Article] {
			if f.Start <= x.span.Start && x.span.End <= f.End {
				t.Errorf("%s: mention %q at %s[%d] is page furniture", x.actor, x.span.Text, x.span.Article, x.span.Start)
			}
		}
		for _, o := range ds.Outlets() {
			a, _ := ds.Article(x.span.Article)
			for off := 0; ; {
				i := strings.Index(a.Text[off:].Verbatim(), strings.TrimPrefix(o.Name, "The "))
				if i < 0 {
					break
				}
				s, e := off+i, off+i+len(strings.TrimPrefix(o.Name, "The "))
				if s <= x.span.Start && x.span.End <= e {
					t.Errorf("%s: mention %q at %s[%d] is part of the outlet name %q", x.actor, x.span.Text, x.span.Article, x.span.Start, o.Name)
				}
				off = e
			}
		}
		for _, y := range all {
			if y.actor != x.actor && y.span.Article == x.span.Article &&
				y.span.Start <= x.span.Start && x.span.End <= y.span.End && y.span.End-y.span.Start > x.span.End-x.span.Start {
				t.Errorf("%s: mention %q at %s[%d] is inside %s's %q", x.actor, x.span.Text, x.span.Article, x.span.Start, y.actor, y.span.Text)
			}
		}
	}
	if len(all) < 200 {
		t.Errorf("only %d mentions; the generator dropped too much", len(all))
	}
}
