package timeline_test

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// BenchmarkFollowShort is the making of a letter's followers at a
// million short events, once indexed: what the goroutine started by a
// first letter typed costs, while the next key is awaited.
func BenchmarkFollowShort(b *testing.B) {
	ds, err := shortIndexed()
	if err != nil {
		b.Fatal(err)
	}
	c0 := procstat.CPU()
	for b.Loop() {
		timeline.Follow(ds, 'p')
	}
	b.ReportMetric(float64((procstat.CPU()-c0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
