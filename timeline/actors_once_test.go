package timeline_test

import (
	"runtime"
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestLettersLookActorsUpForTheBuild: the letters pass, split between
// processors, keeps each event's actors by index for the rest of the
// build, which no longer looks them up; each event's list is its own
// whichever part made it, and the build from them makes what an unsplit
// build makes, then lets them go.
func TestLettersLookActorsUpForTheBuild(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(3)) // three parts, their ends not at multiples of the events
	opt := synth.Options{Events: 1000, Seed: 9}
	want, err := timeline.New(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := timeline.Unindexed(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	defer timeline.SplitScansFrom(ds, 1)()
	timeline.Letter(ds)
	if _, parts, _ := timeline.LetterActors(ds, 0); parts != 3 {
		t.Fatalf("the letters were made in %d parts, want 3", parts)
	}
	some := 0
	for i, e := range ds.Events() {
		var ids []int32
		for _, id := range e.Actors {
			ids = append(ids, int32(timeline.ActorIndex(ds, id)))
		}
		some += len(ids)
		if got, _, _ := timeline.LetterActors(ds, i); !slices.Equal(got, ids) {
			t.Fatalf("event %d's actors %v, want %v", i, got, ids)
		}
	}
	if some == 0 {
		t.Fatal("no event has actors: the test checks nothing")
	}
	if !slices.Equal(timeline.Letters(ds), timeline.Letters(want)) {
		t.Error("the letters made in parts differ from those made at once")
	}
	timeline.Index(ds)
	if _, _, kept := timeline.LetterActors(ds, 0); kept {
		t.Error("the build keeps the actors' lists after it")
	}
	for ai := range ds.Actors() {
		if got, w := ds.ActorEvents(ai), want.ActorEvents(ai); !slices.Equal(got, w) {
			t.Fatalf("actor %d's events %v, want %v", ai, got, w)
		}
	}
	for i := range ds.Events() {
		if got, w := ds.EventCountries(i), want.EventCountries(i); !slices.Equal(got, w) {
			t.Fatalf("event %d's countries %v, want %v", i, got, w)
		}
	}
	if err := timeline.SameIndexes(ds, want); err != nil {
		t.Error(err)
	}
}
