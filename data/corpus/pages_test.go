package corpus

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/page"
)

// savedPages are the page reader's test pages (data/page/testdata):
// invented news pages shaped like real sites'.
func savedPages(t *testing.T, names ...string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, n := range names {
		b, err := os.ReadFile("../page/testdata/" + n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	return m
}

// applied is fsys with the change written, as the command line writes it.
func applied(fsys fstest.MapFS, c *Change) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range fsys {
		out[k] = v
	}
	for _, f := range c.Files {
		out[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	if c.Annotations != nil {
		out[AnnotationsFile] = &fstest.MapFile{Data: c.Annotations}
	}
	if c.Manifest != nil {
		out[ManifestFile] = &fstest.MapFile{Data: c.Manifest}
	}
	return out
}

// fact is what a drafted field must be: its value and basis, the words
// its evidence cites ("" for none), and words its note must hold.
type fact struct{ value, basis, evidence, note string }

func checkFact(t *testing.T, field string, got schema.Fact, text string, want fact) {
	t.Helper()
	ev := ""
	if got.Evidence != nil {
		ev = got.Evidence.Text.Verbatim()
		if text[got.Evidence.Start:got.Evidence.End] != ev {
			t.Errorf("%s: evidence [%d,%d) is not %q in the text", field, got.Evidence.Start, got.Evidence.End, ev)
		}
	}
	if got.Value != want.value || got.Basis != want.basis || ev != want.evidence || !strings.Contains(got.Note, want.note) {
		t.Errorf("%s: %q %s, evidence %q, note %q;\nwant %q %s, evidence %q, note holding %q", field, got.Value, got.Basis, ev, got.Note, want.value, want.basis, want.evidence, want.note)
	}
}

// TestInitDraftsPagesShapedLikeNewsSites runs corpus init over the saved
// pages and checks, for each, the text written beside it (the page
// reader's), and every drafted field with its basis, its evidence in the
// text and the tag its note names; the outlets drafted; and that the
// corpus then loads with nothing typed by hand, the page that is not an
// article left out and said so.
func TestInitDraftsPagesShapedLikeNewsSites(t *testing.T) {
	m := savedPages(t, "harbour-times.html", "kessel-post.html", "northern-ledger-amp.html", "vardonia-wire.html",
		"courrier-1252.html", "valley-courier-broken.html", "harbour-times-front.html")
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	var got schema.Manifest
	if err := schema.DecodeJSON("manifest.json", c.Manifest, &got); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page, url                        string
		outlet, title, byline, published fact
		date                             string
	}{
		{
			page: "harbour-times.html", url: "https://www.harbourtimes.example/world/2023/04/11/kessel-trams-cyberattack",
			outlet:    fact{"harbour-times", "stated", "", `harbour-times.html:8, <meta property="og:site_name" content="Harbour Times">; the words are not in the text`},
			title:     fact{"Cyberattack halts Kessel's trams for a second day", "stated", "Cyberattack halts Kessel's trams for a second day", `harbour-times.html:39, <h1 class="headline">`},
			byline:    fact{"Mira Holt", "stated", "Mira Holt", `harbour-times.html:23, JSON-LD NewsArticle "author"`},
			published: fact{"", "stated", "11 April 2023", `harbour-times.html:22, JSON-LD NewsArticle "datePublished"; the evidence is the same day`},
			date:      "2023-04-11",
		},
		{
			page:      "kessel-post.html", // no OpenGraph, no JSON-LD
			outlet:    fact{"kessel-daily-post", "inferred", "", "the site's name beside the headline in the page's <title> (kessel-post.html:4"},
			title:     fact{"Tram drivers kept home as city counts cost of hack", "stated", "Tram drivers kept home as city counts cost of hack", "kessel-post.html:11, <h1>"},
			byline:    fact{"Tomas Reiner", "stated", "Tomas Reiner", `kessel-post.html:12, <p class="byline">`},
			published: fact{"", "inferred", "12 April 2023", "the first full date near the top"},
			date:      "2023-04-12",
		},
		{
			page: "northern-ledger-amp.html", url: "https://northernledger.example/news/vardonia-tram-hack-blame", // the canonical page, not the AMP one
			outlet:    fact{"northern-ledger", "stated", "", `northern-ledger-amp.html:19, JSON-LD ReportageNewsArticle "publisher"`},
			title:     fact{"Vardonia blames 'criminal group' for tram hack", "stated", "Vardonia blames 'criminal group' for tram hack", `<h1 class="headline">`},
			byline:    fact{"Sofia Lind", "stated", "Sofia Lind", `JSON-LD ReportageNewsArticle "author"`},
			published: fact{"", "stated", "", `northern-ledger-amp.html:17, JSON-LD ReportageNewsArticle "datePublished"`},
			date:      "2023-04-13",
		},
		{
			page: "vardonia-wire.html", url: "https://vardoniawire.example/2023/04/15/kessel-trams-restored/", // two dates
			outlet:    fact{"vardonia-wire", "stated", "Vardonia Wire", `vardonia-wire.html:21, JSON-LD NewsArticle "publisher"`},
			title:     fact{"Kessel tram service partly restored after cyberattack", "stated", "Kessel tram service partly restored after cyberattack", `<h1 class="entry-title">`},
			byline:    fact{"Anton Weiss and Clara Neumann", "stated", "Anton Weiss and Clara Neumann", `vardonia-wire.html:33, <span class="byline">`},
			published: fact{"", "stated", "15 April 2023", "it was updated 2023-04-17 (line 9), which is not the publication date"},
			date:      "2023-04-15",
		},
		{
			page:      "courrier-1252.html",
			outlet:    fact{"le-courrier-de-lisle", "stated", "", `<meta property="og:site_name" content="Le Courrier de Lisle">`},
			title:     fact{"Kessel’s trams: a week without timetables", "stated", "Kessel’s trams: a week without timetables", "courrier-1252.html:13, <h1>"},
			byline:    fact{"Renée Dufrêne", "stated", "", `courrier-1252.html:9, <meta name="author" content="Renée Dufrêne">; the words are not in the text`},
			published: fact{"", "stated", "", `courrier-1252.html:8, <meta property="article:published_time" content="2023-04-16">`},
			date:      "2023-04-16",
		},
		{
			page:      "valley-courier-broken.html",
			outlet:    fact{"valley-courier", "stated", "", "<meta property=og:site_name content=Valley&nbsp;Courier>"},
			title:     fact{"Tram hack: council to meet in emergency session", "stated", "Tram hack: council to meet in emergency session", "valley-courier-broken.html:9, <h1>"},
			byline:    fact{"Petra Kos", "stated", "Petra Kos", `valley-courier-broken.html:3, <meta name=author content="Petra Kos">`},
			published: fact{"", "inferred", "13 April 2023", "the first full date near the top"},
			date:      "2023-04-13",
		},
	}
	if len(got.Articles) != len(tests) {
		t.Fatalf("%d articles drafted, want %d", len(got.Articles), len(tests))
	}
	files := applied(m, c)
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			var it schema.ManifestItem
			for _, a := range got.Articles {
				if a.Page != nil && a.Page.File == tt.page {
					it = a
				}
			}
			if it.Page == nil {
				t.Fatalf("no article from %s", tt.page)
			}
			p, err := page.Read(m[tt.page].Data)
			if err != nil {
				t.Fatal(err)
			}
			text := string(files[it.File].Data)
			if want := strings.TrimSuffix(tt.page, ".html") + ".txt"; it.File != want || text != p.Text {
				t.Errorf("text in %s, want %s holding the page reader's text", it.File, want)
			}
			if it.SHA256 != sum([]byte(text)) || it.Page.SHA256 != sum(m[tt.page].Data) || it.URL != tt.url {
				t.Errorf("checksums %s %s, url %q", it.SHA256, it.Page.SHA256, it.URL)
			}
			checkFact(t, "outlet", it.Outlet, text, tt.outlet)
			checkFact(t, "title", it.Title, text, tt.title)
			checkFact(t, "byline", it.Byline, text, tt.byline)
			pub := schema.Fact{Basis: it.Published.Basis, Evidence: it.Published.Evidence, Note: it.Published.Note}
			checkFact(t, "published", pub, text, tt.published)
			if it.Published.Value != (schema.Date{Date: tt.date, Precision: "day"}) {
				t.Errorf("published %+v, want %s", it.Published.Value, tt.date)
			}
		})
	}
	if n := len(got.Outlets); n != 6 || got.Outlets[3].Name != "The Northern Ledger" || got.Outlets[3].Country != "" {
		t.Errorf("outlets %+v: want six, with their names and no country (the country table is not here yet)", got.Outlets)
	}
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0], `harbour-times-front.html: not an article: its markup says it is a site's page (og:type "website")`) {
		t.Errorf("problems %q, want the section front left out", c.Problems)
	}
	opened, err := Open(files, "corpus", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(opened.Dataset.Articles()); n != 6 {
		t.Errorf("%d articles load, want all six; %v", n, opened.Problems)
	}
	for _, p := range opened.Problems {
		if p.Level != schema.Note {
			t.Errorf("a problem with the drafted corpus: %v", p)
		}
	}
}

// TestInitTakesATextItWroteBefore: init stopped after writing a page's
// text and before its manifest, run again, takes that text as the page's
// (and does not draft it as an article of its own); a different file of
// that name makes the page's text another name.
func TestInitTakesATextItWroteBefore(t *testing.T) {
	m := savedPages(t, "kessel-post.html")
	first, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	again, err := Init(applied(m, &Change{Files: first.Files}), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Files) != 0 || string(again.Manifest) != string(first.Manifest) {
		t.Errorf("a second init wrote %d files and a different manifest", len(again.Files))
	}
	m["kessel-post.txt"] = &fstest.MapFile{Data: []byte("My own notes\n")}
	c, err := Init(m, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	var got schema.Manifest
	schema.DecodeJSON("manifest.json", c.Manifest, &got)
	if len(got.Articles) != 2 || got.Articles[0].File != "kessel-post-2.txt" || got.Articles[1].File != "kessel-post.txt" {
		t.Errorf("articles %+v: want the page's text as kessel-post-2.txt and the notes an article of their own", got.Articles)
	}
}

// TestFileNameDates: a date in a text file's name is its publication date
// when the text has none near its top, inferred and saying where it came
// from; a run of digits that is no date is not one. A dateline at the
// top of the text comes before the file's name, which comes before a
// date in a sentence (as likely an event's).
func TestFileNameDates(t *testing.T) {
	for text, want := range map[string]string{
		"A headline\nStavna, 3 May 2022\n\nIt happened on 1 May 2022, officials said.\n":                      "2022-05-03",
		"A headline\n\nThe minister arrived on 1 May 2022 and met officials for talks that lasted all day.\n": "2022-09-07",
	} {
		c, err := Init(fstest.MapFS{"story-2022-09-07.txt": {Data: []byte(text)}}, "corpus")
		if err != nil {
			t.Fatal(err)
		}
		var got schema.Manifest
		schema.DecodeJSON("manifest.json", c.Manifest, &got)
		if d := got.Articles[0].Published.Value.Date; d != want {
			t.Errorf("%q in story-2022-09-07.txt: %s, want %s", text, d, want)
		}
	}
	for name, want := range map[string]string{
		"rama-visit-2022-09-07.txt": "2022-09-07",
		"20221023 jpost.txt":        "2022-10-23",
		"2022_10_23.txt":            "2022-10-23",
		"id-202210231.txt":          "",
		"2022-13-40.txt":            "",
	} {
		m := fstest.MapFS{name: {Data: []byte("A headline\n\nNo date in here.\n")}}
		c, err := Init(m, "corpus")
		if err != nil {
			t.Fatal(err)
		}
		var got schema.Manifest
		schema.DecodeJSON("manifest.json", c.Manifest, &got)
		p := got.Articles[0].Published
		if p.Value.Date != want || want != "" && (p.Basis != "inferred" || !strings.Contains(p.Note, "the date in the file's name")) {
			t.Errorf("%s: %+v, want %q", name, p, want)
		}
	}
}
