//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestNewFileHonoursTheUmask: a new file gets 0644 less the umask, as a
// file any other tool creates would; a replaced one keeps its own mode
// whatever the umask.
func TestNewFileHonoursTheUmask(t *testing.T) {
	defer syscall.Umask(syscall.Umask(0o077))
	p := filepath.Join(t.TempDir(), "a.json")
	if _, err := Write(p, Options{}, text("one")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o600 {
		t.Errorf("a new file under umask 077 is %v, want 0600", st.Mode().Perm())
	}
	os.Chmod(p, 0o664)
	if _, err := Write(p, Options{}, text("two")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o664 {
		t.Errorf("a replaced file under umask 077 is %v, want its own 0664", st.Mode().Perm())
	}
}
