//go:build !unix

package extract_test

import "time"

// processorTime is 0 where the system does not say (the benchmark's
// cpu-ns/article is then 0).
func processorTime() time.Duration { return 0 }
