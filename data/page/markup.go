package page

import (
	"bytes"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// scan is what a pass over a page's tokens finds: the claims its markup
// makes, each with its line, and whether the markup says the page is an
// article. The pass reads tokens, not a tree, so that every claim keeps
// the line its tag is on; it keeps its own stack of open elements to know
// whether a tag is inside a part of the page that is not the article
// (comments, related articles, a sidebar), where a byline or a date is
// someone else's.
type scan struct {
	claims     []Claim
	article    bool   // og:type article or a JSON-LD article
	notArticle string // what the markup says the page is instead, if anything

	stack    []open
	captures []*capture // innermost last
	headings []heading
	line     int // of the token being read
	jsonLD   int // JSON-LD blocks read
}

// open is an element the tokens have opened and not yet closed.
type open struct {
	name    string
	aside   bool // it or an element around it is not the article's
	article bool // it or an element around it is an <article>
	ldJSON  bool // a <script type="application/ld+json">
}

// capture collects the text of an element whose words make a claim.
type capture struct {
	depth   int  // the stack's length once the element was pushed
	article bool // the element is inside an <article>
	claim   Claim
	b       strings.Builder
}

// heading is an <h1>, kept until the end decides which is the headline.
type heading struct {
	claim   Claim
	article bool
}

// Bounds on what one page can make the scan hold.
const (
	maxStack       = 1024    // open elements tracked; deeper ones are read as text
	maxCapture     = 1 << 10 // bytes of an element's text kept
	maxClaims      = 16      // claims kept of each field
	maxHeadings    = 16      // <h1>s kept
	maxJSONLD      = 16      // JSON-LD blocks read
	maxJSONLDBytes = 1 << 20 // the largest JSON-LD block read
	maxWhere       = 160     // bytes of a tag quoted in Where
)

// voids are the elements that have no end tag.
var voids = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// scanMarkup reads the page's tokens once.
func scanMarkup(text string) *scan {
	s := &scan{line: 1}
	z := html.NewTokenizer(strings.NewReader(text))
	z.SetMaxBuf(0)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		lines := bytes.Count(raw, []byte("\n"))
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			s.start(z, string(raw), tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			s.end(string(name))
		case html.TextToken:
			if s.wantsText() {
				s.text(string(z.Text()))
			}
		}
		s.line += lines
	}
	s.finish()
	return s
}

// start reads a start tag.
func (s *scan) start(z *html.Tokenizer, raw string, selfClosing bool) {
	nameB, hasAttr := z.TagName()
	name := string(nameB)
	attrs := map[string]string{}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		if _, dup := attrs[string(k)]; !dup {
			attrs[string(k)] = string(v)
		}
	}
	where := quoteTag(raw)
	parent := open{}
	if len(s.stack) > 0 {
		parent = s.stack[len(s.stack)-1]
	}
	switch name {
	case "meta":
		s.meta(attrs, where)
	case "link":
		if hasWord(attrs["rel"], "canonical") && attrs["href"] != "" {
			s.add(Claim{Field: URL, Value: oneLine(attrs["href"]), Where: where, Line: s.line})
		}
	}
	if voids[name] || selfClosing || len(s.stack) >= maxStack {
		return
	}
	el := open{
		name:    name,
		aside:   parent.aside || asideTag(name) || asideWords(attrs["class"]+" "+attrs["id"]),
		article: parent.article || name == "article" || strings.Contains(attrs["itemprop"], "articleBody"),
		ldJSON:  name == "script" && strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json"),
	}
	s.stack = append(s.stack, el)
	if el.aside {
		return
	}
	if len(s.captures) > 0 && !(name == "time" && s.capturing(Byline)) {
		return // a <time> inside a byline is a claim of its own; anything else inside a claim is its words
	}
	switch {
	case name == "title":
		if _, ok := s.find(Title, "<title>"); !ok {
			s.begin(Claim{Field: Title, Where: "<title>"})
		}
	case name == "h1":
		s.begin(Claim{Field: Title, Where: where})
	case name == "time" && attrs["datetime"] != "":
		f := Published
		if strings.Contains(attrs["itemprop"], "dateModified") || asideWordsIn(attrs["class"], "updated", "modified") {
			f = Modified
		}
		s.begin(Claim{Field: f, Value: oneLine(attrs["datetime"]), Where: where})
	case attrs["rel"] == "author" || strings.Contains(attrs["itemprop"], "author") ||
		asideWordsIn(attrs["class"]+" "+attrs["id"], "byline", "author"):
		s.begin(Claim{Field: Byline, Where: where})
	}
}

// begin starts collecting the text of the element just pushed.
func (s *scan) begin(c Claim) {
	c.Line = s.line
	s.captures = append(s.captures, &capture{depth: len(s.stack), article: s.stack[len(s.stack)-1].article, claim: c})
}

// capturing reports whether the words of a claim about f are being
// collected.
func (s *scan) capturing(f Field) bool {
	for _, c := range s.captures {
		if c.claim.Field == f {
			return true
		}
	}
	return false
}

// wantsText reports whether the next text token is read: words of a
// claim, or a JSON-LD block.
func (s *scan) wantsText() bool {
	return len(s.captures) > 0 || len(s.stack) > 0 && s.stack[len(s.stack)-1].ldJSON
}

// end reads an end tag: the element and any left open inside it close.
func (s *scan) end(name string) {
	for i := len(s.stack) - 1; i >= 0; i-- {
		if s.stack[i].name == name {
			s.stack = s.stack[:i]
			for n := len(s.captures); n > 0 && s.captures[n-1].depth > i; n-- {
				s.endCapture()
			}
			return
		}
	}
}

// text reads a text token: words of the element being collected, or a
// JSON-LD block.
func (s *scan) text(t string) {
	if n := len(s.stack); n > 0 && s.stack[n-1].ldJSON {
		if s.jsonLD < maxJSONLD && len(t) <= maxJSONLDBytes {
			s.jsonLD++
			s.readJSONLD(t, s.line)
		}
		return
	}
	inner := s.captures[len(s.captures)-1].claim.Field
	for _, c := range s.captures {
		if c.claim.Field == Byline && inner != Byline {
			continue // a byline's words are the names, not the date in it
		}
		if c.b.Len() < maxCapture {
			c.b.WriteString(t[:min(len(t), maxCapture-c.b.Len())])
		}
	}
}

// endCapture makes the collected element a claim.
func (s *scan) endCapture() {
	c := s.captures[len(s.captures)-1]
	s.captures = s.captures[:len(s.captures)-1]
	shown := oneLine(c.b.String())
	if shown == "" || len(shown) >= maxCapture/2 {
		return // nothing to read, or too long to be a headline, byline or date
	}
	cl := c.claim
	switch cl.Field {
	case Title:
		cl.Value = shown
		if cl.Where != "<title>" { // an <h1>; which is the headline is decided at the end
			if len(s.headings) < maxHeadings {
				s.headings = append(s.headings, heading{cl, c.article})
			}
			return
		}
	case Byline:
		cl.Shown = shown
		cl.Value = strings.TrimRight(strings.TrimSpace(trimBy(shown)), bylineSeparators)
		if len(cl.Value) > 120 || cl.Value == "" {
			return // an author's biography, not a byline
		}
	default:
		cl.Shown = shown
	}
	s.add(cl)
}

// finish ends what the page left open and chooses the headline: the
// first <h1> inside an <article>, else the first that matches the title
// the page's metadata gives, else the first.
func (s *scan) finish() {
	for len(s.captures) > 0 {
		s.endCapture()
	}
	if len(s.headings) == 0 {
		return
	}
	best := s.headings[0]
	found := false
	for _, h := range s.headings {
		if h.article {
			best, found = h, true
			break
		}
	}
	if !found {
		for _, h := range s.headings {
			if s.titled(h.claim.Value) {
				best = h
				break
			}
		}
	}
	s.add(best.claim)
}

// titled reports whether the page's metadata or <title> gives v as its
// title, or begins with it ("Port restarts | Harbour Times").
func (s *scan) titled(v string) bool {
	for _, c := range s.claims {
		if c.Field == Title && strings.HasPrefix(strings.ToLower(c.Value), strings.ToLower(v)) {
			return true
		}
	}
	return false
}

// find returns the claim made by where, if there is one.
func (s *scan) find(f Field, where string) (Claim, bool) {
	for _, c := range s.claims {
		if c.Field == f && c.Where == where {
			return c, true
		}
	}
	return Claim{}, false
}

// has reports whether the markup makes a claim about f.
func (s *scan) has(f Field) bool {
	return slices.ContainsFunc(s.claims, func(c Claim) bool { return c.Field == f })
}

// add keeps a claim, up to maxClaims of a field.
func (s *scan) add(c Claim) {
	if c.Value == "" {
		return
	}
	n := 0
	for _, o := range s.claims {
		if o.Field == c.Field {
			n++
		}
	}
	if n < maxClaims {
		s.claims = append(s.claims, c)
	}
}

// metaFields maps meta tags' property, name or itemprop to the field
// they state.
var metaFields = map[string]Field{
	"og:site_name": Site, "og:title": Title, "twitter:title": Title, "headline": Title,
	"og:url": URL, "og:type": Kind,
	"article:published_time": Published, "og:article:published_time": Published, "datepublished": Published,
	"pubdate": Published, "publishdate": Published, "dc.date.issued": Published, "dcterms.created": Published,
	"parsely-pub-date": Published, "sailthru.date": Published,
	"article:modified_time": Modified, "og:updated_time": Modified, "datemodified": Modified,
	"author": Byline, "article:author": Byline, "dc.creator": Byline, "parsely-author": Byline, "sailthru.author": Byline,
}

// meta reads a <meta> tag's claim.
func (s *scan) meta(attrs map[string]string, where string) {
	content := oneLine(attrs["content"])
	if content == "" {
		return
	}
	for _, key := range []string{"property", "name", "itemprop"} {
		f, ok := metaFields[strings.ToLower(strings.TrimSpace(attrs[key]))]
		if !ok {
			continue
		}
		if f == Byline && strings.Contains(content, "://") {
			return // an author's page, not a name
		}
		if f == Kind {
			s.kind(content, "og:type")
		}
		s.add(Claim{Field: f, Value: content, Where: where, Line: s.line})
		return
	}
}

// kind notes what og:type or a JSON-LD @type says the page is.
func (s *scan) kind(v, by string) {
	switch l := strings.ToLower(v); {
	case l == "article" || articleTypes[v]:
		s.article = true
	case l == "website" || pageTypes[v]:
		if s.notArticle == "" {
			s.notArticle = "a site's page (" + by + " " + quote(v) + ")"
		}
	}
}

// asideTag reports whether an element holds what is not the article.
func asideTag(name string) bool {
	switch name {
	case "aside", "nav", "footer", "form", "noscript", "template", "svg":
		return true
	}
	return false
}

// asideWords reports whether an element's class or id says it holds what
// is not the article: comments, related links, promotions.
func asideWords(classID string) bool {
	return asideWordsIn(classID, "comment", "related", "recommend", "sidebar", "promo", "newsletter",
		"popular", "trending", "footer", "breadcrumb", "advert", "outbrain", "taboola", "share", "social")
}

// asideWordsIn reports whether s, lowered, contains one of words.
func asideWordsIn(s string, words ...string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasWord reports whether the space-separated list s has w, in any case.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// oneLine makes every run of whitespace one space and trims the ends.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// bylineSeparators set a byline off from what shares its line (a date in
// its own element, a section's name) and end it when that is left out:
// "By Søren Ås · <time>".
const bylineSeparators = " ·•|/,;:–—-"

// trimBy drops a leading "By" from a byline.
func trimBy(s string) string {
	for _, p := range []string{"By ", "by ", "BY "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// quoteTag is a tag as the page writes it, on one line and cut short
// when long, for a person to find it in the page.
func quoteTag(raw string) string {
	t := oneLine(raw)
	if len(t) <= maxWhere {
		return t
	}
	cut := maxWhere
	for cut > 0 && !utf8RuneStart(t[cut]) {
		cut--
	}
	return t[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// quote is s in double quotes, for a message.
func quote(s string) string { return `"` + s + `"` }
