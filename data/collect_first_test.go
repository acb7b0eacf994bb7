package data

import (
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/heap"
)

// forcedCollections readies a test of the collections a load forces:
// no memory limit from the environment, the limit and the collector's
// percent as they were once the test ends; it returns how many
// collections have been forced so far.
func forcedCollections(t *testing.T) func() uint32 {
	t.Setenv("GOMEMLIMIT", "")
	limit, percent := debug.SetMemoryLimit(-1), debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetMemoryLimit(limit); debug.SetGCPercent(percent) })
	return func() uint32 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.NumForcedGC
	}
}

// TestIndexBuildWaitsForTheCollection: with a large load, the index build
// waits for the first frame and then for the load's garbage to be
// collected; without a load, or with nothing to wait for, it waits for
// what it was given; a load that failed (no frame will be drawn), or a
// dataset indexed without waiting, stops the wait.
func TestIndexBuildWaitsForTheCollection(t *testing.T) {
	forced := forcedCollections(t)
	closed := func(c <-chan struct{}) bool {
		select {
		case <-c:
			return true
		default:
			return false
		}
	}

	drawn, over := make(chan struct{}), make(chan struct{})
	if got := collectFirst(nil, drawn, over, nil); got != (<-chan struct{})(drawn) {
		t.Error("with no load, the build does not wait for the frame alone")
	}
	load := heap.Ready(100<<20, 1.9)
	load.HoldCollector()
	defer load.Done()
	if got := collectFirst(load, nil, over, nil); got != nil {
		t.Error("with nothing to wait for, the build waits")
	}

	ready := collectFirst(load, drawn, over, nil)
	runtime.Gosched()
	if closed(ready) {
		t.Fatal("the build starts before the first frame is drawn")
	}
	before := forced()
	close(drawn)
	<-ready
	if forced() == before {
		t.Error("the build started without the load's garbage collected")
	}

	drawn = make(chan struct{})
	before = forced()
	ready = collectFirst(load, drawn, over, nil)
	close(over)
	close(drawn) // whichever the wait sees first, it stops: nothing is collected
	for range 100 {
		runtime.Gosched()
	}
	if closed(ready) || forced() != before {
		t.Error("a load that is over still waits for its frame and collects")
	}
}
