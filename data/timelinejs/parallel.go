package timelinejs

// Reading a TimelineJS CSV on every processor: the document is read a
// window at a time; each window's whole records are cut into a part a
// processor (records.go), each part read into its slides' blocks of text
// and events on a goroutine of its own (part.go), and the parts are then
// placed, side by side again, where the article and the events want them.
// Nothing is allocated for a row but its event's place in one array.
//
// It reads what the sequential reader (stream.go) reads and builds the
// same dataset, byte for byte as exported (TestParallelMatchesSequential).
// Where that reader would report a problem, or where a row's text depends
// on the rows before it, this one gives up (errOdd) and the document is
// read again by that reader, which places the problem.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// defaultWindow is how much of a document is read at a time: large enough
// that the windows' ends cost nothing, and over twice the row limit, so
// that a row the limit allows always fits after what is left of the one
// before.
const defaultWindow = 8 << 20

// fillStep is how much of a window is read at a time.
const fillStep = 256 << 10

// perEvent is about how many bytes an imported event keeps live besides
// its text: the event, its source, its id and its share of the indexes.
const perEvent = int64(unsafe.Sizeof(timeline.Event{})+unsafe.Sizeof(timeline.Source{})) + 16 + 48

// parallelCSV is the state of one parallel reading.
type parallelCSV struct {
	path   string
	limits schema.Limits
	opt    Options
	size   int64 // the document's size, or 0
	window int
	parts  []part
	cols   columns
	imp    *importer

	// what is built
	title   *slide
	name    string
	events  []timeline.Event
	text    []byte // the article: its blocks so far, and room for the rest
	base    string // text's whole room as a string, which events' strings are cut from
	tagOf   map[string][]string
	extra   []string
	anyID   bool
	latest  timeline.Date
	started bool // the article's first block, the title's, is written
	// unclean holds the events whose rows were not simple: only those are
	// cleaned (untrusted.CleanLine) once every row is placed.
	unclean []int
	// given holds the events whose rows gave a unique id (anyID): the
	// rest keep the ids place made them until ids makes every one again.
	given []int
}

// readParallel reads the CSV br holds, from its header on; read counts
// what was read through br.
func readParallel(path string, br io.Reader, opt Options, limits schema.Limits) (*timeline.Dataset, error) {
	p := &parallelCSV{path: path, limits: limits, opt: opt, size: opt.Size, window: defaultWindow}
	if opt.window > 0 {
		p.window = opt.window // tests cut small windows
	}
	n := runtime.GOMAXPROCS(0)
	if opt.parts > 0 {
		n = opt.parts
	}
	p.parts = make([]part, n)
	p.imp = &importer{file: path, pos: &positions{}, limits: limits}
	if opt.Size > 0 && opt.Size < int64(p.window) {
		p.window = int(opt.Size) + 1 // a small document's window is its size: room not touched is still allocated
	}
	buf := make([]byte, p.window)
	have, read := 0, int64(0) // bytes in buf, and read before them
	lines := 0                // newlines before buf
	most := rowCells * limits.LineBytes
	eof := false
	// fill fills buf a step at a time. A row longer than the row limit is
	// refused as soon as that many bytes of it are in, as the sequential
	// reader's rowLimiter refuses it, not a window later.
	fill := func(header bool) error {
		for have < len(buf) && !eof && (!header || nextEnd(buf[:have]) < 0) {
			k, err := br.Read(buf[have:min(have+fillStep, len(buf))])
			have += k
			switch {
			case err == io.EOF:
				eof = true
			case err != nil:
				return err
			}
			if have > most && !eof && nextEnd(buf[:have]) < 0 && buf[0] != '\n' {
				if strayQuote(buf[:have]) {
					return errOdd
				}
				long := &rowTooLong{line: lines + 1, most: most}
				return &schema.Error{File: path, Line: long.line, Col: 1, Err: long}
			}
		}
		return nil
	}
	if err := fill(true); err != nil {
		return nil, err
	}
	// the header: the first record, as encoding/csv reads it
	end := nextEnd(buf[:have])
	if end < 0 && eof {
		end = have
	}
	if end <= 0 {
		return nil, errOdd
	}
	r := csv.NewReader(bytes.NewReader(buf[:end]))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, errOdd
	}
	c := &csvReader{file: path, pos: &positions{}, limits: limits}
	if !c.columns(header) {
		return nil, errOdd
	}
	p.cols = columnsOf(c.cols)
	for i := range p.parts {
		p.parts[i].cols, p.parts[i].limits = &p.cols, limits
	}
	headerEnd := int64(end)
	lines += bytes.Count(buf[:end], []byte{'\n'})
	copy(buf, buf[end:have])
	have -= end
	read += int64(end)
	for {
		if err := fill(false); err != nil {
			return nil, err
		}
		whole := have
		if !eof {
			whole = lastRecordEnd(buf[:have])
		}
		if !eof && whole == 0 {
			return nil, errOdd // a record longer than the window: over the row limit
		}
		if err := p.readWindow(buf[:whole], eof, read+int64(whole)-headerEnd); err != nil {
			var long *tooLong
			if errors.As(err, &long) {
				if strayQuote(buf[long.at:have]) {
					return nil, errOdd
				}
				l := &rowTooLong{line: lines + 1 + bytes.Count(buf[:long.at], []byte{'\n'}), most: most}
				return nil, &schema.Error{File: path, Line: l.line, Col: 1, Err: l}
			}
			return nil, err
		}
		read += int64(whole)
		lines += bytes.Count(buf[:whole], []byte{'\n'})
		if read > schema.MaxTimelineJSBytes {
			return nil, errOdd // refused as the sequential reader refuses it
		}
		if opt.Progress != nil {
			opt.Progress(len(p.events))
		}
		if eof {
			break
		}
		copy(buf, buf[whole:have])
		have -= whole
	}
	return p.finish()
}

// nextEnd is the end of the first record in b, or -1.
func nextEnd(b []byte) int {
	quoted := false
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return -1
		}
		if bytes.Count(b[off:off+i], []byte{'"'})%2 == 1 {
			quoted = !quoted
		}
		if off += i + 1; !quoted {
			return off
		}
	}
}

// readWindow reads the whole records of b into its parts, side by side,
// then places their blocks and events, side by side again. rows is how
// many bytes of rows the document has given so far, b's included.
func (p *parallelCSV) readWindow(b []byte, eof bool, rows int64) error {
	ends := cutRecords(b, len(p.parts))
	errs := make([]error, len(p.parts))
	var wg sync.WaitGroup
	from := 0
	for k := range p.parts {
		lo, hi := from, ends[k]
		from = hi
		wg.Go(func() { errs[k] = p.parts[k].read(b[lo:hi], eof && hi == len(b)) })
	}
	wg.Wait()
	for k, err := range errs {
		var long *tooLong
		switch {
		case errors.As(err, &long):
			long.at += ends[k] - len(p.parts[k].fr.b) // from the window's start
			return long
		case err != nil:
			return err // the first part's problem: the one the sequential reader finds first
		}
	}
	if err := p.start(rows, int64(len(b))); err != nil {
		return err
	}
	return p.place()
}

// start, at the first window, writes the title's block, which starts the
// article, and sizes the events and the text from what the window holds;
// later it takes a title row as one too late.
func (p *parallelCSV) start(rows, window int64) error {
	var title *slide
	for k := range p.parts {
		if t := p.parts[k].title; t != nil {
			if title != nil || p.started {
				return errOdd // a second title, or a title too late to start the article
			}
			title = t
		}
	}
	if p.started {
		return nil
	}
	p.started = true
	p.title, p.name = title, p.imp.name(title)
	n, text := 0, 0
	for k := range p.parts {
		n += len(p.parts[k].rows)
		text += len(p.parts[k].text)
	}
	// The events and the article's text the rest of the document holds,
	// at the rate this window holds them, with a little to spare: room
	// that is never written costs address space, not memory.
	events := min(schema.ExpectEvents(p.size, rows, rows, n), p.limits.Events) + 16
	room := text + 4096
	if p.size > rows && rows > 0 {
		room += int(float64(p.size-rows) * float64(text) / float64(rows) * 1.05)
	}
	if title != nil {
		room += len(title.headline) + len(title.text) + len(p.name) + 4
	}
	if p.opt.Expect != nil {
		p.opt.Expect(int64(events)*perEvent + int64(room) + int64(p.window)*2)
	}
	p.events = make([]timeline.Event, 0, events)
	p.grow(room)
	if title != nil {
		p.text = append(p.text, block(cmpOr(oneLine(plain(title.headline)), p.name), plain(title.text))...)
		p.text = append(p.text, "\n\n"...)
	}
	return nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// grow makes room for at least n more bytes of article text. Strings cut
// from the old room are cut again from the new one.
func (p *parallelCSV) grow(n int) {
	if len(p.text)+n <= cap(p.text) {
		return
	}
	old := p.text
	p.text = make([]byte, len(old), max(len(old)+n, 2*cap(old)))
	copy(p.text, old)
	p.base = unsafe.String(unsafe.SliceData(p.text), cap(p.text))
	if len(old) == 0 {
		return
	}
	in := func(s string) bool {
		d := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		o := uintptr(unsafe.Pointer(unsafe.SliceData(old)))
		return s != "" && d >= o && d < o+uintptr(cap(old))
	}
	again := func(s string) string {
		if !in(s) {
			return s
		}
		at := int(uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.SliceData(old))))
		return p.base[at : at+len(s)]
	}
	for i := range p.events {
		e := &p.events[i]
		e.Title, e.Summary = again(e.Title), again(e.Summary)
		src := &e.Sources[0]
		src.Text = untrusted.Text(again(string(src.Text)))
	}
}

// place writes the parts' blocks into the article and makes their events,
// each part on a goroutine of its own, at the places the parts before it
// leave.
func (p *parallelCSV) place() error {
	text, n := 0, 0
	for k := range p.parts {
		text += len(p.parts[k].text)
		n += len(p.parts[k].rows)
	}
	if len(p.events)+n > p.limits.Events {
		return errOdd
	}
	p.grow(text)
	if len(p.events)+n > cap(p.events) {
		grown := make([]timeline.Event, len(p.events), max(len(p.events)+n, cap(p.events)*3/2))
		copy(grown, p.events)
		p.events = grown
	}
	// each part's tags as the dataset's: one slice a tag, which every
	// event with it shares
	tags := make([][][]string, len(p.parts))
	for k := range p.parts {
		for _, t := range p.parts[k].tags {
			l, ok := p.tagOf[t]
			if !ok {
				if p.tagOf == nil {
					p.tagOf = map[string][]string{}
				}
				l = []string{t}
				p.tagOf[t] = l
				if !timeline.IsTag(t) {
					p.extra = append(p.extra, t)
				}
			}
			tags[k] = append(tags[k], l)
		}
	}
	sources := make([]timeline.Source, n)
	ev, off, at := len(p.events), len(p.text), 0
	p.events = p.events[:ev+n]
	p.text = p.text[:off+text]
	var wg sync.WaitGroup
	for k := range p.parts {
		pt := &p.parts[k]
		e0, t0, s0 := ev, off, at
		ev, off, at = ev+len(pt.rows), off+len(pt.text), at+len(pt.rows)
		wg.Go(func() {
			copy(p.text[t0:], pt.text)
			ids := newMadeIDs(e0, len(pt.rows))
			for j := range pt.rows {
				r := &pt.rows[j]
				start := t0 + int(r.block)
				blk := p.base[start : start+int(r.size)]
				src := &sources[s0+j]
				*src = timeline.Source{Span: timeline.Span{Article: sourceID, Start: start, End: start + int(r.size), Text: untrusted.Text(blk)}}
				e := timeline.Event{ID: ids.next(), Title: blk[:r.title], Start: r.start, End: r.end, Sources: sources[s0+j : s0+j+1 : s0+j+1]}
				switch r.summary {
				case summaryIsTitle:
					e.Summary = e.Title
				case summaryOwn: // from rare, below
				default:
					e.Summary = blk[r.title+1 : r.title+1+r.summary]
				}
				if r.tag >= 0 {
					e.Tags = tags[k][r.tag]
				}
				p.events[e0+j] = e
			}
			for _, x := range pt.rare {
				e := &p.events[e0+x.row]
				e.DateNote = x.note
				if x.own != "" {
					e.Summary = x.own
				}
				if x.id != "" {
					e.ID = x.id // given: ids makes every id again
				}
			}
		})
	}
	wg.Wait()
	at = len(p.events) - n
	for k := range p.parts {
		pt := &p.parts[k]
		for _, r := range pt.unclean {
			p.unclean = append(p.unclean, at+int(r))
		}
		for _, x := range pt.rare {
			if x.id != "" {
				p.given = append(p.given, at+x.row)
			}
		}
		at += len(pt.rows)
		p.anyID = p.anyID || pt.anyID
		if !pt.latest.IsZero() && (p.latest.IsZero() || later(pt.latest, p.latest)) {
			p.latest = pt.latest
		}
	}
	return nil
}

// finish gives the events their ids and makes the dataset.
func (p *parallelCSV) finish() (*timeline.Dataset, error) {
	if len(p.events) == 0 {
		return nil, errOdd
	}
	p.ids()
	full := p.base[:len(p.text)]
	p.latest.Approx = false
	extra := slices.Clone(p.extra)
	slices.Sort(extra)
	parts := timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: sourceID, Name: p.name}},
		Articles: []timeline.Article{{
			ID: sourceID, File: p.path, Outlet: sourceID, Title: p.name,
			Published: p.latest, Text: untrusted.Text(full),
		}},
		Events:    p.events,
		ExtraTags: extra,
		Placer:    slidesOpenPassages{},
		IDsMade:   !p.anyID, // "slide-N", N each slide's number
	}
	for _, i := range p.unclean {
		schema.CleanEvent(&p.events[i])
	}
	schema.Clean(&parts, true)
	adopt := timeline.Adopt
	if p.opt.IndexLater {
		adopt = func(parts timeline.Parts) (*timeline.Dataset, error) {
			return timeline.AdoptDeferredAfter(parts, p.opt.IndexAfter)
		}
	}
	ds, err := adopt(parts)
	if err != nil {
		return nil, errOdd
	}
	return ds, nil
}

// ids gives each event its id where the document gives ids (makeIDs);
// where it gives none, each keeps the "slide-N" place made it, N its
// slide's number.
func (p *parallelCSV) ids() {
	if !p.anyID {
		return
	}
	ids := make([]string, len(p.events))
	refs := make([]slideRef, len(p.events))
	for i := range refs {
		refs[i].n = int32(i + 1)
	}
	for _, i := range p.given {
		ids[i] = p.events[i].ID
	}
	makeIDs(ids, refs)
	for i := range p.events {
		p.events[i].ID = ids[i]
	}
}

// madeIDs are the ids "slide-N" of n events from the one at from (N is
// one more than an event's position), written in one buffer and handed
// out in turn by next.
type madeIDs struct {
	all string
	at  int
	n   int // the next event's N
}

func newMadeIDs(from, n int) madeIDs {
	size := 0
	for i := from; i < from+n; i++ {
		size += len("slide-") + digits(i+1)
	}
	b := make([]byte, 0, size)
	for i := from; i < from+n; i++ {
		b = strconv.AppendInt(append(b, "slide-"...), int64(i+1), 10)
	}
	return madeIDs{all: unsafe.String(unsafe.SliceData(b), len(b)), n: from + 1}
}

// next is the next event's id.
func (m *madeIDs) next() string {
	size := len("slide-") + digits(m.n)
	id := m.all[m.at : m.at+size]
	m.at += size
	m.n++
	return id
}

func digits(n int) int {
	d := 1
	for ; n >= 10; n /= 10 {
		d++
	}
	return d
}
