package timeline_test

import (
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// BenchmarkIndexFull is the index build of 200,000 events of synth's
// full shape (actors, countries, several outlets), from its start to
// Indexed, letters included, with the processor time it takes.
func BenchmarkIndexFull(b *testing.B) {
	p := synth.Parts(synth.Options{Events: 200_000, Seed: 1})
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		start := make(chan struct{})
		ds, err := timeline.AdoptDeferredAfter(p, start)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		c0 := procstat.CPU()
		close(start)
		<-ds.Indexed()
		cpu += procstat.CPU() - c0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
