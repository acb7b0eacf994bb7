package timeline

import (
	"fmt"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
)

// BenchmarkIDTable is the id table's build at a million events, on every
// processor as the index build makes it: cpu-ms/op is the processor time
// of every thread.
func BenchmarkIDTable(b *testing.B) {
	events := make([]Event, 1_000_000)
	for i := range events {
		events[i].ID = fmt.Sprintf("tljs-%07d", i)
	}
	c0 := procstat.CPU()
	for b.Loop() {
		var errs []error
		if newIDTable(events, &errs); len(errs) > 0 {
			b.Fatal(errs[0])
		}
	}
	b.ReportMetric(float64((procstat.CPU()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
