package timeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// BenchmarkSortChronologically sorts 1k, 100k and 1M events of mixed
// date precision, shuffled afresh (outside the timing) for each run: the
// sort New does before it checks and indexes.
func BenchmarkSortChronologically(b *testing.B) {
	for _, n := range []int{1_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			events := make([]Event, n)
			for i := range events {
				events[i] = Event{ID: fmt.Sprintf("ev%07d", i), Start: randomDate(rng)}
			}
			work := slices.Clone(events)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				copy(work, events)
				rng.Shuffle(len(work), func(i, j int) { work[i], work[j] = work[j], work[i] })
				b.StartTimer()
				sortChronologically(work, nil)
			}
		})
	}
}
