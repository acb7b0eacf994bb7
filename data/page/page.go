package page

import (
	"errors"
	"fmt"
	"strings"
)

// MaxBytes is the largest page Read is given: a saved news page is a few
// hundred kilobytes, a page with its pictures inlined a few megabytes.
const MaxBytes = 32 << 20

// Field is what a claim is about.
type Field uint8

// The fields a page makes claims about.
const (
	Title     Field = iota // the headline: <h1>, og:title, JSON-LD headline, <title>
	Byline                 // who wrote it: a byline element, meta author, JSON-LD author
	Published              // when: article:published_time, JSON-LD datePublished, <time>
	Modified               // when it was last changed: article:modified_time, JSON-LD dateModified
	Site                   // the site's name: og:site_name
	Publisher              // who published it: JSON-LD publisher
	URL                    // where it lives: <link rel="canonical">, og:url, JSON-LD url
	Kind                   // what the page is: og:type, JSON-LD @type
)

var fieldNames = [...]string{"title", "byline", "published", "modified", "site", "publisher", "url", "kind"}

func (f Field) String() string {
	if int(f) < len(fieldNames) {
		return fieldNames[f]
	}
	return fmt.Sprintf("field(%d)", f)
}

// Claim is one thing the page says about its article, and where.
type Claim struct {
	Field Field
	// Value is what the page gives, entities decoded and runs of
	// whitespace made one space: a name, a title, an ISO 8601 date, a URL.
	Value string
	// Shown is the words a reader sees for a claim an element makes (a
	// <time>'s text where Value is its datetime attribute, a byline's
	// "By Ana Writer"); empty for a meta tag or JSON-LD.
	Shown string
	// Where names what makes the claim: a tag as the page writes it
	// (`<meta property="og:site_name" content="Harbour Times">`, cut
	// short when long) or a JSON-LD member (`JSON-LD NewsArticle
	// "datePublished"`). Empty when the claim is go-readability's guess
	// and has no one place.
	Where string
	// Line is the 1-based line of the page where it is made; 0 when
	// Where is empty.
	Line int
}

// Page is a saved page read for its article.
type Page struct {
	// Text is the article's text (see the package documentation).
	Text string
	// Charset is the encoding the page was decoded from, by its WHATWG
	// name ("utf-8", "windows-1252").
	Charset string
	// Claims are what the markup says, in page order within each field.
	Claims []Claim
}

// All returns the claims about f, in page order.
func (p *Page) All(f Field) []Claim {
	var out []Claim
	for _, c := range p.Claims {
		if c.Field == f {
			out = append(out, c)
		}
	}
	return out
}

// First returns the first claim about f.
func (p *Page) First(f Field) (Claim, bool) {
	for _, c := range p.Claims {
		if c.Field == f {
			return c, true
		}
	}
	return Claim{}, false
}

// NotArticleError is a page that does not carry an article.
type NotArticleError struct{ Reason string }

func (e *NotArticleError) Error() string {
	return "not an article: " + e.Reason
}

// Read reads a saved page's bytes. The error is a [*NotArticleError] for
// a page with no article in it, or says why the page could not be read.
func Read(src []byte) (*Page, error) {
	if len(src) > MaxBytes {
		return nil, fmt.Errorf("%d bytes is over %d, the most a page may have (page.MaxBytes)", len(src), MaxBytes)
	}
	text, cs := decode(src)
	sc := scanMarkup(text)
	body, looksRead, guesses, err := readable(text)
	if err != nil {
		return nil, err
	}
	if reason := notArticle(sc, looksRead, body); reason != "" {
		return nil, &NotArticleError{reason}
	}
	p := &Page{Charset: cs, Claims: placeGuesses(siteFromTitle(sc.claims), guesses)}
	p.Text = compose(p, body)
	return p, nil
}

// notArticle says why a page is not an article, or "" when it is one.
// Its markup decides first: og:type article or a JSON-LD article says it
// is one; an og:type or JSON-LD type of another kind (website,
// CollectionPage) that it is not. A page whose markup says neither is an
// article when a run of long paragraphs in it reads as one
// (go-readability's test), or when it has a headline (<h1>), a byline
// and some paragraphs: a short report on a small site. Either way it
// must have text.
func notArticle(sc *scan, looksRead bool, body string) string {
	switch {
	case strings.TrimSpace(body) == "":
		return "no text was found in it that reads as an article's"
	case sc.article:
		return ""
	case sc.notArticle != "":
		return "its markup says it is " + sc.notArticle + "; if it is an article, save its text as a .txt file and add that"
	case looksRead:
		return ""
	case len(sc.headings) > 0 && sc.has(Byline) && len(body) >= 500:
		return ""
	}
	return "its markup does not say it is an article (no og:type article, no JSON-LD NewsArticle), and it has neither a run of long paragraphs nor a headline with a byline"
}

// errExtractor wraps a panic inside go-readability, so one bad page
// cannot end the program.
var errExtractor = errors.New("the article extractor failed on this page")
