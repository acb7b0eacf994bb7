package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// document is the whole dataset as JSON: what `cyberdesk export --format
// json` writes ([Write] writes its members one by one, in this order)
// and [Read] reads. The schema is documented in README.md.
type document struct {
	Schema    int               `json:"schema"`
	Countries map[string]string `json:"countries"`
	// ExtraTags are the tags the dataset uses beyond [timeline.Tags] (a
	// TimelineJS import's groups, say); absent when there are none.
	ExtraTags  []string          `json:"extra_tags,omitempty"`
	Outlets    []schema.Outlet   `json:"outlets"`
	Articles   []jsonArticle     `json:"articles"`
	Actors     []schema.Actor    `json:"actors"`
	Events     []schema.Event    `json:"events"`
	Statements []exportStatement `json:"statements"`
	Quotes     []schema.Quote    `json:"quotes"`
	// Discrepancies are every point where the outlets differ: the curated
	// ones and, marked derived, those in the wording of a quotation.
	Discrepancies []schema.Discrepancy `json:"discrepancies"`
	// Dates lists every date phrase found in the articles nobody
	// annotated, cited or not; absent when there are none (a curated
	// dataset lists none).
	Dates []schema.DatePhrase `json:"dates,omitempty"`
}

// exportStatement is a statement with how each outlet rendered it.
type exportStatement struct {
	schema.Statement
	Renderings []jsonRendering `json:"renderings"`
}

// jsonRendering is one outlet's words for a statement, compared against
// another outlet's.
type jsonRendering struct {
	Outlet      string           `json:"outlet"`
	Quotes      []string         `json:"quotes"`
	Against     string           `json:"against,omitempty"`
	Class       []string         `json:"class"`
	Differences []jsonDifference `json:"differences"`
}

// jsonDifference is one aligned difference: the words here and there.
type jsonDifference struct {
	Op    string `json:"op"`
	Here  string `json:"here"`
	There string `json:"there"`
}

type jsonArticle struct {
	ID        string      `json:"id"`
	File      string      `json:"file"`
	Outlet    string      `json:"outlet"`
	Title     string      `json:"title"`
	Byline    string      `json:"byline"`
	Published schema.Date `json:"published"`
	// PublishedBasis is "stated" or "inferred", where the corpus says.
	PublishedBasis string         `json:"published_basis,omitempty"`
	URL            string         `json:"url,omitempty"`
	Text           untrusted.Text `json:"text"`
}

// Write writes ds as one JSON document. The output is deterministic:
// the same dataset gives the same bytes on every run. It is written as
// it is made, an item at a time, so a million events never stand in
// memory twice: once in the dataset is enough.
func Write(w io.Writer, ds *timeline.Dataset) error {
	out := &docWriter{w: bufio.NewWriterSize(w, 256<<10)}
	out.raw("{\n")
	out.field("schema", schema.Version)
	out.field("countries", ds.Countries())
	if tags := ds.ExtraTags(); len(tags) > 0 {
		out.field("extra_tags", tags)
	}
	writeList(out, "outlets", ds.Outlets(), outletJSON, false)
	writeList(out, "articles", ds.Articles(), articleJSON, false)
	writeList(out, "actors", ds.Actors(), actorJSON, false)
	next := 0 // writeList converts the events in order: the next one's index
	writeList(out, "events", ds.Events(), func(*timeline.Event) schema.Event {
		next++
		return eventJSON(ds, next-1)
	}, false)
	writeList(out, "statements", ds.Statements(), func(s *timeline.Statement) exportStatement { return statementJSON(ds, s) }, false)
	writeList(out, "quotes", ds.Quotes(), quoteJSON, false)
	writeList(out, "discrepancies", ds.Discrepancies(), discrepancyJSON, true)
	if dates := ds.Dates(); len(dates) > 0 {
		writeList(out, "dates", dates, datePhraseJSON, false)
	}
	out.raw("\n}\n")
	return out.flush()
}

// docWriter writes a document's members one by one, as encoding/json's
// Encoder with a two-space indent writes the whole: the same bytes.
type docWriter struct {
	w     *bufio.Writer
	first bool // no member written yet
	err   error
}

func (d *docWriter) raw(s string) {
	if d.err == nil {
		_, d.err = d.w.WriteString(s)
	}
}

// value writes v indented for its depth, its invisible runes escaped.
func (d *docWriter) value(v any, depth int) {
	if d.err != nil {
		return
	}
	var b []byte
	b, d.err = marshalIndent(v, strings.Repeat("  ", depth))
	if d.err == nil {
		_, d.err = d.w.Write(untrusted.EscapeJSON(b))
	}
}

// member starts the next member of the document, named name.
func (d *docWriter) member(name string) {
	if d.first {
		d.raw(",\n")
	}
	d.first = true
	d.raw(`  "` + name + `": `)
}

func (d *docWriter) field(name string, v any) {
	d.member(name)
	d.value(v, 1)
}

func (d *docWriter) flush() error {
	if d.err != nil {
		return d.err
	}
	return d.w.Flush()
}

// writeList writes the member name as an array of items made by conv,
// one at a time. Empty, it is null as a nil slice encodes, or [] when
// empty says so.
func writeList[T, J any](d *docWriter, name string, items []T, conv func(*T) J, empty bool) {
	d.member(name)
	switch {
	case len(items) == 0 && empty:
		d.raw("[]")
		return
	case len(items) == 0:
		d.raw("null")
		return
	}
	d.raw("[\n")
	for i := range items {
		if i > 0 {
			d.raw(",\n")
		}
		d.raw("    ")
		d.value(conv(&items[i]), 2)
	}
	d.raw("\n  ]")
}

// marshalIndent is json.MarshalIndent without HTML escaping, which
// encoding/json's Encoder alone can turn off.
func marshalIndent(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func outletJSON(o *timeline.Outlet) schema.Outlet {
	return schema.Outlet{ID: o.ID, Name: o.Name, Country: o.Country}
}

func articleJSON(a *timeline.Article) jsonArticle {
	return jsonArticle{
		ID: a.ID, File: a.File, Outlet: a.Outlet, Title: a.Title, Byline: a.Byline,
		Published: dateJSON(a.Published), PublishedBasis: a.PublishedBasis, URL: a.URL, Text: a.Text,
	}
}

func actorJSON(a *timeline.Actor) schema.Actor {
	ja := schema.Actor{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Country: a.Country,
		Aliases: nonNil(a.Aliases), Roles: []schema.Role{}, Mentions: []schema.Span{}, Extracted: a.Extracted}
	for _, r := range a.Roles {
		ja.Roles = append(ja.Roles, schema.Role{Title: r.Title, Source: spanJSON(r.Source)})
	}
	for _, m := range a.Mentions {
		ja.Mentions = append(ja.Mentions, spanJSON(m))
	}
	return ja
}

// eventJSON is event i of ds with its scope and score, which the
// dataset derives.
func eventJSON(ds *timeline.Dataset, i int) schema.Event {
	e := &ds.Events()[i]
	je := schema.Event{ID: e.ID, Title: e.Title, Summary: e.Summary, Start: dateJSON(e.Start), DateNote: e.DateNote,
		Countries: nonNil(e.Countries), Actors: nonNil(e.Actors), Tags: nonNil(e.Tags), Extracted: e.Extracted,
		Scope: ds.Scope(i).String(), Score: ds.Score(i)}
	if !e.End.IsZero() {
		end := dateJSON(e.End)
		je.End = &end
	}
	for _, s := range e.Sources {
		js := schema.Source{Span: spanJSON(s.Span), Caption: s.Caption, When: s.When, Extracted: s.Extracted, Basis: s.Basis}
		if s.Tense == timeline.Future {
			js.Tense = "future"
		}
		je.Sources = append(je.Sources, js)
	}
	return je
}

// statementJSON is a statement with each outlet's rendering, compared.
func statementJSON(ds *timeline.Dataset, s *timeline.Statement) exportStatement {
	si, _ := ds.StatementIndex(s.ID)
	js := exportStatement{
		Statement:  schema.Statement{ID: s.ID, Speaker: s.Speaker, Label: s.Label, Events: nonNil(s.Events), Extracted: s.Extracted},
		Renderings: []jsonRendering{},
	}
	for _, r := range ds.Renderings(si) {
		jr := jsonRendering{Outlet: r.Outlet, Against: r.Against, Differences: []jsonDifference{}}
		for _, qi := range r.Quotes {
			jr.Quotes = append(jr.Quotes, ds.Quotes()[qi].ID)
		}
		if r.Against != "" {
			jr.Class = r.Class.Names()
		} else {
			jr.Class = []string{"single"} // no other outlet quotes it
		}
		for _, d := range r.Differences {
			jr.Differences = append(jr.Differences, jsonDifference{Op: d.Op.String(), Here: d.Here, There: d.There})
		}
		js.Renderings = append(js.Renderings, jr)
	}
	return js
}

func discrepancyJSON(d *timeline.Discrepancy) schema.Discrepancy {
	jd := schema.Discrepancy{ID: d.ID, Kind: string(d.Kind), Description: d.Description, Statement: d.Statement, Derived: d.Derived, Extracted: d.Extracted}
	for _, c := range d.Sides {
		jd.Sides = append(jd.Sides, schema.Claim{Reading: c.Reading, Span: spanJSON(c.Span)})
	}
	return jd
}

func datePhraseJSON(d *timeline.DatePhrase) schema.DatePhrase {
	jd := schema.DatePhrase{Span: spanJSON(d.Span), Date: dateJSON(d.Date)}
	if !d.End.IsZero() {
		end := dateJSON(d.End)
		jd.End = &end
	}
	return jd
}

func quoteJSON(q *timeline.Quote) schema.Quote {
	jq := schema.Quote{ID: q.ID, Statement: q.Statement, Speaker: q.Speaker, Span: spanJSON(q.Span), Extracted: q.Extracted, Score: q.Score}
	if q.Attribution != (timeline.Span{}) {
		a := spanJSON(q.Attribution)
		jq.Attribution = &a
	}
	return jq
}

func dateJSON(d timeline.Date) schema.Date {
	return schema.Date{Date: d.ISO(), Precision: d.Precision.String(), Approx: d.Approx}
}

func spanJSON(s timeline.Span) schema.Span {
	return schema.Span{Article: s.Article, Start: s.Start, End: s.End, Text: s.Text}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
