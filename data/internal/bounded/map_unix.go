//go:build unix

package bounded

import (
	"os"
	"syscall"
)

// mapFile maps size bytes of f, read only. Should the system refuse, the
// file is read instead.
func mapFile(f *os.File, size, limit int64) ([]byte, error) {
	if int64(int(size)) != size {
		return readFile(f, size, limit)
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return readFile(f, size, limit)
	}
	return b, nil
}
