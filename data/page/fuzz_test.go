package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead: whatever the bytes, Read returns a page or an error, never
// panics; a page's text is what a corpus can hold (valid UTF-8, LF, one
// newline at its end) and every claim is one line of valid UTF-8 on a
// line the page has. The saved pages in testdata are the seed corpus.
func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("testdata/*.html")
	for _, p := range pages {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte(`<meta property="og:type" content="article"><h1>x</h1><p>y`))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@id":"a"}],"@graph":[{"@id":"a"}]}</script>`))
	f.Add([]byte("<title>a | b</title><time datetime=x><span class=byline>By <time datetime=y>z"))
	f.Fuzz(func(t *testing.T, src []byte) {
		p, err := Read(src)
		if err != nil {
			if p != nil {
				t.Fatal("a page and an error")
			}
			return
		}
		if !utf8.ValidString(p.Text) || strings.ContainsRune(p.Text, '\r') || !strings.HasSuffix(p.Text, "\n") {
			t.Fatalf("text %q", p.Text)
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, c := range p.Claims {
			if !utf8.ValidString(c.Value) || strings.ContainsAny(c.Value, "\n\r") || c.Value == "" {
				t.Fatalf("claim value %q", c.Value)
			}
			if c.Line < 0 || c.Line > lines || (c.Line == 0) != (c.Where == "") {
				t.Fatalf("claim %+v: line outside the page's %d, or a place without a line", c, lines)
			}
		}
	})
}
