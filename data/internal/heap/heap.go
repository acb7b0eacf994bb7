package heap

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// minLimit is the least memory limit Ready sets: a small file's limit
// would leave the collector too little room over what is live.
const minLimit = 96 << 20

// Ready readies the heap for loading a file of fileSize bytes, which
// should take about times its size while it loads, and returns what to
// call once the file is loaded.
//
// It sets a soft memory limit of that much (at least [minLimit]), unless
// GOMEMLIMIT is set: without one the collector lets the heap grow to
// twice what is live before it collects, and a large load would peak far
// above what it keeps. Too tight a limit makes the collector run while
// the user types, so the factors are measured, not guessed
// (BENCHMARKS.md has the runs behind them).
//
// A file can need more than its limit (a CSV of one short headline a row
// needs many times its size). Held under a limit it cannot keep, the
// collector would run without pause, so while the file loads, and once
// it has, the limit is raised whenever what is live comes near it
// ([roomFor]).
//
// For a large load Ready also asks for the heap to be backed by huge
// pages ([adviseHugePages]), where touching each small page for the first
// time is costly, and loaded then collects the load's garbage at once:
// left to the collector, that collection would start on the user's first
// keystrokes.
func Ready(fileSize int64, times float64) (loaded func()) {
	n := int64(float64(fileSize) * times)
	collect := func() {}
	if n >= 64<<20 {
		adviseHugePages(n) // first: it maps n bytes, over the limit
		collect = runtime.GC
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return collect
	}
	limit := max(n, minLimit)
	debug.SetMemoryLimit(limit)
	stop, stopped := make(chan struct{}), make(chan int64)
	go func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				stopped <- limit
				return
			case <-tick.C:
				limit = keepRoom(limit)
			}
		}
	}()
	return func() {
		close(stop)
		limit := <-stopped
		collect()
		keepRoom(limit)
	}
}

// keepRoom raises the memory limit if what the last collection found live
// needs it ([roomFor]), and returns the limit.
func keepRoom(limit int64) int64 {
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(live)
	if l := roomFor(limit, int64(live[0].Value.Uint64())); l != limit {
		debug.SetMemoryLimit(l)
		return l
	}
	return limit
}

// roomFor is the memory limit to have with live bytes of heap in use:
// limit itself while live stays below 95% of it, else 30% more than live.
func roomFor(limit, live int64) int64 {
	if live <= limit/20*19 {
		return limit
	}
	return live / 10 * 13
}
