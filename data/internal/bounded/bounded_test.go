package bounded

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"testing/fstest"
)

// endless is a reader with no end, as /dev/zero is.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	clear(p)
	e.read += int64(len(p))
	return len(p), nil
}

func TestReadAllStopsAtTheLimit(t *testing.T) {
	r := &endless{}
	b, err := ReadAll(r, 1<<20, 0, "the test limit")
	var le *LimitError
	if b != nil || !errors.As(err, &le) || le.Limit != 1<<20 || !bytes.Contains([]byte(err.Error()), []byte("the test limit")) {
		t.Fatalf("an endless reader: %d bytes, %v", len(b), err)
	}
	if r.read > 1<<20+64<<10 {
		t.Errorf("read %d bytes for a limit of %d", r.read, 1<<20)
	}
	// A file that lies about its size (stat says 0) is read by what it gives.
	if b, err := ReadAll(bytes.NewReader(make([]byte, 100)), 100, 0, ""); err != nil || len(b) != 100 {
		t.Errorf("exactly the limit: %d bytes, %v", len(b), err)
	}
	if _, err := ReadAll(bytes.NewReader(make([]byte, 101)), 100, 1<<40, ""); !errors.As(err, &le) {
		t.Errorf("one byte over, with a huge size hint: %v", err)
	}
}

// TestReadAllPeak: reading an endless stream to a 64 MiB limit holds
// about the limit, not a multiple of it.
func TestReadAllPeak(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 64 MiB")
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ReadAll(&endless{}, 64<<20, 0, "")
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 5*64<<20/2 {
		t.Errorf("allocated %d MiB to refuse a 64 MiB stream", got>>20)
	}
}

func TestCheckModeRefusesAllButFiles(t *testing.T) {
	for m, want := range map[fs.FileMode]string{
		0o644:                             "",
		fs.ModeDir:                        "a directory",
		fs.ModeNamedPipe:                  "named pipe",
		fs.ModeSocket:                     "a socket",
		fs.ModeDevice | fs.ModeCharDevice: "a device",
	} {
		err := CheckMode(m)
		if want == "" && err != nil || want != "" && (err == nil || !bytes.Contains([]byte(err.Error()), []byte(want))) {
			t.Errorf("CheckMode(%v) = %v, want %q", m, err, want)
		}
	}
}

// TestReadFileRefusesDevicesAndFIFOs: /dev/zero and a FIFO with no writer
// are refused before they are opened, so neither runs forever nor blocks.
func TestReadFileRefusesDevicesAndFIFOs(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /dev/zero and mkfifo")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "f")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")); err != nil {
		t.Skip(err)
	}
	fsys := os.DirFS(dir)
	for _, name := range []string{"f", "zero.txt"} {
		var nr *NotRegularError
		if _, err := ReadFile(fsys, name, 1<<20, ""); !errors.As(err, &nr) {
			t.Errorf("%s: %v, want it refused as not a file", name, err)
		}
	}
	b, err := ReadFile(fstest.MapFS{"a": {Data: []byte("abc")}}, "a", 3, "")
	if err != nil || string(b) != "abc" {
		t.Errorf("a file: %q, %v", b, err)
	}
}

// FuzzReadAll: whatever the input and the limit, ReadAll gives the input
// when it fits and a *LimitError when it does not, never more.
func FuzzReadAll(f *testing.F) {
	f.Add([]byte("hello"), int64(5), int64(0))
	f.Add([]byte("hello"), int64(4), int64(100))
	f.Add([]byte{}, int64(0), int64(0))
	f.Fuzz(func(t *testing.T, in []byte, limit, hint int64) {
		if limit < 0 || limit > 1<<20 || hint > 1<<20 {
			return
		}
		b, err := ReadAll(io.MultiReader(bytes.NewReader(in[:len(in)/2]), bytes.NewReader(in[len(in)/2:])), limit, hint, "")
		var le *LimitError
		switch {
		case int64(len(in)) <= limit && (err != nil || !bytes.Equal(b, in)):
			t.Fatalf("%d bytes under a limit of %d: %d back, %v", len(in), limit, len(b), err)
		case int64(len(in)) > limit && (!errors.As(err, &le) || b != nil):
			t.Fatalf("%d bytes over a limit of %d: %d back, %v", len(in), limit, len(b), err)
		}
	})
}
