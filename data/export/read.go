package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Options say how to read an export.
type Options struct {
	// Size is how many bytes the document holds, or 0 if that is not
	// known; it only sizes the slice of events once, instead of growing
	// it as they come.
	Size int64
	// Reread, when not nil, gives the document's bytes again. [Read]
	// calls it only when there is a problem, to place it at its line and
	// column.
	Reread func() ([]byte, error)
	// Reopen, when not nil, reads the document again from the start,
	// for placing a value too long to hold by counting lines up to it.
	Reopen func() (io.ReadCloser, error)
	// Limits are what the document may hold; the zero value means the
	// defaults.
	Limits schema.Limits
	// IndexLater has the dataset built with [timeline.AdoptDeferred]: it
	// is returned before its search and facet indexes are built.
	// IndexAfter, when not nil, holds that build until it is closed
	// ([timeline.AdoptDeferredAfter]).
	IndexLater bool
	IndexAfter <-chan struct{}
	// Progress, when not nil, is told how many events have been read so
	// far, now and then as they are read, on the goroutine reading them.
	Progress func(events int)
}

// Load builds a dataset from a document written by `cyberdesk export
// --format json`, of any schema version up to the current one. What the
// export derives (renderings, wording discrepancies) is derived again,
// not read; every span is checked against the article text the document
// carries. path names the file in errors.
func Load(path string, src []byte, opt Options) (*timeline.Dataset, error) {
	limits := opt.Limits.OrDefault()
	if int64(len(src)) > limits.DatasetBytes {
		return nil, &schema.Error{File: path, Err: fmt.Errorf("%d bytes is over the %d-byte limit for a dataset", len(src), limits.DatasetBytes)}
	}
	if err := schema.CheckEncoding(src); err != nil {
		return nil, &schema.Error{File: path, Line: 1, Col: 1, Err: err}
	}
	src = bytes.TrimPrefix(src, []byte(schema.BOM))
	if body := bytes.TrimLeft(src, " \t\r\n"); len(body) > 0 && body[0] != '{' {
		line, col := schema.LineCol(src, int64(len(src)-len(body)))
		return nil, &schema.Error{File: path, Line: line, Col: col, Err: fmt.Errorf("expected a JSON object, a dataset as cyberdesk export --format json writes it; found %s", describe(body))}
	}
	if off := schema.LongString(src, longestValue(limits)); off >= 0 {
		line, col := schema.LineCol(src, int64(off))
		return nil, &schema.Error{File: path, Line: line, Col: col, Err: &schema.StringTooLong{Most: longestValue(limits)}}
	}
	return readDataset(path, bytes.NewReader(src), int64(len(src)), src, limits, opt)
}

// Read is [Load] reading from r, without holding the whole document in
// memory: the events are cut out of it as it is read and decoded a batch
// at a time on other goroutines (see streamExport). A problem's line and
// column need the document's bytes, so when there is a problem Read calls
// opt.Reread (if not nil) for them and loads them again with Load, which
// places every error. The caller limits how much r may give.
func Read(path string, r io.Reader, opt Options) (*timeline.Dataset, error) {
	limits := opt.Limits.OrDefault()
	br := bufio.NewReaderSize(r, 1<<16)
	if b, _ := br.Peek(4); schema.CheckEncoding(b) != nil {
		return nil, &schema.Error{File: path, Line: 1, Col: 1, Err: schema.CheckEncoding(b)}
	}
	if b, _ := br.Peek(len(schema.BOM)); string(b) == schema.BOM {
		br.Discard(len(schema.BOM))
	}
	ds, err := readDataset(path, br, opt.Size, nil, limits, opt)
	if err == nil {
		return ds, nil
	}
	var long *valueTooLong
	if errors.As(err, &long) {
		return nil, placeLong(path, long, opt.Reopen)
	}
	if opt.Reread == nil {
		return nil, err // the problems, without their lines
	}
	src, rerr := opt.Reread()
	if rerr != nil {
		return nil, err
	}
	return Load(path, src, Options{Limits: limits, IndexLater: opt.IndexLater, IndexAfter: opt.IndexAfter})
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
	add func(*schema.Event) error
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
		return &schema.WantError{Off: off, At: at, Msg: "expected an array of events, found a JSON " + schema.KindName(tok.Kind())}
	}
	for dec.PeekKind() != ']' && err == nil {
		var je schema.Event
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
func (s *eventStream) added(dec *jsontext.Decoder, je *schema.Event) error {
	if err := s.add(je); err != nil {
		return &schema.WantError{Off: dec.InputOffset(), At: dec.StackPointer(), Msg: err.Error()}
	}
	return nil
}

// readDataset loads the export read from r, of size bytes if that is
// not 0; src, when not nil, is the same bytes, for placing errors.
func readDataset(path string, r io.Reader, size int64, src []byte, limits schema.Limits, opt Options) (*timeline.Dataset, error) {
	l := &schema.Reader{Single: path, AnnotationsSrc: src, ManifestSrc: src, Limits: limits, IndexLater: opt.IndexLater, IndexAfter: opt.IndexAfter}
	parts := timeline.Parts{Countries: map[string]string{}}
	var doc datasetIn
	var events []timeline.Event
	if src == nil {
		// Streaming from a file, the events are decoded on other cores;
		// an error then loads the bytes again, on one core, to place it.
		sink := &eventSink{most: limits.Events, progress: opt.Progress}
		if err := streamExport(r, size, &doc, l, sink); err != nil {
			var long *valueTooLong
			if errors.As(err, &long) {
				return nil, err // Read places it
			}
			return nil, schema.JSONError(path, err, nil)
		}
		events = sink.events
	} else {
		doc.Events.add = func(je *schema.Event) error {
			if l.Texts == nil { // the articles come first in an export
				l.Texts = articleTexts(doc.Articles)
			}
			if len(events) == limits.Events {
				return tooMany(limits.Events)
			}
			events = append(events, l.Event(je))
			if opt.Progress != nil && len(events)%4096 == 0 {
				opt.Progress(len(events))
			}
			return nil
		}
		if err := schema.JSONError(path, jsonv2.UnmarshalRead(r, &doc, jsonv2.RejectUnknownMembers(true)), src); err != nil {
			return nil, err
		}
	}
	parts.Events = events
	if l.Texts == nil {
		l.Texts = articleTexts(doc.Articles)
	}
	parts.Dates = l.DatePhrases(doc.Dates)
	l.CheckVersion("", doc.Schema)
	parts.Outlets = schema.Outlets(doc.Outlets)
	parts.ExtraTags = doc.ExtraTags
	for _, a := range doc.Articles {
		pub, err := a.Published.Value()
		if err != nil {
			l.Fail("", "article", a.ID, "published", err)
		}
		parts.Articles = append(parts.Articles, timeline.Article{
			ID: a.ID, File: a.File, Outlet: a.Outlet, Title: a.Title, Byline: a.Byline, Published: pub,
			PublishedBasis: a.PublishedBasis, URL: a.URL, Text: a.Text,
		})
	}
	ann := schema.Annotations{Countries: doc.Countries, Actors: doc.Actors, Quotes: doc.Quotes}
	for _, s := range doc.Statements {
		ann.Statements = append(ann.Statements, s.Statement)
	}
	for _, d := range doc.Discrepancies {
		if !d.Derived {
			ann.Discrepancies = append(ann.Discrepancies, d)
		}
	}
	l.Annotations(&parts, &ann)
	if len(l.Errs) > 0 {
		return nil, errors.Join(l.Errs...)
	}
	return l.Build(parts)
}

// articleTexts maps the articles' ids to their texts, for spans to share.
func articleTexts(articles []jsonArticle) map[string]untrusted.Text {
	texts := make(map[string]untrusted.Text, len(articles))
	for _, a := range articles {
		texts[a.ID] = a.Text
	}
	return texts
}

// placeLong places a value too long to hold by reading the document again
// a buffer at a time, counting lines up to it.
func placeLong(path string, long *valueTooLong, reopen func() (io.ReadCloser, error)) error {
	e := &schema.Error{File: path, Err: long}
	if reopen == nil {
		return e
	}
	r, err := reopen()
	if err != nil {
		return e
	}
	defer r.Close()
	e.Line, e.Col, _ = schema.LineColOf(r, long.off)
	return e
}

// describe names what a JSON document starts with, for a message.
func describe(body []byte) string {
	switch body[0] {
	case 'n':
		return "null"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	}
	if body[0] == '-' || body[0] >= '0' && body[0] <= '9' {
		return "a number"
	}
	return "something that is not JSON"
}
