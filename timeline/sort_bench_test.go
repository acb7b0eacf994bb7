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

// BenchmarkSortChronologicallyInOrder sorts a million events already in
// order of date, as most files keep them, their ids numbered in file
// order ("slide-N", so not in the order of strings where N gains a digit
// within a date): the sort a file's load does before its first frame.
func BenchmarkSortChronologicallyInOrder(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	events := make([]Event, 1_000_000)
	for i := range events {
		events[i] = Event{Start: randomDate(rng)}
	}
	slices.SortStableFunc(events, func(a, b Event) int { return Compare(a.Start, b.Start) })
	for i := range events {
		events[i].ID = fmt.Sprintf("slide-%d", i+1)
	}
	work := slices.Clone(events)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		copy(work, events)
		b.StartTimer()
		sortChronologically(work, nil)
	}
}
