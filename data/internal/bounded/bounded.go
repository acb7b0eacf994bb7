// Package bounded reads files and streams without ever holding more than
// a limit: a read stops one byte past its limit and says which limit it
// passed, whatever stat said of the file's size (a device or a pipe says
// 0). And it refuses what is not a regular file (a device, a FIFO, a
// socket) before opening it, so reading one never blocks or runs forever.
package bounded

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
)

// LimitError is a read that passed its limit.
type LimitError struct {
	Limit int64
	// What names the limit for the person who meets it, e.g. "the
	// article limit (data.MaxArticleBytes)".
	What string
}

func (e *LimitError) Error() string {
	what := e.What
	if what == "" {
		what = "the limit"
	}
	return fmt.Sprintf("over %d bytes, %s", e.Limit, what)
}

// ReadAll reads r to its end, at most limit bytes: past them it stops and
// returns a *LimitError (what names the limit). sizeHint, when above 0,
// sizes the buffer once: a file's stat size, which may be wrong.
func ReadAll(r io.Reader, limit, sizeHint int64, what string) ([]byte, error) {
	most := limit + 1 // one byte more tells a file over the limit
	size := int64(bytes.MinRead)
	if sizeHint > 0 {
		size = sizeHint + 1
	}
	buf := make([]byte, 0, min(size, most))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) >= most {
				return nil, &LimitError{Limit: limit, What: what}
			}
			// Grow by doubling, but never past the limit: a buffer of
			// twice the limit is what reading to a limit must not hold.
			next := int64(cap(buf)) * 2
			if next >= limit {
				next = most
			}
			grown := make([]byte, len(buf), next)
			copy(grown, buf)
			buf = grown
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if int64(len(buf)) > limit {
				return nil, &LimitError{Limit: limit, What: what}
			}
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// NotRegularError is a path that names something other than a file.
type NotRegularError struct{ Kind string }

func (e *NotRegularError) Error() string {
	return "is " + e.Kind + ", not a file"
}

// CheckMode refuses a mode that is not a regular file's, saying what it
// is instead.
func CheckMode(m fs.FileMode) error {
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &NotRegularError{"a directory"}
	case m&fs.ModeNamedPipe != 0:
		return &NotRegularError{"a named pipe (FIFO), which could block forever"}
	case m&fs.ModeSocket != 0:
		return &NotRegularError{"a socket"}
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return &NotRegularError{"a device, which could be endless"}
	}
	return &NotRegularError{"not a regular file"}
}

// ReadFile reads name in fsys, at most limit bytes. It looks at what name
// is before opening it (following a link), refusing anything but a
// regular file; then reads no more than the limit, whatever the file
// claims its size is.
func ReadFile(fsys fs.FS, name string, limit int64, what string) ([]byte, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := CheckMode(st.Mode()); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, limit, st.Size(), what)
}
