//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// processorTime is the processor time the process has used.
func processorTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
