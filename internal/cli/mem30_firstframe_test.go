package cli

import (
	"runtime/debug"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data"
)

// TestFirstFrameHoldsTheIndexes: the first frame is drawn before the
// index build starts, as the explorer draws it; index lets the build run
// and waits for it, and may be called again.
func TestFirstFrameHoldsTheIndexes(t *testing.T) {
	// it readies the heap for the file, as the explorer does: put back
	// what that sets process-wide
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	gogc := debug.SetGCPercent(-1)
	debug.SetGCPercent(gogc)
	defer debug.SetGCPercent(gogc)
	o, index, err := FirstFrame("../../data/timelinejs/testdata/samples/women_in_computing.csv", data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Dataset.Events()) == 0 {
		t.Fatal("no events read")
	}
	select {
	case <-o.Dataset.Indexed():
		t.Fatal("indexed before index was called: the build did not wait for the first frame")
	default:
	}
	index()
	index()
	<-o.Dataset.Indexed()
}
