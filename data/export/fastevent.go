package export

import (
	"bytes"
	"strconv"
	"unicode/utf8"
	"unsafe"

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

	strs  map[string]string
	texts map[string]untrusted.Text // the articles' texts by id; read only

	b []byte
	i int

	// The events' lists are cut from larger arrays, a few allocations
	// instead of one or more per list; scratch is where a list is read.
	ids, scratch []string
	unquoted     []byte // where text unquotes a string
	// sources holds the event's sources until they are converted; fast
	// empties it at the start of each event.
	sources []schema.Source
	// end is where an event's end date is read: the conversion reads it
	// before the next event is decoded.
	end schema.Date
	// block is where str copies the strings it returns (see keep).
	block []byte
}

func newEventDecoder(texts map[string]untrusted.Text) *eventDecoder {
	return &eventDecoder{strs: map[string]string{}, texts: texts, sources: make([]schema.Source, 0, 64)}
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
			bit, ok = evCountries, d.idList(&je.Countries)
		case "actors":
			bit, ok = evActors, d.idList(&je.Actors)
		case "tags":
			bit, ok = evTags, d.idList(&je.Tags)
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
	if a, found := d.texts[sp.Article]; found && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(a) && string(text) == string(a[sp.Start:sp.End]) {
		sp.Text = a[sp.Start:sp.End]
	} else {
		sp.Text = untrusted.Text(text)
	}
	return true
}

// ids decodes an array of ids, interned.
func (d *eventDecoder) idList(out *[]string) bool {
	d.scratch = d.scratch[:0]
	ok := d.array(func() bool {
		d.scratch = append(d.scratch, "")
		return d.idStr(&d.scratch[len(d.scratch)-1])
	})
	if n := len(d.scratch); n == 0 {
		*out = []string{}
		return ok
	} else if cap(d.ids)-len(d.ids) < n {
		d.ids = make([]string, 0, max(4096, n))
	}
	start := len(d.ids)
	d.ids = append(d.ids, d.scratch...)
	*out = d.ids[start:len(d.ids):len(d.ids)]
	return ok
}

// object decodes an object, calling member with each name, the decoder
// before its value.
func (d *eventDecoder) object(member func(name []byte) bool) bool {
	if !d.token('{') {
		return false
	}
	if d.token('}') {
		return true
	}
	for {
		name, ok := d.raw()
		if !ok || !d.token(':') || !member(name) {
			return false
		}
		if d.token('}') {
			return true
		}
		if !d.token(',') {
			return false
		}
	}
}

// array decodes an array, calling elem before each element.
func (d *eventDecoder) array(elem func() bool) bool {
	if !d.token('[') {
		return false
	}
	if d.token(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.token(']') {
			return true
		}
		if !d.token(',') {
			return false
		}
	}
}

func (d *eventDecoder) space() {
	for d.i < len(d.b) && isSpace(d.b[d.i]) {
		d.i++
	}
}

// token consumes c, after any space, if it comes next.
func (d *eventDecoder) token(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// raw returns the contents of a plain string: one without escapes or
// control characters, in valid UTF-8.
func (d *eventDecoder) raw() ([]byte, bool) {
	if !d.token('"') {
		return nil, false
	}
	n := bytes.IndexByte(d.b[d.i:], '"')
	if n < 0 {
		return nil, false
	}
	s := d.b[d.i : d.i+n]
	ascii := true
	for _, c := range s {
		if c < 0x20 || c == '\\' {
			return nil, false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(s) {
		return nil, false
	}
	d.i += n + 1
	return s, true
}

func (d *eventDecoder) str(out *string) bool {
	s, ok := d.raw()
	*out = d.keep(s)
	return ok
}

// keep returns b as a string cut from the decoder's current block of
// strings: one allocation for a block of many strings instead of one
// each. A block's bytes are never written again once a string is cut
// from them (only appended after), so the strings stay as they were;
// a block lives while any of its strings does, which for events, kept
// together in their dataset, costs nothing.
func (d *eventDecoder) keep(b []byte) string {
	const blockSize = 64 << 10
	switch {
	case len(b) == 0:
		return ""
	case len(b) > blockSize/16: // a long one keeps no block alive for others
		return string(b)
	case cap(d.block)-len(d.block) < len(b):
		d.block = make([]byte, 0, blockSize)
	}
	from := len(d.block)
	d.block = append(d.block, b...)
	return unsafe.String(&d.block[from], len(b))
}

// idStr is str, interned: for the ids and codes events repeat.
func (d *eventDecoder) idStr(out *string) bool {
	s, ok := d.raw()
	if !ok {
		return false
	}
	v, found := d.strs[string(s)]
	if !found {
		v = string(s)
		d.strs[v] = v
	}
	*out = v
	return true
}

// text decodes a string that may hold the escapes an article's text
// needs (\n, \t, \", \\ and the like), but no \u escape and no control
// character, in valid UTF-8; anything else is left to JSON v2.
func (d *eventDecoder) text(out *string) bool {
	b, ok := d.unquote()
	if ok {
		*out = string(b)
	}
	return ok
}

// unquote decodes a string as text does, into the decoder's buffer: what
// it returns is good until the next call.
func (d *eventDecoder) unquote() ([]byte, bool) {
	if !d.token('"') {
		return nil, false
	}
	buf := d.unquoted[:0]
	ascii := true
	for j := d.i; j < len(d.b); {
		k := j
		for k < len(d.b) && !stringEnds[d.b[k]] {
			ascii = ascii && d.b[k] < utf8.RuneSelf
			k++
		}
		buf = append(buf, d.b[j:k]...)
		if k+1 >= len(d.b) || d.b[k] != '\\' {
			if k == len(d.b) || d.b[k] != '"' || !ascii && !utf8.Valid(buf) {
				return nil, false
			}
			d.unquoted, d.i = buf, k+1
			return buf, true
		}
		c, ok := unescape(d.b[k+1])
		if !ok {
			return nil, false
		}
		buf = append(buf, c)
		j = k + 2
	}
	return nil, false
}

// stringEnds marks the bytes that end a run of a string's plain bytes:
// its closing quote, an escape, a control character.
var stringEnds = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// unescape returns what the short escape \c stands for.
func unescape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// integer decodes a non-negative integer written plainly (no sign,
// fraction, exponent or leading zero) of up to 15 digits.
func (d *eventDecoder) integer(out *int) bool {
	d.space()
	n, j := 0, d.i
	for ; j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9'; j++ {
		n = n*10 + int(d.b[j]-'0')
	}
	digits := j - d.i
	if digits == 0 || digits > 15 || digits > 1 && d.b[d.i] == '0' {
		return false
	}
	if j < len(d.b) && (d.b[j] == '.' || d.b[j] == 'e' || d.b[j] == 'E') {
		return false
	}
	d.i, *out = j, n
	return true
}

// decimal decodes a non-negative number written plainly with at most
// one fraction (an integer as integer reads it, or "0.375"; no sign or
// exponent) of up to 15 digits, as JSON v2 would: strconv.ParseFloat
// rounds the same digits the same way.
func (d *eventDecoder) decimal(out *float64) bool {
	d.space()
	j := d.i
	for ; j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9'; j++ {
	}
	whole := j - d.i
	if whole == 0 || whole > 1 && d.b[d.i] == '0' {
		return false
	}
	if j < len(d.b) && d.b[j] == '.' {
		k := j + 1
		for ; k < len(d.b) && '0' <= d.b[k] && d.b[k] <= '9'; k++ {
		}
		if k == j+1 {
			return false
		}
		j = k
	}
	if j-d.i > 16 || j < len(d.b) && (d.b[j] == 'e' || d.b[j] == 'E') {
		return false
	}
	f, err := strconv.ParseFloat(string(d.b[d.i:j]), 64)
	if err != nil {
		return false
	}
	d.i, *out = j, f
	return d.delimited()
}

func (d *eventDecoder) boolean(out *bool) bool {
	d.space()
	switch {
	case bytes.HasPrefix(d.b[d.i:], []byte("true")):
		d.i += 4
		*out = true
	case bytes.HasPrefix(d.b[d.i:], []byte("false")):
		d.i += 5
		*out = false
	default:
		return false
	}
	return d.delimited()
}

func (d *eventDecoder) null() bool {
	d.space()
	if !bytes.HasPrefix(d.b[d.i:], []byte("null")) {
		return false
	}
	d.i += 4
	return d.delimited()
}

// delimited reports whether a literal just read ends there, as in
// JSON a literal must ("truex" is not true).
func (d *eventDecoder) delimited() bool {
	return d.i == len(d.b) || isDelim(d.b[d.i])
}
