package bounded

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestMap: a file's bytes, mapped; an empty file's none; a file over the
// limit, a directory and a FIFO refused before they are read.
func TestMap(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, []byte("hello, mapped"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, err := Map(file, 100)
	if err != nil || string(b) != "hello, mapped" {
		t.Fatalf("Map = %q, %v", b, err)
	}
	var limit *LimitError
	if _, err := Map(file, 5); !errors.As(err, &limit) {
		t.Errorf("over the limit: %v", err)
	}
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, nil, 0o600)
	if b, err := Map(empty, 5); err != nil || len(b) != 0 {
		t.Errorf("empty: %q, %v", b, err)
	}
	var nr *NotRegularError
	if _, err := Map(dir, 1<<20); !errors.As(err, &nr) {
		t.Errorf("a directory: %v", err)
	}
	fifo := filepath.Join(dir, "fifo")
	if syscall.Mkfifo(fifo, 0o600) == nil {
		if _, err := Map(fifo, 1<<20); !errors.As(err, &nr) {
			t.Errorf("a FIFO: %v", err)
		}
	}
}
