//go:build unix

package main

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/data"
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
		var r0, r1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
		o, err := data.Open(path, data.Options{TuneMemory: true, IndexLater: true, IndexAfter: drawn})
		if err != nil {
			b.Fatal(err)
		}
		m := model.New(o.Dataset, model.WithStoryFirst())
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
		syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
		user += time.Duration(r1.Utime.Nano() - r0.Utime.Nano())
		sys += time.Duration(r1.Stime.Nano() - r0.Stime.Nano())
		b.StopTimer()
		b.ReportMetric(float64(residentKB())/1024, "rss-MiB")
		close(drawn) // the load ends once indexed
		<-o.Dataset.Indexed()
		b.StartTimer()
	}
	b.ReportMetric(float64(user.Milliseconds())/float64(b.N), "user-ms/op")
	b.ReportMetric(float64(sys.Milliseconds())/float64(b.N), "sys-ms/op")
}

// residentKB is the process's resident memory (Linux; 0 elsewhere).
func residentKB() int {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			var kb int
			for _, c := range strings.TrimSpace(v) {
				if c < '0' || c > '9' {
					break
				}
				kb = kb*10 + int(c-'0')
			}
			return kb
		}
	}
	return 0
}
