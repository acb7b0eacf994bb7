//go:build unix

package timeline_test

import (
	"syscall"
	"time"
)

// processCPU is the processor time the process has used, on every
// thread: what a benchmark reports beside the wall clock, which other
// programs on a shared machine stretch.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
