//go:build unix

package bounded

import "syscall"

// Unmap undoes the mapping Map made of b, once nothing made from b is
// kept. Bytes Map read into memory instead are left to the collector.
func Unmap(b []byte) {
	if len(b) > 0 {
		syscall.Munmap(b) // EINVAL for bytes that were read, not mapped
	}
}
