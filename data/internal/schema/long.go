package schema

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// LongString returns the offset of the first JSON string in src whose
// quoted form is longer than most bytes, or -1. It is checked before a
// document is decoded, so a string of hundreds of megabytes is refused
// before the decoder makes copies of it.
func LongString(src []byte, most int) int {
	for off := 0; ; {
		i := bytes.IndexByte(src[off:], '"')
		if i < 0 {
			return -1
		}
		start := off + i
		end := start + 1
		for {
			j := bytes.IndexByte(src[end:], '"')
			if j < 0 {
				end = len(src)
				break
			}
			end += j
			slashes := 0
			for src[end-1-slashes] == '\\' {
				slashes++
			}
			end++
			if slashes%2 == 0 {
				break
			}
		}
		if end-start > most {
			return start
		}
		if end >= len(src) {
			return -1
		}
		off = end
	}
}

// StringTooLong is a JSON string over the limit a reader allows.
type StringTooLong struct{ Most int }

func (e *StringTooLong) Error() string {
	return fmt.Sprintf("a string of over %d bytes, more than any field of this document may hold (an article's text may have at most %d bytes, data.MaxArticleBytes)", e.Most, MaxArticleBytes)
}

// LineColOf finds the 1-based line and column (in runes) of byte off of
// what r reads, reading it a buffer at a time: for placing a problem in a
// file too large to hold again.
func LineColOf(r io.Reader, off int64) (line, col int, err error) {
	br := bufio.NewReaderSize(r, 1<<16)
	line, col = 1, 1
	for at := int64(0); at < off; {
		b, err := br.ReadSlice('\n')
		if int64(len(b)) > off-at {
			b = b[:off-at]
			col += utf8.RuneCount(b)
			return line, col, nil
		}
		at += int64(len(b))
		if len(b) > 0 && b[len(b)-1] == '\n' {
			line, col = line+1, 1
		} else {
			col += utf8.RuneCount(b)
		}
		if err != nil && err != bufio.ErrBufferFull {
			if err == io.EOF {
				return line, col, nil
			}
			return line, col, err
		}
	}
	return line, col, nil
}
