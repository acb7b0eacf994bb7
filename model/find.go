package model

import (
	"slices"
	"strings"

	"charm.land/lipgloss/v2"
)

// Words found: the search's words in the chronology's rows and the
// detail's passages, the reader's find in its article. A word matches
// wherever it occurs, ASCII letters matched in either case; every match
// is drawn in the Match style, so it shows without colour too.

// findWords is the distinct words of s, lower-cased as the matching is.
func findWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(asciiLower(s)) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte's
// place, so that an offset into it is one into s.
func asciiLower(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' })
	if i < 0 {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// matchRanges is where the words occur in s, in order, overlaps joined.
func matchRanges(s string, words []string) []byteRange {
	if len(words) == 0 {
		return nil
	}
	lower := asciiLower(s)
	var out []byteRange
	for _, w := range words {
		for at := 0; ; {
			i := strings.Index(lower[at:], w)
			if i < 0 {
				break
			}
			out = append(out, byteRange{at + i, at + i + len(w)})
			at += i + len(w)
		}
	}
	slices.SortFunc(out, func(a, b byteRange) int { return a.start - b.start })
	joined := out[:0]
	for _, r := range out {
		if n := len(joined); n > 0 && r.start <= joined[n-1].end {
			joined[n-1].end = max(joined[n-1].end, r.end)
			continue
		}
		joined = append(joined, r)
	}
	return joined
}

// highlight draws plain text s, the words' matches in match and the rest
// in base.
func highlight(s string, words []string, base, match lipgloss.Style) string {
	return drawMarked(s, lineSpan{0, len(s)}, matchRanges(s, words), base, match)
}
