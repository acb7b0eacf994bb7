//go:build linux

package cli

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestKilledWhileWritingTheManifest runs corpus add, then corpus refresh,
// in the real binary built with the killtest tag, whose manifest write
// stops half way (corpus_hook_killtest.go), and kills it there with
// SIGKILL, which nothing can catch. The manifest is the old one, whole,
// and the corpus opens as before; running the command again finishes the
// work.
func TestKilledWhileWritingTheManifest(t *testing.T) {
	bin := buildBinary(t, "killtest")
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/own")); err != nil {
		t.Fatal(err)
	}
	page := "../../data/page/testdata/kessel-post.html"
	manifest := filepath.Join(dir, "manifest.json")
	killed := func(args ...string) {
		t.Helper()
		old, _ := os.ReadFile(manifest)
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "CYBERDESK_KILLTEST_READY=1")
		stderr, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// the child says on stderr that it is half way; reading blocks
		// until it does, or ends if the child dies first
		if l, err := bufio.NewReader(stderr).ReadString('\n'); err != nil || !strings.Contains(l, "half of the manifest written") {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("%v: the child did not reach the manifest: %q %v", args, l, err)
		}
		cmd.Process.Signal(syscall.SIGKILL)
		err = cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("%v: ended %v, want by SIGKILL", args, err)
		}
		if now, _ := os.ReadFile(manifest); string(now) != string(old) {
			t.Fatalf("%v killed while writing: the manifest is not the old one:\n%s", args, now)
		}
	}
	check := func(want string) {
		t.Helper()
		code, out, _ := runCLI(t, "corpus", "check", dir)
		if !strings.HasPrefix(out, dir+": "+want) {
			t.Errorf("check: exit %d, want %q first:\n%s", code, want, out)
		}
	}

	killed("corpus", "add", dir, page)
	check("2 articles load, 0 left out") // the new text is there, not yet an article
	if code, out, errOut := runCLI(t, "corpus", "add", dir, page); code != 0 || strings.Contains(out, "wrote "+filepath.Join(dir, "kessel-post")) {
		t.Fatalf("add again: exit %d (want the text written before taken as it is)\n%s%s", code, out, errOut)
	}
	check("3 articles load, 0 left out")

	copied := filepath.Join(dir, "kessel-post.html")
	b, _ := os.ReadFile(copied)
	os.WriteFile(copied, []byte(strings.Replace(string(b), "<p>The operator said", "<p>A spokesman said the meeting would be public.</p><p>The operator said", 1)), 0o644)
	killed("corpus", "refresh", dir)
	check("2 articles load, 1 left out") // the text was rewritten, the manifest not: it says so
	if code, out, errOut := runCLI(t, "corpus", "refresh", dir); code != 0 || !strings.Contains(out, `refreshed article "kessel-post"`) {
		t.Fatalf("refresh again: exit %d\n%s%s", code, out, errOut)
	}
	check("3 articles load, 0 left out")
}

// TestAddReadsOnlyFiles: corpus add given a FIFO, or a link to a device,
// refuses it before opening it (a FIFO with no writer would block, a
// device never end); a link in the corpus to a file outside it is not
// followed.
func TestAddReadsOnlyFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/own")); err != nil {
		t.Fatal(err)
	}
	outside := t.TempDir()
	fifo := filepath.Join(outside, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	zero := filepath.Join(outside, "zero.html")
	os.Symlink("/dev/zero", zero)
	secret := filepath.Join(outside, "secret.txt")
	os.WriteFile(secret, []byte("Not for the corpus\n"), 0o600)
	os.Symlink(secret, filepath.Join(dir, "linked.txt"))
	code, out, _ := runCLI(t, "corpus", "add", dir, fifo, zero, filepath.Join(dir, "linked.txt"))
	for _, want := range []string{
		fifo + " is a named pipe (FIFO), which could block forever, not a file",
		zero + " is a device, which could be endless, not a file",
		filepath.Join(dir, "linked.txt") + " is a link to a file outside the corpus folder",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("add: want %q in:\n%s", want, out)
		}
	}
	if code != 1 || strings.Contains(out, "wrote") {
		t.Errorf("add: exit %d, want 1 and nothing written:\n%s", code, out)
	}
}
