package model

import (
	"math/rand/v2"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestReusedListsNeverLeakAnAnswer types searches that answer many
// events, few and none, in turn, into a model that writes its answers
// into lists it reuses (arena), with the answers kept for a backspace
// forgotten now and then so that lists are written again: after every
// key, the events shown, and every answer still kept, are exactly what
// the filter selects worked out afresh; and lists were reused. Indexed,
// and before the index (each answer's first screenful, then its count).
func TestReusedListsNeverLeakAnAnswer(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 3000, Seed: 11}))
	if err != nil {
		t.Fatal(err)
	}
	for _, unindexed := range []bool{false, true} {
		t.Run(map[bool]string{false: "indexed", true: "before the index"}[unindexed], func(t *testing.T) {
			m := New(ds, WithBackgroundFilterOver(0))
			if unindexed {
				m.unindexed = func() bool { return true }
				m.countAfter = 0
			}
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			settle(m, startedBy(m, "/"))
			r := rand.New(rand.NewPCG(5, 8))
			// e and a: most events; then letters few events hold, and none
			keys := []string{"e", "a", "t", "x", "q", "z", " ", "backspace", "backspace", "backspace"}
			seen := map[*int]bool{}
			reused := 0
			for n := range 400 {
				k := keys[r.IntN(len(keys))]
				if n%50 == 0 { // a long answer again, made afresh
					for m.filter.Search != "" {
						settle(m, startedBy(m, "backspace"))
					}
					k = "e"
				}
				if r.IntN(4) == 0 {
					m.forget() // the next answers are worked out again, into lists let go of
				}
				settle(m, startedBy(m, k))
				_ = m.View()
				if m.filtering() {
					t.Fatalf("key %d (%q): still filtering after the work settled", n, k)
				}
				want := ds.Apply(m.filter)
				if !slices.Equal(m.events, want) || !slices.Equal(m.chron.events, want) {
					t.Fatalf("key %d (%q), search %q: shows %d events, want %d, from %d on not its own",
						n, k, m.filter.Search, len(m.events), len(want), firstDiff(m.events, want))
				}
				if l := listKey(m.events); l != nil {
					if seen[l] {
						reused++
					}
					seen[l] = true
				}
				for _, a := range m.recent {
					if w := ds.Apply(a.filter); !slices.Equal(a.events, w) {
						t.Fatalf("key %d (%q): the answer kept for %q differs from its own (%d events, want %d) at %d",
							n, k, a.filter.Search, len(a.events), len(w), firstDiff(a.events, w))
					}
				}
			}
			if reused < 20 {
				t.Errorf("only %d answers were written into a list used before; the test does not reach the reuse", reused)
			}
		})
	}
}

// TestArenaReusesWhatNobodyHolds: a list is taken again only once every
// holder has dropped it; of the lists nobody holds, the largest are kept;
// lists it did not make pass through.
func TestArenaReusesWhatNobodyHolds(t *testing.T) {
	a := newArena()
	big := a.take(100)
	a.hold(big) // a second holder
	a.drop(big)
	other := a.take(50)
	if listKey(other) == listKey(big) {
		t.Fatal("a list still held was taken again")
	}
	a.drop(big)
	a.drop(other) // one free list too many: the smaller goes
	if l := a.take(60); listKey(l) != listKey(big) || len(l) != 0 {
		t.Errorf("took a list of %d, want the free one of 100, empty", cap(l))
	}
	if l := a.take(5); listKey(l) == listKey(big) || listKey(l) == listKey(other) {
		t.Error("took a list that is held, or was let go of beyond what is kept")
	}
	mine := []int{1, 2, 3}
	a.hold(mine)
	a.drop(mine)
	a.drop(mine)
	if l := a.take(3); listKey(l) == listKey(mine) {
		t.Error("a list the arena did not make was handed out")
	}
}

// firstDiff is the first position where a and b differ.
func firstDiff(a, b []int) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
