package timeline_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestLetterBeforeTheBuild: Letter makes the letters of a dataset whose
// index build is held, and nothing more: a first letter is then answered
// from them, as the indexed dataset answers it, while it is not indexed.
func TestLetterBeforeTheBuild(t *testing.T) {
	opt := synth.Options{Events: 2000, Seed: 3}
	want, err := timeline.New(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := timeline.AdoptDeferredAfter(synth.Parts(opt), make(chan struct{}))
	if err != nil {
		t.Fatal(err)
	}
	f := timeline.Filter{Search: "p", Passages: true}
	if ds.FromLetters(f, nil) {
		t.Fatal("a held build made the letters")
	}
	ds.Letter()
	ds.Letter() // a second call does nothing more
	if !ds.FromLetters(f, nil) {
		t.Fatal("after Letter, a first letter is not answered from the letters")
	}
	select {
	case <-ds.Indexed():
		t.Fatal("Letter built the indexes")
	default:
	}
	got, err := ds.ApplyWithin(context.Background(), f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if w := want.Apply(f); !slices.Equal(got, w) || len(w) == 0 {
		t.Errorf("p from the letters: %d events, want %d", len(got), len(w))
	}
}
