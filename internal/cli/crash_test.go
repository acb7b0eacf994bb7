//go:build linux

package cli

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
	bin := buildBinary(t, "crashtest")
	tests := []struct {
		name     string
		end      func(p *os.File, proc *os.Process)
		wantCode int
		stderr   string
	}{
		{"q", func(p *os.File, _ *os.Process) { p.WriteString("q") }, 0, ""},
		{"ctrl+c", func(p *os.File, _ *os.Process) { p.WriteString("\x03") }, 0, ""},
		{"SIGINT", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGINT) }, 130, ""},
		{"SIGTERM", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGTERM) }, 143, ""},
		{"SIGHUP", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGHUP) }, 129, ""},
		{"SIGQUIT", func(_ *os.File, proc *os.Process) { proc.Signal(syscall.SIGQUIT) }, 131, ""},
		{"panic in Update", func(p *os.File, _ *os.Process) { p.WriteString("!") }, 1, "crashed; the terminal was restored"},
		{"panic in a command", func(p *os.File, _ *os.Process) { p.WriteString("@") }, 1, "crashed; the terminal was restored"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := startInPty(t, bin, []string{"TERM=xterm-256color"}, false)
			if !waitFor(r.screen, "events", 30*time.Second) { // a liveness guard, not a speed check
				r.cmd.Process.Kill()
				t.Fatalf("no first frame; screen so far: %q", r.screen.String())
			}
			tt.end(r.ptmx, r.cmd.Process)
			code := r.wait(t)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, r.stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(r.stderr.String(), tt.stderr) {
				t.Errorf("stderr does not say %q:\n%s", tt.stderr, r.stderr.String())
			}
			r.checkRestored(t)
		})
	}
}

// TestSuspendAndResume: SIGTSTP (as kill -TSTP sends it; ctrl+z is the
// explorer's key for the same) gives the terminal back in cooked mode;
// SIGCONT takes it again, raw, and redraws the screen; q then quits.
func TestSuspendAndResume(t *testing.T) {
	bin := buildBinary(t)
	for _, stop := range []string{"SIGTSTP", "ctrl+z"} {
		t.Run(stop, func(t *testing.T) {
			r := startInPty(t, bin, []string{"TERM=xterm-256color"}, false)
			if !waitFor(r.screen, "events", 30*time.Second) { // liveness guards, not speed checks
				r.cmd.Process.Kill()
				t.Fatalf("no first frame; screen so far: %q", r.screen.String())
			}
			if stop == "SIGTSTP" {
				r.cmd.Process.Signal(syscall.SIGTSTP)
			} else {
				r.ptmx.WriteString("\x1a")
			}
			if !waitForMode(r, true, 10*time.Second) {
				t.Fatal("suspended, the terminal is still raw")
			}
			r.checkRestored(t)
			mark := len(r.screen.String())
			r.cmd.Process.Signal(syscall.SIGCONT)
			if !waitForMode(r, false, 10*time.Second) {
				t.Fatal("resumed, the terminal is not raw again")
			}
			if !waitForAfter(r.screen, mark, "events", 10*time.Second) {
				t.Error("resumed, the screen was not drawn again")
			}
			r.ptmx.WriteString("q")
			if code := r.wait(t); code != 0 {
				t.Errorf("exit code %d, want 0; stderr:\n%s", code, r.stderr.String())
			}
			r.checkRestored(t)
		})
	}
}

// waitForAfter waits until text is on the screen after its first mark
// bytes.
func waitForAfter(s *syncBuffer, mark int, text string, limit time.Duration) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(s.String()[mark:], text) {
			return true
		}
	}
	return false
}

// waitForMode waits until the terminal is in cooked mode (cooked true) or
// raw mode.
func waitForMode(r *ptyRun, cooked bool, limit time.Duration) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		tio, err := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS)
		if err == nil && (tio.Lflag&unix.ICANON != 0) == cooked {
			return true
		}
	}
	return false
}

// TestLoadFailsInATerminal opens a bad file and a bad filter in a
// terminal. The explorer starts while the data loads, so the failure ends
// it: the terminal must be restored, and the error said on stderr with the
// exit code README gives.
func TestLoadFailsInATerminal(t *testing.T) {
	bin := buildBinary(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"events": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name     string
		args     []string
		wantCode int
		why      string
	}{
		{"truncated export", []string{"--dataset", bad}, 1, bad + ":1:"},
		{"missing file", []string{"--timelinejs", bad + ".csv"}, 1, "nothing there"},
		{"unknown country", []string{"--country", "XX"}, 2, `unknown country "XX"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := startInPty(t, bin, []string{"TERM=xterm-256color"}, false, tt.args...)
			if code := r.wait(t); code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, r.stderr.String())
			}
			if !strings.Contains(r.stderr.String(), tt.why) {
				t.Errorf("stderr does not say %q:\n%s", tt.why, r.stderr.String())
			}
			r.checkRestored(t)
		})
	}
}

// TestExplorerInUnusualTerminals runs the explorer with TERM unset, with
// NO_COLOR, on a dumb terminal, and with stdin or stdout not a terminal.
// It must draw and quit cleanly where it can draw, and otherwise say why
// and exit 1 at once, writing no escape sequence to the terminal.
func TestExplorerInUnusualTerminals(t *testing.T) {
	bin := buildBinary(t)
	for _, tt := range []struct {
		name string
		env  []string
	}{
		{"TERM unset", nil},
		{"NO_COLOR", []string{"TERM=xterm-256color", "NO_COLOR=1"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := startInPty(t, bin, tt.env, false)
			if !waitFor(r.screen, "events", 30*time.Second) { // a liveness guard, not a speed check
				r.cmd.Process.Kill()
				t.Fatalf("no first frame; screen so far: %q", r.screen.String())
			}
			if tt.name == "NO_COLOR" && strings.Contains(r.screen.String(), "38;") {
				t.Errorf("NO_COLOR set, but a foreground colour was drawn")
			}
			r.ptmx.WriteString("q")
			if code := r.wait(t); code != 0 {
				t.Errorf("exit code %d, want 0; stderr:\n%s", code, r.stderr.String())
			}
			r.checkRestored(t)
		})
	}
	for _, tt := range []struct {
		name, why string
		env       []string
		pipeIn    bool
	}{
		{"TERM=dumb", "cannot draw", []string{"TERM=dumb"}, false},
		{"stdin a pipe", "needs a terminal on stdin and stdout", []string{"TERM=xterm-256color"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := startInPty(t, bin, tt.env, tt.pipeIn)
			if code := r.wait(t); code != 1 {
				t.Errorf("exit code %d, want 1; stderr:\n%s", code, r.stderr.String())
			}
			if !strings.Contains(r.stderr.String(), tt.why) {
				t.Errorf("stderr does not say %q:\n%s", tt.why, r.stderr.String())
			}
			time.Sleep(100 * time.Millisecond) // let the copy drain
			if out := r.screen.String(); strings.ContainsRune(out, '\x1b') {
				t.Errorf("escape sequences reached the terminal: %q", out)
			}
			r.checkRestored(t)
		})
	}
	t.Run("stdout a pipe", func(t *testing.T) {
		cmd := exec.Command(bin)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Skipf("no pseudo-terminal here: %v", err)
		}
		defer ptmx.Close()
		defer tty.Close()
		cmd.Stdin = tty
		err = cmd.Run()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Errorf("got %v, want exit code 1", err)
		}
		if stdout.Len() > 0 {
			t.Errorf("wrote to a piped stdout: %q", stdout.String())
		}
		if !strings.Contains(stderr.String(), "cyberdesk events") {
			t.Errorf("stderr does not point to the list commands:\n%s", stderr.String())
		}
	})
}

func buildBinary(t *testing.T, tags ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "cyberdesk")
	args := []string{"build", "-o", bin}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	if out, err := exec.Command("go", append(args, "../..")...).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// ptyRun is the binary running with a pseudo-terminal as its controlling
// terminal and stdout (and stdin, unless pipeIn).
type ptyRun struct {
	cmd       *exec.Cmd
	ptmx, tty *os.File
	before    *unix.Termios
	screen    *syncBuffer
	stderr    *syncBuffer
}

func startInPty(t *testing.T, bin string, env []string, pipeIn bool, args ...string) *ptyRun {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 24, Cols: 80}); err != nil {
		t.Fatal(err)
	}
	r := &ptyRun{ptmx: ptmx, tty: tty, screen: &syncBuffer{}, stderr: &syncBuffer{}}
	if r.before, err = unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(bin, args...)
	r.cmd.Stdin, r.cmd.Stdout, r.cmd.Stderr = tty, tty, r.stderr
	if pipeIn {
		r.cmd.Stdin = strings.NewReader("q")
	}
	r.cmd.Env = append(withoutTerm(os.Environ()), env...)
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if pipeIn {
		r.cmd.SysProcAttr.Ctty = 1 // the terminal is stdout's
	}
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go io.Copy(r.screen, ptmx) //nolint:errcheck // ends when the pty closes
	return r
}

// withoutTerm drops what says which terminal this is, so each case sets
// its own.
func withoutTerm(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "TERM=") && !strings.HasPrefix(kv, "NO_COLOR=") && !strings.HasPrefix(kv, "COLORTERM=") {
			out = append(out, kv)
		}
	}
	return out
}

// wait returns the exit code, killing the process if it is still running
// after a generous liveness guard.
func (r *ptyRun) wait(t *testing.T) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		r.cmd.Process.Kill()
		t.Fatalf("still running after 30s")
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

// checkRestored checks that the terminal is in cooked mode with echo, the
// alternate screen left and the cursor shown.
func (r *ptyRun) checkRestored(t *testing.T) {
	t.Helper()
	after, err := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag&(unix.ICANON|unix.ECHO) != r.before.Lflag&(unix.ICANON|unix.ECHO) || after.Lflag&unix.ICANON == 0 {
		t.Errorf("the terminal was left in raw mode: lflag %#x, before %#x", after.Lflag, r.before.Lflag)
	}
	time.Sleep(100 * time.Millisecond) // let the copy drain
	out := r.screen.String()
	if i, j := strings.LastIndex(out, "\x1b[?1049h"), strings.LastIndex(out, "\x1b[?1049l"); i >= 0 && j < i {
		t.Errorf("the alternate screen was not left")
	}
	if i, j := strings.LastIndex(out, "\x1b[?25l"), strings.LastIndex(out, "\x1b[?25h"); i >= 0 && j < i {
		t.Errorf("the cursor was left hidden")
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

// TestQuitWhileACorpusLoads: a corpus loads behind the explorer's
// loading screen (held here by the crashtest build, as a large one takes
// seconds), which says what is read; q then quits at once with status 0,
// and SIGINT (ctrl+c) and SIGTERM with their statuses, the terminal as it
// was each time. Before, the corpus loaded before the explorer started,
// and a q typed meanwhile was echoed by the terminal and then quit the
// explorer the moment it opened.
func TestQuitWhileACorpusLoads(t *testing.T) {
	bin := buildBinary(t, "crashtest")
	for _, tt := range []struct {
		name string
		end  func(*ptyRun)
		code int
	}{
		{"q", func(r *ptyRun) { r.ptmx.WriteString("q") }, 0},
		{"interrupt", func(r *ptyRun) { r.cmd.Process.Signal(syscall.SIGINT) }, 130},
		{"terminated", func(r *ptyRun) { r.cmd.Process.Signal(syscall.SIGTERM) }, 143},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := startInPty(t, bin, []string{"TERM=xterm-256color", "CYBERDESK_CRASHTEST_HOLD=1"}, false, "--corpus", "testdata/hostile")
			// a liveness guard, not a speed check
			if !waitFor(r.screen, "Loading the articles of testdata/hostile…", 30*time.Second) {
				r.cmd.Process.Kill()
				t.Fatalf("no loading screen; screen so far: %q", r.screen.String())
			}
			tt.end(r)
			if code := r.wait(t); code != tt.code {
				t.Errorf("exit code %d, want %d; screen:\n%q", code, tt.code, r.screen.String())
			}
			r.checkRestored(t)
		})
	}
}
