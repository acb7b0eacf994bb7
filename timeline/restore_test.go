package timeline_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestRestoreGivesWhatNewGives: parts written out from a dataset and
// restored (as the cache restores them) make the dataset New makes of
// them: the same events in the same order, found by id before their
// indexes are built and after, and the same answers to filters. Events
// out of their dates' order are sorted, not taken as they come.
func TestRestoreGivesWhatNewGives(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := timeline.New(synth.Parts(synth.Options{Events: 3000, Seed: 6}))
	if err != nil {
		t.Fatal(err)
	}
	shuffled := func() timeline.Parts {
		p := synthetic.Parts()
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(p.Events), func(i, j int) { p.Events[i], p.Events[j] = p.Events[j], p.Events[i] })
		return p
	}
	for _, tt := range []struct {
		name string
		want *timeline.Dataset
		p    func() timeline.Parts // Restore takes the parts' slices
	}{
		{"seeds", seeds, seeds.Parts},
		{"synthetic", synthetic, synthetic.Parts},
		{"synthetic, shuffled", synthetic, shuffled},
	} {
		for _, later := range []bool{false, true} {
			got, err := timeline.Restore(tt.p(), later)
			if err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			check := func(when string) {
				t.Helper()
				if g, w := ids(got.Events()), ids(tt.want.Events()); !slices.Equal(g, w) {
					t.Fatalf("%s (%s): events in another order", tt.name, when)
				}
				for i, e := range tt.want.Events() {
					if g, ok := got.EventIndex(e.ID); !ok || g != i {
						t.Fatalf("%s (%s): %s at %d (%v), want %d", tt.name, when, e.ID, g, ok, i)
					}
				}
				for _, f := range []timeline.Filter{{Search: "the"}, {Countries: []string{"AL"}}, {Tags: []string{"diplomacy"}}} {
					if g, w := got.Apply(f), tt.want.Apply(f); !slices.Equal(g, w) {
						t.Errorf("%s (%s): %+v finds %d events, want %d", tt.name, when, f, len(g), len(w))
					}
				}
			}
			check("as restored")
			<-got.Indexed()
			check("indexed")
		}
	}
}

// TestRestoreChecksAllButTheEvents: what is not an event is checked as
// New checks it: an actor of no known kind, or two articles of one id,
// is refused.
func TestRestoreChecksAllButTheEvents(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	kind := seeds.Parts()
	kind.Actors[0].Kind = "wizard"
	twice := seeds.Parts()
	twice.Articles[1].ID = twice.Articles[0].ID
	for name, p := range map[string]timeline.Parts{"an unknown kind": kind, "an article id twice": twice} {
		if _, err := timeline.Restore(p, false); err == nil {
			t.Errorf("%s: restored", name)
		}
	}
}

func ids(events []timeline.Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.ID
	}
	return out
}
