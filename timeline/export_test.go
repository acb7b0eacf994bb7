package timeline

// SplitScansFrom makes a search scan split between processors from n
// events on, and returns what restores the default.
func SplitScansFrom(n int) (restore func()) {
	old := parallelOver
	parallelOver = n
	return func() { parallelOver = old }
}

// SearchedInPlace is how many of ds's events are searched in their
// article, not in a lower-cased copy.
func SearchedInPlace(ds *Dataset) int {
	n := 0
	for _, p := range ds.search.inAt {
		if p != 0 {
			n++
		}
	}
	return n
}
