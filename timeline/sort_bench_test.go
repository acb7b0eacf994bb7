package timeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// BenchmarkSortChronologically sorts 1k, 100k and 1M events of mixed
// date precision, shuffled afresh (outside the timing) for each run: the
// sort New does before it checks and indexes.
func BenchmarkSortChronologically(b *testing.B) {
	precisions := []Precision{Day, Day, Day, Week, Month, Year, Decade}
	for _, n := range []int{1_000, 100_000, 1_000_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			rng := rand.New(rand.NewPCG(1, 2))
			events := make([]Event, n)
			for i := range events {
				p := precisions[rng.IntN(len(precisions))]
				d := Date{Year: 1990 + rng.IntN(36), Precision: p}
				if p == Day || p == Week || p == Month {
					d.Month = time.Month(1 + rng.IntN(12))
				}
				if p == Day || p == Week {
					d.Day = 1 + rng.IntN(28)
				}
				events[i] = Event{ID: fmt.Sprintf("ev%07d", i), Start: d}
			}
			work := slices.Clone(events)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				copy(work, events)
				rng.Shuffle(len(work), func(i, j int) { work[i], work[j] = work[j], work[i] })
				b.StartTimer()
				sortChronologically(work)
			}
		})
	}
}
