package main

import (
	"os"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/internal/cli"
	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
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
		u0, s0 := procstat.Times()
		_, index, err := cli.FirstFrame(path, data.Options{})
		if err != nil {
			b.Fatal(err)
		}
		u1, s1 := procstat.Times()
		user += u1 - u0
		sys += s1 - s0
		b.StopTimer()
		b.ReportMetric(float64(procstat.ResidentKiB())/1024, "rss-MiB")
		index() // the load ends once indexed
		b.StartTimer()
	}
	b.ReportMetric(float64(user.Milliseconds())/float64(b.N), "user-ms/op")
	b.ReportMetric(float64(sys.Milliseconds())/float64(b.N), "sys-ms/op")
}
