package main

import (
	"runtime"
	"runtime/debug"
	"testing"
)

func TestReadyHeap(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1)) // put the test's limit back
	forced := func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumForcedGC
	}
	for _, tc := range []struct {
		size, times, limit int64
		collects           bool
	}{
		{size: 1 << 20, times: 2, limit: 64 << 20},                   // small: the limit's floor, nothing else
		{size: 40 << 20, times: 3, limit: 120 << 20, collects: true}, // large: collected once loaded
	} {
		loaded := readyHeap(tc.size, tc.times)
		if got := debug.SetMemoryLimit(-1); got != tc.limit {
			t.Errorf("readyHeap(%d, %d): memory limit %d, want %d", tc.size, tc.times, got, tc.limit)
		}
		before := forced()
		loaded()
		if collected := forced() > before; collected != tc.collects {
			t.Errorf("readyHeap(%d, %d): collected once loaded: %v, want %v", tc.size, tc.times, collected, tc.collects)
		}
	}
}
