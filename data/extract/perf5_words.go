package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The reader asks the first or the last words of short phrases many
// times an article; these read them as strings.Fields splits them
// (around runs of unicode.IsSpace) without making the slice of every
// word.

// firstField returns s's first word and how many words s has, counted
// up to 2.
func firstField(s string) (string, int) {
	first, n := "", 0
	for w := range strings.FieldsSeq(s) {
		if n == 0 {
			first = w
		}
		n++
		if n == 2 {
			break
		}
	}
	return first, n
}

// lastFields returns s's last three words, the last first (l[0] is the
// last word, l[1] the one before), and how many words s has, counted up
// to 3.
func lastFields(s string) (l [3]string, n int) {
	end := len(s)
	for n < len(l) {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end == 0 {
			break
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		l[n] = s[start:end]
		n++
		end = start
	}
	return l, n
}

// spacedWord reports whether s holds w after a space and before a space
// or a comma: strings.Contains(s, " "+w+" ") || strings.Contains(s,
// " "+w+","), without making the two strings.
func spacedWord(s, w string) bool {
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if i > 0 && s[i-1] == ' ' && i+len(w) < len(s) && (s[i+len(w)] == ' ' || s[i+len(w)] == ',') {
			return true
		}
		off = i + 1
	}
	return false
}
