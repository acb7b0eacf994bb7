package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// streamExport reads an export from r into doc, handing each event to
// doc.Events.add in order, with the whole document never in memory.
//
// The document's outline is cut here, without decoding: each top-level
// member's value is decoded on its own, strictly, and the events are cut
// out of their array and decoded a batch at a time on a second core while
// this one converts the batch before. Cutting only finds where each value
// ends, so every byte is still checked, by the decoder of the value it
// falls in or by the cutter between values.
//
// size is the document's length in bytes, or 0 if not known; from it and
// the first batch of events, sink is told how many events to expect.
//
// Its errors are not placed: Read places them by loading the
// bytes again with Load, or, for a value too long to hold, by counting
// lines up to it.
func streamExport(r io.Reader, size int64, doc *datasetIn, l *schema.Reader, sink *eventSink) error {
	c := &cutter{r: r, buf: make([]byte, 0, 1<<20), most: longestValue(l.Limits)}
	if !c.token('{') {
		return c.want("a JSON object")
	}
	seen := map[string]bool{}
	for first := true; ; first = false {
		if first && c.token('}') {
			break
		}
		raw, err := c.value()
		if err != nil {
			return err
		}
		var name string
		if raw[0] != '"' || jsonv2.Unmarshal(raw, &name) != nil {
			return c.want("a member name")
		}
		if seen[name] {
			return fmt.Errorf("%s is given twice; give each field once", name)
		}
		seen[name] = true
		if !c.token(':') {
			return c.want("':'")
		}
		switch name {
		case "events":
			err = streamEvents(c, size, l, doc.Articles, sink)
		case "articles":
			err = decodeElements(c, name, &doc.Articles, newEventDecoder(nil).decodeArticle)
		default:
			err = decodeMember(c, &doc.document, name)
		}
		if err != nil {
			return err
		}
		if c.token('}') {
			break
		}
		if !c.token(',') {
			return c.want("',' or '}'")
		}
	}
	if c.space(); c.more() {
		return errors.New("unexpected data after the JSON document")
	}
	return c.err
}

// decodeMember decodes the value of the document's member name.
func decodeMember(c *cutter, doc *document, name string) error {
	v := doc.member(name)
	if v == nil {
		return fmt.Errorf("unknown field %q in the document (not part of schema %d; check the spelling)", name, schema.Version)
	}
	raw, err := c.value()
	if err != nil {
		return err
	}
	if err := jsonv2.Unmarshal(raw, v, jsonv2.RejectUnknownMembers(true)); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// decodeElements decodes the array that is the value of the member name
// one element at a time, appending them to out, so that the cutter never
// holds the whole array: an export's articles are a tenth of its size.
// decode decodes each element as strictly as decodeMember decodes a
// member.
func decodeElements[T any](c *cutter, name string, out *[]T, decode func([]byte, *T) error) error {
	if c.token('n') {
		if !c.literal("ull") {
			return c.want("an array")
		}
		*out = nil
		return nil
	}
	if !c.token('[') {
		return c.want("an array")
	}
	*out = []T{}
	for more := !c.token(']'); more; {
		raw, err := c.value()
		if err != nil {
			return err
		}
		var v T
		if err := decode(raw, &v); err != nil {
			return fmt.Errorf("%s[%d]: %w", name, len(*out), err)
		}
		*out = append(*out, v)
		if more = !c.token(']'); more && !c.token(',') {
			return c.want("',' or ']'")
		}
	}
	return nil
}

// member is where the value of the document's member name goes, nil for
// a name the schema does not have; events are read apart.
// TestDocumentMembers holds it to the struct's JSON names.
func (d *document) member(name string) any {
	switch name {
	case "schema":
		return &d.Schema
	case "countries":
		return &d.Countries
	case "extra_tags":
		return &d.ExtraTags
	case "outlets":
		return &d.Outlets
	case "articles":
		return &d.Articles
	case "actors":
		return &d.Actors
	case "statements":
		return &d.Statements
	case "quotes":
		return &d.Quotes
	case "discrepancies":
		return &d.Discrepancies
	case "dates":
		return &d.Dates
	}
	return nil
}

// eventBatch is the JSON of up to eventBatchSize events, one after
// another (ends[i] is where event i's ends), where their events go once
// decoded (dst, a part of the dataset's own slice), and the problems
// converting them.
type eventBatch struct {
	json []byte
	ends []int
	dst  []timeline.Event
	errs []error
	err  error // the one that stopped decoding
}

const eventBatchSize = 1024

// decoders is how many goroutines decode events while one cuts them.
const decoders = 2

// eventSink is where streamed events go: events holds them in order,
// sized once from the first batch; most is how many it may hold, and
// progress (if not nil) is told how many are made, now and then.
type eventSink struct {
	events   []timeline.Event
	most     int
	progress func(events int)
}

// tooMany is the error for more events than a dataset may hold.
func tooMany(most int) error {
	return fmt.Errorf("more than %d events, the most a dataset may hold; split the dataset (data.MaxEvents)", most)
}

// streamEvents cuts the events out of their array and hands them out a
// batch at a time, in turn, to goroutines that decode, convert and clean
// them straight into their places in sink.events: a batch's place is
// known when it is cut, so no event is copied once it is made.
func streamEvents(c *cutter, size int64, l *schema.Reader, articles []jsonArticle, sink *eventSink) error {
	if c.token('n') { // null: no events
		if !c.literal("ull") {
			return c.want("an array of events")
		}
		return nil
	}
	if !c.token('[') {
		return c.want("an array of events")
	}
	l.Texts = articleTexts(articles)
	l.EventsClean = true
	var todo, done [decoders]chan *eventBatch
	for w := range decoders {
		todo[w], done[w] = make(chan *eventBatch, 1), make(chan *eventBatch, 1)
		go decodeBatches(&schema.Reader{Single: l.Single, Texts: l.Texts}, expectIDs(size), todo[w], done[w])
	}
	defer func() { // stop the decoders and wait for them, however this ends
		for w := range decoders {
			close(todo[w])
			for range done[w] {
			}
		}
	}()
	sent, got := 0, 0
	placed := len(sink.events) // events cut and handed out; sink.events holds those taken
	var spare []*eventBatch    // kept, for their buffers to be used again
	take := func() error {     // the oldest batch sent
		b := <-done[got%decoders]
		got++
		l.Errs = append(l.Errs, b.errs...)
		if b.err != nil {
			return b.err
		}
		sink.events = sink.events[:len(sink.events)+len(b.dst)]
		if sink.progress != nil {
			sink.progress(len(sink.events))
		}
		b.dst = nil
		spare = append(spare, b)
		return nil
	}
	drain := func() error { // every batch sent
		for got < sent {
			if err := take(); err != nil {
				return err
			}
		}
		return nil
	}
	start := c.off + int64(c.pos)
	for more := !c.token(']'); more; {
		b := &eventBatch{}
		if n := len(spare); n > 0 {
			b, spare = spare[n-1], spare[:n-1]
			b.json, b.ends, b.errs = b.json[:0], b.ends[:0], b.errs[:0]
		}
		for more && len(b.ends) < eventBatchSize {
			v, err := c.value()
			if err != nil {
				return err
			}
			if v[0] != '{' {
				return errors.New("events: expected an object for each event")
			}
			b.json = append(b.json, v...)
			b.ends = append(b.ends, len(b.json))
			if more = !c.token(']'); more && !c.token(',') {
				return c.want("',' or ']' after an event")
			}
		}
		n := len(b.ends)
		if sent == 0 {
			// The slice is sized once, from an estimate, rather than
			// grown by copying: at a million events it is 220 MB.
			read := c.off + int64(c.pos)
			if want := min(schema.ExpectEvents(size, read, read-start, n), sink.most); want > cap(sink.events) {
				sink.events = slices.Grow(sink.events, want-len(sink.events))
			}
		}
		if placed+n > cap(sink.events) || placed+n > sink.most {
			// Past what was expected, or past the most a dataset holds:
			// the events made so far are taken first, as they come, and
			// moved once no decoder writes to them.
			if err := drain(); err != nil {
				return err
			}
			if placed+n > sink.most {
				return tooMany(sink.most)
			}
			sink.events = slices.Grow(sink.events, min(max(placed+n, 2*cap(sink.events)), sink.most)-len(sink.events))
		}
		b.dst = sink.events[placed : placed+n : placed+n]
		placed += n
		todo[sent%decoders] <- b
		if sent++; sent-got == 2*decoders { // every decoder has one waiting
			if err := take(); err != nil {
				return err
			}
		}
	}
	return drain()
}

// expectIDs is about how many different ids and codes the events of an
// export of size bytes name: a few thousand days, actors and articles
// for a million events (about a gigabyte), fewer a byte in a smaller one.
func expectIDs(size int64) int { return int(min(size>>15, 1<<16)) }

// decodeBatches decodes, converts (with wl, a loader of its own, and a
// decoder sized for ids ids and codes) and cleans the events of each batch from todo into the batch's places, and
// passes it on to done.
func decodeBatches(wl *schema.Reader, ids int, todo <-chan *eventBatch, done chan<- *eventBatch) {
	defer close(done)
	dec := newEventDecoderFor(wl.Texts, ids)
	wl.Strs = dec.strs // what the decoder interned, the loader finds
	var je schema.Event
	for b := range todo {
		from := 0
		for i, end := range b.ends {
			fellBack := dec.fallbacks
			if b.err = dec.decode(b.json[from:end], &je); b.err != nil {
				b.err = fmt.Errorf("events: %w", b.err)
				break
			}
			e := &b.dst[i]
			wl.Interned = dec.fallbacks == fellBack // JSON v2 interns nothing
			*e = wl.Event(&je)
			schema.CleanEvent(e)
			from = end
		}
		b.errs, wl.Errs = append(b.errs, wl.Errs...), wl.Errs[:0]
		done <- b
	}
}

// cutter finds where the JSON values of a stream begin and end, reading
// as it goes; it decodes nothing.
type cutter struct {
	r   io.Reader
	buf []byte // buf[pos:] is read and not yet cut
	pos int
	off int64 // the input offset of buf[0]
	err error // the read error that ended the input, if not io.EOF
	eof bool
	// most is the longest value the cutter holds: past it, the input
	// ends with a *valueTooLong, before the value fills memory.
	most int
}

// valueTooLong is a value over the cutter's limit, at byte off.
type valueTooLong struct {
	off  int64
	most int
}

func (e *valueTooLong) Error() string {
	return (&schema.StringTooLong{Most: e.most}).Error()
}

// fill reads more into buf, moving what is not yet cut to the front,
// growing buf when one value fills it and shrinking it again after, and
// reports whether it read anything.
func (c *cutter) fill() bool {
	const size = 1 << 20
	for !c.eof {
		if len(c.buf) == cap(c.buf) {
			keep := c.buf[c.pos:]
			switch {
			case len(keep) > c.most:
				c.err, c.eof = &valueTooLong{off: c.off + int64(c.pos), most: c.most}, true
				return false
			case len(keep) > cap(c.buf)/2: // mostly one value: grow
				c.buf = make([]byte, len(keep), 2*cap(c.buf))
			case cap(c.buf) > size && len(keep) < size/2: // that value is cut
				c.buf = make([]byte, len(keep), size)
			default:
				c.buf = c.buf[:len(keep)]
			}
			copy(c.buf, keep)
			c.off += int64(c.pos)
			c.pos = 0
		}
		n, err := c.r.Read(c.buf[len(c.buf):cap(c.buf)])
		c.buf = c.buf[:len(c.buf)+n]
		if err != nil {
			c.eof = true
			if err != io.EOF {
				c.err = err
			}
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// more reports whether any input is left.
func (c *cutter) more() bool { return c.pos < len(c.buf) || c.fill() }

// space skips JSON white space.
func (c *cutter) space() {
	for c.more() && isSpace(c.buf[c.pos]) {
		c.pos++
	}
}

// token consumes b, after any space, if it comes next.
func (c *cutter) token(b byte) bool {
	if c.space(); c.more() && c.buf[c.pos] == b {
		c.pos++
		return true
	}
	return false
}

// literal consumes s if it comes next.
func (c *cutter) literal(s string) bool {
	for c.pos+len(s) > len(c.buf) && c.fill() {
	}
	if !bytes.HasPrefix(c.buf[c.pos:], []byte(s)) {
		return false
	}
	c.pos += len(s)
	return true
}

func (c *cutter) want(what string) error {
	if c.err != nil {
		return c.err
	}
	if !c.more() {
		return fmt.Errorf("the document ends early: expected %s", what)
	}
	return fmt.Errorf("invalid JSON at byte %d: expected %s", c.off+int64(c.pos), what)
}

// value cuts the next value, after any space, and returns its bytes,
// which are good until the next call. Its syntax is left to whoever
// decodes it, except that strings must end and brackets balance.
func (c *cutter) value() ([]byte, error) {
	if c.space(); !c.more() {
		return nil, c.want("a value")
	}
	j := 0 // counts from pos, which fill may move
	switch c.buf[c.pos] {
	case '"':
		if !c.skipString(&j) {
			return nil, c.want("the end of a string")
		}
	case '{', '[':
		for depth := 0; ; {
			// Skip to the next quote or bracket: most bytes are neither.
			rest := c.buf[c.pos+j:]
			k := 0
			for k < len(rest) && !structural[rest[k]] {
				k++
			}
			if j += k; k == len(rest) {
				if !c.fill() {
					return nil, c.want("the rest of a value")
				}
				continue
			}
			switch c.buf[c.pos+j] {
			case '"':
				if !c.skipString(&j) {
					return nil, c.want("the end of a string")
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			if j++; depth == 0 {
				break
			}
		}
	default: // a number or literal, up to what ends it
		for (c.pos+j < len(c.buf) || c.fill()) && !isDelim(c.buf[c.pos+j]) {
			j++
		}
		if j == 0 {
			return nil, c.want("a value")
		}
	}
	v := c.buf[c.pos : c.pos+j]
	c.pos += j
	return v, nil
}

// structural marks the bytes that begin or end a string, an object or an
// array.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// isSpace reports whether b is JSON white space.
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// isDelim reports whether b may follow a number or literal: white space,
// or what ends a member or element.
func isDelim(b byte) bool { return isSpace(b) || b == ',' || b == '}' || b == ']' }

// skipString moves j past the string that starts there.
func (c *cutter) skipString(j *int) bool {
	*j++
	for {
		k := bytes.IndexByte(c.buf[c.pos+*j:], '"')
		if k < 0 {
			*j = len(c.buf) - c.pos
			if !c.fill() {
				return false
			}
			continue
		}
		*j += k
		slashes := 0 // before the quote; the opening quote bounds them
		for c.buf[c.pos+*j-1-slashes] == '\\' {
			slashes++
		}
		*j++
		if slashes%2 == 0 {
			return true
		}
	}
}

// longestValue is the longest value, and so string, an export may hold:
// an article's text at its limit, written with every byte escaped.
func longestValue(l schema.Limits) int { return 8*int(l.ArticleBytes) + 1<<20 }
