package data

import (
	"io"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Document is the whole dataset as JSON: what `cyberdesk export --format
// json` writes. The schema is documented in README.md.
type document struct {
	Schema    int               `json:"schema"`
	Countries map[string]string `json:"countries"`
	// ExtraTags are the tags the dataset uses beyond timeline.Tags (a
	// TimelineJS import's groups, say); absent when there are none.
	ExtraTags  []string          `json:"extra_tags,omitempty"`
	Outlets    []jsonOutlet      `json:"outlets"`
	Articles   []jsonArticle     `json:"articles"`
	Actors     []jsonActor       `json:"actors"`
	Events     []jsonEvent       `json:"events"`
	Statements []exportStatement `json:"statements"`
	Quotes     []jsonQuote       `json:"quotes"`
	// Discrepancies are every point where the outlets differ: the curated
	// ones and, marked derived, those in the wording of a quotation.
	Discrepancies []jsonDiscrepancy `json:"discrepancies"`
	// Dates lists every date phrase found in the articles nobody
	// annotated, cited or not; absent when there are none (a curated
	// dataset lists none).
	Dates []jsonDatePhrase `json:"dates,omitempty"`
}

// exportStatement is a statement with how each outlet rendered it.
type exportStatement struct {
	jsonStatement
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
	ID        string       `json:"id"`
	File      string       `json:"file"`
	Outlet    string       `json:"outlet"`
	Title     string       `json:"title"`
	Byline    string       `json:"byline"`
	Published jsonDate     `json:"published"`
	Text      timeline.Raw `json:"text"`
}

// WriteJSON writes ds as one JSON document. The output is deterministic:
// the same dataset gives the same bytes on every run.
func WriteJSON(w io.Writer, ds *timeline.Dataset) error {
	b, err := encodeJSON(toDocument(ds))
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func toDocument(ds *timeline.Dataset) document {
	doc := document{Schema: SchemaVersion, Countries: ds.Countries, ExtraTags: ds.ExtraTags}
	for _, o := range ds.Outlets {
		doc.Outlets = append(doc.Outlets, jsonOutlet{ID: o.ID, Name: o.Name, Country: o.Country})
	}
	for _, a := range ds.Articles {
		doc.Articles = append(doc.Articles, jsonArticle{
			ID: a.ID, File: a.File, Outlet: a.Outlet, Title: a.Title, Byline: a.Byline,
			Published: dateJSON(a.Published), Text: a.Text,
		})
	}
	for _, a := range ds.Actors {
		ja := jsonActor{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Country: a.Country,
			Aliases: nonNil(a.Aliases), Roles: []jsonRole{}, Mentions: []jsonSpan{}, Extracted: a.Extracted}
		for _, r := range a.Roles {
			ja.Roles = append(ja.Roles, jsonRole{Title: r.Title, Source: spanJSON(r.Source)})
		}
		for _, m := range a.Mentions {
			ja.Mentions = append(ja.Mentions, spanJSON(m))
		}
		doc.Actors = append(doc.Actors, ja)
	}
	for _, e := range ds.Events {
		je := jsonEvent{ID: e.ID, Title: e.Title, Summary: e.Summary, Start: dateJSON(e.Start), DateNote: e.DateNote,
			Countries: nonNil(e.Countries), Actors: nonNil(e.Actors), Tags: nonNil(e.Tags), Extracted: e.Extracted}
		if !e.End.IsZero() {
			end := dateJSON(e.End)
			je.End = &end
		}
		for _, s := range e.Sources {
			js := jsonSource{Span: spanJSON(s.Span), Caption: s.Caption, When: s.When, Extracted: s.Extracted}
			if s.Tense == timeline.Future {
				js.Tense = "future"
			}
			je.Sources = append(je.Sources, js)
		}
		doc.Events = append(doc.Events, je)
	}
	for si, s := range ds.Statements {
		js := exportStatement{
			jsonStatement: jsonStatement{ID: s.ID, Speaker: s.Speaker, Label: s.Label, Events: nonNil(s.Events), Extracted: s.Extracted},
			Renderings:    []jsonRendering{},
		}
		for _, r := range ds.Renderings(si) {
			jr := jsonRendering{Outlet: r.Outlet, Against: r.Against, Differences: []jsonDifference{}}
			for _, qi := range r.Quotes {
				jr.Quotes = append(jr.Quotes, ds.Quotes[qi].ID)
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
		doc.Statements = append(doc.Statements, js)
	}
	doc.Discrepancies = []jsonDiscrepancy{}
	for _, d := range ds.Discrepancies {
		jd := jsonDiscrepancy{ID: d.ID, Kind: string(d.Kind), Description: d.Description, Statement: d.Statement, Derived: d.Derived}
		for _, c := range d.Sides {
			jd.Sides = append(jd.Sides, jsonClaim{Reading: c.Reading, Span: spanJSON(c.Span)})
		}
		doc.Discrepancies = append(doc.Discrepancies, jd)
	}
	for _, q := range ds.Quotes {
		jq := jsonQuote{ID: q.ID, Statement: q.Statement, Speaker: q.Speaker, Span: spanJSON(q.Span), Extracted: q.Extracted, Score: q.Score}
		if q.Attribution != (timeline.Span{}) {
			a := spanJSON(q.Attribution)
			jq.Attribution = &a
		}
		doc.Quotes = append(doc.Quotes, jq)
	}
	for _, d := range ds.Dates {
		jd := jsonDatePhrase{Span: spanJSON(d.Span), Date: dateJSON(d.Date)}
		if !d.End.IsZero() {
			end := dateJSON(d.End)
			jd.End = &end
		}
		doc.Dates = append(doc.Dates, jd)
	}
	return doc
}

func dateJSON(d timeline.Date) jsonDate {
	return jsonDate{Date: d.ISO(), Precision: d.Precision.String(), Approx: d.Approx}
}

func spanJSON(s timeline.Span) jsonSpan {
	return jsonSpan{Article: s.Article, Start: s.Start, End: s.End, Text: s.Text}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
