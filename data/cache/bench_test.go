package cache

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// BenchmarkLoad reopens a kept dataset of synthetic events, as the
// explorer does (the indexes built after, on their own goroutine, not
// waited for): what an unchanged file costs to its first frame, but for
// drawing it. ns/event is the cost an event.
func BenchmarkLoad(b *testing.B) {
	for _, shape := range []string{"full", "short"} {
		for _, n := range []int{100_000, 1_000_000} {
			b.Run(fmt.Sprintf("%s/events=%d", shape, n), func(b *testing.B) {
				ds := benchDataset(b, shape, n)
				dir := b.TempDir()
				path := filepath.Join(dir, "file")
				if err := os.WriteFile(path, []byte("the file the entry is for"), 0o600); err != nil {
					b.Fatal(err)
				}
				k, err := KeyOf(path)
				if err != nil {
					b.Fatal(err)
				}
				d := Dir{Path: filepath.Join(dir, "cache")}
				if err := d.Save(context.Background(), k, ds, 1); err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				var ms runtime.MemStats
				mallocs := uint64(0)    // those of the loads alone (and the first moment of the indexes')
				cpu := time.Duration(0) // the processor time of the loads, which a busy machine moves less than the clock
				for b.Loop() {
					b.StopTimer()
					runtime.ReadMemStats(&ms)
					before, cpuBefore := ms.Mallocs, procstat.CPU()
					b.StartTimer()
					got, _, err := d.Load(k, LoadOptions{IndexLater: true})
					b.StopTimer()
					cpu += procstat.CPU() - cpuBefore
					runtime.ReadMemStats(&ms)
					mallocs += ms.Mallocs - before
					b.StartTimer()
					if err != nil || len(got.Events()) != n {
						b.Fatalf("loaded %v events, %v", len(got.Events()), err)
					}
					b.StopTimer()
					<-got.Indexed() // not to slow the next load down
					b.StartTimer()
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/event")
				b.ReportMetric(float64(mallocs)/float64(b.N)/float64(n), "allocs/event")
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/event")
			})
		}
	}
}

// benchDataset is n synthetic events: synth's own (full) or the short
// shape's CSV imported, as --timelinejs reads it (short).
func benchDataset(b testing.TB, shape string, n int) *timeline.Dataset {
	if shape == "full" {
		ds, err := timeline.New(synth.Parts(synth.Options{Events: n, Seed: 1}))
		if err != nil {
			b.Fatal(err)
		}
		return ds
	}
	csv, err := synth.ShortCSV(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	ds, err := timelinejs.Load("short.csv", csv, timelinejs.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return ds
}
