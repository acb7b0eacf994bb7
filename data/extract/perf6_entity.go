package extract

import "unicode/utf8"

// trimEntityPunct is strings.Trim(s, ",;:.“”\"'’()") without its
// general path for a cutset that holds non-ASCII runes.
func trimEntityPunct(s string) string { return trimRunes(s, entityPunct) }

// trimTitlePunct is strings.Trim(s, ",;:.“”\"'’"), as trimEntityPunct.
func trimTitlePunct(s string) string { return trimRunes(s, titlePunct) }

// trimRunes is strings.TrimFunc(s, cut), reading an ASCII byte without
// decoding it.
func trimRunes(s string, cut func(rune) bool) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !cut(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !cut(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

func titlePunct(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '“', '”', '"', '\'', '’':
		return true
	}
	return false
}

func entityPunct(r rune) bool {
	switch r {
	case ',', ';', ':', '.', '“', '”', '"', '\'', '’', '(', ')':
		return true
	}
	return false
}

// mayBeDefinite reports whether t, lower-cased, may be one of
// definiteWords: an ASCII word of their lengths, or any word holding a
// non-ASCII rune (one may lower-case to an ASCII letter: İ to i).
func mayBeDefinite(t string) bool {
	for i := range len(t) {
		if t[i] >= utf8.RuneSelf {
			return true
		}
	}
	return len(t) >= 3 && len(t) <= 5
}
