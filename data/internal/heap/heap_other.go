//go:build !linux

package heap

// adviseHugePages does nothing here: huge pages are asked for on Linux.
func adviseHugePages(n int64) {}
