//go:build linux

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// TestTerminalIsRestoredOnEveryExit runs the real binary (built with the
// crashtest tag, which can panic on demand) in a pseudo-terminal and ends
// it every way it can end: q, ctrl+c, SIGINT, SIGTERM, SIGHUP, a panic in
// Update and a panic in a command's goroutine. After each, the terminal
// must be back in cooked mode with echo, the alternate screen left and the
// cursor shown, and the exit code what README says.
func TestTerminalIsRestoredOnEveryExit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "cyberdesk")
	if out, err := exec.Command("go", "build", "-tags", "crashtest", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	tests := []struct {
		name     string
		end      func(p *os.File, proc *os.Process)
		wantCode int
		stderr   string
	}{
		{"q", func(p *os.File, _ *os.Process) { p.WriteString("q") }, 0, ""},
		{"ctrl+c", func(p *os.File, _ *os.Process) { p.WriteString("\x03") }, 0, ""},
		{"SIGINT", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGINT) }, 130, ""},
		{"SIGTERM", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGTERM) }, 0, ""},
		{"SIGHUP", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGHUP) }, 0, ""},
		{"panic in Update", func(p *os.File, _ *os.Process) { p.WriteString("!") }, 1, "crashed; the terminal was restored"},
		{"panic in a command", func(p *os.File, _ *os.Process) { p.WriteString("@") }, 1, "crashed; the terminal was restored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptmx, tty, err := pty.Open()
			if err != nil {
				t.Skipf("no pseudo-terminal here: %v", err)
			}
			defer ptmx.Close()
			defer tty.Close()
			if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
				t.Fatal(err)
			}
			before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd := exec.Command(bin)
			cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, &stderr
			cmd.Env = append(os.Environ(), "TERM=xterm-256color")
			cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			screen := &syncBuffer{}
			go io.Copy(screen, ptmx)                        //nolint:errcheck // ends when the pty closes
			if !waitFor(screen, "events", 30*time.Second) { // a liveness guard, not a speed check
				cmd.Process.Kill()
				t.Fatalf("no first frame; screen so far: %q", screen.String())
			}
			tt.end(ptmx, cmd.Process)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err = <-done:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 30s after %s", tt.name)
			}
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr does not say %q:\n%s", tt.stderr, stderr.String())
			}
			after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
			if err != nil {
				t.Fatal(err)
			}
			if after.Lflag&(unix.ICANON|unix.ECHO) != before.Lflag&(unix.ICANON|unix.ECHO) || after.Lflag&unix.ICANON == 0 {
				t.Errorf("the terminal was left in raw mode: lflag %#x, before %#x", after.Lflag, before.Lflag)
			}
			time.Sleep(100 * time.Millisecond) // let the copy drain
			out := screen.String()
			if i, j := strings.LastIndex(out, "\x1b[?1049h"), strings.LastIndex(out, "\x1b[?1049l"); i >= 0 && j < i {
				t.Errorf("the alternate screen was not left")
			}
			if i, j := strings.LastIndex(out, "\x1b[?25l"), strings.LastIndex(out, "\x1b[?25h"); i >= 0 && j < i {
				t.Errorf("the cursor was left hidden")
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe to fill from one goroutine and read
// from another.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func waitFor(s *syncBuffer, text string, limit time.Duration) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(s.String(), text) {
			return true
		}
	}
	return false
}
