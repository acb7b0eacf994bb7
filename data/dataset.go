package data

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// LoadDataset builds a dataset from a document written by `cyberdesk
// export --format json`, of any schema version up to SchemaVersion. What
// the export derives (renderings, wording discrepancies) is derived again,
// not read; every span is checked against the article text the document
// carries. path names the file in errors.
func LoadDataset(path string, src []byte) (*timeline.Dataset, error) {
	if len(src) > MaxDatasetBytes {
		return nil, &Error{File: path, Err: fmt.Errorf("%d bytes is over the %d-byte limit for a dataset", len(src), MaxDatasetBytes)}
	}
	src = bytes.TrimPrefix(src, bom)
	var doc document
	if err := decodeJSON(path, src, &doc); err != nil {
		return nil, err
	}
	if len(doc.Events) > maxEvents {
		return nil, &Error{File: path, Err: tooMany(len(doc.Events), maxEvents, "events", "split the dataset (data.MaxEvents)")}
	}
	l := &loader{single: path, annotationsSrc: src, manifestSrc: src}
	l.schema("", doc.Schema)
	parts := timeline.Parts{Countries: map[string]string{}, Outlets: convertOutlets(doc.Outlets)}
	for _, a := range doc.Articles {
		pub, err := a.Published.date()
		if err != nil {
			l.fail("", "article", a.ID, "published", err)
		}
		parts.Articles = append(parts.Articles, timeline.Article{
			ID: a.ID, File: a.File, Outlet: a.Outlet, Title: a.Title, Byline: a.Byline, Published: pub, Text: a.Text,
		})
	}
	ann := annotations{Countries: doc.Countries, Actors: doc.Actors, Events: doc.Events, Quotes: doc.Quotes}
	for _, s := range doc.Statements {
		ann.Statements = append(ann.Statements, s.jsonStatement)
	}
	for _, d := range doc.Discrepancies {
		if !d.Derived {
			ann.Discrepancies = append(ann.Discrepancies, d)
		}
	}
	l.annotations(&parts, &ann)
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return l.build(parts)
}
