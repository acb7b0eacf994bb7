package timeline

// SplitScansFrom makes a search scan split between processors from n
// events on, and returns what restores the default.
func SplitScansFrom(n int) (restore func()) {
	old := parallelOver
	parallelOver = n
	return func() { parallelOver = old }
}
