package data

import (
	"runtime"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/heap"
)

// TestFirstStepBeforeTheCollection: once the first frame is drawn, the
// build's first step (the letters, which a first key typed waits for) is
// made before the load's garbage is collected, not beside it; then the
// build starts. Before the frame, nothing is done; with a load that is
// over, neither the step nor the collection.
func TestFirstStepBeforeTheCollection(t *testing.T) {
	forced := forcedCollections(t)
	load := heap.Ready(100<<20, 1.9) // large enough to be collected
	load.HoldCollector()
	defer load.Done()

	drawn, over := make(chan struct{}), make(chan struct{})
	steps := make(chan uint32, 1) // the forced collections when the step ran
	before := forced()
	ready := collectFirst(load, drawn, over, func() { steps <- forced() })
	for range 100 {
		runtime.Gosched()
	}
	select {
	case <-steps:
		t.Fatal("the first step ran before the first frame was drawn")
	default:
	}
	close(drawn)
	<-ready
	select {
	case at := <-steps:
		if at != before {
			t.Errorf("the first step ran after %d collections, want before the load's", at-before)
		}
	default:
		t.Fatal("the build started without its first step")
	}
	if forced() == before {
		t.Error("the build started without the load's garbage collected")
	}

	drawn = make(chan struct{})
	ready = collectFirst(load, drawn, over, func() { steps <- forced() })
	close(over)
	close(drawn)
	for range 100 {
		runtime.Gosched()
	}
	select {
	case <-steps:
		t.Error("a load that is over still makes the first step")
	case <-ready:
		t.Error("a load that is over still starts the build")
	default:
	}
}
