package present

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A Citation is a passage of an article with what a reader needs to cite
// it: who published it and when, where it is in the article, and for a
// quotation who said it.
type Citation struct {
	ID      string // what is cited: a quote id, an event id, or EVENT-ID#N for its Nth source
	Words   untrusted.Text
	Speaker string // for a quotation, the speaker's name; else ""
	Outlet  string
	Title   string
	Byline  string
	// Published is the article's date at its precision; Basis says how it
	// is known ("stated" or "inferred"), "" where the corpus does not say.
	Published timeline.Date
	Basis     string
	URL       string
	File      string
	Article   string // the article's id
	// Where the passage is: its byte range, and the 1-based line and
	// paragraph (a line with text) it starts on.
	Start, End      int
	Line, Paragraph int
}

// CiteStyles returns the forms a citation is written in.
func CiteStyles() []string { return []string{"text", "md", "bibtex", "csl-json"} }

// Cite is the citation of span, a passage of one of ds's articles.
func Cite(ds *timeline.Dataset, id string, span timeline.Span) Citation {
	c := Citation{ID: id, Words: span.Text, Article: span.Article, Start: span.Start, End: span.End}
	if a, ok := ds.Article(span.Article); ok {
		c.Outlet = ds.ArticleOutlet(a.ID).Name
		c.Title, c.Byline, c.Published, c.Basis, c.URL, c.File = a.Title, a.Byline, a.Published, a.PublishedBasis, a.URL, a.File
		c.Line, c.Paragraph = position(a.Text.Verbatim(), span.Start)
	}
	return c
}

// CiteQuote is the citation of quote qi, with its speaker.
func CiteQuote(ds *timeline.Dataset, qi int) Citation {
	q := &ds.Quotes()[qi]
	c := Cite(ds, q.ID, q.Span)
	if a, ok := ds.Actor(q.Speaker); ok {
		c.Speaker = a.Name
	}
	return c
}

// CiteSource is the citation of event ei's source si (0-based; its id
// counts from 1).
func CiteSource(ds *timeline.Dataset, ei, si int) Citation {
	e := &ds.Events()[ei]
	return Cite(ds, fmt.Sprintf("%s#%d", e.ID, si+1), e.Sources[si].Span)
}

// CiteSide is the citation of side si (0-based; its id counts from 1)
// of discrepancy di.
func CiteSide(ds *timeline.Dataset, di, si int) Citation {
	d := &ds.Discrepancies()[di]
	return Cite(ds, fmt.Sprintf("%s#%d", d.ID, si+1), d.Sides[si].Span)
}

// position is the 1-based line and paragraph (a line holding more than
// white space) of byte at in text.
func position(text string, at int) (line, paragraph int) {
	at = min(max(at, 0), len(text))
	line = strings.Count(text[:at], "\n") + 1
	for _, l := range strings.Split(text[:at], "\n") {
		if strings.TrimSpace(l) != "" {
			paragraph++
		}
	}
	if paragraph == 0 || strings.TrimSpace(text[strings.LastIndexByte(text[:at], '\n')+1:at]) == "" {
		paragraph++ // the passage starts a paragraph of its own
	}
	return line, paragraph
}

// Format writes c in style (one of Styles).
func (c Citation) Format(style string) (string, error) {
	switch style {
	case "text":
		return c.text(), nil
	case "md":
		return c.markdown(), nil
	case "bibtex":
		return c.bibtex(), nil
	case "csl-json":
		b, err := c.CSL()
		return string(b), err
	}
	return "", fmt.Errorf("unknown style %q; valid styles: %s", style, strings.Join(CiteStyles(), ", "))
}

// source is the citation's credit in prose: outlet, "title", byline and
// date, with how the date is known and where the passage is.
func (c Citation) source() string {
	var b strings.Builder
	b.WriteString(untrusted.CleanLine(c.Outlet))
	if c.Title != "" {
		b.WriteString(", “" + untrusted.CleanLine(c.Title) + "”")
	}
	if c.Byline != "" {
		b.WriteString(", by " + untrusted.CleanLine(c.Byline))
	}
	if !c.Published.IsZero() {
		b.WriteString(", " + longDate(c.Published))
		if c.Basis == "inferred" {
			b.WriteString(" (date inferred)")
		}
	}
	fmt.Fprintf(&b, ". %s, paragraph %d, line %d, bytes %d–%d.", untrusted.CleanLine(c.File), c.Paragraph, c.Line, c.Start, c.End)
	if c.URL != "" {
		b.WriteString(" " + untrusted.CleanLine(c.URL))
	}
	return b.String()
}

// words is the passage, cleaned, on one line.
func (c Citation) words() string { return untrusted.CleanLine(c.Words.Verbatim()) }

func (c Citation) text() string {
	who := ""
	if c.Speaker != "" {
		who = untrusted.CleanLine(c.Speaker) + ", quoted by "
	}
	return "“" + c.words() + "”\n— " + who + c.source() + "\n"
}

func (c Citation) markdown() string {
	who := ""
	if c.Speaker != "" {
		who = "**" + mdEscape(untrusted.CleanLine(c.Speaker)) + "**, quoted by "
	}
	return "> " + mdEscape(c.words()) + "\n\n— " + who + mdEscape(c.source()) + "\n"
}

// mdEscape keeps text from reading as Markdown markup or HTML.
func mdEscape(s string) string {
	return strings.NewReplacer("\\", `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "|", `\|`).Replace(s)
}

// longDate writes d for a citation: "23 October 2022", "week of 24 October
// 2022", "October 2022", "2022", "the 1990s", with "about" when
// approximate.
func longDate(d timeline.Date) string {
	var s string
	switch d.Precision {
	case timeline.Day:
		s = fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
	case timeline.Week:
		s = fmt.Sprintf("week of %d %s %d", d.Day(), d.Month(), d.Year())
	case timeline.Month:
		s = fmt.Sprintf("%s %d", d.Month(), d.Year())
	case timeline.Year:
		s = fmt.Sprint(d.Year())
	case timeline.Decade:
		s = fmt.Sprintf("the %ds", d.Year())
	}
	if d.Approx {
		s = "about " + s
	}
	return s
}

func (c Citation) bibtex() string {
	var b strings.Builder
	fmt.Fprintf(&b, "@article{%s,\n", bibKey(c.ID))
	field := func(name, value string) {
		if value != "" {
			fmt.Fprintf(&b, "  %s = {%s},\n", name, bibEscape(untrusted.CleanLine(value)))
		}
	}
	field("title", c.Title)
	field("journal", c.Outlet)
	field("author", c.Byline)
	if !c.Published.IsZero() {
		field("year", fmt.Sprint(c.Published.Year()))
		if c.Published.Month() != 0 {
			field("month", strings.ToLower(c.Published.Month().String()[:3]))
		}
		if c.Published.Precision == timeline.Day {
			field("day", fmt.Sprint(c.Published.Day()))
		}
	}
	field("url", c.URL)
	note := "“" + c.words() + "”"
	if c.Speaker != "" {
		note = untrusted.CleanLine(c.Speaker) + ": " + note
	}
	field("note", fmt.Sprintf("%s (%s, paragraph %d, line %d, bytes %d–%d)", note, c.File, c.Paragraph, c.Line, c.Start, c.End))
	b.WriteString("}\n")
	return b.String()
}

// bibKey makes a BibTeX key of an id: letters, digits and dashes.
func bibKey(id string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, id)
}

// bibEscape keeps a value from closing its braces or reading as a command.
func bibEscape(s string) string {
	return strings.NewReplacer("\\", `\textbackslash{}`, "{", `\{`, "}", `\}`, "%", `\%`, "&", `\&`, "$", `\$`, "#", `\#`, "_", `\_`).Replace(s)
}

// cslItem is a citation in CSL-JSON, the form Zotero and pandoc read.
type cslItem struct {
	ID             string      `json:"id"`
	Type           string      `json:"type"`
	Title          string      `json:"title,omitempty"`
	ContainerTitle string      `json:"container-title,omitempty"`
	Author         []cslName   `json:"author,omitempty"`
	Issued         *cslDate    `json:"issued,omitempty"`
	URL            string      `json:"URL,omitempty"`
	Note           string      `json:"note,omitempty"`
	Locator        string      `json:"locator,omitempty"`
	Label          string      `json:"label,omitempty"`
	Custom         cslPassages `json:"custom"`
}

type cslName struct {
	Literal string `json:"literal"`
}

type cslDate struct {
	DateParts   [][]int `json:"date-parts"`
	Approximate bool    `json:"approximate,omitempty"`
}

// cslPassages is what CSL has no field for: the passage, where it is,
// and how the date is known.
type cslPassages struct {
	Quote     string `json:"quote"`
	Speaker   string `json:"speaker,omitempty"`
	File      string `json:"file"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Precision string `json:"date_precision,omitempty"`
	Basis     string `json:"date_basis,omitempty"`
}

// CSL is c as a CSL-JSON item.
func (c Citation) CSL() ([]byte, error) {
	it := cslItem{ID: c.ID, Type: "article-newspaper", Title: c.Title, ContainerTitle: c.Outlet, URL: c.URL,
		Locator: fmt.Sprint(c.Paragraph), Label: "paragraph",
		Custom: cslPassages{Quote: c.Words.Verbatim(), Speaker: c.Speaker, File: c.File, Start: c.Start, End: c.End, Basis: c.Basis}}
	if c.Byline != "" {
		it.Author = []cslName{{Literal: c.Byline}}
	}
	if d := c.Published; !d.IsZero() {
		parts := []int{d.Year()}
		if d.Month() != 0 {
			parts = append(parts, int(d.Month()))
		}
		if d.Precision == timeline.Day {
			parts = append(parts, d.Day())
		}
		it.Issued = &cslDate{DateParts: [][]int{parts}, Approximate: d.Approx || d.Precision == timeline.Week}
		it.Custom.Precision = d.Precision.String()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(it); err != nil {
		return nil, err
	}
	return untrusted.EscapeJSON(buf.Bytes()), nil
}

// EventHeading is the line above an event's citations: its title, in
// cyberdesk's words (the passages below are the sources'), its dates and
// id, so a pasted set of passages says what they are cited for.
func EventHeading(ds *timeline.Dataset, ei int) string {
	e := &ds.Events()[ei]
	return fmt.Sprintf("Event “%s”, %s (cyberdesk id %s): %s\n",
		untrusted.CleanLine(e.Title), timeline.FormatRange(e.Start, e.End), e.ID,
		Count(len(e.Sources), "source passage follows", "source passages follow"))
}
