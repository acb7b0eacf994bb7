package model

import (
	"slices"
	"strconv"
	"strings"
)

// The reader's find: words marked wherever they occur in the article, n
// and N moving from one match to the next. Matches are looked for in an
// article up to placeLimit bytes long, all at once when the words change.

// readerFind is what the reader finds.
type readerFind struct {
	text    string      // as typed
	words   []string    // its words, as findWords gives them
	lower   string      // the article, asciiLower'd, made on the first find
	matches []byteRange // in the article, in order
	cur     int         // the match last moved to, or -1
}

// Find marks the words of s in the article; "" marks nothing.
func (r *readerView) Find(s string) {
	f := &r.find
	f.text, f.words, f.matches, f.cur = s, findWords(s), nil, -1
	if r.article == nil || len(f.words) == 0 || len(r.text()) > placeLimit {
		return
	}
	if f.lower == "" {
		f.lower = asciiLower(r.text())
	}
	f.matches = matchRanges(f.lower, f.words)
}

// NextMatch moves to the match after the current one (dir 1) or before
// it (-1), from the passage when there is none yet, round the article's
// ends, and scrolls it into view.
func (r *readerView) NextMatch(dir int) {
	f := &r.find
	n := len(f.matches)
	if n == 0 {
		return
	}
	if f.cur < 0 {
		// the first match after the passage's start, or the last before it
		i, _ := slices.BinarySearchFunc(f.matches, r.span.Start, func(m byteRange, at int) int { return m.start - at })
		if dir < 0 {
			i--
		}
		f.cur = (i%n + n) % n
	} else {
		f.cur = ((f.cur+dir)%n + n) % n
	}
	r.showByte(f.matches[f.cur].start)
}

// showByte scrolls byte at of the article to a third of the way down,
// wrapping afresh around it when it is outside the window wrapped.
func (r *readerView) showByte(at int) {
	if at < r.from || at >= r.to {
		r.wrapFrom(at - readerChunk/2)
		r.forward(at + readerChunk/2)
	}
	line, _ := slices.BinarySearchFunc(r.lines, at, func(l lineSpan, at int) int {
		if l.end <= at {
			return -1
		}
		return 1
	})
	r.offset = clampScroll(line-r.innerH()/3, -1, r.innerH(), len(r.lines))
}

// findInfo says where the find stands: "match 3/7", or that the words
// are not in the article.
func (r *readerView) findInfo() string {
	f := &r.find
	switch {
	case len(f.words) == 0:
		return ""
	case len(r.text()) > placeLimit:
		return "find: the article is too long to search"
	case len(f.matches) == 0:
		return "“" + oneLine(f.text) + "” is not in this article"
	case f.cur < 0:
		return strconv.Itoa(len(f.matches)) + map[bool]string{true: " match", false: " matches"}[len(f.matches) == 1] + " of “" + oneLine(strings.Join(f.words, " ")) + "” · n: next"
	}
	return "match " + strconv.Itoa(f.cur+1) + "/" + strconv.Itoa(len(f.matches)) + " · n/N: next, previous"
}

// lineMatches is the matches within line l.
func (r *readerView) lineMatches(l lineSpan) []byteRange {
	m := r.find.matches
	i, _ := slices.BinarySearchFunc(m, l.start, func(x byteRange, at int) int { return x.end - at - 1 })
	j := i
	for j < len(m) && m[j].start < l.end {
		j++
	}
	return m[i:j]
}
