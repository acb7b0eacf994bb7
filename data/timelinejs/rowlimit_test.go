package timelinejs

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

const templateHeader = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"

// endlessCell is a template CSV whose second row's text cell never ends,
// as /dev/urandom or a broken export might be.
type endlessCell struct {
	head string
	sent int64
}

func (e *endlessCell) Read(p []byte) (int, error) {
	if e.head != "" {
		n := copy(p, e.head)
		e.head = e.head[n:]
		return n, nil
	}
	for i := range p {
		p[i] = "abc \n"[i%5] // newlines inside the quoted cell
	}
	e.sent += int64(len(p))
	return len(p), nil
}

// TestAHugeCellIsRefusedAsItStreams: a cell that never ends is refused
// once its row passes the row limit, having read and held a small
// multiple of that, not the stream; the error names the row's line.
func TestAHugeCellIsRefusedAsItStreams(t *testing.T) {
	src := &endlessCell{head: templateHeader + "2022,9,7,,,,,,,Title,\""}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Read("big.csv", src, Options{})
	runtime.ReadMemStats(&after)
	most := rowCells * schema.MaxLineBytes
	var se *schema.Error
	if !errors.As(err, &se) || se.Line != 2 || !strings.Contains(err.Error(), "a row of over") {
		t.Fatalf("an endless cell: %v", err)
	}
	if src.sent > int64(2*most) {
		t.Errorf("read %d bytes to refuse a row over %d", src.sent, most)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 16*uint64(most) {
		t.Errorf("allocated %d MiB to refuse it", got>>20)
	}
}

// TestRowLimiterPassesRowsThrough: rows under the limit, quoted newlines
// and doubled quotes included, read as encoding/csv reads them alone.
func TestRowLimiterPassesRowsThrough(t *testing.T) {
	in := "a,\"b\nc \"\"q\"\" d\",e\nf,g,h\n"
	got, err := io.ReadAll(newRowLimiter(strings.NewReader(in), 20))
	if err != nil || string(got) != in {
		t.Fatalf("%q, %v", got, err)
	}
	l := newRowLimiter(strings.NewReader("x\n\"12345678901234567890123\"\ny\n"), 20)
	_, err = io.ReadAll(l)
	var long *rowTooLong
	if !errors.As(err, &long) || long.line != 2 {
		t.Errorf("a row over the limit on line 2: %v", err)
	}
}

// TestAHugeCellIsRefusedInParallel: read on every processor (with a way to
// reopen the file), an endless cell is refused as early, and placed the
// same, as streamed.
func TestAHugeCellIsRefusedInParallel(t *testing.T) {
	src := &endlessCell{head: templateHeader + "2022,9,7,,,,,,,Title,\""}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Read("big.csv", src, Options{Reopen: func() (io.ReadCloser, error) { return nil, errors.New("not reopened") }})
	runtime.ReadMemStats(&after)
	most := rowCells * schema.MaxLineBytes
	var se *schema.Error
	if !errors.As(err, &se) || se.Line != 2 || se.Col != 1 || !strings.Contains(err.Error(), "a row of over") {
		t.Fatalf("an endless cell: %v", err)
	}
	if src.sent > int64(2*most) {
		t.Errorf("read %d bytes to refuse a row over %d", src.sent, most)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 16*uint64(most) {
		t.Errorf("allocated %d MiB to refuse it", got>>20)
	}
	// the same, after empty lines and rows, and in the next window
	rows := strings.Repeat("2022,9,7,,,,,,,Title,text,,,,,,,\n", 300_000)
	head := templateHeader + "\n\r\n" + rows + "2022,9,8,,,,,,,Endless,\""
	for _, r := range []io.Reader{strings.NewReader(head + strings.Repeat("x", 3*most)), &endlessCell{head: head}} {
		_, want := Read("big.csv", strings.NewReader(head+strings.Repeat("x", 3*most)), Options{})
		_, got := Read("big.csv", r, Options{Reopen: func() (io.ReadCloser, error) { return nil, errors.New("not reopened") }})
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("in parallel: %v\nstreamed: %v", got, want)
		}
	}
}
