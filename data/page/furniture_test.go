package page

import (
	"strings"
	"testing"
)

// TestFurnitureInTheArticleBody: an advertisement's label, a "Related:"
// link and an embedded post set among the article's paragraphs are not
// its text; a paragraph that opens so but says more is.
func TestFurnitureInTheArticleBody(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " " + strings.Repeat("The inquiry heard more evidence today. ", 8) + "</p>\n"
	}
	p, err := Read([]byte(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Port chief resigns</h1>
` + para("The port's chief resigned on Monday.") + `<p>Advertisement</p>
<div>Story continues below advertisement</div>
<p><strong>Related:</strong> <a href="/other">Dockers strike over safety, 11 March 2025</a></p>
<blockquote class="twitter-tweet"><p>We will not forget. — Dockworkers' Union (@dockunion) <a href="https://twitter.com/dockunion/status/1">March 12, 2025</a></p></blockquote>
<p>Read more: the union's own account, given to this paper on Tuesday, <a href="/x">disputes the timeline</a> and the port's figures.</p>
` + para("The board meets on Friday.") + `</article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	for _, furniture := range []string{"Advertisement", "Story continues", "Related", "Dockers strike over safety", "We will not forget"} {
		if strings.Contains(p.Text, furniture) {
			t.Errorf("the text holds the page's furniture %q:\n%s", furniture, p.Text)
		}
	}
	for _, said := range []string{"resigned on Monday", "Read more: the union's own account", "The board meets on Friday"} {
		if !strings.Contains(p.Text, said) {
			t.Errorf("the text lost the article's words %q:\n%s", said, p.Text)
		}
	}
}

// TestABylineSetOffFromItsDate: a byline whose date is an element of its
// own ends at its name, not at the separator before the date.
func TestABylineSetOffFromItsDate(t *testing.T) {
	p, err := Read([]byte(`<html><head><meta property="og:type" content="article"></head><body><article><h1>Inquiry reports</h1>
<div class="byline">By Søren Ås · <time datetime="2025-06-30">30 June 2025</time></div>
<p>` + strings.Repeat("The inquiry found the port ignored warnings. ", 10) + `</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if c, ok := p.First(Byline); !ok || c.Value != "Søren Ås" {
		t.Errorf("byline %q, want %q", c.Value, "Søren Ås")
	}
}
