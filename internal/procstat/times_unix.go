//go:build unix

package procstat

import (
	"syscall"
	"time"
)

// Times is the processor time the process has used in user and in
// system mode, on every thread.
func Times() (user, sys time.Duration) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, 0
	}
	return time.Duration(ru.Utime.Nano()), time.Duration(ru.Stime.Nano())
}
