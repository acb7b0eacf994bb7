package main

import (
	"os"
	"runtime/debug"
)

// readyHeap readies the heap for loading a file of fileSize bytes, which
// takes up to times its size while it loads.
//
// It sets a soft memory limit of that much (at least 64 MiB), unless
// GOMEMLIMIT is set. Without a limit the garbage collector lets the heap
// grow to twice what is live before it collects. A loaded export needs
// about 1.2 times its file, and its limit is twice the file. A tighter
// one (1.5 times) kept a million events under 1.4 GB but made the
// collector run while the user typed: the first search letter took
// 260 ms instead of 65. A streamed TimelineJS CSV peaks near 3 times its
// file, its limit. Past the limit the collector works harder; nothing
// fails.
//
// It also asks for that much heap to be backed by huge pages
// ([adviseHugePages]) when that is 64 MiB or more: a small file loads in
// a blink either way, and asking forces a garbage collection.
func readyHeap(fileSize, times int64) {
	n := fileSize * times
	if n >= 64<<20 {
		adviseHugePages(n) // first: it maps n bytes, over the limit
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(max(n, 64<<20))
	}
}
