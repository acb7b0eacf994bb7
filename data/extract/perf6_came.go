package extract

import (
	"regexp"
	"sync"
)

// cameAfterMatches is reCameAfter().FindAllStringSubmatchIndex(text, -1)
// without running the engine over the whole text: every match starts
// with one of cameAfterVerbs at a word's start, so the pattern, anchored
// (as dateScan's are), is tried only there, on a window that holds any
// match starting there.
func cameAfterMatches(text string) [][]int {
	var out [][]int
	next := 0 // where the next match may start: matches do not overlap
	for p := 0; p < len(text); p++ {
		if p < next || !cameAfterVerbAt(text, p) {
			continue
		}
		lo, hi := p, cameAfterWindowEnd(text, p)
		re := reCameAfterAt0()
		if p > 0 {
			lo, re = p-1, reCameAfterAt() // the byte before, for \b
		}
		loc := re.FindStringSubmatchIndex(text[lo:hi])
		if loc == nil {
			continue
		}
		for i, v := range loc {
			if v >= 0 {
				loc[i] = v + lo
			}
		}
		loc[0] = p
		next = loc[1]
		out = append(out, loc)
	}
	return out
}

// cameAfterVerbs are the words reCameAfter's matches open with, matched
// with ASCII case folding only: none holds a letter (k, s) that a
// non-ASCII one folds to.
var cameAfterVerbs = [...]string{"came", "followed", "happened", "occurred"}

// cameAfterVerbAt reports whether one of cameAfterVerbs, in any case,
// starts at p after no ASCII word character (\b).
func cameAfterVerbAt(text string, p int) bool {
	if p > 0 && isASCIIWordByte(text[p-1]) {
		return false
	}
	for _, v := range cameAfterVerbs {
		if p+len(v) > len(text) || text[p]|0x20 != v[0] {
			continue
		}
		same := true
		for j := 1; j < len(v) && same; j++ {
			same = text[p+j]|0x20 == v[j]
		}
		if same {
			return true
		}
	}
	return false
}

func isASCIIWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_'
}

// cameAfterWindowBytes bounds the bytes besides \s (space, tab, line
// breaks) of a match of reCameAfter and the byte after it: at most 8 for
// the verb, 6 for the count ("ſeven"), 8 for the unit ("weeks" with a
// Kelvin sign and a long s) and 6 for "before", with room to spare.
const cameAfterWindowBytes = 40

// cameAfterWindowEnd returns where a window from p that holds any match
// of reCameAfter starting at p, and the byte after it, ends: runs of \s
// are taken whole, since the pattern ends in one.
func cameAfterWindowEnd(text string, p int) int {
	hi := p
	for n := 0; hi < len(text) && n < cameAfterWindowBytes; hi++ {
		switch text[hi] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			n++
		}
	}
	return hi
}

// reCameAfterAt0 and reCameAfterAt are reCameAfter anchored at the start
// of the text and one byte into it.
var (
	reCameAfterAt0 = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + reCameAfter().String() + `)`) })
	reCameAfterAt  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?s:.)(?:` + reCameAfter().String() + `)`) })
)
