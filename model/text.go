package model

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// clean makes text from data safe to draw; see [untrusted.Clean].
func clean[T ~string](s T) string { return untrusted.Clean(string(s)) }

// oneLine cleans s and folds it onto one line.
func oneLine[T ~string](s T) string { return untrusted.CleanLine(string(s)) }

// fit truncates s (which may hold styling) to w cells and pads it to
// exactly w cells. It runs for every visible row of every pane on every
// frame, so it measures s once, and printable ASCII (most dates, titles
// and tags) without the escape parser and grapheme segmentation.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n, plain := plainWidth(s)
	if !plain {
		n = ansi.StringWidth(s)
	}
	if n > w {
		if plain {
			s, n = s[:w-1]+"…", w
		} else {
			s = ansi.Truncate(s, w, "…")
			n = ansi.StringWidth(s)
		}
	}
	if n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// plainWidth is the width of s if s is printable ASCII, where every byte
// is one cell; plain is false otherwise.
func plainWidth(s string) (n int, plain bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' {
			return 0, false
		}
	}
	return len(s), true
}

// wrap breaks plain text into lines of at most w cells at word boundaries,
// breaking words longer than a line. Paragraph breaks are kept.
func wrap(s string, w int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		for _, l := range wrapSpans(para, 0, w) {
			out = append(out, para[l.start:l.end])
		}
	}
	return out
}

// lineSpan is a wrapped line: bytes [start, end) of the text it came from.
type lineSpan struct{ start, end int }

// wrapSpans wraps one paragraph (no newlines) that begins at byte base of
// its document, returning each line as a byte range of the document. Spaces
// at a break are dropped. A paragraph of nothing gives one empty line.
func wrapSpans(para string, base, w int) []lineSpan {
	if w < 1 {
		w = 1
	}
	var out []lineSpan
	lineStart, lineW := -1, 0 // lineStart -1: nothing on the line yet
	lastEnd := 0
	flush := func() {
		if lineStart >= 0 {
			out = append(out, lineSpan{base + lineStart, base + lastEnd})
		}
		lineStart, lineW = -1, 0
	}
	for i := 0; i < len(para); {
		// next word: [i, j)
		for i < len(para) && para[i] == ' ' {
			i++
		}
		if i >= len(para) {
			break
		}
		j := strings.IndexByte(para[i:], ' ')
		if j < 0 {
			j = len(para)
		} else {
			j += i
		}
		word := para[i:j]
		ww := ansi.StringWidth(word)
		switch {
		case lineStart >= 0 && lineW+1+ww <= w:
			lineW += 1 + ww
			lastEnd = j
		case ww <= w:
			flush()
			lineStart, lineW, lastEnd = i, ww, j
		default: // a word wider than the line: cut it by runes
			flush()
			k := i
			for k < j {
				n, cw := k, 0
				for n < j {
					r, size := utf8.DecodeRuneInString(para[n:])
					rw := max(ansi.StringWidth(string(r)), 0)
					if cw+rw > w && n > k {
						break
					}
					cw += rw
					n += size
				}
				out = append(out, lineSpan{base + k, base + n})
				lineStart, lineW, lastEnd = k, cw, n
				k = n
			}
			lineStart = -1
			if lineW < w && k == j { // keep the tail open for following words
				lineStart, lastEnd = out[len(out)-1].start-base, j
				out = out[:len(out)-1]
			}
		}
		i = j
	}
	flush()
	if len(out) == 0 {
		out = append(out, lineSpan{base, base})
	}
	return out
}

// block pads or cuts lines to exactly h lines of exactly w cells.
func block(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", max(w, 0))
		}
	}
	return out
}
