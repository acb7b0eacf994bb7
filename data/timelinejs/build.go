package timelinejs

// Building a dataset from TimelineJS slides, a batch at a time.

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dataset builds and validates the parts of a document read whole. Every
// cell's length is checked before any slide becomes an event.
func (imp *importer) dataset(title *slide, slides []slide) (*timeline.Dataset, error) {
	if len(slides) > imp.limits.Events {
		// placed at the first slide past the limit
		return nil, imp.pos.fail(imp.file, slides[imp.limits.Events].at, schema.TooMany(len(slides), imp.limits.Events, "slides", "split the document (data.MaxEvents)"))
	}
	for i := range slides {
		imp.checkLengths(&slides[i])
	}
	if title != nil {
		imp.checkLengths(title)
	}
	if len(imp.errs) > 0 {
		return nil, errors.Join(imp.errs...)
	}
	size := 0
	for i := range slides {
		size += len(slides[i].headline) + len(slides[i].text) + 3
	}
	b := imp.build(title, size+size/8, len(slides), true)
	words := make([]slideWords, min(wordsBatch, len(slides)))
	for i := 0; i < len(slides); i += wordsBatch {
		batch := slides[i:min(i+wordsBatch, len(slides))]
		wordsOfAll(batch, words)
		b.add(batch, words)
	}
	return b.finish()
}

// builder makes a document's slides into events and the text of its one
// article: the title slide's block, then each slide's headline and plain
// text in turn, each event citing its own block. Slides are added a batch
// at a time and nothing an event keeps points into them, so a streamed
// CSV's rows can go as soon as their batch is added.
type builder struct {
	imp    *importer
	title  *slide // as given to build: nil for none
	name   string
	text   strings.Builder
	events []timeline.Event
	refs   []slideRef
	ids    []string          // each event's unique_id, cleaned, "" for none; its event id after finish
	from   []cellPlace       // where each event's slide is, to place validation's errors; nil when not placed
	intern map[string]string // one copy of each tag
	extra  []string          // the tags not among [timeline.Tags], in order of appearance
}

// slideRef says where in its block an event's title and summary are, until
// the article's text is whole and they can point into it.
type slideRef struct {
	n       int32 // the slide's number, for a "slide-N" id
	title   int32 // the title's length: it starts the block
	summary int32 // the summary's length, after the title and a newline; or one of:
}

const (
	summaryIsTitle = -1 // the summary is the title
	summaryOwn     = -2 // the summary is shortened, not in the text: the event keeps it
)

// build starts the article with the title slide's block. size is roughly
// how long the article will be (0 if not known) and events how many
// slides will be added; both only size buffers once. placed keeps where
// each slide is, for errors that validation finds.
func (imp *importer) build(title *slide, size, events int, placed bool) *builder {
	b := &builder{
		imp: imp, title: title, name: imp.name(title),
		events: make([]timeline.Event, 0, events), refs: make([]slideRef, 0, events), ids: make([]string, 0, events),
		intern: map[string]string{},
	}
	if placed {
		b.from = make([]cellPlace, 0, events)
	}
	b.text.Grow(size)
	if title != nil {
		b.text.WriteString(block(cmp.Or(oneLine(plain(title.headline)), b.name), plain(title.text)))
		b.text.WriteString("\n\n")
	}
	return b
}

// add makes the slides events, appending their blocks to the article;
// words[i] are slide i's words, from wordsOfAll. A slide whose dates are
// wrong is reported on the importer, and its block still written, so the
// blocks after it stay where a whole read puts them.
func (b *builder) add(slides []slide, words []slideWords) {
	// Each event's one source and one tag are cut from an array a batch:
	// two allocations a batch instead of two an event.
	sources := make([]timeline.Source, len(slides))
	tags := make([]string, len(slides))
	for i := range slides {
		s, w := &slides[i], &words[i]
		e, ok := b.imp.event(s, w)
		start := b.text.Len()
		b.text.WriteString(e.Title)
		if w.body != "" {
			b.text.WriteByte('\n')
			b.text.WriteString(w.body)
		}
		span := timeline.Span{Article: sourceID, Start: start, End: b.text.Len()}
		b.text.WriteString("\n\n")
		if !ok {
			continue
		}
		ref := slideRef{n: int32(s.n), title: int32(len(e.Title)), summary: summaryOwn}
		switch {
		case w.body != "" && strings.HasPrefix(w.body, e.Summary):
			ref.summary, e.Summary = int32(len(e.Summary)), ""
		case e.Summary == e.Title:
			ref.summary, e.Summary = summaryIsTitle, ""
		default:
			e.Summary = strings.Clone(e.Summary)
		}
		e.Title = ""
		e.DateNote = strings.Clone(e.DateNote)
		if w.tag != "" {
			tags[i] = b.tag(w.tag)
			e.Tags = tags[i : i+1 : i+1]
		}
		sources[i].Span = span
		e.Sources = sources[i : i+1 : i+1]
		b.events = append(b.events, e)
		b.refs = append(b.refs, ref)
		b.ids = append(b.ids, strings.Clone(oneLine(untrusted.Clean(s.id))))
		if b.from != nil {
			b.from = append(b.from, s.at)
		}
	}
}

// tag is the one copy of t every event shares.
func (b *builder) tag(t string) string {
	if c, ok := b.intern[t]; ok {
		return c
	}
	c := strings.Clone(t)
	b.intern[c] = c
	if !timeline.IsTag(c) {
		b.extra = append(b.extra, c)
	}
	return c
}

// slidesOpenPassages says that every event's text opens its passage: each
// slide's passage in the import's article is its headline, then its text.
type slidesOpenPassages struct{}

func (slidesOpenPassages) TextOpensSource(*timeline.Event) bool { return true }

// finish points each event's title, summary and source into the whole
// article, gives the events their ids and validates the dataset.
func (b *builder) finish() (*timeline.Dataset, error) {
	imp := b.imp
	if len(imp.errs) > 0 {
		return nil, errors.Join(imp.errs...)
	}
	full := b.text.String()
	makeIDs(b.ids, b.refs)
	for k := range b.events {
		e, r := &b.events[k], b.refs[k]
		src := &e.Sources[0]
		src.Text = untrusted.Text(full[src.Start:src.End])
		e.ID = b.ids[k]
		e.Title = full[src.Start : src.Start+int(r.title)]
		switch r.summary {
		case summaryIsTitle:
			e.Summary = e.Title
		case summaryOwn:
		default:
			at := src.Start + int(r.title) + 1
			e.Summary = full[at : at+int(r.summary)]
		}
	}
	extra := slices.Clone(b.extra)
	slices.Sort(extra)
	parts := timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: sourceID, Name: b.name}},
		Articles: []timeline.Article{{
			ID: sourceID, File: imp.file, Outlet: sourceID, Title: b.name,
			Published: latestDate(b.events), Text: untrusted.Text(full),
		}},
		Events:    b.events,
		ExtraTags: extra,
		Placer:    slidesOpenPassages{},
	}
	schema.Clean(&parts, false)
	adopt := timeline.Adopt
	if imp.indexLater {
		adopt = func(p timeline.Parts) (*timeline.Dataset, error) {
			return timeline.AdoptDeferredAfter(p, imp.indexAfter)
		}
	}
	ds, err := adopt(parts)
	if err != nil {
		return nil, imp.validation(err, b.where())
	}
	return ds, nil
}

// where is the place of each event's slide, by event id; nil when the
// build does not keep places.
func (b *builder) where() map[string]cellPlace {
	if b.from == nil {
		return nil
	}
	where := make(map[string]cellPlace, len(b.events))
	for k := range b.events {
		where[b.events[k].ID] = b.from[k]
	}
	return where
}

// makeIDs turns each event's unique_id (ids, "" for none) into its event id:
// the unique_id when no other slide uses it, else "slide-N" from its slide's
// number, with a suffix should another slide's unique_id be that.
func makeIDs(ids []string, refs []slideRef) {
	// How many slides give each id. Only a given id can take the slide-N
	// id made for another slide: those made here differ in their N. So a
	// document that gives none (TimelineJS's CSV template has no unique
	// id column) needs no map, where one sized for a million ids took
	// 53 MB at the end of the load.
	given := 0
	for _, id := range ids {
		if id != "" {
			given++
		}
	}
	var count map[string]int32
	if given > 0 {
		count = make(map[string]int32, given)
		for _, id := range ids {
			if id != "" {
				count[id]++
			}
		}
	}
	var buf []byte
	for k, id := range ids {
		if id != "" && count[id] == 1 {
			continue
		}
		buf = strconv.AppendInt(append(buf[:0], "slide-"...), int64(refs[k].n), 10)
		for i, n := 2, len(buf); count[string(buf)] == 1; i++ {
			buf = strconv.AppendInt(append(buf[:n], '-'), int64(i), 10)
		}
		ids[k] = string(buf)
	}
}
