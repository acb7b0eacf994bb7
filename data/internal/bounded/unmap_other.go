//go:build !unix

package bounded

// Unmap does nothing: on this system Map reads the file into memory,
// which the collector frees.
func Unmap(b []byte) {}
