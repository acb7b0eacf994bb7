package data

// Reading a TimelineJS CSV a row at a time.

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// ReadTimelineJS is [LoadTimelineJS] reading from r. A CSV is read a row
// at a time and made into events a batch of rows at a time, so neither
// the file nor its rows are ever held whole; a JSON document is read
// whole. A problem's line and column need the whole file, so on a problem
// ReadTimelineJS calls reread (if not nil) and loads what it returns with
// LoadTimelineJS, which places every error; reread is never called
// otherwise. So is a CSV whose title row comes after its first batch of
// slides, since the title's block starts the article. The caller limits
// how much r may give.
//
// size is how many bytes r holds, or 0 if that is not known; it only
// sizes the article's text once, instead of growing it as rows come.
func ReadTimelineJS(path string, r io.Reader, size int64, reread func() ([]byte, error)) (*timeline.Dataset, error) {
	if path == "" {
		path = "-"
	}
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 1<<16)
	if b, _ := br.Peek(len(bom)); bytes.Equal(b, bom) {
		br.Discard(len(bom))
	}
	var ds *timeline.Dataset
	var err error
	if tlLooksCSV(br) {
		ds, err = tlStreamCSV(path, br, cr, size)
	} else {
		var src []byte
		if src, err = io.ReadAll(br); err == nil {
			return LoadTimelineJS(path, src)
		}
	}
	if err == nil {
		return ds, nil
	}
	if reread == nil {
		return nil, err // the problems, placed only as far as the rows read tell
	}
	src, rerr := reread()
	if rerr != nil {
		return nil, err
	}
	return LoadTimelineJS(path, src)
}

// tlLooksCSV reports whether the document is a CSV: its first byte that
// is not white space starts neither a JSON object nor an array. A
// document of white space alone is not one, for LoadTimelineJS to say so.
func tlLooksCSV(br *bufio.Reader) bool {
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

// tlStreamCSV reads a CSV's rows from br, handing them to a build a batch
// at a time. Every problem it finds is unplaced or placed by line and byte
// column only; ReadTimelineJS rereads the file to place them.
func tlStreamCSV(path string, br *bufio.Reader, cr *countingReader, size int64) (*timeline.Dataset, error) {
	imp := &tlImporter{file: path, pos: &tlPos{}}
	r := csv.NewReader(br)
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // the cells kept are substrings of the row, not of rec
	// Room for a batch of slides, or for the file's rows should it be
	// smaller, at a hundred bytes a row.
	c := &tlCSVReader{file: path, pos: imp.pos, r: r, slides: make([]tlSlide, 0, min(tlWordsBatch, size/100+1))}
	header, err := r.Read()
	if err != nil {
		return nil, c.parseError(err)
	}
	if !c.columns(header) {
		return nil, errors.Join(c.errs...)
	}
	var b *tlBuild
	start := cr.n - int64(br.Buffered()) // where the rows after the header start
	flush := func() {
		for i := range c.slides {
			imp.checkLengths(&c.slides[i])
		}
		if b == nil && c.title != nil {
			imp.checkLengths(c.title)
		}
		if len(imp.errs) > 0 {
			return
		}
		if b != nil {
			b.add(c.slides)
		} else {
			// The first batch tells how many rows the rest of the file
			// holds, and how much article text a row makes.
			read := cr.n - int64(br.Buffered())
			events := min(expectEvents(size, read, read-start, len(c.slides)), maxEvents)
			b = imp.build(c.title, int(read-start), events, false) // the text is shorter than its rows' markup
			b.add(c.slides)
			if len(c.slides) > 0 && events > len(c.slides) {
				b.text.Grow(b.text.Len() / len(c.slides) * (events - len(c.slides)))
			}
		}
		clear(c.slides)
		c.slides = c.slides[:0]
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, c.parseError(err)
		}
		c.row(rec, -1)
		switch {
		case len(c.errs) > 0:
			return nil, errors.Join(c.errs...)
		case b != nil && c.title != b.title:
			return nil, &Error{File: path, Err: errTitleLate}
		case c.n > maxEvents:
			return nil, &Error{File: path, Err: tooMany(c.n, maxEvents, "slides", "split the document (data.MaxEvents)")}
		case len(c.slides) == tlWordsBatch:
			if flush(); len(imp.errs) > 0 {
				return nil, errors.Join(imp.errs...)
			}
		}
	}
	if cr.n > MaxTimelineJSBytes {
		return nil, &Error{File: path, Err: fmt.Errorf("over the %d-byte limit for a TimelineJS document", MaxTimelineJSBytes)}
	}
	if c.n == 0 {
		return nil, &Error{File: path, Err: errors.New("no events: a TimelineJS document needs at least one slide besides the title")}
	}
	if flush(); len(imp.errs) > 0 {
		return nil, errors.Join(imp.errs...)
	}
	return b.finish()
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
