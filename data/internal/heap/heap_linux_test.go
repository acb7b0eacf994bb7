package heap

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"unsafe"
)

// freshHeapEnv marks the process TestAdviseHugePages runs itself in.
const freshHeapEnv = "CYBERDESK_TEST_FRESH_HEAP"

func TestAdviseHugePages(t *testing.T) {
	mode, err := os.ReadFile(thpEnabled)
	if err != nil || !bytes.Contains(mode, []byte(hugePagesAdvised)) {
		t.Skipf("huge pages are not left to each program here: %q, %v", mode, err)
	}
	if reportsFreePages(virtioDevices) {
		t.Skip("a virtio balloon reports free pages here: no huge pages are advised")
	}
	// What the heap holds depends on the tests run before: memory they
	// left idle is reused before the advised range, as a large file's
	// load reuses it at start-up. So the test runs in a process of its own,
	// as the advice does in cyberdesk, before anything else.
	if os.Getenv(freshHeapEnv) == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestAdviseHugePages$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), freshHeapEnv+"=1")
		out, err := cmd.CombinedOutput()
		switch {
		case err != nil:
			t.Fatalf("in a fresh process: %v\n%s", err, out)
		case bytes.Contains(out, []byte("--- SKIP")):
			t.Skipf("in a fresh process:\n%s", out)
		case !bytes.Contains(out, []byte("--- PASS: TestAdviseHugePages")):
			t.Fatalf("in a fresh process, the test did not run:\n%s", out)
		}
		return
	}
	const n = 256 << 20
	adviseHugePages(n)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if ms.HeapInuse > n/2 {
		t.Errorf("the reservation is still allocated: %d MiB of heap in use", ms.HeapInuse>>20)
	}
	if held := ms.HeapIdle - ms.HeapReleased; held > n/4 {
		t.Errorf("the reservation's pages are held, not returned: %d MiB", held>>20)
	}

	// Taken from the advised range. Its first pages may not be: the
	// allocator can start it in a few KiB left free just below the range.
	b := make([]byte, 64<<20)
	for _, i := range []int{len(b) / 2, len(b) - 1} {
		if at := uintptr(unsafe.Pointer(&b[i])); !hugePageEligible(t, at) {
			t.Errorf("heap allocated after the advice may not be backed by huge pages (byte %d MiB in)", i>>20)
		}
	}
	runtime.KeepAlive(b)
}

// hugePageEligible reports what /proc/self/smaps says of whether the
// mapping holding address at may be backed by huge pages.
func hugePageEligible(t *testing.T, at uintptr) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	for sc := bufio.NewScanner(f); sc.Scan(); {
		line := sc.Text()
		var lo, hi uintptr
		if _, err := fmt.Sscanf(line, "%x-%x ", &lo, &hi); err == nil {
			in = lo <= at && at < hi
			continue
		}
		var eligible int
		if _, err := fmt.Sscanf(line, "THPeligible: %d", &eligible); err == nil && in {
			return eligible == 1
		}
	}
	t.Fatalf("no mapping in /proc/self/smaps holds %#x with a THPeligible line", at)
	return false
}

// A balloon that reports free pages is told from one that does not, and
// from other devices, by its id and its sixth feature bit.
func TestReportsFreePages(t *testing.T) {
	device := func(dir, name, id, features string) {
		t.Helper()
		d := filepath.Join(dir, name)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		for f, s := range map[string]string{"device": id + "\n", "features": features + "\n"} {
			if err := os.WriteFile(filepath.Join(d, f), []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, c := range []struct {
		name    string
		devices [][3]string // name, id, features
		want    bool
	}{
		{"no virtio devices", nil, false},
		{"a balloon reporting", [][3]string{{"virtio0", "0x0005", "0110010100"}}, true},
		{"a balloon not reporting", [][3]string{{"virtio0", "0x0005", "0110000100"}}, false},
		{"a disk with bit 5", [][3]string{{"virtio0", "0x0002", "0010011001"}}, false},
		{"a disk, then a reporting balloon", [][3]string{{"virtio0", "0x0002", "0000000000"}, {"virtio1", "0x0005", "0000010000"}}, true},
		{"features cut short", [][3]string{{"virtio0", "0x0005", "0110"}}, false},
	} {
		dir := t.TempDir()
		for _, d := range c.devices {
			device(dir, d[0], d[1], d[2])
		}
		if got := reportsFreePages(dir); got != c.want {
			t.Errorf("%s: reportsFreePages = %v, want %v", c.name, got, c.want)
		}
	}
}
