package timelinejs

// Cutting a CSV held in a window into records without encoding/csv, so
// that a window of rows can be cut in parts read on every processor. Only
// what encoding/csv reads as it reads it is read here; anything it would
// refuse, or that this reader leaves to it, stops the reading (errOdd),
// and the document is read again the way that places problems.

import (
	"bytes"
	"encoding/csv"
	"errors"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"math/bits"
)

// errOdd stops the parallel reading where the sequential one must take
// over: a problem to place, or a shape it leaves to encoding/csv.
var errOdd = errors.New("timelinejs: left to the sequential reader")

// lastRecordEnd returns the end of the last whole record in b, which
// starts a record: just past the last newline outside quotes, or 0. A
// newline inside quotes belongs to its record; counting quotes from a
// record's start tells them apart, since a quote inside quotes is
// written as two of them.
func lastRecordEnd(b []byte) int {
	last, quoted := 0, false
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], '\n')
		if i < 0 {
			return last
		}
		if bytes.Count(b[off:off+i], []byte{'"'})%2 == 1 {
			quoted = !quoted
		}
		if off += i + 1; !quoted {
			last = off
		}
	}
}

// cutRecords cuts b, whole records, into parts of about equal size, each
// whole records, and returns where each ends (the last at len(b)). A part
// may be empty.
func cutRecords(b []byte, parts int) []int {
	ends := make([]int, parts)
	from := 0
	for k := range ends {
		ends[k] = len(b)
		if k == parts-1 {
			break
		}
		target := max(len(b)*(k+1)/parts, from)
		// the record that target falls in ends at the first newline
		// outside quotes after it; quotes count from the last cut
		quoted := bytes.Count(b[from:target], []byte{'"'})%2 == 1
		for off := target; ; {
			i := bytes.IndexByte(b[off:], '\n')
			if i < 0 {
				break
			}
			if bytes.Count(b[off:off+i], []byte{'"'})%2 == 1 {
				quoted = !quoted
			}
			if off += i + 1; !quoted {
				ends[k] = off
				break
			}
		}
		from = ends[k]
	}
	return ends
}

// fieldReader reads the records of whole records held in b as
// encoding/csv reads them with FieldsPerRecord -1: fields split by
// commas, a quoted field with "" for a quote and newlines inside, empty
// lines skipped, CRLF read as LF (inside quoted fields too) and a CR at
// the end of the document dropped. A record of more than most bytes, and
// whatever encoding/csv would refuse, is errOdd.
type fieldReader struct {
	b      []byte
	off    int
	eof    bool // b ends the document
	most   int
	fields [][]byte // the record read, reused
	buf    []byte   // quoted fields that needed changing, reused
	moved  []moved  // which fields are in buf
}

type moved struct{ field, from, to int }

// next reads the next record into r.fields, reporting false at the end.
func (r *fieldReader) next() (bool, error) {
	b := r.b
	for r.off < len(b) { // empty lines
		if c := b[r.off]; c == '\n' || c == '\r' && (r.off+1 < len(b) && b[r.off+1] == '\n' || r.off+1 == len(b) && r.eof) {
			r.off++
			continue
		}
		break
	}
	if r.off >= len(b) {
		return false, nil
	}
	start := r.off
	r.fields, r.buf, r.moved = r.fields[:0], r.buf[:0], r.moved[:0]
	if r.plainLine() {
		return true, nil
	}
	for end := false; !end; {
		var err error
		if r.off < len(b) && b[r.off] == '"' {
			end, err = r.quoted()
		} else {
			end, err = r.unquoted()
		}
		if err != nil {
			return false, r.tooLong(start, err)
		}
	}
	n := r.off - start // the row's bytes, as rowLimiter counts them: not its newline
	if b[r.off-1] == '\n' {
		n--
	}
	if n > r.most {
		return false, r.tooLong(start, errOdd)
	}
	for _, m := range r.moved {
		r.fields[m.field] = r.buf[m.from:m.to]
	}
	return true, nil
}

// tooLong is a row that starts at at in b and runs past the row limit:
// rowLimiter refuses it before anything else is found in it.
type tooLong struct{ at int }

func (e *tooLong) Error() string { return "timelinejs: a row over the row limit" }

// tooLong returns err, or a *tooLong if the row starting at start runs
// past the row limit: to its end, found by counting quotes as rowLimiter
// does, or to the end of b.
func (r *fieldReader) tooLong(start int, err error) error {
	n := nextEnd(r.b[start:]) - 1 // not the newline
	if n < 0 {
		n = len(r.b) - start
	}
	if n > r.most {
		return &tooLong{start}
	}
	return err
}

// plainLine reads the record at r.off if it is one line without quotes,
// as most are, splitting it at commas in one pass; else it reads nothing
// and reports false.
func (r *fieldReader) plainLine() bool {
	rest := r.b[r.off:]
	n := bytes.IndexByte(rest, '\n')
	next := r.off + n + 1
	switch {
	case n < 0 && !r.eof:
		return false
	case n < 0:
		n, next = len(rest), len(r.b)
	}
	line := rest[:n]
	if len(line) > r.most || bytes.IndexByte(line, '"') >= 0 {
		return false
	}
	if len(line) > 0 && line[len(line)-1] == '\r' {
		line = line[:len(line)-1] // CRLF, or a CR ending the document
	}
	from, i := 0, 0
	for ; i+8 <= len(line); i += 8 {
		for m := untrusted.Equal(untrusted.Word(line, i), ','); m != 0; m &= m - 1 {
			at := i + bits.TrailingZeros64(m)/8
			r.fields = append(r.fields, line[from:at])
			from = at + 1
		}
	}
	for ; i < len(line); i++ {
		if line[i] == ',' {
			r.fields = append(r.fields, line[from:i])
			from = i + 1
		}
	}
	r.fields = append(r.fields, line[from:])
	r.off = next
	return true
}

// unquoted reads a field up to a comma or the end of its line.
func (r *fieldReader) unquoted() (end bool, err error) {
	rest := r.b[r.off:]
	// Fields are short: a loop that looks for their end and for a quote
	// in one pass is faster than the two calls that would; one that is
	// not empty is passed eight bytes at a time to the byte that ends it.
	i := 0
	if len(rest) > 0 && rest[0] != ',' && rest[0] != '\n' && rest[0] != '"' {
		for i = 1; i+8 <= len(rest); i += 8 {
			w := untrusted.Word(rest, i)
			if m := untrusted.Equal(w, ',') | untrusted.Equal(w, '\n') | untrusted.Equal(w, '"'); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
		}
	}
	for ; i < len(rest); i++ {
		if c := rest[i]; c == ',' || c == '\n' {
			break
		} else if c == '"' {
			return false, errOdd // a bare quote
		}
	}
	if i == len(rest) && !r.eof {
		return false, errOdd // not reached: b holds whole records
	}
	f := rest[:i]
	end = i == len(rest) || rest[i] == '\n'
	if end && len(f) > 0 && f[len(f)-1] == '\r' {
		f = f[:len(f)-1] // CRLF, or a CR ending the document
	}
	r.fields = append(r.fields, f)
	r.off += min(i+1, len(rest))
	return end, nil
}

// quoted reads a quoted field and what ends it: a comma, or the end of
// its line or of the document (end).
func (r *fieldReader) quoted() (end bool, err error) {
	b := r.b
	start := r.off + 1
	as := true // no "" or CRLF inside: the field is b's bytes as they are
	for p := start; ; {
		i := bytes.IndexByte(b[p:], '"')
		if i < 0 {
			return false, errOdd // the document ends inside quotes
		}
		q := p + i
		if as && bytes.Contains(b[p:q], []byte("\r\n")) {
			as = false
		}
		after := q + 1 // what follows the quote
		switch {
		case after < len(b) && b[after] == '"':
			as, p = false, after+1
			continue
		case after < len(b) && b[after] == ',':
			r.add(b[start:q], as)
			r.off = after + 1
			return false, nil
		case after == len(b) && r.eof:
			r.off = after
		case after < len(b) && b[after] == '\n':
			r.off = after + 1
		case after < len(b) && b[after] == '\r' && (after+1 < len(b) && b[after+1] == '\n' || after+1 == len(b) && r.eof):
			r.off = min(after+2, len(b))
		default:
			return false, errOdd // a quote inside a quoted field
		}
		r.add(b[start:q], as)
		return true, nil
	}
}

// add appends a quoted field's content, undoing "" and CRLF unless it
// can be taken as it is.
func (r *fieldReader) add(f []byte, as bool) {
	if as {
		r.fields = append(r.fields, f)
		return
	}
	from := len(r.buf)
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == '"': // the first of ""
			r.buf = append(r.buf, '"')
			i++
		case f[i] == '\r' && i+1 < len(f) && f[i+1] == '\n':
			// encoding/csv reads the line as ending in LF
		default:
			r.buf = append(r.buf, f[i])
		}
	}
	r.moved = append(r.moved, moved{len(r.fields), from, len(r.buf)})
	r.fields = append(r.fields, nil) // set from buf once the record is read: buf may move
}

// strayQuote reports whether the row row starts with holds a quote in a
// cell that does not start with one ("A 5\" floppy"): counting quotes to
// find rows' ends, this reader takes the rest of the file for one row
// that never ends, where the sequential reader names the quote.
func strayQuote(row []byte) bool {
	if i := bytes.IndexByte(row, '\n'); i >= 0 {
		row = row[:i+1]
	}
	r := csv.NewReader(bytes.NewReader(row))
	r.FieldsPerRecord = -1
	_, err := r.Read()
	return errors.Is(err, csv.ErrBareQuote)
}
