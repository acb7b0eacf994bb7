package atomicfile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteCreatesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	if n, err := Write(p, Options{}, text("one")); err != nil || n != 3 {
		t.Fatalf("create: %d, %v", n, err)
	}
	os.Chmod(p, 0o640) // a new file's mode: TestNewFileHonoursTheUmask
	if _, err := Write(p, Options{}, text("two")); err != nil || read(t, p) != "two" {
		t.Fatalf("replace: %v", err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o640 {
		t.Errorf("a replaced file is %v, want its own 0640", st.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestWriteFailureKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.json")
	os.WriteFile(p, []byte("old"), 0o644)
	boom := errors.New("boom")
	if _, err := Write(p, Options{}, func(w io.Writer) error { io.WriteString(w, "half"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("got %v", err)
	}
	if read(t, p) != "old" {
		t.Error("a failed write changed the file")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the temporary file was left: %v", entries)
	}
}

func TestWriteNoReplace(t *testing.T) {
	p := filepath.Join(t.TempDir(), "manifest.json")
	os.WriteFile(p, []byte("mine"), 0o644)
	var ex *ExistsError
	if _, err := Write(p, Options{NoReplace: true}, text("new")); !errors.As(err, &ex) || read(t, p) != "mine" {
		t.Errorf("NoReplace over a file: %v, %q", err, read(t, p))
	}
}

// TestWriteThroughALink: the link's target gets the content and the link
// stays a link.
func TestWriteThroughALink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.json")
	os.WriteFile(target, []byte("old"), 0o600)
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink("real.json", link); err != nil {
		t.Skip(err)
	}
	if _, err := Write(link, Options{}, text("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if read(t, target) != "new" {
		t.Errorf("the target holds %q", read(t, target))
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("the target's mode became %v", st.Mode().Perm())
	}
}

// TestWriteRefusesAllButFiles: a device, a FIFO or a folder at the path is
// never replaced.
func TestWriteRefusesAllButFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "f")
	paths := map[string]string{dir: "is a folder"}
	if runtime.GOOS != "windows" {
		if err := syscall.Mkfifo(fifo, 0o600); err == nil {
			paths[fifo] = "is a named pipe (FIFO)"
		}
		devnull := filepath.Join(dir, "null")
		if os.Symlink(os.DevNull, devnull) == nil {
			paths[devnull] = "is a device"
		}
	}
	for p, what := range paths {
		if _, err := Write(p, Options{}, text("x")); err == nil || !strings.Contains(err.Error(), p+" "+what+", not a regular file") {
			t.Errorf("%s: %v, want it refused as %q", p, err, what)
		}
	}
	if st, err := os.Stat(os.DevNull); err != nil || st.Mode().IsRegular() {
		t.Fatalf("%s was replaced", os.DevNull)
	}
}

// TestWriteSplitsHardLinks says what happens to a hard link: the path
// gets a new file, and the other link keeps the old content (SECURITY.md).
func TestWriteSplitsHardLinks(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	os.WriteFile(a, []byte("old"), 0o644)
	if err := os.Link(a, b); err != nil {
		t.Skip(err)
	}
	Write(a, Options{}, text("new"))
	if read(t, a) != "new" || read(t, b) != "old" {
		t.Errorf("a %q, b %q; want the path new and the other link old", read(t, a), read(t, b))
	}
}

const slowEnv = "ATOMICFILE_TEST_SLOW_WRITE"

// TestSignalRemovesTheTemporaryFile runs a write that never ends in a
// process of its own, sends it each signal, and checks the temporary file
// is gone and the process ended by the signal.
func TestSignalRemovesTheTemporaryFile(t *testing.T) {
	if p := os.Getenv(slowEnv); p != "" {
		Write(p, Options{}, func(w io.Writer) error {
			io.WriteString(w, "partial")
			os.WriteFile(p+".ready", nil, 0o644)
			select {}
		})
		return
	}
	if runtime.GOOS == "windows" || testing.Short() {
		t.Skip("signals; a process of its own")
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		dir := t.TempDir()
		p := filepath.Join(dir, "out.json")
		os.WriteFile(p, []byte("old"), 0o644)
		cmd := exec.Command(os.Args[0], "-test.run", "^TestSignalRemovesTheTemporaryFile$")
		cmd.Env = append(os.Environ(), slowEnv+"="+p)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 500; i++ { // a liveness guard, not a speed check
			if _, err := os.Stat(p + ".ready"); err == nil {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != sig {
			t.Errorf("%v: the process ended %v, want by the signal", sig, err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 2 || read(t, p) != "old" {
			t.Errorf("%v: left %v, and the file holds %q", sig, entries, read(t, p))
		}
	}
}
