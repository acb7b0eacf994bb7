package extract

import (
	"cmp"
	"slices"
)

// clusterTitle titles a cluster of mentions by its most central one (c)
// when that reads as a whole statement (see whole), else by the most
// central mention that does, else by c's.
func clusterTitle(ms []mention, c int) string {
	if c < 0 || c >= len(ms) {
		return ""
	}
	t, ok := mentionTitle(&ms[c])
	if ok {
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
		if o, ok := mentionTitle(&ms[r.i]); ok {
			return o
		}
	}
	return t
}
