package page

import (
	"fmt"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// maxElements is the most elements a page may have for the extractor to
// read it: it copies and scores the whole page up to four times over, so
// a page of millions would take minutes and gigabytes. A long news page
// has a few thousand; one saved with a long comment section, tens of
// thousands.
const maxElements = 200_000

// readable finds the article in the page with go-readability and returns
// its text, whether the page reads as an article by go-readability's
// test (a run of long paragraphs), and an error when the page cannot be
// read at all. go-readability also gives a title, cut from the <title>
// when the markup says no other, kept as a claim (placeGuesses). Its
// byline is not kept: it finds one by the class names the scan of the
// markup looks for, but also in parts of the page that are not the
// article (a sidebar, a list of related stories), where it is someone
// else's.
func readable(text string) (body string, looksRead bool, guess []Claim, err error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		// x/net/html refuses a page nested over 512 elements deep
		return "", false, nil, fmt.Errorf("cannot read it as HTML: %w", err)
	}
	if n := elements(doc); n > maxElements {
		return "", false, nil, fmt.Errorf("%d elements, over %d, the most the article extractor reads; save the article's text as a .txt file and add that", n, maxElements)
	}
	defer func() {
		if r := recover(); r != nil {
			body, looksRead, guess, err = "", false, nil, fmt.Errorf("%w: %v", errExtractor, r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	p.ClassesToPreserve = append(p.ClassesToPreserve, embedClasses...)
	looksRead = p.CheckDocument(doc)
	a, err := p.ParseAndMutate(doc, nil)
	if err != nil {
		return "", false, nil, fmt.Errorf("%w: %v", errExtractor, err)
	}
	if t := oneLine(a.Title()); t != "" {
		guess = append(guess, Claim{Field: Title, Value: t})
	}
	if a.Node == nil {
		return "", looksRead, guess, nil
	}
	var tb textBuilder
	tb.node(a.Node, false)
	return tb.String(), looksRead, guess, nil
}

// elements counts the elements of a document, walking it without
// recursion.
func elements(doc *html.Node) int {
	n := 0
	for c := doc; c != nil; {
		if c.Type == html.ElementNode {
			n++
		}
		switch {
		case c.FirstChild != nil:
			c = c.FirstChild
		case c.NextSibling != nil:
			c = c.NextSibling
		default:
			for c != nil && c.NextSibling == nil {
				c = c.Parent
			}
			if c != nil {
				c = c.NextSibling
			}
		}
	}
	return n
}

// breaks between blocks: a line, or a paragraph (a blank line).
const (
	lineBreak = 1
	paraBreak = 2
)

// blockBreaks says which elements stand on lines of their own, and which
// are paragraphs with a blank line around them. Everything else flows
// within its line.
var blockBreaks = map[string]int{
	"p": paraBreak, "h1": paraBreak, "h2": paraBreak, "h3": paraBreak, "h4": paraBreak, "h5": paraBreak,
	"h6": paraBreak, "blockquote": paraBreak, "pre": paraBreak, "ul": paraBreak, "ol": paraBreak,
	"dl": paraBreak, "table": paraBreak, "figure": paraBreak, "hr": paraBreak,
	"div": lineBreak, "section": lineBreak, "article": lineBreak, "header": lineBreak, "footer": lineBreak,
	"main": lineBreak, "li": lineBreak, "dt": lineBreak, "dd": lineBreak, "tr": lineBreak,
	"figcaption": lineBreak, "address": lineBreak, "details": lineBreak, "summary": lineBreak,
	"caption": lineBreak, "br": lineBreak,
}

// silent are elements whose text a reader does not read as the article's.
var silent = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true, "svg": true,
	"math": true, "iframe": true, "object": true, "embed": true, "video": true, "audio": true,
	"canvas": true, "button": true, "input": true, "select": true, "textarea": true,
	// AMP's advertising, tracking and sharing elements
	"amp-ad": true, "amp-embed": true, "amp-sticky-ad": true, "amp-analytics": true, "amp-pixel": true,
	"amp-social-share": true, "amp-consent": true,
}

// textBuilder writes an article's text: words with single spaces, blocks
// on lines of their own, paragraphs apart, no space or blank line at the
// start or end of a line or of the text.
type textBuilder struct {
	b     strings.Builder
	space bool // a space is due before the next word
	brk   int  // the break due before the next word
}

func (t *textBuilder) String() string { return t.b.String() }

// node writes n and what it holds; pre keeps whitespace as written.
func (t *textBuilder) node(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		if pre {
			t.pre(n.Data)
		} else {
			t.words(n.Data)
		}
		return
	case html.ElementNode:
		if silent[n.Data] || hidden(n) || embedded(n) || furnitureBlock(n) {
			return
		}
		if n.Data == "td" || n.Data == "th" {
			t.space = true
		}
		pre = pre || n.Data == "pre"
	}
	b := blockBreaks[n.Data]
	if n.Type == html.ElementNode {
		t.breakAt(b)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c, pre)
	}
	if n.Type == html.ElementNode && n.Data != "br" {
		t.breakAt(b)
	}
}

// breakAt asks for a break of at least n before the next word.
func (t *textBuilder) breakAt(n int) {
	t.brk = max(t.brk, n)
}

// words writes text as words between single spaces.
func (t *textBuilder) words(s string) {
	if strings.Contains(s, "\u200b") { // a zero-width space only says where a line may break
		s = strings.ReplaceAll(s, "\u200b", "")
	}
	start := -1
	for i, r := range s {
		if isSpace(r) {
			if start >= 0 {
				t.word(s[start:i])
				start = -1
			}
			t.space = true
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		t.word(s[start:])
	}
}

// word writes w after the break or space due.
func (t *textBuilder) word(w string) {
	if t.b.Len() > 0 {
		switch {
		case t.brk > 0:
			t.b.WriteString("\n\n"[:t.brk])
		case t.space:
			t.b.WriteByte(' ')
		}
	}
	t.b.WriteString(w)
	t.brk, t.space = 0, false
}

// pre writes preformatted text line by line, each line's spaces kept
// but for those at its end.
func (t *textBuilder) pre(s string) {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	for i, l := range strings.Split(s, "\n") {
		if i > 0 {
			t.breakAt(lineBreak)
		}
		if l = strings.TrimRight(l, " \t\f"); strings.TrimSpace(l) != "" {
			t.word(strings.ReplaceAll(l, "\t", "    "))
		}
	}
}

// isSpace is HTML's whitespace and the Unicode spaces a page puts
// between words, but not the no-break space, which the page chose.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '\u2028', '\u2029':
		return true
	}
	return false
}

// hidden reports whether a reader cannot see the element.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			st := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}
