//go:build !unix

package procstat

import "time"

// Times is zero where the system has no getrusage.
func Times() (user, sys time.Duration) { return 0, 0 }
