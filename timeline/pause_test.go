package timeline_test

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestPausedBuildIsTheSame: an index build paused (Pause) waits at its
// next step and stays there until resumed; paused and resumed at every
// step after, it makes the very indexes a build never paused makes. For
// synth's events (copies searched) and a TimelineJS import (most searched
// in place).
func TestPausedBuildIsTheSame(t *testing.T) {
	for _, tt := range []struct {
		name  string
		parts func() timeline.Parts
	}{
		{"synthetic", func() timeline.Parts { return synth.Parts(synth.Options{Events: 30000, Seed: 4}) }},
		{"import", func() timeline.Parts { return importedForSearch(t).Parts() }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := timeline.New(tt.parts())
			if err != nil {
				t.Fatal(err)
			}
			ds, err := timeline.Unindexed(tt.parts())
			if err != nil {
				t.Fatal(err)
			}
			timeline.SetLongestPause(ds, time.Hour)
			resume := ds.Pause()
			go timeline.Index(ds)
			waitForPause(ds, 0)
			time.Sleep(20 * time.Millisecond)
			if n := timeline.PauseWaits(ds); n != 1 || indexed(ds) {
				t.Fatalf("paused, the build went on (waited %d times, indexed %v)", n, indexed(ds))
			}
			steps := 1
			for !indexed(ds) { // a step at a time
				w := timeline.PauseWaits(ds)
				resume()
				resume = ds.Pause()
				waitForPause(ds, w)
				steps++
			}
			resume()
			if steps < 2 && tt.name == "synthetic" {
				t.Errorf("the build paused %d times; the test does not reach its steps", steps)
			}
			if err := timeline.SameIndexes(ds, want); err != nil {
				t.Errorf("after %d pauses: %v", steps, err)
			}
		})
	}
}

// TestPauseGivesWayToWhatNeedsTheIndex: a method that waits for the
// indexes (ActorEvents) has a paused build go on, and a pause never
// resumed holds it no longer than its longest.
func TestPauseGivesWayToWhatNeedsTheIndex(t *testing.T) {
	opt := synth.Options{Events: 20000, Seed: 6}
	want, _ := timeline.New(synth.Parts(opt))
	ds, err := timeline.Unindexed(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	timeline.SetLongestPause(ds, time.Hour)
	defer ds.Pause()() // held all along
	go timeline.Index(ds)
	waitForPause(ds, 0)
	if g, w := ds.ActorEvents(3), want.ActorEvents(3); len(g) != len(w) {
		t.Errorf("actor 3's events: %d, want %d", len(g), len(w))
	}

	forgotten, err := timeline.Unindexed(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	timeline.SetLongestPause(forgotten, time.Millisecond)
	forgotten.Pause() // never resumed
	timeline.Index(forgotten)
	if err := timeline.SameIndexes(forgotten, want); err != nil {
		t.Error(err)
	}
}

// waitForPause waits until ds's build has waited more than n times, or is
// done.
func waitForPause(ds *timeline.Dataset, n int64) {
	for timeline.PauseWaits(ds) <= n && !indexed(ds) {
		time.Sleep(50 * time.Microsecond)
	}
}

func indexed(ds *timeline.Dataset) bool {
	select {
	case <-ds.Indexed():
		return true
	default:
		return false
	}
}
