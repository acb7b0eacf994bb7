// Package procstat reads what the process has used, for benchmarks and
// measuring tools: processor time on every thread, which other programs
// on a shared machine stretch less than the clock, and resident memory.
package procstat

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// CPU is the processor time the process has used, user and system, on
// every thread (0 where the system does not say).
func CPU() time.Duration {
	user, sys := Times()
	return user + sys
}

// ResidentKiB is the process's resident memory in KiB (Linux; 0
// elsewhere).
func ResidentKiB() int {
	b, _ := os.ReadFile("/proc/self/status")
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb
		}
	}
	return 0
}
