package cache

// Reading an entry (its layout is in encode.go). Nothing in it is
// trusted: every length and place is checked against what holds it
// before it is used, a count is held to what the bytes left could hold
// before anything is made for it, and the strings made point into the
// entry's bytes, which are never written.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// entry is a decoded entry.
type entry struct {
	key   Key
	kind  uint8
	parts timeline.Parts
}

var errBroken = errors.New("not a cache entry this cyberdesk wrote, or a damaged one")

// errVersion is an entry of another version, or not an entry: an older
// one is refused, never read by this version's layout, and written again
// once its file has loaded.
var errVersion = errors.New("not a cache entry of this version")

// header reads the entry's header, at the start of b: the key of the file
// it was made from and the caller's kind, and where the header ends. It
// is read before anything else, so that an entry for the file as it was
// costs no more than these bytes.
func header(b []byte) (k Key, kind uint8, end int, err error) {
	h := &dec{b: b}
	if string(h.bytes(len(magic))) != magic || h.u32() != version {
		return k, 0, 0, errVersion
	}
	kind = h.u8()
	k.Path = h.str()
	k.Size, k.ModTime = int64(h.u64()), int64(h.u64())
	copy(k.Head[:], h.bytes(32))
	copy(k.Tail[:], h.bytes(32))
	if h.bad {
		return k, 0, 0, errBroken
	}
	return k, kind, h.off, nil
}

// decode reads the entry b holds; expect, when not nil, is told how many
// bytes its dataset will keep live before they are allocated. Every
// block is checked against its checksum before it returns: those of the
// events as they are read, in one pass over their bytes, not two.
func decode(b []byte, expect func(int64)) (*entry, error) {
	k, kind, end, err := header(b)
	if err != nil {
		return nil, err
	}
	at, sums, err := footer(b)
	if err != nil {
		return nil, err
	}
	if at[0][0] != end {
		return nil, errBroken
	}
	e := &entry{key: k, kind: kind}
	sec := func(i int) *dec { return &dec{b: b[at[i][0] : at[i][0]+at[i][1]]} }
	if expect != nil {
		// before anything is made: the lists, made next, get the heap
		// the events do (huge pages; see data/internal/heap)
		expect(live(sec(4), at[2][1], at[3][1]))
	}
	p := &e.parts
	p.Articles = articles(sec(0))
	if p.Articles == nil {
		return nil, errBroken
	}
	if !small(sec(1), p) {
		return nil, errBroken
	}
	lists := readLists(sec(3))
	if lists == nil {
		return nil, errBroken
	}
	var roles []uint8
	if p.Events, roles, err = events(sec(2), at[2][0], sec(4), p.Articles, lists, sums); err != nil {
		return nil, err
	}
	if !sums.rest() {
		return nil, errors.New("a block does not match its checksum")
	}
	if !lists.known(p, roles) {
		return nil, fmt.Errorf("%w (an event lists what the dataset does not know)", errBroken)
	}
	p.Placer = claimAll{}
	// The events were cleaned and checked when the dataset was loaded,
	// and the checksums say they are what was written then: they are not
	// cleaned or checked again (timeline.Restore), but for what keeps the
	// dataset's methods safe on an entry made to harm, which is checked
	// as they are read (readChunk) and once a list (listsKnown). The rest
	// is small, and cleaned and checked again.
	schema.Clean(p, true)
	return e, nil
}

// What an event uses a list of strings as (readChunk), a bit each.
const (
	asCountries = 1 << iota
	asActors
	asTags
)

// known reports whether every list holds what the events use it as
// (roles, a list's bits) needs: countries the dataset names, actors it
// has, tags of its vocabulary. Each string is checked once, for every
// use of the lists that hold it, not an event at a time.
func (l *strLists) known(p *timeline.Parts, roles []uint8) bool {
	uses := make([]uint8, len(l.table))
	for li, r := range roles {
		for _, k := range l.numbers[l.from[li]:l.from[li+1]] {
			uses[k] |= r
		}
	}
	actors := make(map[string]bool, len(p.Actors))
	for _, a := range p.Actors {
		actors[a.ID] = true
	}
	tags := map[string]bool{}
	for _, t := range timeline.Tags() {
		tags[t] = true
	}
	for _, t := range p.ExtraTags {
		tags[t] = true
	}
	for k, r := range uses {
		s := l.table[k]
		_, country := p.Countries[s]
		if r&asCountries != 0 && !country || r&asActors != 0 && !actors[s] || r&asTags != 0 && !tags[s] {
			return false
		}
	}
	return true
}

// claimAll says every event's text opens its passage, as an import's
// does: timeline checks each claim, so a wrong one costs a copy of the
// event's text, never a wrong search.
type claimAll struct{}

func (claimAll) TextOpensSource(*timeline.Event) bool { return true }

// footer checks the footer, and returns where each section is and the
// blocks' checksums, to check them by. The sections lie one after
// another, in order, after the header and before the footer.
func footer(b []byte) ([sections][2]int, *blockSums, error) {
	var at [sections][2]int
	if len(b) < len(magic)+4+len(endMark) || string(b[len(b)-len(endMark):]) != endMark {
		return at, nil, errBroken
	}
	n := int(binary.LittleEndian.Uint32(b[len(b)-len(endMark)-4:]))
	if n < sections*16+8+4+4+len(endMark) || n > len(b)-len(magic) {
		return at, nil, errBroken
	}
	start := len(b) - n
	body := b[start : len(b)-len(endMark)-8]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(b[len(b)-len(endMark)-8:]) {
		return at, nil, errors.New("the footer does not match its checksum")
	}
	f := &dec{b: body}
	prev := len(magic) // the header's least
	for i := range at {
		off, size := f.u64(), f.u64()
		if off < uint64(prev) || off > uint64(start) || size > uint64(start)-off { // no sum to overflow
			return at, nil, errBroken
		}
		at[i] = [2]int{int(off), int(size)}
		prev = int(off + size)
	}
	if prev != start {
		return at, nil, errBroken
	}
	if f.u32() != blockSize {
		return at, nil, errBroken
	}
	blocks := int(f.u32())
	if f.bad || blocks != (start+blockSize-1)/blockSize || len(f.b)-f.off != 4*blocks {
		return at, nil, errBroken
	}
	return at, &blockSums{b: b[:start], sums: f.b[f.off:], checked: make([]atomic.Bool, blocks)}, nil
}

// blockSums checks an entry's blocks against their checksums, each once,
// by the first processor to ask: the blocks that hold the events as the
// events are read, while their bytes are in its cache, the rest after
// them ([blockSums.rest]). Nothing read from an entry is given out
// before every block has matched; reading bytes not checked yet is safe,
// as every length and place is checked as it is read.
type blockSums struct {
	b       []byte // the entry up to its footer
	sums    []byte // a CRC-32C a block
	checked []atomic.Bool
	bad     atomic.Bool
}

// cover checks the blocks holding b[from:to] that no one has checked.
func (s *blockSums) cover(from, to int) {
	for k := from / blockSize; k < len(s.checked) && k*blockSize < to; k++ {
		s.check(k)
	}
}

// check checks block k, unless someone has.
func (s *blockSums) check(k int) {
	if s.checked[k].Swap(true) {
		return
	}
	block := s.b[k*blockSize : min((k+1)*blockSize, len(s.b))]
	if crc32.Checksum(block, castagnoli) != binary.LittleEndian.Uint32(s.sums[4*k:]) {
		s.bad.Store(true)
	}
}

// rest checks the blocks no one has, on every processor, and reports
// whether every block matched its checksum.
func (s *blockSums) rest() bool {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for k := w; k < len(s.checked) && !s.bad.Load(); k += workers {
				s.check(k)
			}
		})
	}
	wg.Wait()
	return !s.bad.Load()
}

// dec reads numbers and strings from b, from off on. A read past b's end
// marks it bad and gives zeros; callers check bad once they are done.
type dec struct {
	b   []byte
	off int
	bad bool
}

func (d *dec) bytes(n int) []byte {
	if n < 0 || n > len(d.b)-d.off {
		d.bad = true
		d.off = len(d.b)
		return nil
	}
	d.off += n
	return d.b[d.off-n : d.off]
}

func (d *dec) u8() uint8 {
	if b := d.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *dec) u32() uint32 {
	if b := d.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *dec) u64() uint64 {
	if b := d.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// uvarint reads a uvarint. Most of an entry's are a byte long (a length,
// a list's number, a flag), and are read first.
func (d *dec) uvarint() uint64 {
	if off := d.off; uint(off) < uint(len(d.b)) && d.b[off] < 0x80 {
		d.off = off + 1
		return uint64(d.b[off])
	}
	return d.uvarintLong()
}

// uvarintLong reads a uvarint of more than a byte, or fails.
func (d *dec) uvarintLong() uint64 {
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.bad = true
		d.off = len(d.b)
		return 0
	}
	d.off += n
	return v
}

// int reads a uvarint that must be below most.
func (d *dec) int(most int) int { return d.below(d.uvarint(), most) }

// count reads how many items follow, each at least one byte: never more
// than the bytes left, so that nothing is made for a count a damaged
// entry lies about.
func (d *dec) count() int { return d.countOf(1) }

// countOf reads how many items follow, each written in at least least
// bytes: never more than the bytes left could hold, so that what is made
// for a count a harmful entry lies about stays a small multiple of the
// entry's size.
func (d *dec) countOf(least int) int { return d.int((len(d.b)-d.off)/least + 1) }

// The fewest bytes each item is written in: a string or a count is at
// least its length's one byte, a date or a span one, a flag one, a score
// eight (encode.go).
const (
	leastArticle     = 9
	leastOutlet      = 3
	leastActor       = 8
	leastStatement   = 5
	leastQuote       = 14
	leastDiscrepancy = 5
)

// str reads a string: it points into the entry's bytes. Events hold
// several, so it reads its length with no call but uvarint's.
func (d *dec) str() string { return d.strOf(d.uvarint()) }

// strOf reads a string n bytes long, its length read before.
func (d *dec) strOf(n uint64) string {
	if n > uint64(len(d.b)-d.off) {
		d.bad = true
		d.off = len(d.b)
		return ""
	}
	off := d.off
	d.off += int(n)
	if n == 0 {
		return ""
	}
	return unsafe.String(&d.b[off], int(n))
}

func (d *dec) date() timeline.Date {
	return d.dateOf(d.uvarint())
}

// dates reads a chunk's starts or ends, written by writer.date: 0 for
// the one read before, else a date packed plus one. An event whose start
// and end are the one before's is not checked again (readChunk).
type dates struct {
	date timeline.Date
	made bool
}

func (m *dates) read(d *dec, v uint64) {
	if v == 0 {
		if !m.made {
			d.bad = true
		}
		return
	}
	m.date, m.made = d.dateOf(v-1), !d.bad
}

// dateOf is the date packDate packed into v.
func (d *dec) dateOf(v uint64) timeline.Date {
	y, m, day := int(int16(uint16(v))), int(v>>16&0xff), int(v>>24&0xff)
	var t timeline.Date
	switch timeline.Precision(v >> 32 & 0xff) {
	case timeline.PrecisionNone:
	case timeline.Day:
		t = timeline.DayDate(y, time.Month(m), day)
	case timeline.Week:
		t = timeline.WeekDate(y, time.Month(m), day)
	case timeline.Month:
		t = timeline.MonthDate(y, time.Month(m))
	case timeline.Year:
		t = timeline.YearDate(y)
	case timeline.Decade:
		t = timeline.DecadeDate(y)
	default:
		d.bad = true
	}
	if v>>40 > 1 {
		d.bad = true
	}
	t.Approx = v>>40 == 1
	return t
}

func articles(d *dec) []timeline.Article {
	out := make([]timeline.Article, d.countOf(leastArticle))
	for i := range out {
		a := &out[i]
		a.ID, a.File, a.Outlet, a.Title, a.Byline = d.str(), d.str(), d.str(), d.str(), d.str()
		a.Published = d.date()
		a.PublishedBasis, a.URL = d.str(), d.str()
		a.Text = untrusted.Text(d.str())
	}
	if d.bad || d.off != len(d.b) {
		return nil
	}
	return out
}

// span reads a span written by writer.span: its text is its article's
// there, which must hold it.
func span(d *dec, arts []timeline.Article) timeline.Span {
	k := d.int(len(arts) + 1)
	if k == 0 {
		return timeline.Span{}
	}
	a := &arts[k-1]
	start, end := d.int(len(a.Text)+1), d.int(len(a.Text)+1)
	if start > end {
		d.bad = true
		return timeline.Span{}
	}
	return timeline.Span{Article: a.ID, Start: start, End: end, Text: a.Text[start:end]}
}

func small(d *dec, p *timeline.Parts) bool {
	arts := p.Articles
	p.Countries = map[string]string{}
	for range d.count() {
		code := d.str()
		p.Countries[code] = d.str()
	}
	p.Outlets = make([]timeline.Outlet, d.countOf(leastOutlet))
	for i := range p.Outlets {
		o := &p.Outlets[i]
		o.ID, o.Name, o.Country = d.str(), d.str(), d.str()
	}
	p.Actors = make([]timeline.Actor, d.countOf(leastActor))
	for i := range p.Actors {
		a := &p.Actors[i]
		a.ID, a.Name, a.Kind, a.Country = d.str(), d.str(), timeline.ActorKind(d.str()), d.str()
		a.Extracted = d.u8()&1 == 1
		for range d.count() {
			title := d.str()
			a.Roles = append(a.Roles, timeline.Role{Title: title, Source: span(d, arts)})
		}
		for range d.count() {
			a.Aliases = append(a.Aliases, d.str())
		}
		for range d.count() {
			a.Mentions = append(a.Mentions, span(d, arts))
		}
	}
	p.Statements = make([]timeline.Statement, d.countOf(leastStatement))
	for i := range p.Statements {
		s := &p.Statements[i]
		s.ID, s.Speaker, s.Label = d.str(), d.str(), d.str()
		s.Extracted = d.u8()&1 == 1
		for range d.count() {
			s.Events = append(s.Events, d.str())
		}
	}
	p.Quotes = make([]timeline.Quote, d.countOf(leastQuote))
	for i := range p.Quotes {
		q := &p.Quotes[i]
		q.ID, q.Statement, q.Speaker = d.str(), d.str(), d.str()
		q.Span, q.Attribution = span(d, arts), span(d, arts)
		q.Extracted = d.u8()&1 == 1
		if q.Score = math.Float64frombits(d.u64()); math.IsNaN(q.Score) {
			d.bad = true
		}
	}
	p.Discrepancies = make([]timeline.Discrepancy, d.countOf(leastDiscrepancy))
	for i := range p.Discrepancies {
		x := &p.Discrepancies[i]
		x.ID, x.Kind, x.Description, x.Statement = d.str(), timeline.DiscrepancyKind(d.str()), d.str(), d.str()
		switch f := d.u8(); f {
		case 0, 1:
			x.Extracted = f == 1
		default:
			d.bad = true
		}
		for range d.count() {
			s := span(d, arts)
			x.Sides = append(x.Sides, timeline.Claim{Span: s, Reading: d.str()})
		}
	}
	for range d.count() {
		p.ExtraTags = append(p.ExtraTags, d.str())
	}
	return !d.bad && d.off == len(d.b)
}

// strLists are the lists of strings events share: the strings, each
// once, and the lists, list 0 the empty one; the strings of list i are
// table's numbers[from[i]:from[i+1]], and all[from[i]:from[i+1]]. An
// event finds its lists in from, half the bytes a slice of slices would
// take: an export's events share few of their half a million lists,
// and each is looked up where it lies in memory.
type strLists struct {
	table   []string
	all     []string
	numbers []uint32
	from    []uint32
}

// n is how many lists there are.
func (l *strLists) n() int { return len(l.from) - 1 }

// list is list i's strings, nil for none.
func (l *strLists) list(i int) []string {
	from, to := l.from[i], l.from[i+1]
	if from == to {
		return nil
	}
	return l.all[from:to:to]
}

// readLists reads the lists: their strings all in one array, at once.
func readLists(d *dec) *strLists {
	l := &strLists{table: make([]string, d.count())}
	for i := range l.table {
		l.table[i] = d.str()
	}
	n := d.count()
	l.from = make([]uint32, 1, n+2)
	l.from = append(l.from, 0) // the empty list
	// each number is a byte or more: made once, never grown
	l.numbers = make([]uint32, 0, len(d.b)-d.off)
	for range n {
		for range d.count() {
			l.numbers = append(l.numbers, uint32(d.int(len(l.table))))
		}
		if len(l.numbers) > math.MaxUint32 {
			return nil
		}
		l.from = append(l.from, uint32(len(l.numbers)))
	}
	if d.bad || d.off != len(d.b) {
		return nil
	}
	l.all = make([]string, len(l.numbers))
	for i, k := range l.numbers {
		l.all[i] = l.table[k]
	}
	return l
}

// counts reads how many events and sources the index ix says the
// events, eventBytes long, hold: an event takes a dozen bytes or more, a
// source four.
func counts(ix *dec, eventBytes int) (events, sources int) {
	return ix.int(min(schema.MaxEvents, eventBytes/8) + 1), ix.int(eventBytes/4 + 1)
}

// live is how many bytes the dataset of an entry will keep live, from
// its index ix (read from a copy) and the sizes of its events' and its
// lists' sections: the events, their sources and their share of the
// indexes, and the lists, each number in them a string (at most one a
// byte of the section) and its own four bytes.
func live(ix *dec, eventBytes, listBytes int) int64 {
	n, nSources := counts(ix, eventBytes)
	return int64(n)*int64(unsafe.Sizeof(timeline.Event{})+48) + int64(nSources)*int64(unsafe.Sizeof(timeline.Source{})) +
		int64(listBytes)*int64(unsafe.Sizeof("")+4)
}

// events reads the events on every processor, a run of chunks each, as
// the index says they lie (base is where d lies in the entry), checking
// each chunk's blocks against sums just before it reads them.
// It returns with them what each list is used as (asCountries...).
func events(d *dec, base int, ix *dec, arts []timeline.Article, lists *strLists, sums *blockSums) ([]timeline.Event, []uint8, error) {
	n, nSources := counts(ix, len(d.b))
	if ix.uvarint() != chunk || ix.bad {
		return nil, nil, errBroken
	}
	chunks := (n + chunk - 1) / chunk
	starts := make([][2]int, chunks+1)
	for c := range chunks {
		starts[c] = [2]int{ix.int(len(d.b)), ix.int(nSources + 1)}
	}
	starts[chunks] = [2]int{len(d.b), nSources}
	if ix.bad || ix.off != len(ix.b) {
		return nil, nil, errBroken
	}
	events := make([]timeline.Event, n)
	sources := make([]timeline.Source, nSources)
	workers := min(runtime.GOMAXPROCS(0), max(chunks, 1))
	bad := make([]bool, workers)
	roles := make([][]uint8, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			roles[w] = make([]uint8, lists.n())
			for c := w * chunks / workers; c < (w+1)*chunks/workers; c++ {
				from, to := starts[c], starts[c+1]
				if from[0] > to[0] || from[1] > to[1] {
					bad[w] = true
					return
				}
				sums.cover(base+from[0], base+to[0]) // the chunk's bytes, about to be read
				cd := &dec{b: d.b[from[0]:to[0]]}
				if !readChunk(cd, events[c*chunk:min((c+1)*chunk, n)], sources[from[1]:to[1]], arts, lists, roles[w]) {
					bad[w] = true
					return
				}
			}
		})
	}
	wg.Wait()
	for _, b := range bad {
		if b {
			return nil, nil, fmt.Errorf("%w (its events)", errBroken)
		}
	}
	for _, r := range roles[1:] {
		for li := range r {
			roles[0][li] |= r[li]
		}
	}
	return events, roles[0], nil
}

// head is an event's numbers, written before its strings (encode.go):
// flags, the id's length, the title's and the summary's article, place
// and length, the date note's length, start, end, the countries', actors'
// and tags' lists and how many sources.
type head [15]uint64

// readHead reads an event's numbers: at once when each is a byte, as
// nearly every one of an import's is.
func (d *dec) readHead(h *head) {
	if b := d.b[d.off:]; len(b) >= 16 {
		lo, hi := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
		if (lo|hi&(1<<56-1))&0x8080808080808080 == 0 {
			*h = head{lo & 0xff, lo >> 8 & 0xff, lo >> 16 & 0xff, lo >> 24 & 0xff, lo >> 32 & 0xff, lo >> 40 & 0xff, lo >> 48 & 0xff, lo >> 56,
				hi & 0xff, hi >> 8 & 0xff, hi >> 16 & 0xff, hi >> 24 & 0xff, hi >> 32 & 0xff, hi >> 40 & 0xff, hi >> 48 & 0xff}
			d.off += len(h)
			return
		}
	}
	h[0] = uint64(d.u8())
	for i := 1; i < len(h); i++ {
		h[i] = d.uvarint()
	}
}

// readSource reads a source's numbers, written before its phrase: its
// article, start, end, the phrase's length and flags; at once when each
// is a byte.
func (d *dec) readSource(h *[5]uint64) {
	if b := d.b[d.off:]; len(b) >= 8 {
		if v := binary.LittleEndian.Uint64(b); v&0x8080808080 == 0 {
			h[0], h[1], h[2], h[3], h[4] = v&0xff, v>>8&0xff, v>>16&0xff, v>>24&0xff, v>>32&0xff
			d.off += len(h)
			return
		}
	}
	for i := range 4 {
		h[i] = d.uvarint()
	}
	h[4] = uint64(d.u8())
}

// below is v, which must be below most.
func (d *dec) below(v uint64, most int) int {
	if v >= uint64(most) {
		d.bad = true
		return 0
	}
	return int(v)
}

// readChunk reads a chunk's events, whose sources fill sources exactly,
// marking in roles what each list is used as. Beyond what reading them
// checks (every place and length), it checks what the dataset's methods
// rely on and cannot check in a list: each event has a title, a start,
// a source, and an end, where it has one, that is not before its start.
func readChunk(d *dec, events []timeline.Event, sources []timeline.Source, arts []timeline.Article, lists *strLists, roles []uint8) bool {
	s := 0
	var starts, ends dates
	last := 0 // where the last place in an article read ended (writer.at)
	var mark, skip int
	var h head
	var sh [5]uint64
	nl := lists.n()
	for i := range events {
		e := &events[i]
		d.readHead(&h)
		e.Extracted = h[0]&1 == 1
		e.ID = d.strOf(h[1])
		mark = last // where the event's sources are read from (writer.eventSpan)
		title, summary := d.text(arts, h[2], h[3], h[4], &last, &mark), d.text(arts, h[5], h[6], h[7], &last, &skip)
		e.DateNote = d.strOf(h[8])
		if h[9]|h[10] != 0 || !starts.made || !ends.made { // else the event before's, checked
			starts.read(d, h[9])
			ends.read(d, h[10])
			if starts.date.IsZero() || !ends.date.IsZero() && ends.date.Last().Before(starts.date.First()) {
				return false
			}
		}
		e.Start, e.End = starts.date, ends.date
		c, a, t := d.below(h[11], nl), d.below(h[12], nl), d.below(h[13], nl)
		e.Countries, e.Actors, e.Tags = lists.list(c), lists.list(a), lists.list(t)
		roles[c] |= asCountries
		roles[a] |= asActors
		roles[t] |= asTags
		k := d.below(h[14], len(sources)-s+1)
		if k == 0 || title == "" {
			return false
		}
		e.Sources = sources[s : s+k : s+k]
		for j := range e.Sources {
			src := &e.Sources[j]
			d.readSource(&sh)
			src.Span = eventSpan(d, arts, sh[0], sh[1], sh[2], mark, &last)
			f := sh[4]
			src.Caption, src.Extracted, src.Tense, src.Basis = f&1 == 1, f&2 == 2, timeline.Tense(f>>2&3), f&16 == 16
			if f>>5 != 0 {
				d.bad = true
			}
			src.When = d.strOf(sh[3])
		}
		s += k
		e.Title, e.Summary = title, summary
		if d.bad {
			return false
		}
	}
	return s == len(sources) && d.off == len(d.b)
}

// text is a title or summary written by writer.text as its article k,
// place v and length n (0, its length and 0 inline, its bytes read from d),
// last where the chunk's last place in an article ended; start becomes
// where it starts when it is a place.
func (d *dec) text(arts []timeline.Article, k, v, n uint64, last, start *int) string {
	if k == 0 {
		if n != 0 {
			d.bad = true
		}
		return d.strOf(v)
	}
	if k > uint64(len(arts)) {
		d.bad = true
		return ""
	}
	t := string(arts[k-1].Text)
	off, m := d.at(len(t), v, n, last)
	if d.bad {
		return ""
	}
	*start = off
	return t[off : off+m]
}

// eventSpan is a span written by writer.eventSpan as its article k,
// its start v from mark and its end w from last: its text is its
// article's there, which must hold it.
func eventSpan(d *dec, arts []timeline.Article, k, v, w uint64, mark int, last *int) timeline.Span {
	if k == 0 || k > uint64(len(arts)) {
		d.bad = d.bad || k != 0 || v|w != 0
		return timeline.Span{}
	}
	a := &arts[k-1]
	start, end := moved(mark, v), moved(*last, w)
	if d.bad || start < 0 || start > end || end > int64(len(a.Text)) {
		d.bad = true
		return timeline.Span{}
	}
	*last = int(end)
	return timeline.Span{Article: a.ID, Start: int(start), End: int(end), Text: a.Text[start:end]}
}

// moved is from moved by the distance whose zigzag is v (writer.at): below
// 0 when the distance is more than a text could be, as the sum wraps.
func moved(from int, v uint64) int64 {
	return int64(from) + (int64(v>>1) ^ -int64(v&1))
}

// at is a place in a text of size bytes written by writer.at, the zigzag
// v of its distance from last, and its length m: both within the text,
// or d is bad and they are 0. last, where the one before ended, becomes
// where this one ends.
func (d *dec) at(size int, v, m uint64, last *int) (off, n int) {
	o := moved(*last, v)
	if d.bad || o < 0 || o > int64(size) || m > uint64(size-int(o)) {
		d.bad = true
		return 0, 0
	}
	off, n = int(o), int(m)
	*last = off + n
	return off, n
}
