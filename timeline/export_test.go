package timeline

// SplitScansFrom makes ds's search scans split between processors from n
// events on, and returns what restores the default.
func SplitScansFrom(ds *Dataset, n int) (restore func()) {
	old := ds.splitFrom
	ds.splitFrom = n
	return func() { ds.splitFrom = old }
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

// Unindexed is what AdoptDeferred returns before its indexes are built;
// Index builds them.
func Unindexed(p Parts) (*Dataset, error) { return adopt(p) }

// Index builds the indexes of a dataset from Unindexed.
func Index(ds *Dataset) { ds.index() }

// Letter makes the letters of a dataset from Unindexed, the first thing
// its index build makes, and nothing else.
func Letter(ds *Dataset) { ds.deriveLetters() }
