package procstat

import (
	"runtime"
	"testing"
)

// TestCPUGrowsWithWork: spinning for a while shows as processor time, and
// a Linux process has resident memory.
func TestCPUGrowsWithWork(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("getrusage and /proc are read on Linux here")
	}
	before := CPU()
	x := 0
	for i := range 50_000_000 {
		x ^= i
	}
	_ = x
	if CPU() <= before {
		t.Errorf("processor time did not grow with work: %v, then %v", before, CPU())
	}
	if ResidentKiB() <= 0 {
		t.Error("no resident memory read from /proc/self/status")
	}
}
