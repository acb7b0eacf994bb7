package timelinejs

// Reading a TimelineJS document, JSON or template CSV, into slides: what
// a slide holds and where each of its cells is in the file.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// slide is one row of the template or one object of the JSON document,
// its cells as written.
type slide struct {
	n        int        // 1-based among the event slides; 0 for the title
	at       cellPlace  // where the slide starts
	csv      *csvReader // CSV only: the reader, to find a cell's place
	recOff   int64      // CSV only: the byte offset its row is read from
	id       string
	start    [3]string // year, month, day; "" where absent
	end      [3]string
	display  string
	headline string
	text     string
	group    string
}

func (s *slide) label() string {
	if s.n == 0 {
		return "title slide"
	}
	return "slide " + strconv.Itoa(s.n)
}

// where is the place of a named cell, or of the slide.
func (s *slide) where(cell string) cellPlace {
	if s.csv != nil {
		if a, ok := s.csv.cellAt(s, cell); ok {
			return a
		}
	}
	return s.at
}

// cellPlace is a place in a document: a byte offset (JSON) or, when line is
// set, a line and byte column as encoding/csv reports them.
type cellPlace struct {
	off           int64
	line, byteCol int
}

// positions turns places into the 1-based line and rune column [Error] gives.
// It scans on from the last place asked about, so places asked about in
// document order cost one pass over the source in all, and a place is
// only worked out when a problem is found there.
type positions struct {
	src                   []byte
	off, line, col, start int // scanned so far; start is where line starts
}

func (p *positions) resolve(a cellPlace) (int, int) {
	if p.line == 0 || a.line == 0 && a.off < int64(p.off) || a.line != 0 && a.line < p.line {
		p.off, p.line, p.col, p.start = 0, 1, 1, 0
	}
	if a.line == 0 {
		p.scan(int(min(max(a.off, 0), int64(len(p.src)))))
		return p.line, p.col
	}
	for p.line < a.line {
		i := bytes.IndexByte(p.src[p.off:], '\n')
		if i < 0 {
			return a.line, a.byteCol
		}
		p.off, p.line, p.col, p.start = p.off+i+1, p.line+1, 1, p.off+i+1
	}
	p.off, p.col = p.start, 1
	p.scan(min(p.start+max(a.byteCol-1, 0), len(p.src)))
	return p.line, p.col
}

func (p *positions) scan(to int) {
	for p.off < to {
		r, n := utf8.DecodeRune(p.src[p.off:])
		if p.off += n; r == '\n' {
			p.line, p.col, p.start = p.line+1, 1, p.off
		} else {
			p.col++
		}
	}
}

// fail is a problem at a place.
func (p *positions) fail(file string, a cellPlace, err error) *schema.Error {
	line, col := p.resolve(a)
	return &schema.Error{File: file, Line: line, Col: col, Err: err}
}

// Options say how to read a TimelineJS document.
type Options struct {
	// Size is how many bytes the document holds, or 0 if that is not
	// known; it only sizes the article's text once, instead of growing it
	// as rows come.
	Size int64
	// Reread, when not nil, gives the document's bytes again. [Read]
	// calls it only when there is a problem, to place it at its line and
	// column.
	Reread func() ([]byte, error)
	// Limits are what the document may hold; the zero value means the
	// defaults.
	Limits schema.Limits
	// Reopen, when not nil, reads the document again from its start. [Read]
	// then reads a CSV on every processor, and where that reading would
	// have a problem to place, reads it again the way that places it.
	Reopen func() (io.ReadCloser, error)
	// IndexLater has the dataset built with [timeline.AdoptDeferred]: it
	// is returned before its search and facet indexes are built.
	IndexLater bool
	// IndexAfter, with IndexLater, holds the index build until it is
	// closed, or until a method needs the indexes (see
	// [timeline.AdoptDeferredAfter]).
	IndexAfter <-chan struct{}
	// Progress, when not nil, is told how many events have been made so
	// far, now and then as a CSV is read, on the goroutine reading it.
	Progress func(events int)
	// Expect, when not nil, is told how many bytes the dataset should
	// keep live, once a CSV read on every processor knows from its first
	// rows, before it allocates them: that reading makes little garbage
	// besides (see data/internal/heap, Load.Expect).
	Expect func(bytes int64)

	// window and parts, when not 0, are how many bytes a parallel reading
	// reads at a time and how many parts it cuts them in: tests cut rows
	// across small windows.
	window, parts int
}

// Load builds a dataset from a TimelineJS JSON document or a TimelineJS
// Google Sheets template saved as CSV, told apart by content. path names
// the file in errors and citations. The document becomes one outlet and
// one article (see doc.go); each slide's HTML is reduced to plain text.
// Every problem is a *schema.Error (data.Error), all of them joined.
func Load(path string, src []byte, opt Options) (*timeline.Dataset, error) {
	if path == "" {
		path = "-"
	}
	limits := opt.Limits.OrDefault()
	fail := func(err error) (*timeline.Dataset, error) { return nil, &schema.Error{File: path, Err: err} }
	if int64(len(src)) > limits.TimelineJSBytes {
		return fail(fmt.Errorf("%d bytes is over the %d-byte limit for a TimelineJS document", len(src), limits.TimelineJSBytes))
	}
	if err := schema.CheckEncoding(src); err != nil {
		return nil, &schema.Error{File: path, Line: 1, Col: 1, Err: err}
	}
	src = bytes.TrimPrefix(src, []byte(schema.BOM))
	body := bytes.TrimSpace(src)
	if len(body) == 0 {
		return fail(errors.New("empty file: want a TimelineJS JSON document or spreadsheet CSV"))
	}
	if body[0] == '[' {
		return fail(errors.New("a JSON array: a TimelineJS document is an object with \"events\" (and an optional \"title\")"))
	}
	var title *slide
	var slides []slide
	var errs []error
	pos := &positions{src: src}
	if body[0] == '{' {
		if off := schema.LongString(src, rowCells*limits.LineBytes); off >= 0 {
			line, col := schema.LineCol(src, int64(off))
			return nil, &schema.Error{File: path, Line: line, Col: col, Err: fmt.Errorf(
				"a string of over %d bytes, more than a TimelineJS cell of at most %d bytes (data.MaxLineBytes) can hold", rowCells*limits.LineBytes, limits.LineBytes)}
		}
		title, slides, errs = readJSON(path, pos)
	} else {
		title, slides, errs = readCSV(path, pos, limits)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(slides) == 0 {
		return fail(errors.New("no events: a TimelineJS document needs at least one slide besides the title"))
	}
	imp := &importer{file: path, pos: pos, limits: limits, indexLater: opt.IndexLater, indexAfter: opt.IndexAfter}
	return imp.dataset(title, slides)
}

// plain reduces TimelineJS HTML to plain text, one paragraph a line.
// Tags are removed, and only then are entities decoded, each stretch of
// text on its own, so an encoded "&lt;b&gt;" stays the text "<b>";
// decoded text is then cleaned, so an encoded control character is caught.
// Block elements and <br> end a line; <script> and <style> are dropped
