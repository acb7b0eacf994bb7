//go:build !unix

package bounded

import "os"

// mapFile reads f whole: this system has no mmap that syscall offers.
func mapFile(f *os.File, size, limit int64) ([]byte, error) { return readFile(f, size, limit) }
