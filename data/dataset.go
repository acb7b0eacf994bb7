package data

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

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
	return readDataset(path, bytes.NewReader(src), int64(len(src)), src)
}

// ReadDataset is [LoadDataset] reading from r, without holding the whole
// document in memory: the events are cut out of it as it is read and
// decoded a batch at a time on other goroutines (see streamExport). A
// problem's line and column need the document's bytes, so when there is
// a problem ReadDataset calls reread (if not nil) for them and loads them
// again with LoadDataset, which places every error; reread is never
// called otherwise. The caller limits how much r may give.
//
// size is how many bytes r holds, or 0 if that is not known; it only
// sizes the slice of events once, instead of growing it as they come.
func ReadDataset(path string, r io.Reader, size int64, reread func() ([]byte, error)) (*timeline.Dataset, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if b, _ := br.Peek(len(bom)); bytes.Equal(b, bom) {
		br.Discard(len(bom))
	}
	ds, err := readDataset(path, br, size, nil)
	if err == nil {
		return ds, nil
	}
	if reread == nil {
		return nil, err // the problems, without their lines
	}
	src, rerr := reread()
	if rerr != nil {
		return nil, err
	}
	return LoadDataset(path, src)
}

// datasetIn is the export as read: the events are handed to the loader
// one at a time instead of decoded into a slice.
type datasetIn struct {
	document `json:",inline"`
	Events   eventStream `json:"events"`
}

// eventStream decodes a JSON array of events one at a time, calling add
// for each in order, so the decoded form of only a few exists at a time.
type eventStream struct {
	add func(*jsonEvent) error
}

// UnmarshalJSONFrom implements the JSON v2 decoder's streaming interface.
func (s *eventStream) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		_, err := dec.ReadToken()
		return err
	}
	at, off := dec.StackPointer(), dec.InputOffset()
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	if tok.Kind() != '[' {
		return &wantError{off: off, at: at, msg: "expected an array of events, found a JSON " + kindName(tok.Kind())}
	}
	for dec.PeekKind() != ']' && err == nil {
		var je jsonEvent
		if err = jsonv2.UnmarshalDecode(dec, &je); err == nil {
			err = s.added(dec, &je)
		}
	}
	if err != nil {
		return err
	}
	_, err = dec.ReadToken()
	return err
}

// added hands je to add, placing add's refusal at the decoder.
func (s *eventStream) added(dec *jsontext.Decoder, je *jsonEvent) error {
	if err := s.add(je); err != nil {
		return &wantError{off: dec.InputOffset(), at: dec.StackPointer(), msg: err.Error()}
	}
	return nil
}

// readDataset loads the export read from r, of size bytes if that is
// not 0; src, when not nil, is the same bytes, for placing errors.
func readDataset(path string, r io.Reader, size int64, src []byte) (*timeline.Dataset, error) {
	l := &loader{single: path, annotationsSrc: src, manifestSrc: src}
	parts := timeline.Parts{Countries: map[string]string{}}
	var doc datasetIn
	// The events' slice is sized once, from an estimate, rather than
	// grown by copying: at a million events it is 220 MB.
	var events []timeline.Event
	keep := func(e timeline.Event) error {
		if len(events) == maxEvents {
			return fmt.Errorf("more than %d events, the most a dataset may hold; split the dataset (data.MaxEvents)", maxEvents)
		}
		events = append(events, e)
		return nil
	}
	expect := func(n int) {
		if n = min(n, maxEvents); n > len(events) {
			events = slices.Grow(events, n-len(events))
		}
	}
	if src == nil {
		// Streaming from a file, the events are decoded on other cores;
		// an error then loads the bytes again, on one core, to place it.
		if err := streamExport(r, size, &doc, l, eventSink{keep, expect}); err != nil {
			return nil, jsonError(path, err, nil)
		}
	} else {
		doc.Events.add = func(je *jsonEvent) error {
			if l.texts == nil { // the articles come first in an export
				l.texts = articleTexts(doc.Articles)
			}
			return keep(l.event(je))
		}
		if err := jsonError(path, jsonv2.UnmarshalRead(r, &doc, jsonv2.RejectUnknownMembers(true)), src); err != nil {
			return nil, err
		}
	}
	parts.Events = events
	l.schema("", doc.Schema)
	parts.Outlets = convertOutlets(doc.Outlets)
	parts.ExtraTags = doc.ExtraTags
	for _, a := range doc.Articles {
		pub, err := a.Published.date()
		if err != nil {
			l.fail("", "article", a.ID, "published", err)
		}
		parts.Articles = append(parts.Articles, timeline.Article{
			ID: a.ID, File: a.File, Outlet: a.Outlet, Title: a.Title, Byline: a.Byline, Published: pub, Text: a.Text,
		})
	}
	parts.Dates = l.datePhrases(doc.Dates, doc.Articles)
	ann := annotations{Countries: doc.Countries, Actors: doc.Actors, Quotes: doc.Quotes}
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

// articleTexts maps the articles' ids to their texts, for spans to share.
func articleTexts(articles []jsonArticle) map[string]timeline.Raw {
	texts := make(map[string]timeline.Raw, len(articles))
	for _, a := range articles {
		texts[a.ID] = a.Text
	}
	return texts
}

// datePhrases converts an export's date phrases. Each must cite its
// article's bytes, as every other span of the export does.
func (l *loader) datePhrases(in []jsonDatePhrase, articles []jsonArticle) []timeline.DatePhrase {
	if len(in) == 0 {
		return nil
	}
	if l.texts == nil {
		l.texts = articleTexts(articles)
	}
	out := make([]timeline.DatePhrase, 0, len(in))
	for i, jd := range in {
		id := fmt.Sprintf("dates[%d]", i)
		d := timeline.DatePhrase{Span: l.sharedSpan(jd.Span)}
		var err error
		if d.Date, err = jd.Date.date(); err != nil {
			l.failItem("date", id, "date", err)
		}
		if jd.End != nil {
			if d.End, err = jd.End.date(); err != nil {
				l.failItem("date", id, "end", err)
			}
		}
		text, ok := l.texts[d.Span.Article]
		if !ok || d.Span.Start < 0 || d.Span.Start > d.Span.End || d.Span.End > len(text) || text[d.Span.Start:d.Span.End] != d.Span.Text {
			l.failItem("date", id, "span", fmt.Errorf("%q is not the bytes [%d, %d) of article %q", d.Span.Text, d.Span.Start, d.Span.End, d.Span.Article))
		}
		out = append(out, d)
	}
	return out
}
