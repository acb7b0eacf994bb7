package export

import (
	jsonv2 "github.com/go-json-experiment/json"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// eventDecoder decodes one event (and one article) of an export. Most events are the plain
// JSON the export writes, and those it decodes itself, several times
// faster than reflection can; anything else (an escape in a string, a
// null where the export writes none, a member it does not know or one
// given twice, a number that is not a plain integer) it hands to JSON v2,
// which decides and words the error. FuzzEventDecoder holds the two to
// the same result.
//
// It also interns the short strings events repeat (country, actor, tag
// and article ids, dates), a span's text, where it is the bytes the span
// cites, is a slice of its article instead of a copy, and the other
// strings an event keeps (its id, title, summary) are cut from blocks the
// decoder fills: a plain event costs no allocation of its own.
type eventDecoder struct {
	// fallbacks counts the events handed to JSON v2, so a test can
	// check that plain ones never are.
	fallbacks int

	// table finds the ids of up to 16 bytes interned, strs every one,
	// for the loader to find them too.
	table idTable
	strs  map[string]string
	texts map[string]untrusted.Text // the articles' texts by id; read only

	b []byte
	i int

	// lists holds the events' lists of ids, once there are any;
	// scratch is where a list is read.
	lists    *listCache
	scratch  []string
	unquoted []byte // where text unquotes a string
	// sources holds the event's sources until they are converted; fast
	// empties it at the start of each event.
	sources []schema.Source
	// end is where an event's end date is read: the conversion reads it
	// before the next event is decoded.
	end schema.Date
	// block is where str copies the strings it returns (see keep).
	block []byte
	// article is the article the last span cited, articleBytes its text and
	// found whether it has one, once cached (see articleText).
	article       string
	articleBytes  untrusted.Text
	cached, found bool
}

func newEventDecoder(texts map[string]untrusted.Text) *eventDecoder {
	return newEventDecoderFor(texts, 0)
}

// newEventDecoderFor is a decoder for events with about ids different
// ids and codes among them.
func newEventDecoderFor(texts map[string]untrusted.Text, ids int) *eventDecoder {
	return &eventDecoder{table: newIDTable(ids), strs: make(map[string]string, ids), texts: texts, sources: make([]schema.Source, 0, 64)}
}

// decode decodes b into je as jsonv2.Unmarshal(b, je,
// jsonv2.RejectUnknownMembers(true)) does.
func (d *eventDecoder) decode(b []byte, je *schema.Event) error {
	if d.fast(b, je) {
		return nil
	}
	d.fallbacks++
	*je = schema.Event{}
	return jsonv2.Unmarshal(b, je, jsonv2.RejectUnknownMembers(true))
}

// fast decodes b into je if b is plain, and reports whether it was.
func (d *eventDecoder) fast(b []byte, je *schema.Event) bool {
	d.b, d.i = b, 0
	d.sources = d.sources[:0]
	*je = schema.Event{}
	ok := d.event(je)
	d.space()
	return ok && d.i == len(d.b)
}

// Members of each object, as bits, to refuse one given twice.
const (
	evID = 1 << iota
	evTitle
	evSummary
	evStart
	evEnd
	evDateNote
	evCountries
	evActors
	evTags
	evSources
	evExtracted
	evScope
	evScore
)

func (d *eventDecoder) event(je *schema.Event) bool {
	seen := 0
	return d.object(func(name []byte) bool {
		var bit int
		ok := false
		switch string(name) {
		case "id":
			bit, ok = evID, d.str(&je.ID)
		case "title":
			bit, ok = evTitle, d.str(&je.Title)
		case "summary":
			bit, ok = evSummary, d.str(&je.Summary)
		case "start":
			bit, ok = evStart, d.date(&je.Start)
		case "end":
			bit = evEnd
			if ok = d.null(); !ok {
				d.end = schema.Date{}
				je.End = &d.end
				ok = d.date(je.End)
			}
		case "date_note":
			bit, ok = evDateNote, d.str(&je.DateNote)
		case "countries":
			bit, ok = evCountries, d.idList(&je.Countries, true)
		case "actors":
			bit, ok = evActors, d.idList(&je.Actors, false)
		case "tags":
			bit, ok = evTags, d.idList(&je.Tags, true)
		case "sources":
			bit, ok = evSources, d.sourceList(&je.Sources)
		case "extracted":
			bit, ok = evExtracted, d.boolean(&je.Extracted)
		case "scope":
			bit, ok = evScope, d.idStr(&je.Scope)
		case "score":
			bit, ok = evScore, d.decimal(&je.Score)
		}
		return d.once(&seen, bit, ok)
	})
}

// decodeArticle decodes b into a as jsonv2.Unmarshal(b, a,
// jsonv2.RejectUnknownMembers(true)) does: the articles are a tenth of an
// export, and their texts decode here without being unquoted into a
// buffer first.
func (d *eventDecoder) decodeArticle(b []byte, a *jsonArticle) error {
	if d.fastArticle(b, a) {
		return nil
	}
	*a = jsonArticle{}
	return jsonv2.Unmarshal(b, a, jsonv2.RejectUnknownMembers(true))
}

// fastArticle decodes b into a if b is plain, and reports whether it was.
func (d *eventDecoder) fastArticle(b []byte, a *jsonArticle) bool {
	d.b, d.i = b, 0
	*a = jsonArticle{}
	seen := 0
	ok := d.object(func(name []byte) bool {
		var bit int
		ok := false
		switch string(name) {
		case "id":
			bit, ok = 1, d.str(&a.ID)
		case "file":
			bit, ok = 2, d.str(&a.File)
		case "outlet":
			bit, ok = 4, d.idStr(&a.Outlet)
		case "title":
			bit, ok = 8, d.str(&a.Title)
		case "byline":
			bit, ok = 16, d.str(&a.Byline)
		case "published":
			bit, ok = 32, d.date(&a.Published)
		case "text":
			var text string
			bit, ok = 64, d.text(&text)
			a.Text = untrusted.Text(text)
		case "published_basis":
			bit, ok = 128, d.idStr(&a.PublishedBasis)
		case "url":
			bit, ok = 256, d.str(&a.URL)
		}
		return d.once(&seen, bit, ok)
	})
	d.space()
	return ok && d.i == len(d.b)
}

// once records bit in seen, refusing a member given twice or not known
// (bit 0) or not decoded.
func (d *eventDecoder) once(seen *int, bit int, ok bool) bool {
	if !ok || bit == 0 || *seen&bit != 0 {
		return false
	}
	*seen |= bit
	return true
}

func (d *eventDecoder) date(jd *schema.Date) bool {
	seen := 0
	return d.object(func(name []byte) bool {
		var bit int
		ok := false
		switch string(name) {
		case "date":
			bit, ok = 1, d.idStr(&jd.Date) // a few thousand days for a million events
		case "precision":
			bit, ok = 2, d.idStr(&jd.Precision)
		case "approx":
			bit, ok = 4, d.boolean(&jd.Approx)
		}
		return d.once(&seen, bit, ok)
	})
}

func (d *eventDecoder) sourceList(out *[]schema.Source) bool {
	// Sources are read into the decoder's own array: the conversion
	// copies them, and the next event reads over them.
	start := len(d.sources)
	ok := d.array(func() bool {
		d.sources = append(d.sources, schema.Source{})
		s := &d.sources[len(d.sources)-1]
		seen := 0
		return d.object(func(name []byte) bool {
			var bit int
			ok := false
			switch string(name) {
			case "span":
				bit, ok = 1, d.span(&s.Span)
			case "caption":
				bit, ok = 2, d.boolean(&s.Caption)
			case "when":
				bit, ok = 4, d.str(&s.When)
			case "tense":
				bit, ok = 8, d.idStr(&s.Tense)
			case "extracted":
				bit, ok = 16, d.boolean(&s.Extracted)
			case "basis":
				bit, ok = 32, d.boolean(&s.Basis)
			}
			return d.once(&seen, bit, ok)
		})
	})
	*out = d.sources[start:len(d.sources):len(d.sources)]
	return ok
}

func (d *eventDecoder) span(sp *schema.Span) bool {
	seen := 0
	var text []byte
	ok := d.object(func(name []byte) bool {
		var bit int
		ok := false
		switch string(name) {
		case "article":
			bit, ok = 1, d.idStr(&sp.Article)
		case "start":
			bit, ok = 2, d.integer(&sp.Start)
		case "end":
			bit, ok = 4, d.integer(&sp.End)
		case "text":
			// An import's span cites its slide's lines, a newline
			// between them: unquoted into the decoder's buffer, and
			// shared with the article below, or copied.
			bit = 8
			text, ok = d.unquote()
		case "nth":
			bit, ok = 16, d.integer(&sp.Nth)
		}
		return d.once(&seen, bit, ok)
	})
	if !ok || text == nil {
		return ok
	}
	// The text, where it is the bytes cited, shares the article's.
	if a, found := d.articleText(sp.Article); found && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(a) && string(text) == string(a[sp.Start:sp.End]) {
		sp.Text = a[sp.Start:sp.End]
	} else {
		sp.Text = untrusted.Text(text)
	}
	return true
}

// idList decodes an array of ids, interned; with share, as a list
// shared with the events before it that name the same (see listCache):
// for countries and tags, which events repeat, not actors, whose lists
// most often are an event's own, and would cost a lookup for nothing.
func (d *eventDecoder) idList(out *[]string, share bool) bool {
	d.scratch = d.scratch[:0]
	ok := d.array(func() bool {
		d.scratch = append(d.scratch, "")
		return d.idStr(&d.scratch[len(d.scratch)-1])
	})
	if !ok {
		return false
	}
	if len(d.scratch) == 0 {
		*out = []string{}
		return true
	}
	if d.lists == nil {
		d.lists = &listCache{}
	}
	if share {
		*out = d.lists.intern(d.scratch)
	} else {
		*out = d.lists.copy(d.scratch)
	}
	return true
}

// articleText is texts[id]: events follow their articles, so most spans
// cite the article the span before did, and its id, interned, is the
// same string, found equal without being hashed.
func (d *eventDecoder) articleText(id string) (untrusted.Text, bool) {
	if !d.cached || id != d.article {
		d.article, d.cached = id, true
		d.articleBytes, d.found = d.texts[id]
	}
	return d.articleBytes, d.found
}
