package timelinejs

// Reading a TimelineJS CSV a row at a time.

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Read is [Load] reading from r. A CSV is read a row
// at a time and made into events a batch of rows at a time, so neither
// the file nor its rows are ever held whole; a JSON document is read
// whole. A problem's line and column need the whole file, so on a problem
// Read calls opt.Reread (if not nil) and loads what it returns with
// Load, which places every error; Reread is never called otherwise. So is a CSV whose title row comes after its first batch of
// slides, since the title's block starts the article. The caller limits
// how much r may give.
func Read(path string, r io.Reader, opt Options) (*timeline.Dataset, error) {
	if path == "" {
		path = "-"
	}
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 1<<16)
	if b, _ := br.Peek(4); schema.CheckEncoding(b) != nil {
		return nil, &schema.Error{File: path, Line: 1, Col: 1, Err: schema.CheckEncoding(b)}
	}
	if b, _ := br.Peek(len(schema.BOM)); string(b) == schema.BOM {
		br.Discard(len(schema.BOM))
	}
	limits := opt.Limits.OrDefault()
	var ds *timeline.Dataset
	var err error
	if looksCSV(br) && opt.Reopen != nil {
		ds, err = readParallel(path, br, opt, limits)
		var se *schema.Error
		switch {
		case err == nil:
			return ds, nil
		case errors.As(err, &se):
			return nil, err // a row too long, refused as the sequential reader refuses it
		case !errors.Is(err, errOdd):
			return nil, &schema.Error{File: path, Err: err}
		}
		// Read again, as it always was: that reading places problems.
		rc, rerr := opt.Reopen()
		if rerr != nil {
			return nil, &schema.Error{File: path, Err: rerr}
		}
		defer rc.Close()
		again := opt
		again.Reopen = nil
		return Read(path, rc, again)
	}
	if looksCSV(br) {
		ds, err = streamCSV(path, br, cr, opt, limits)
	} else {
		var src []byte
		if src, err = io.ReadAll(br); err == nil {
			return Load(path, src, Options{Limits: limits, IndexLater: opt.IndexLater})
		}
	}
	if err == nil {
		return ds, nil
	}
	var long *rowTooLong
	if opt.Reread == nil || errors.As(err, &long) {
		// the problems, placed as far as the rows read tell; a row refused
		// for its size names its line, and reading that file whole is what
		// the row limit spares
		return nil, err
	}
	src, rerr := opt.Reread()
	if rerr != nil {
		return nil, err
	}
	return Load(path, src, Options{Limits: limits, IndexLater: opt.IndexLater})
}

// looksCSV reports whether the document is a CSV: its first byte that
// is not white space starts neither a JSON object nor an array. A
// document of white space alone is not one, for Load to say so.
func looksCSV(br *bufio.Reader) bool {
	for n := 1; ; n++ {
		b, _ := br.Peek(n)
		if len(b) < n {
			return false
		}
		switch b[n-1] {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			return false
		}
		return true
	}
}

// errTitleLate stops a streamed CSV whose title row comes too late for
// its block to start the article.
var errTitleLate = errors.New("the title row comes after the first rows of slides")

// streamCSV reads a CSV's rows from br, handing them to a build a batch
// at a time. Every problem it finds is unplaced or placed by line and byte
// column only; Read rereads the file to place them.
//
// Rows are read, cut into slides and their HTML made plain text
// (wordsOfAll) on a goroutine of their own, a batch ahead of the build,
// which must take the slides in order: with both on one goroutine, the
// second core sat idle while rows were read and built.
func streamCSV(path string, br *bufio.Reader, cr *countingReader, opt Options, limits schema.Limits) (*timeline.Dataset, error) {
	size := opt.Size
	imp := &importer{file: path, pos: &positions{}, limits: limits, indexLater: opt.IndexLater, indexAfter: opt.IndexAfter}
	// csv reads the limiter through a buffer as large as br's, so a row
	// is not read in small pieces
	r := csv.NewReader(bufio.NewReaderSize(newRowLimiter(br, rowCells*limits.LineBytes), 1<<16))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // the cells kept are substrings of the row, not of rec
	// The reader places its problems with a position of its own.
	c := &csvReader{file: path, pos: &positions{}, r: r, limits: limits}
	header, err := r.Read()
	if err != nil {
		return nil, c.parseError(err)
	}
	if !c.columns(header) {
		return nil, errors.Join(c.errs...)
	}
	start := cr.n - int64(br.Buffered()) // where the rows after the header start
	// Two batches' room, for slides and their words, taken in turn: each
	// for a batch, or for the file's rows should it be smaller, at a
	// hundred bytes a row.
	batches, free := make(chan rowBatch), make(chan rowBatch, 2)
	room := min(wordsBatch, size/100+1)
	for range 2 {
		free <- rowBatch{slides: make([]slide, 0, room), words: make([]slideWords, 0, room)}
	}
	stop := make(chan struct{})
	go c.readRows(br, cr, batches, free, stop)
	defer func() { // the reader is done with the file before this returns
		close(stop)
		for range batches {
		}
	}()
	var b *builder
	for rows := range batches {
		if rows.err != nil {
			return nil, rows.err
		}
		for i := range rows.slides {
			imp.checkLengths(&rows.slides[i])
		}
		if b == nil && rows.title != nil {
			imp.checkLengths(rows.title)
		}
		if len(imp.errs) > 0 {
			return nil, errors.Join(imp.errs...)
		}
		if b != nil {
			b.add(rows.slides, rows.words)
		} else {
			// The first batch tells how many rows the rest of the file
			// holds, and how much article text a row makes.
			events := min(schema.ExpectEvents(size, rows.read, rows.read-start, len(rows.slides)), limits.Events)
			b = imp.build(rows.title, int(rows.read-start), events, false) // the text is shorter than its rows' markup
			b.add(rows.slides, rows.words)
			if len(rows.slides) > 0 && events > len(rows.slides) {
				b.text.Grow(b.text.Len() / len(rows.slides) * (events - len(rows.slides)))
			}
		}
		if rows.last {
			return b.finish()
		}
		clear(rows.slides)
		clear(rows.words)
		free <- rowBatch{slides: rows.slides[:0], words: rows.words[:0]}
	}
	// Not reached: the reader ends with its last batch or a problem.
	return nil, &schema.Error{File: path, Err: errors.New("the rows ended without their last batch")}
}

// rowBatch is a batch of slides read from a CSV with their words, or the
// problem that ended the reading.
type rowBatch struct {
	slides []slide
	words  []slideWords // each slide's, from wordsOfAll
	title  *slide       // the title row, if read by then
	read   int64        // how many bytes of the file the rows so far took
	last   bool         // the file's last rows
	err    error
}

// readRows reads the rows after the header a batch at a time into room
// taken from free, works out their words and sends them to batches,
// ending with the last batch or a problem. It stops early once stop is
// closed, and closes batches when it returns.
func (c *csvReader) readRows(br *bufio.Reader, cr *countingReader, batches chan<- rowBatch, free <-chan rowBatch, stop <-chan struct{}) {
	defer close(batches)
	var rows rowBatch
	take := func() bool { // room for the next batch
		select {
		case rows = <-free:
			c.slides = rows.slides
			return true
		case <-stop:
			return false
		}
	}
	send := func(rows rowBatch) bool {
		select {
		case batches <- rows:
			return true
		case <-stop:
			return false
		}
	}
	sendSlides := func(last bool) bool {
		rows.slides, rows.words = c.slides, slices.Grow(rows.words[:0], len(c.slides))[:len(c.slides)]
		wordsOfAll(rows.slides, rows.words)
		rows.title, rows.read, rows.last = c.title, cr.n-int64(br.Buffered()), last
		return send(rows)
	}
	fail := func(err error) { send(rowBatch{err: err}) }
	if !take() {
		return
	}
	var title *slide // the title row as the first batch went: it starts the article
	for sent := false; ; {
		rec, err := c.r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(c.parseError(err))
			return
		}
		c.row(rec, -1)
		switch {
		case len(c.errs) > 0:
			fail(errors.Join(c.errs...))
			return
		case sent && c.title != title:
			fail(&schema.Error{File: c.file, Err: errTitleLate})
			return
		case c.n > c.limits.Events:
			line, col := c.r.FieldPos(0)
			fail(&schema.Error{File: c.file, Line: line, Col: col, Err: schema.TooMany(c.n, c.limits.Events, "slides", "split the document (data.MaxEvents)")})
			return
		case len(c.slides) == wordsBatch:
			if !sendSlides(false) || !take() {
				return
			}
			sent, title = true, c.title
		}
	}
	switch {
	case cr.n > schema.MaxTimelineJSBytes:
		fail(&schema.Error{File: c.file, Err: fmt.Errorf("over the %d-byte limit for a TimelineJS document", schema.MaxTimelineJSBytes)})
	case c.n == 0:
		fail(&schema.Error{File: c.file, Err: errors.New("no events: a TimelineJS document needs at least one slide besides the title")})
	default:
		sendSlides(true)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
