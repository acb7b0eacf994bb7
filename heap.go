package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// readyHeap readies the heap for loading a file of fileSize bytes, which
// should take about times its size while it loads, and returns what to
// call once the file is loaded.
//
// It sets a soft memory limit of that much (at least [minLimit]), unless
// GOMEMLIMIT is set. Without a limit the garbage collector lets the heap
// grow to twice what is live before it collects. A loaded export needs
// about 1.2 times its file, and its limit is twice the file. A tighter
// one (1.5 times) kept a million events under 1.4 GB but made the
// collector run while the user typed: the first search letter took
// 260 ms instead of 65. A streamed TimelineJS CSV of a million events
// keeps about 1.65 times its file live (634 MiB), and its limit is 1.9
// times.
//
// A file can need more than its limit: a CSV of one short headline a row
// needs over 10 times its size. Held under a limit it cannot keep, the
// collector would run without pause. So while the file loads, and once
// it has, the limit is raised whenever what is live comes within 5% of
// it ([roomFor]). A million such rows loaded in 4.2 s instead of 6.0
// (3.7 with no limit).
//
// When the limit is 64 MiB or more (a small file loads in a blink either
// way), readyHeap also asks for that much heap to be backed by huge pages
// ([adviseHugePages]), and loaded then collects the load's garbage at
// once. Left to the collector, a load ends with its heap near the limit,
// and the collection starts on the user's first keystrokes: at a million
// events the first search letter took 222 ms from the CSV and 99 ms from
// the export, against 66 and 49 ms after this collection (about 0.1 s).
// minLimit is the least memory limit readyHeap sets. A small file's
// limit leaves the collector little room over what is live: a CSV of
// 100,000 events (40 MB) keeps about 63 MiB live, and under its limit of
// 1.9 times (72 MiB) the first search letter took 24 ms instead of 15 and
// the load 0.75 s instead of 0.47 (peak 95 MiB against 106).
const minLimit = 96 << 20

func readyHeap(fileSize int64, times float64) (loaded func()) {
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
