package timeline_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// shortUnindexed is synth's million short events as a TimelineJS import
// gives them, adopted with the index build held for good: what a search
// typed while the indexes build reads.
var shortUnindexed = sync.OnceValues(func() (*timeline.Dataset, error) {
	p := shortParts()
	return timeline.AdoptDeferredAfter(p, make(chan struct{}))
})

// shortParts is synth's million short events, each one's own text
// opening its passage as a TimelineJS import marks it.
func shortParts() timeline.Parts {
	p := synth.Parts(synth.Options{Events: 1_000_000, Seed: 1, Shape: synth.Short})
	p.Placer = opensEvery{}
	return p
}

type opensEvery struct{}

func (opensEvery) TextOpensSource(*timeline.Event) bool { return true }

// fullUnindexed is synth's million events of the full shape (actors,
// countries, one or two sources in articles of many outlets, as an
// export has them), the index held.
var fullUnindexed = sync.OnceValues(func() (*timeline.Dataset, error) {
	return timeline.AdoptDeferredAfter(synth.Parts(synth.Options{Events: 1_000_000, Seed: 1}), make(chan struct{}))
})

// BenchmarkSearchUnindexedFull is BenchmarkSearchUnindexed on the full
// shape's events.
func BenchmarkSearchUnindexedFull(b *testing.B) {
	ds, err := fullUnindexed()
	if err != nil {
		b.Fatal(err)
	}
	searches(b, ds, nil)
}

// BenchmarkSearchUnindexed is the whole answer to the explorer's search
// (its passages read) over a million short events before the indexes are
// built: p over every event, then ph over p's answer, into a reused list.
func BenchmarkSearchUnindexed(b *testing.B) {
	ds, err := shortUnindexed()
	if err != nil {
		b.Fatal(err)
	}
	searches(b, ds, nil)
}

// shortLettered is shortUnindexed's events with their letters made, the
// first step of the index build, and nothing more: what a search typed
// while the rest of the indexes build reads.
var shortLettered = sync.OnceValues(func() (*timeline.Dataset, error) {
	p := shortParts()
	ds, err := timeline.Unindexed(p)
	if err == nil {
		timeline.Letter(ds)
	}
	return ds, err
})

// BenchmarkSearchLettered is BenchmarkSearchUnindexed once the letters
// are made, the rest of the indexes not.
func BenchmarkSearchLettered(b *testing.B) {
	ds, err := shortLettered()
	if err != nil {
		b.Fatal(err)
	}
	searches(b, ds, nil)
}

// searches runs the searches of a first word typed at a million short
// events on ds: "p", "ph" within p's answer, "ph", "phi" within ph's,
// and more, each with its processor time an op and its answer's size.
func searches(b *testing.B, ds *timeline.Dataset, more []searchCase) {
	ctx := context.Background()
	p, _ := ds.ApplyWithin(ctx, timeline.Filter{Search: "p", Passages: true}, nil)
	ph, _ := ds.ApplyWithin(ctx, timeline.Filter{Search: "ph", Passages: true}, p)
	cases := append([]searchCase{
		{"p", "p", nil, true},
		{"ph-within-p", "ph", p, true},
		{"ph", "ph", nil, true},
		{"phi-within-ph", "phi", ph, true},
	}, more...)
	for _, tt := range cases {
		b.Run(tt.name, func(b *testing.B) {
			dst := make([]int, len(ds.Events()))
			f := timeline.Filter{Search: tt.search, Passages: tt.passages}
			n := 0
			c0 := procstat.CPU()
			for b.Loop() {
				got, err := ds.ApplyInto(ctx, f, tt.within, dst)
				if err != nil {
					b.Fatal(err)
				}
				n = len(got)
			}
			b.ReportMetric(float64((procstat.CPU()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(n), "events")
		})
	}
}

// searchCase is a search of searches: within the answer given, or all
// events if nil, and the sources' passages searched too or not.
type searchCase struct {
	name, search string
	within       []int
	passages     bool
}

// BenchmarkIndexShort is the index build of a million short events,
// from its start to Indexed.
func BenchmarkIndexShort(b *testing.B) {
	p := shortParts()
	b.StopTimer()
	for range b.N {
		start := make(chan struct{})
		ds, err := timeline.AdoptDeferredAfter(p, start)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		close(start)
		<-ds.Indexed()
		b.StopTimer()
	}
}

// shortIndexed is shortUnindexed's events indexed.
var shortIndexed = sync.OnceValues(func() (*timeline.Dataset, error) {
	p := shortParts()
	return timeline.New(p)
})

// BenchmarkSearchIndexed is BenchmarkSearchUnindexed's searches once the
// indexes are built.
func BenchmarkSearchIndexed(b *testing.B) {
	ds, err := shortIndexed()
	if err != nil {
		b.Fatal(err)
	}
	searches(b, ds, []searchCase{{"ph-own-text-scan", "ph", nil, false}})
}

// BenchmarkLettersShort is the first step of the index build of a
// million short events: their letters, which answer a first letter typed
// while the rest is built.
func BenchmarkLettersShort(b *testing.B) {
	p := shortParts()
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		ds, err := timeline.Unindexed(p)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := procstat.CPU()
		timeline.Letter(ds)
		cpu += procstat.CPU() - c0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
