// Command firstframe opens one file as the explorer does (the heap
// readied for it, the indexes held until the first frame) and draws the
// first frame at 120x40, then reports the processor time that took (user
// and system, from getrusage), the resident memory then and the heap's
// allocations, and exits without building the indexes: one open a
// process, so that the memory it touches is fresh, as a program's is.
// Built from two checkouts, it compares them in interleaved pairs.
//
//	go run ./testdata/perf/firstframe [-cache DIR] [-cpuprofile F] [-memprofile F] [-indexed] FILE
//
// With -indexed, it then lets the index build run, waits for it, and
// reports how long that took and the peak resident memory (VmHWM):
// where a load's peak is, once its indexes are built beside it.
//
// With -cache, the dataset is kept in DIR's cache the first time and
// read from it after: run it once to fill the cache, then measure.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/internal/cli"
	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
)

func main() {
	dir := flag.String("cache", "", "a cache folder: the file's dataset is kept there, and read from it when kept")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the load to the first frame here")
	memprofile := flag.String("memprofile", "", "write the allocations of the load to the first frame here")
	indexed := flag.Bool("indexed", false, "build the indexes after the first frame and report the peak resident memory")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: firstframe [-cache DIR] [-cpuprofile F] [-memprofile F] [-indexed] FILE")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *dir, *profile, *memprofile, *indexed); err != nil {
		fmt.Fprintln(os.Stderr, "firstframe:", err)
		os.Exit(1)
	}
}

func run(path, dir, profile, memprofile string, indexed bool) error {
	var opt data.Options
	if dir != "" {
		opt.Cache = &cache.Dir{Path: dir}
	}
	if profile != "" {
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	u0, s0 := procstat.Times()
	start := time.Now()
	o, index, err := cli.FirstFrame(path, opt)
	if err != nil {
		return err
	}
	wall := time.Since(start)
	u1, s1 := procstat.Times()
	if profile != "" {
		pprof.StopCPUProfile()
	}
	rss := procstat.ResidentKiB()
	if memprofile != "" {
		if err := writeHeap(memprofile); err != nil {
			return err
		}
	}
	runtime.ReadMemStats(&m1)
	user, sys := u1-u0, s1-s0
	n := len(o.Dataset.Events())
	fmt.Printf("events %d cached %t wall-ms %d user-ms %d sys-ms %d cpu-ms %d rss-MiB %d allocs/event %.4f bytes/event %.1f\n",
		n, o.Cached, wall.Milliseconds(), user.Milliseconds(), sys.Milliseconds(), (user + sys).Milliseconds(),
		rss/1024, float64(m1.Mallocs-m0.Mallocs)/float64(max(n, 1)), float64(m1.TotalAlloc-m0.TotalAlloc)/float64(max(n, 1)))
	if indexed {
		start := time.Now()
		index()
		fmt.Printf("indexed-ms %d peak-MiB %d\n", time.Since(start).Milliseconds(), peakKiB()/1024)
	}
	if o.Save != nil {
		index()
		return o.Save(context.Background())
	}
	return nil
}

// peakKiB is the process's peak resident memory (VmHWM) in KiB, 0 where
// the system does not say (Linux only).
func peakKiB() int {
	b, _ := os.ReadFile("/proc/self/status")
	for l := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return kb
		}
	}
	return 0
}

// writeHeap writes the heap's allocations so far to path.
func writeHeap(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
