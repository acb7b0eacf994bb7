package main

import (
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/model"
)

// BenchmarkFirstFrameOfFile opens the file CYBERDESK_FILE as the explorer
// does (the heap readied for it, the indexes held until the first frame)
// and draws the first frame at 120x40, reporting the processor time that
// took (user and system, from getrusage) and the resident memory then.
// Run it once a process, so that the memory it touches is fresh, as a
// program's is:
//
//	CYBERDESK_FILE=short.csv go test -run '^$' -bench FirstFrameOfFile -benchtime 1x .
func BenchmarkFirstFrameOfFile(b *testing.B) {
	path := os.Getenv("CYBERDESK_FILE")
	if path == "" {
		b.Skip("CYBERDESK_FILE names no file")
	}
	var user, sys time.Duration
	for b.Loop() {
		drawn := make(chan struct{})
		u0, s0 := procstat.Times()
		o, err := data.Open(path, data.Options{TuneMemory: true, IndexLater: true, IndexAfter: drawn})
		if err != nil {
			b.Fatal(err)
		}
		m := model.New(o.Dataset, model.WithStoryFirst())
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		u1, s1 := procstat.Times()
		user += u1 - u0
		sys += s1 - s0
		b.StopTimer()
		b.ReportMetric(float64(procstat.ResidentKiB())/1024, "rss-MiB")
		close(drawn) // the load ends once indexed
		<-o.Dataset.Indexed()
		b.StartTimer()
	}
	b.ReportMetric(float64(user.Milliseconds())/float64(b.N), "user-ms/op")
	b.ReportMetric(float64(sys.Milliseconds())/float64(b.N), "sys-ms/op")
}
