package heap

import (
	"runtime"
	"runtime/debug"
	"testing"
)

// TestCollect: a large load's garbage is collected when asked, before
// Done, and the collector stays held until Done; a load of little
// garbage (a cache entry's) and a small one are not collected.
func TestCollect(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	forced := func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumForcedGC
	}
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	for _, tc := range []struct {
		name     string
		size     int64
		little   bool
		collects bool
	}{
		{"large", 40 << 20, false, true},
		{"large, little garbage", 40 << 20, true, false},
		{"small", 1 << 20, false, false},
	} {
		load := Ready(tc.size, 1.9)
		load.HoldCollector()
		if tc.little {
			load.LittleGarbage()
		}
		before := forced()
		load.Collect()
		if collected := forced() > before; collected != tc.collects {
			t.Errorf("%s: collected when asked: %v, want %v", tc.name, collected, tc.collects)
		}
		if got := gcPercent(); got != -1 {
			t.Errorf("%s: GOGC %d once collected, want the collector still held (-1)", tc.name, got)
		}
		load.Done()
		if got := gcPercent(); got != 100 {
			t.Errorf("%s: GOGC %d once done, want 100 as before", tc.name, got)
		}
	}
	var none *Load
	none.Collect() // no load (no TuneMemory): nothing to do
}
