package schema

import (
	"errors"
	"fmt"
	"path"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Corpus file names inside a corpus directory.
const (
	ManifestFile    = "manifest.json"
	AnnotationsFile = "annotations.json"
)

// Reader turns the vocabulary's items into [timeline.Parts], recording
// every problem with the file, line and item it was found in. A corpus
// reader and the export's reader each keep one.
type Reader struct {
	// Dir is the corpus directory as the user named it; it prefixes the
	// file names in citations and errors.
	Dir string
	// Single, when set, is the one file every item comes from (a dataset
	// written by the JSON export); errors name it instead of corpus files.
	Single string
	Limits Limits

	// Errs are the problems that stop the load.
	Errs []error
	// Problems did not stop the load: articles left out, texts
	// normalised.
	Problems []*Error

	// ManifestSrc and AnnotationsSrc are the files' bytes, for placing
	// errors; nil when not at hand.
	ManifestSrc, AnnotationsSrc []byte
	// Texts are the articles' bytes by id, for spans to share (see
	// Reader.Event); Strs interns the short strings events repeat.
	Texts map[string]untrusted.Text
	Strs  map[string]string
	// Interned says the events' ids and spans' articles come interned
	// (the export's decoder interns them as it reads them): Event does
	// not look each up in Strs again. It also says a span's text, when
	// it is the bytes its article has there, shares them already (the
	// decoder finds the article in Texts): Event does not look for it
	// again, but for a span of no text.
	Interned bool
	// EventsClean says the events were cleaned as they were read.
	EventsClean bool
	// IndexLater builds the dataset with timeline.AdoptDeferred;
	// IndexAfter, when not nil, holds the build until it is closed
	// (timeline.AdoptDeferredAfter).
	IndexLater bool
	IndexAfter <-chan struct{}

	// sources is where events' sources are cut from (sourceSlice).
	sources []timeline.Source
	// lastDate is the last date an event gave that converted, to
	// lastValue, once dated (see date).
	lastDate  Date
	lastValue timeline.Date
	dated     bool
}

// Path is the name of a corpus file as the user knows it.
func (r *Reader) Path(name string) string {
	if r.Single != "" {
		return r.Single
	}
	return path.Join(r.Dir, name)
}

// Fail records a problem that stops the load.
func (r *Reader) Fail(file string, kind, id, field string, err error) {
	r.Errs = append(r.Errs, &Error{File: r.Path(file), Kind: kind, ID: id, Field: field, Err: err})
}

// CheckVersion records a schema version this reader cannot read.
func (r *Reader) CheckVersion(file string, v int) {
	if v < 1 || v > Version {
		r.Fail(file, "", "", "schema", fmt.Errorf("version %d is not one this cyberdesk reads (1 to %d)", v, Version))
	}
}

// Build cleans, checks and indexes parts, with every problem located in
// the files the reader read.
func (r *Reader) Build(parts timeline.Parts) (*timeline.Dataset, error) {
	Clean(&parts, r.EventsClean)
	adopt := timeline.Adopt
	if r.IndexLater {
		adopt = func(p timeline.Parts) (*timeline.Dataset, error) { return timeline.AdoptDeferredAfter(p, r.IndexAfter) }
	}
	ds, err := adopt(parts)
	if err != nil {
		r.report(err)
		return nil, errors.Join(r.Errs...)
	}
	return ds, nil
}

// report turns timeline validation errors into located *Errors.
func (r *Reader) report(err error) {
	for _, e := range Flatten(err) {
		var v *timeline.ValidationError
		if !errors.As(e, &v) {
			r.Errs = append(r.Errs, e)
			continue
		}
		file, src := AnnotationsFile, r.AnnotationsSrc
		if v.Kind == "article" || v.Kind == "outlet" {
			file, src = ManifestFile, r.ManifestSrc
		}
		r.Errs = append(r.Errs, Locator{File: r.Path(file), Src: src}.ErrorFor(v))
	}
}

// Flatten lists the errors a join holds, depth first.
func Flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, Flatten(e)...)
		}
		return out
	}
	return []error{err}
}
