// Command pagetouch measures what this machine charges a process for the
// first touch of a page of memory, which sets much of a large load's time
// (BENCHMARKS.md): it maps N MiB of fresh anonymous memory, writes one
// byte in every 4 KiB page, and reports the time per page; then the same
// again advised for huge pages (MADV_HUGEPAGE), where the system allows
// it. A fresh mapping each round, so every touch is a first touch.
//
// The first round of each kind is also reported on its own: on a virtual
// machine whose balloon reports freed memory to its host (virtio free
// page reporting), a round takes back the pages the round before freed,
// before they are reported, while the first takes memory the host may
// have to back again, a fault of its own a 4 KiB page. A program that
// starts after another one is in the first round's case; the median is
// a program's that starts right after a run of its own (bench30g: huge
// pages cost 8-12 µs a 4 KiB page in the first round, under 1 after).
//
//	go run ./testdata/perf/pagetouch [-mib 512] [-rounds 5]
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"syscall"
	"time"
)

const page = 4096

func main() {
	mib := flag.Int("mib", 512, "MiB of memory touched each round")
	rounds := flag.Int("rounds", 5, "rounds of each kind; the median is reported")
	flag.Parse()
	if *mib <= 0 || *rounds <= 0 {
		fmt.Fprintln(os.Stderr, "pagetouch: -mib and -rounds must be positive")
		os.Exit(2)
	}
	size := *mib << 20
	for _, huge := range []bool{false, true} {
		var took []time.Duration
		for range *rounds {
			d, err := touch(size, huge)
			if err != nil {
				fmt.Fprintln(os.Stderr, "pagetouch:", err)
				os.Exit(1)
			}
			took = append(took, d)
		}
		first := took[0]
		slices.Sort(took)
		med := took[len(took)/2]
		kind := "4 KiB pages"
		if huge {
			kind = "advised MADV_HUGEPAGE"
		}
		fmt.Printf("%d MiB, %s: median %v (min %v, max %v) of %d: %.2f µs a 4 KiB page, %.2f GB/s\n",
			*mib, kind, med.Round(time.Microsecond), took[0].Round(time.Microsecond), took[len(took)-1].Round(time.Microsecond),
			len(took), float64(med.Nanoseconds())/1e3/float64(size/page), float64(size)/med.Seconds()/1e9)
		fmt.Printf("%d MiB, %s: first round %v: %.2f µs a 4 KiB page\n",
			*mib, kind, first.Round(time.Microsecond), float64(first.Nanoseconds())/1e3/float64(size/page))
	}
}

// touch maps size bytes, writes a byte in each page, and unmaps them,
// returning how long the writes took.
func touch(size int, huge bool) (time.Duration, error) {
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return 0, fmt.Errorf("mapping %d bytes: %w", size, err)
	}
	defer syscall.Munmap(b)
	if huge {
		// Refused where the kernel has no transparent huge pages: the
		// touches then take 4 KiB pages, and the figures say so.
		_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	}
	start := time.Now()
	for i := 0; i < size; i += page {
		b[i] = 1
	}
	return time.Since(start), nil
}
