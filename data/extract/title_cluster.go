package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// clusterTitle titles a cluster of mentions by its most central one (c)
// when that reads as a whole statement (see whole), else by the most
// central mention that does, else by c's.
func clusterTitle(ms []mention, c int) string {
	if c < 0 || c >= len(ms) {
		return ""
	}
	t, ok := mentionTitle(&ms[c])
	if ok && !headline(t) {
		return t
	}
	type ranked struct{ i, shared int }
	var order []ranked
	for i := range ms {
		if i == c {
			continue
		}
		shared := 0
		for j := range ms {
			if i == j {
				continue
			}
			for _, s := range ms[i].stems {
				if _, ok := slices.BinarySearch(ms[j].stems, s); ok {
					shared++
				}
			}
		}
		order = append(order, ranked{i, shared})
	}
	slices.SortStableFunc(order, func(a, b ranked) int { return cmp.Compare(b.shared, a.shared) })
	for _, r := range order {
		if o, ok := mentionTitle(&ms[r.i]); ok && !headline(o) && endsWell(strings.Fields(o)) {
			return o
		}
	}
	return t
}

// headline reports whether t runs a headline in capitals into its
// sentence: "PORT SHUTS DOWN After …" (three such words in a row).
func headline(t string) bool {
	caps := 0
	for _, w := range strings.Fields(t) {
		if caps = caps + 1; !shouting(w) {
			caps = 0
		}
		if caps >= 3 {
			return true
		}
	}
	return false
}

// shouting reports whether w is written in capitals, two letters or more.
func shouting(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}
