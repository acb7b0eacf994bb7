//go:build !unix

package timeline_test

import "time"

// processCPU is 0 where getrusage is not to be had.
func processCPU() time.Duration { return 0 }
