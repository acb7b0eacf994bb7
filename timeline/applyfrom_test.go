package timeline_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestApplyFromIsTheAnswerInPieces: ApplyFrom and ApplyBefore, before the indexes are
// built and after, gives the indexed Apply's answer piece by piece: what
// it finds from any event on, up to any count and any budget, is the
// answer between there and where it stopped, so its first screenful is
// the answer's first screenful and its pieces, joined, the whole answer
// after the event (ApplyFrom) or before it (ApplyBefore).
// Over synth's events of both shapes, the TimelineJS import (most events
// searched in place) and the seeds' statements, with searches of one
// letter, two, a phrase of two words, a word nowhere, with and without
// the passages, with facets, dates, a scope and the fewest outlets, and
// within the answer of a filter it narrows.
func TestApplyFromIsTheAnswerInPieces(t *testing.T) {
	full, err := timeline.New(synth.Parts(synth.Options{Events: 2500, Seed: 7}))
	if err != nil {
		t.Fatal(err)
	}
	short, err := timeline.New(synth.Parts(synth.Options{Events: 2500, Seed: 7, Shape: synth.Short}))
	if err != nil {
		t.Fatal(err)
	}
	since := timeline.YearDate(1990)
	filters := []timeline.Filter{
		{Search: "p"}, {Search: "ph"}, {Search: "phish"}, {Search: "e a"}, {Search: "zzqx"}, {Search: "PORTAL"},
		{Search: "t", Tags: []string{"cyberattack"}}, {Search: "an", Since: since}, {Scope: timeline.ScopeStory},
		{MinOutlets: 2, Search: "s"}, {Countries: []string{"AL", "IR"}}, {Search: "\x00"},
	}
	for _, tt := range []struct {
		name string
		ds   *timeline.Dataset
	}{{"full", full}, {"short", short}, {"import", importedForSearch(t)}} {
		un, err := timeline.Unindexed(tt.ds.Parts())
		if err != nil {
			t.Fatal(err)
		}
		for _, when := range []string{"before the index", "after the index"} {
			if when == "after the index" {
				timeline.Index(un)
			}
			r := rand.New(rand.NewPCG(1, 2))
			for _, f := range filters {
				for _, passages := range []bool{false, true} {
					f.Passages = passages
					want := tt.ds.Apply(f)
					n := len(tt.ds.Events())
					// the first screenful, from the first event
					if got, _, err := un.ApplyFrom(context.Background(), f, nil, 0, 38, n); err != nil || !slices.Equal(got, want[:min(38, len(want))]) {
						t.Fatalf("%s, %s, %+v: the first screen is %v (%v), want %v", tt.name, when, f, got, err, want[:min(38, len(want))])
					}
					// the whole answer in pieces of random sizes and budgets
					// from a random event on, and the part before it
					from := r.IntN(n)
					var joined []int
					for at := from; at < n; {
						got, next, err := un.ApplyFrom(context.Background(), f, nil, at, 1+r.IntN(50), 1+r.IntN(400))
						if err != nil || next <= at && at < n {
							t.Fatalf("%s, %s, %+v: from %d it stopped at %d (%v)", tt.name, when, f, at, next, err)
						}
						joined, at = append(joined, got...), next
					}
					if i, _ := slices.BinarySearch(want, from); !slices.Equal(joined, want[i:]) {
						t.Fatalf("%s, %s, %+v: from %d the pieces join to %d events, want %d", tt.name, when, f, from, len(joined), len(want)-i)
					}
					// backwards, in pieces, from a random event down
					joined = joined[:0]
					for at := from; ; {
						got, prev, err := un.ApplyBefore(context.Background(), f, nil, at, 1+r.IntN(50), 1+r.IntN(400))
						if err != nil || prev >= 0 && prev >= at-1 {
							t.Fatalf("%s, %s, %+v: back from %d it stopped at %d (%v)", tt.name, when, f, at, prev, err)
						}
						joined = append(got, joined...)
						if prev < 0 {
							break
						}
						at = prev + 1
					}
					if i, _ := slices.BinarySearch(want, from); !slices.Equal(joined, want[:i]) {
						t.Fatalf("%s, %s, %+v: back from %d the pieces join to %d events, want %d", tt.name, when, f, from, len(joined), i)
					}
					// within the answer of a filter it narrows
					wide := f
					wide.Search = ""
					within := tt.ds.Apply(wide)
					if len(within) == 0 {
						continue
					}
					joined = joined[:0]
					for at := 0; at < n; {
						got, next, err := un.ApplyFrom(context.Background(), f, within, at, 1+r.IntN(50), 1+r.IntN(400))
						if err != nil || next <= at {
							t.Fatalf("%s, %s, %+v within: from %d it stopped at %d (%v)", tt.name, when, f, at, next, err)
						}
						joined, at = append(joined, got...), next
					}
					if !slices.Equal(joined, want) {
						t.Fatalf("%s, %s, %+v within %d events: the pieces join to %d events, want %d", tt.name, when, f, len(within), len(joined), len(want))
					}
				}
			}
		}
	}
}

// TestApplyFromStopsWhenCancelled: a cancelled context ends it with its
// error, nothing found.
func TestApplyFromStopsWhenCancelled(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 100, Seed: 7}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got, _, err := ds.ApplyFrom(ctx, timeline.Filter{Search: "a"}, nil, 0, 10, 100); err == nil || got != nil {
		t.Fatalf("cancelled: %v, %v; want nothing and the context's error", got, err)
	}
}
