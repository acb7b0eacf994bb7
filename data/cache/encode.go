package cache

// Writing an entry. Its layout, every number little-endian or a uvarint,
// every string its length (a uvarint) and its bytes:
//
//	header    magic, version, kind, the key (path, size, time, hashes)
//	articles  count; each: id, file, outlet, title, byline, published,
//	          basis, url, text
//	small     countries, outlets, actors, statements, quotes, curated
//	          discrepancies and extra tags, each a count and its items
//	events    each event: its numbers, then its strings' bytes, then its
//	          sources. The numbers: flags, the id's length, title and
//	          summary (each an article and a place and length in it, or
//	          0, the length and 0 when inline), the date note's length,
//	          start, end (each 0 for the chunk's event before's, else
//	          packed plus one), its countries', actors' and tags' lists
//	          (an index into lists, 0 for none) and how many sources; the
//	          strings: id, the inline title and summary, date note. A
//	          source: article, start, end, the phrase's length, flags,
//	          then the phrase. Nearly every number of an import is a
//	          byte, so an event's are read 15 bytes at once (readHead);
//	          a title's or a summary's place in an article is written as
//	          the zigzag of its distance from where the place before it
//	          in the chunk ended (from 0 at a chunk's start), and its
//	          length; a source's start as the zigzag of its distance
//	          from the event's title's start (where the title is a
//	          place, else as a title's), its end as a title's start: an
//	          import's places lie one after another, its titles open
//	          their sources, a byte apart, not a four-byte offset each
//	lists     the strings they hold: count, each once; then the lists:
//	          count; each: its length and its strings' numbers
//	index     events, sources, chunk; for every chunk of events, where
//	          it starts in events and its first source's number
//	footer    each section's offset and length, the block size, a CRC-32C
//	          of every block up to the footer, a CRC-32C of the footer up
//	          to there, the footer's length, and an end mark
//
// The index lets the events be read on every processor. The checksums
// cover every byte but the footer's length and end mark, which must say
// where the footer's checksum is: an entry that matches them is what
// cyberdesk wrote from a dataset it had cleaned and checked.

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

const (
	magic   = "cyberdesk cache\n"
	endMark = "\nend cdc"
	// 2: a source's basis, a discrepancy's extracted; 3: the footer's own
	// checksum, and events no longer cleaned or checked when read; 4: the
	// events' places in articles written from the one before (writer.at),
	// and their dates as 0 for the one before's; 5: an event's numbers
	// before its strings, a source's before its phrase, read at once
	version  = 5
	sections = 5 // articles, small, events, lists, index
	// blockSize is how much of an entry each checksum covers: blocks are
	// checked side by side.
	blockSize = 4 << 20
	// chunk is how many events the index marks the start of at a time.
	chunk = 16 << 10
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// out writes an entry, counting its bytes and checksumming its blocks.
type out struct {
	w     *bufio.Writer
	n     int64
	crcs  []uint32
	crc   uint32
	limit int64 // an entry that grows past this is given up
	b     []byte
}

var errTooLarge = errors.New("the entry would be larger than the cache may hold")

func (o *out) Write(p []byte) (int, error) {
	if o.n+int64(len(p)) > o.limit {
		return 0, errTooLarge
	}
	for rest := p; len(rest) > 0; {
		k := min(len(rest), blockSize-int(o.n%blockSize))
		o.crc = crc32.Update(o.crc, castagnoli, rest[:k])
		o.n += int64(k)
		if o.n%blockSize == 0 {
			o.crcs, o.crc = append(o.crcs, o.crc), 0
		}
		rest = rest[k:]
	}
	return o.w.Write(p)
}

// flush writes what o.b holds.
func (o *out) flush() error {
	_, err := o.Write(o.b)
	o.b = o.b[:0]
	return err
}

func (o *out) uvarint(v uint64) { o.b = binary.AppendUvarint(o.b, v) }
func (o *out) str(s string)     { o.uvarint(uint64(len(s))); o.b = append(o.b, s...) }
func (o *out) u8(v uint8)       { o.b = append(o.b, v) }
func (o *out) date(d timeline.Date) {
	o.uvarint(packDate(d))
}

// packDate packs a date's fields into a number: year (its 16 bits),
// month, day, precision and whether it is approximate.
func packDate(d timeline.Date) uint64 {
	var approx uint64
	if d.Approx {
		approx = 1
	}
	return uint64(uint16(int16(d.Year()))) | uint64(d.Month())<<16 | uint64(d.Day())<<24 |
		uint64(d.Precision)<<32 | approx<<40
}

func bit(b bool, at uint8) uint8 {
	if b {
		return 1 << at
	}
	return 0
}

// writer is what encoding keeps besides the output.
type writer struct {
	o        *out
	ds       *timeline.Dataset
	article  map[string]int // article id -> index
	lists    [][]string
	listOf   map[string]uint64 // a list's strings, each ended by a 0 byte -> its index plus one
	listKey  []byte
	nSources int
	last     uint64    // where the last place in an article written in this chunk ended
	mark     uint64    // where the event's title starts (or last, before it, when inline)
	dates    [2]uint64 // the last start and end written in this chunk, packed plus one
}

// encode writes the entry for ds, loaded from the file of key k.
func encode(ctx context.Context, w io.Writer, k Key, ds *timeline.Dataset, kind uint8, limit int64) error {
	o := &out{w: bufio.NewWriterSize(w, 1<<20), limit: limit}
	x := &writer{o: o, ds: ds, article: map[string]int{}, listOf: map[string]uint64{}}
	// header
	o.b = append(o.b, magic...)
	o.b = binary.LittleEndian.AppendUint32(o.b, version)
	o.u8(kind)
	o.str(k.Path)
	o.b = binary.LittleEndian.AppendUint64(o.b, uint64(k.Size))
	o.b = binary.LittleEndian.AppendUint64(o.b, uint64(k.ModTime))
	o.b = append(append(o.b, k.Head[:]...), k.Tail[:]...)
	if err := o.flush(); err != nil {
		return err
	}
	var at [sections][2]int64
	section := func(i int, write func() error) error {
		at[i][0] = o.n
		if err := write(); err != nil {
			return err
		}
		if err := o.flush(); err != nil {
			return err
		}
		at[i][1] = o.n - at[i][0]
		return ctx.Err()
	}
	var starts []uint64 // each chunk's start in the events section, and its first source
	for i, s := range [sections]func() error{
		x.articles, x.small,
		func() error {
			var err error
			starts, err = x.events(ctx, at[2][0])
			return err
		},
		x.listsSection,
		func() error { return x.index(starts) },
	} {
		if err := section(i, s); err != nil {
			return err
		}
	}
	// the footer: no block's checksum covers it; its own does
	o.b = o.b[:0]
	for _, s := range at {
		o.b = binary.LittleEndian.AppendUint64(o.b, uint64(s[0]))
		o.b = binary.LittleEndian.AppendUint64(o.b, uint64(s[1]))
	}
	crcs := o.crcs
	if o.n%blockSize != 0 {
		crcs = append(crcs, o.crc)
	}
	o.b = binary.LittleEndian.AppendUint32(o.b, blockSize)
	o.b = binary.LittleEndian.AppendUint32(o.b, uint32(len(crcs)))
	for _, c := range crcs {
		o.b = binary.LittleEndian.AppendUint32(o.b, c)
	}
	o.b = binary.LittleEndian.AppendUint32(o.b, crc32.Checksum(o.b, castagnoli))
	o.b = binary.LittleEndian.AppendUint32(o.b, uint32(len(o.b)+4+len(endMark)))
	o.b = append(o.b, endMark...)
	if _, err := o.w.Write(o.b); err != nil {
		return err
	}
	return o.w.Flush()
}

func (x *writer) articles() error {
	o := x.o
	arts := x.ds.Articles()
	o.uvarint(uint64(len(arts)))
	for i := range arts {
		a := &arts[i]
		x.article[a.ID] = i
		o.str(a.ID)
		o.str(a.File)
		o.str(a.Outlet)
		o.str(a.Title)
		o.str(a.Byline)
		o.date(a.Published)
		o.str(a.PublishedBasis)
		o.str(a.URL)
		o.str(string(a.Text))
		if err := o.flush(); err != nil {
			return err
		}
	}
	return nil
}

// span writes a span as its article's index plus one (0 for the zero
// span), start and end: its text is the article's there.
func (x *writer) span(s timeline.Span) {
	if s == (timeline.Span{}) {
		x.o.uvarint(0)
		return
	}
	x.o.uvarint(uint64(x.article[s.Article]) + 1)
	x.o.uvarint(uint64(s.Start))
	x.o.uvarint(uint64(s.End))
}

// eventSpan writes an event's source's span: as span does, but its start
// as the zigzag of its distance from the event's title's (mark), its end
// from where the last place ended; the zero span as three 0s.
func (x *writer) eventSpan(s timeline.Span) {
	if s == (timeline.Span{}) {
		x.o.b = append(x.o.b, 0, 0, 0)
		return
	}
	x.o.uvarint(uint64(x.article[s.Article]) + 1)
	x.o.uvarint(zigzag(uint64(s.Start) - x.mark))
	x.o.uvarint(zigzag(uint64(s.End) - x.last))
	x.last = uint64(s.End)
}

// date is how an event's start or end is written: 0 when it is the one
// before's in the chunk, last (events lie in the order of their dates,
// so most are), else packed plus one.
func (x *writer) date(last *uint64, d timeline.Date) uint64 {
	p := packDate(d) + 1
	if p == *last {
		return 0
	}
	*last = p
	return p
}

// at puts in h a place in an article, off, as the zigzag of its distance
// from where the last one in the chunk ended, and its length n.
func (x *writer) at(off, n uint64, h []uint64) {
	h[0], h[1] = zigzag(off-x.last), n
	x.last = off + n
}

// zigzag is a distance d (two's complement) as a number small for small
// distances either way: 0, -1, 1, -2 ... as 0, 1, 2, 3 ...
func zigzag(d uint64) uint64 { return d<<1 ^ uint64(int64(d)>>63) }

func (x *writer) small() error {
	o, ds := x.o, x.ds
	countries := ds.Countries()
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	o.uvarint(uint64(len(codes)))
	for _, c := range codes {
		o.str(c)
		o.str(countries[c])
	}
	o.uvarint(uint64(len(ds.Outlets())))
	for _, ot := range ds.Outlets() {
		o.str(ot.ID)
		o.str(ot.Name)
		o.str(ot.Country)
	}
	o.uvarint(uint64(len(ds.Actors())))
	for _, a := range ds.Actors() {
		o.str(a.ID)
		o.str(a.Name)
		o.str(string(a.Kind))
		o.str(a.Country)
		o.u8(bit(a.Extracted, 0))
		o.uvarint(uint64(len(a.Roles)))
		for _, r := range a.Roles {
			o.str(r.Title)
			x.span(r.Source)
		}
		o.uvarint(uint64(len(a.Aliases)))
		for _, s := range a.Aliases {
			o.str(s)
		}
		o.uvarint(uint64(len(a.Mentions)))
		for _, m := range a.Mentions {
			x.span(m)
		}
		if err := o.flush(); err != nil {
			return err
		}
	}
	o.uvarint(uint64(len(ds.Statements())))
	for _, s := range ds.Statements() {
		o.str(s.ID)
		o.str(s.Speaker)
		o.str(s.Label)
		o.u8(bit(s.Extracted, 0))
		o.uvarint(uint64(len(s.Events)))
		for _, e := range s.Events {
			o.str(e)
		}
	}
	o.uvarint(uint64(len(ds.Quotes())))
	for _, q := range ds.Quotes() {
		o.str(q.ID)
		o.str(q.Statement)
		o.str(q.Speaker)
		x.span(q.Span)
		x.span(q.Attribution)
		o.u8(bit(q.Extracted, 0))
		o.b = binary.LittleEndian.AppendUint64(o.b, math.Float64bits(q.Score))
	}
	var curated []timeline.Discrepancy
	for _, d := range ds.Discrepancies() {
		if !d.Derived {
			curated = append(curated, d)
		}
	}
	o.uvarint(uint64(len(curated)))
	for _, d := range curated {
		o.str(d.ID)
		o.str(string(d.Kind))
		o.str(d.Description)
		o.str(d.Statement)
		o.u8(bit(d.Extracted, 0))
		o.uvarint(uint64(len(d.Sides)))
		for _, c := range d.Sides {
			x.span(c.Span)
			o.str(c.Reading)
		}
	}
	o.uvarint(uint64(len(ds.ExtraTags())))
	for _, t := range ds.ExtraTags() {
		o.str(t)
	}
	return nil
}

// events writes every event, and returns where each chunk of them starts
// (from the section's start at from) and its first source's number.
func (x *writer) events(ctx context.Context, from int64) ([]uint64, error) {
	o := x.o
	var starts []uint64
	events := x.ds.Events()
	for i := range events {
		if i%chunk == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if err := o.flush(); err != nil {
				return nil, err
			}
			starts = append(starts, uint64(o.n-from), uint64(x.nSources))
			x.last, x.dates = 0, [2]uint64{} // a chunk is read on its own
		}
		e := &events[i]
		var h head
		h[0] = uint64(bit(e.Extracted, 0))
		h[1] = uint64(len(e.ID))
		x.mark = x.last
		title := x.text(e, e.Title, true, h[2:5])
		summary := x.text(e, e.Summary, false, h[5:8])
		h[8] = uint64(len(e.DateNote))
		h[9], h[10] = x.date(&x.dates[0], e.Start), x.date(&x.dates[1], e.End)
		h[11], h[12], h[13] = x.list(e.Countries), x.list(e.Actors), x.list(e.Tags)
		h[14] = uint64(len(e.Sources))
		for _, v := range h {
			o.uvarint(v)
		}
		o.b = append(append(append(append(o.b, e.ID...), title...), summary...), e.DateNote...)
		for _, s := range e.Sources {
			x.eventSpan(s.Span)
			o.uvarint(uint64(len(s.When)))
			o.u8(bit(s.Caption, 0) | bit(s.Extracted, 1) | uint8(s.Tense)<<2 | bit(s.Basis, 4))
			o.b = append(o.b, s.When...)
		}
		x.nSources += len(e.Sources)
		if len(o.b) >= 64<<10 {
			if err := o.flush(); err != nil {
				return nil, err
			}
		}
	}
	return starts, nil
}

// text puts in h (three numbers) how a title or summary is written: as a
// place in the event's first source's article where it is one (as an
// import's are), else inline (0, its length, 0), and returns what is
// written of it among the event's strings. A title's place is where its
// sources' are written from.
func (x *writer) text(e *timeline.Event, s string, title bool, h []uint64) string {
	if len(e.Sources) > 0 && s != "" {
		ai := x.article[e.Sources[0].Article]
		t := string(x.ds.Articles()[ai].Text)
		p, q := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
		if p >= q && p+uintptr(len(s)) <= q+uintptr(len(t)) {
			h[0] = uint64(ai) + 1
			if title {
				x.mark = uint64(p - q)
			}
			x.at(uint64(p-q), uint64(len(s)), h[1:])
			return ""
		}
	}
	h[0], h[1], h[2] = 0, uint64(len(s)), 0
	return s
}

// list is the index plus one of a list of strings among those written,
// 0 for an empty one: events share a few lists.
func (x *writer) list(l []string) uint64 {
	if len(l) == 0 {
		return 0
	}
	x.listKey = x.listKey[:0]
	for _, s := range l {
		x.listKey = append(append(x.listKey, s...), 0)
	}
	if i, ok := x.listOf[string(x.listKey)]; ok {
		return i
	}
	x.lists = append(x.lists, l)
	x.listOf[string(x.listKey)] = uint64(len(x.lists))
	return uint64(len(x.lists))
}

// listsSection writes the lists, each string once: the lists hold a few
// thousand of them, each checked once when read.
func (x *writer) listsSection() error {
	o := x.o
	number := map[string]uint64{}
	var table []string
	for _, l := range x.lists {
		for _, s := range l {
			if _, ok := number[s]; !ok {
				number[s] = uint64(len(table))
				table = append(table, s)
			}
		}
	}
	o.uvarint(uint64(len(table)))
	for _, s := range table {
		o.str(s)
		if len(o.b) >= 64<<10 {
			if err := o.flush(); err != nil {
				return err
			}
		}
	}
	o.uvarint(uint64(len(x.lists)))
	for _, l := range x.lists {
		o.uvarint(uint64(len(l)))
		for _, s := range l {
			o.uvarint(number[s])
		}
		if len(o.b) >= 64<<10 {
			if err := o.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *writer) index(starts []uint64) error {
	o := x.o
	o.uvarint(uint64(len(x.ds.Events())))
	o.uvarint(uint64(x.nSources))
	o.uvarint(chunk)
	for _, s := range starts {
		o.uvarint(s)
	}
	return nil
}
