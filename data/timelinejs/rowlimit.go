package timelinejs

import (
	"bytes"
	"fmt"
	"io"
)

// rowLimiter passes a CSV through, refusing a row of more than most bytes
// as it streams past. encoding/csv holds a whole row to read it, so
// without this a cell of hundreds of megabytes would be read, and copied,
// before the cell limit could refuse it. A row ends at a newline outside
// quotes; counting quotes per line keeps the scan at memchr speed.
type rowLimiter struct {
	r      io.Reader
	most   int
	row    int  // bytes of the current row so far
	quoted bool // inside a quoted field at the end of what was read
	line   int  // the 1-based line the current row starts on
	lines  int  // newlines read
	err    error
}

func newRowLimiter(r io.Reader, most int) *rowLimiter {
	return &rowLimiter{r: r, most: most, line: 1}
}

func (l *rowLimiter) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.r.Read(p)
	for rest := p[:n]; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		seg := rest
		if i >= 0 {
			seg = rest[:i]
		}
		if bytes.Count(seg, []byte{'"'})%2 == 1 {
			l.quoted = !l.quoted
		}
		if l.row += len(seg); l.row > l.most {
			l.err = &rowTooLong{line: l.line, most: l.most}
			return 0, l.err
		}
		if i < 0 {
			break
		}
		l.lines++
		if l.quoted {
			l.row++ // the newline is part of a quoted cell
		} else {
			l.row, l.line = 0, l.lines+1
		}
		rest = rest[i+1:]
	}
	return n, err
}

// rowTooLong is a row the limiter refused.
type rowTooLong struct{ line, most int }

func (e *rowTooLong) Error() string {
	return fmt.Sprintf("a row of over %d bytes, beyond what a TimelineJS row of cells of at most %d bytes (data.MaxLineBytes) can hold: is this a TimelineJS spreadsheet?",
		e.most, e.most/rowCells)
}

// rowCells is how many cells of the line limit a row may hold before
// rowLimiter refuses it: more than the template's columns.
const rowCells = 32
