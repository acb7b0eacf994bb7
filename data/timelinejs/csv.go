package timelinejs

// Reading a TimelineJS template CSV held whole into slides.

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// readCSV reads the rows of the Google Sheets template. Columns are found
// by name, in any order and any case; the row of Type "title" is the title
// slide, rows of Type "era" are skipped like the JSON's eras.
func readCSV(file string, pos *positions, limits schema.Limits) (*slide, []slide, []error) {
	r := csv.NewReader(newRowLimiter(bytes.NewReader(pos.src), rowCells*limits.LineBytes))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // the cells kept are substrings of the row, not of rec
	c := &csvReader{file: file, pos: pos, r: r, limits: limits}
	// A row is a line or more: room for a slide a line, so a million
	// slides are not copied again and again as the slice grows.
	c.slides = make([]slide, 0, bytes.Count(pos.src, []byte{'\n'})+1)
	header, err := r.Read()
	if err != nil {
		return nil, nil, []error{c.parseError(err)}
	}
	if !c.columns(header) {
		return nil, nil, c.errs
	}
	for {
		off := r.InputOffset()
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errs = append(c.errs, c.parseError(err))
			break // the reader cannot be trusted past a broken quote
		}
		c.row(rec, off)
	}
	return c.title, c.slides, c.errs
}

type csvReader struct {
	file   string
	pos    *positions
	limits schema.Limits
	r      *csv.Reader
	cols   map[string]int // lower-case column name -> index
	title  *slide
	slides []slide
	n      int // how many event slides have been read
	errs   []error
}

func (c *csvReader) parseError(err error) error {
	var pe *csv.ParseError
	var long *rowTooLong
	if errors.As(err, &long) {
		return c.pos.fail(c.file, cellPlace{line: long.line, byteCol: 1}, err)
	}
	if errors.As(err, &pe) {
		return c.pos.fail(c.file, cellPlace{line: pe.Line, byteCol: pe.Column}, fmt.Errorf("invalid CSV: %w", pe.Err))
	}
	return &schema.Error{File: c.file, Err: fmt.Errorf("invalid CSV: %w", err)}
}

func (c *csvReader) columns(header []string) bool {
	c.cols = map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if _, dup := c.cols[key]; !dup {
			c.cols[key] = i
		}
	}
	for _, need := range []string{"year", "headline"} {
		if _, ok := c.cols[need]; !ok {
			c.errs = append(c.errs, &schema.Error{File: c.file, Line: 1, Col: 1, Err: fmt.Errorf(
				"the header row has no %q column: want the TimelineJS template's %s", need, strings.Join(csvHeader(), ","))})
		}
	}
	return len(c.errs) == 0
}

// row reads the record rec, which starts at byte off.
func (c *csvReader) row(rec []string, off int64) {
	cell := func(name string) string {
		if i, ok := c.cols[name]; ok && i < len(rec) {
			return cellUnsafe(strings.TrimSpace(rec[i]))
		}
		return ""
	}
	if !slices.ContainsFunc(rec, func(v string) bool { return strings.TrimSpace(v) != "" }) {
		return
	}
	s := slide{csv: c, recOff: off}
	s.at.line, s.at.byteCol = c.r.FieldPos(0)
	s.start = [3]string{cell("year"), cell("month"), cell("day")}
	s.end = [3]string{cell("end year"), cell("end month"), cell("end day")}
	s.display, s.headline, s.text, s.group = cell("display date"), cell("headline"), cell("text"), cell("group")
	s.id = cmp.Or(cell("unique id"), cell("unique_id"))
	switch strings.ToLower(cell("type")) {
	case "title":
		if c.title != nil {
			c.errs = append(c.errs, c.pos.fail(c.file, s.at, errors.New("a second title row; a timeline has one title")))
			return
		}
		c.title = new(s) // a copy: taking s's address would put every row's on the heap
	case "era":
	default:
		c.n++
		s.n = c.n
		c.slides = append(c.slides, s)
	}
}

// cellAt finds where the named cell of slide s starts by reading its row
// again: only a problem needs the place, so rows do not keep them.
func (c *csvReader) cellAt(s *slide, name string) (cellPlace, bool) {
	i, ok := c.cols[name]
	if !ok || s.recOff < 0 || s.recOff > int64(len(c.pos.src)) {
		return cellPlace{}, false
	}
	r := csv.NewReader(bytes.NewReader(c.pos.src[s.recOff:]))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil || i >= len(rec) {
		return cellPlace{}, false
	}
	first, _ := r.FieldPos(0)
	line, col := r.FieldPos(i)
	return cellPlace{line: s.at.line + line - first, byteCol: col}, true
}
