package heap

import (
	"math"
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
		size, limit int64
		times       float64
		collects    bool
	}{
		{size: 1 << 20, times: 2, limit: minLimit},                     // small: the limit's floor, nothing else
		{size: 40 << 20, times: 1.9, limit: minLimit, collects: true},  // 76 MiB: the floor, but collected once loaded
		{size: 60 << 20, times: 1.9, limit: 114 << 20, collects: true}, // large: 1.9 times its size
	} {
		load := Ready(tc.size, tc.times)
		if got := debug.SetMemoryLimit(-1); got != tc.limit {
			t.Errorf("Ready(%d, %g): memory limit %d, want %d", tc.size, tc.times, got, tc.limit)
		}
		before := forced()
		load.Done()
		if collected := forced() > before; collected != tc.collects {
			t.Errorf("Ready(%d, %g): collected once loaded: %v, want %v", tc.size, tc.times, collected, tc.collects)
		}
	}
}

// TestReadyHeapMakesRoom: a file that needs more than its limit gets a
// limit it fits in, not a collector that never stops.
func TestReadyHeapMakesRoom(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	load := Ready(1<<20, 2)     // the least limit, 96 MiB
	live := make([][]byte, 100) // 100 MiB kept, with pointers so none is optimised away
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	runtime.GC() // what the last collection found live is what counts
	load.Done()
	// Raised as the heap grew or once loaded, the limit has room: what is
	// live is at most 95% of it.
	got := debug.SetMemoryLimit(-1)
	if got < 100<<20/20*21 {
		t.Errorf("with 100 MiB live, the limit is %d MiB; want over 105", got>>20)
	}
	runtime.KeepAlive(live)
}

func TestRoomFor(t *testing.T) {
	for _, tc := range []struct{ limit, live, want int64 }{
		{1000, 0, 1000},
		{1000, 950, 1000},  // 95%: room enough
		{1000, 960, 1248},  // past it: 30% over what is live
		{1000, 5000, 6500}, // far past
	} {
		if got := roomFor(tc.limit, tc.live); got != tc.want {
			t.Errorf("roomFor(%d, %d) = %d, want %d", tc.limit, tc.live, got, tc.want)
		}
	}
}

// TestExpect: a load that says what it needs gets a limit with room for
// it and no collections until it is done, and then the collector as it
// was; with GOMEMLIMIT set, neither changes.
func TestExpect(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	gogc := debug.SetGCPercent(-1)
	debug.SetGCPercent(gogc)
	load := Ready(1<<20, 2)
	load.Expect(200 << 20)
	limit := debug.SetMemoryLimit(-1)
	if limit < 260<<20 {
		t.Errorf("expecting 200 MiB, the limit is %d MiB, want 260 or more", limit>>20)
	}
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("expecting, GOGC is %d, want off", got)
	}
	load.Expect(10 << 20) // less: the limit stays
	if got := debug.SetMemoryLimit(-1); got < limit {
		t.Errorf("expecting less, the limit is %d MiB, want %d still", got>>20, limit>>20)
	}
	load.Done()
	if got := debug.SetGCPercent(gogc); got != gogc {
		t.Errorf("once done, GOGC is %d, want %d", got, gogc)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	load = Ready(1<<20, 2)
	load.Expect(200 << 20)
	if got := debug.SetGCPercent(gogc); got != gogc || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, Expect changed GOGC (%d) or the limit", got)
	}
	load.Done()
}

// TestLimitFollowsWhatIsLiveOnceLoaded: what the program keeps after the
// load (a dataset's indexes, built after its first frame) can outgrow the
// limit the load left; the limit then moves over it at the next
// collection, rather than holding the heap under it, collected without
// pause while the program is idle.
func TestLimitFollowsWhatIsLiveOnceLoaded(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	load := Ready(1<<20, 2) // the least limit, 96 MiB
	load.Done()
	live := make([][]byte, 150) // 150 MiB kept once the load is done
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	// Each collection runs the check on its own goroutine; a few
	// collections give it time to, however busy the machine.
	got := debug.SetMemoryLimit(-1)
	for i := 0; i < 1000 && got < 150<<20/20*21; i++ {
		runtime.GC()
		runtime.Gosched()
		got = debug.SetMemoryLimit(-1)
	}
	if got < 150<<20/20*21 {
		t.Errorf("with 150 MiB live after the load, the limit is %d MiB; want over 157", got>>20)
	}
	runtime.KeepAlive(live)
}

// TestLittleGarbage: a load that keeps what it allocates is not collected
// once done (the collection would mark it all for nothing, before the
// first frame), and its limit still has room over what it keeps (raised
// while it loaded, or after by the guard).
func TestLittleGarbage(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	forced := func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumForcedGC
	}
	load := Ready(1<<20, 2) // the least limit, 96 MiB
	load.Expect(100 << 20)  // the collector off, as a cache entry's load has it
	load.LittleGarbage()
	live := make([][]byte, 150) // 150 MiB read and kept
	for i := range live {
		live[i] = make([]byte, 1<<20)
	}
	before := forced()
	load.Done()
	if forced() != before {
		t.Error("a load of little garbage was collected once done")
	}
	if got := debug.SetMemoryLimit(-1); got < 150<<20/20*21 {
		t.Errorf("with 150 MiB kept and not collected, the limit is %d MiB; want over 157", got>>20)
	}
	runtime.KeepAlive(live)
}

// TestHoldCollector: a load that holds the collector turns it off
// until its memory limit, and Done turns it back on as it was; with
// GOMEMLIMIT set, the collector is left alone.
func TestHoldCollector(t *testing.T) {
	gcPercent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	for _, env := range []string{"", "1GiB"} {
		t.Setenv("GOMEMLIMIT", env)
		load := Ready(1<<20, 32)
		load.HoldCollector()
		want := -1
		if env != "" {
			want = 150
		}
		if got := gcPercent(); got != want {
			t.Errorf("GOMEMLIMIT=%q: GOGC %d while the load runs, want %d", env, got, want)
		}
		load.Done()
		if got := gcPercent(); got != 150 {
			t.Errorf("GOMEMLIMIT=%q: GOGC %d once done, want 150 as before", env, got)
		}
	}
}

// TestOneGuardHowManyLoadsEnd: every load that ends arms the guard, but
// only one runs at a time (each would check after every collection), and
// it stops once the limit is lifted, so a later load arms it again.
func TestOneGuardHowManyLoadsEnd(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(1 << 40)
	// let any guard an earlier test armed see a limit and go on
	before := chains.Load()
	for range 5 {
		guard()
	}
	if got := chains.Load() - before; got > 1 {
		t.Fatalf("five loads armed %d guards, want at most one", got)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	for i := 0; i < 1000 && guarding.Load(); i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if guarding.Load() {
		t.Fatal("the guard is still armed after the limit was lifted")
	}
	debug.SetMemoryLimit(1 << 40)
	guard()
	if !guarding.Load() {
		t.Fatal("a load after the limit was lifted armed no guard")
	}
	debug.SetMemoryLimit(math.MaxInt64)
	for i := 0; i < 1000 && guarding.Load(); i++ {
		runtime.GC()
		runtime.Gosched()
	}
}
