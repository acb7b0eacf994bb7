package heap

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// minLimit is the least memory limit Ready sets: a small file's limit
// would leave the collector too little room over what is live.
const minLimit = 96 << 20

// Ready readies the heap for loading a file of fileSize bytes, which
// should take about times its size while it loads, and returns the load,
// whose Done is to be called once the file is loaded.
//
// It sets a soft memory limit of that much (at least [minLimit]), unless
// GOMEMLIMIT is set: without one the collector lets the heap grow to
// twice what is live before it collects, and a large load would peak far
// above what it keeps. Too tight a limit makes the collector run while
// the user types, so the factors are measured, not guessed
// (BENCHMARKS.md has the runs behind them).
//
// A file can need more than its limit (a CSV of one short headline a row
// needs many times its size). Held under a limit it cannot keep, the
// collector would run without pause, so while the file loads, and once
// it has, the limit is raised whenever what is live comes near it
// ([roomFor]); a reader that can tell what it needs says so sooner
// ([Load.Expect]).
//
// For a large load Ready also asks for the heap to be backed by huge
// pages ([adviseHugePages]), where touching each small page for the first
// time is costly, and Done then collects the load's garbage at once:
// left to the collector, that collection would start on the user's first
// keystrokes.
func Ready(fileSize int64, times float64) *Load {
	n := int64(float64(fileSize) * times)
	l := &Load{collect: func() {}, gcPercent: -2, advised: n}
	if n >= 64<<20 {
		adviseHugePages(n) // first: it maps n bytes, over the limit
		l.collect = runtime.GC
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return l
	}
	l.limited = true
	debug.SetMemoryLimit(max(n, minLimit))
	l.stop, l.stopped = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(l.stopped)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-tick.C:
				keepRoom(debug.SetMemoryLimit(-1))
			}
		}
	}()
	return l
}

// Load is a load Ready readied the heap for.
type Load struct {
	collect       func()
	limited       bool // Ready set the memory limit
	stop, stopped chan struct{}
	mu            sync.Mutex
	gcPercent     int   // GOGC as it was before Expect paused the collector; -2 if it did not
	advised       int64 // how much heap was advised for huge pages
	little        bool  // LittleGarbage: Done does not collect
}

// Expect says that the load will keep about n bytes live, and will make
// little garbage on the way: a reader that allocates its arrays once,
// from what its first rows tell, before it allocates them. Heap for them
// is advised for huge pages, as Ready advises it. The memory limit is
// raised to hold them, and the collector, which would only find them live
// again and again as they fill, waits until the memory limit or Done.
// Without a memory limit of Ready's (GOMEMLIMIT is set), only the advice
// is given.
func (l *Load) Expect(n int64) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if n > l.advised {
		adviseHugePages(n)
		l.advised = n
		if n >= 64<<20 {
			l.collect = runtime.GC
		}
	}
	if !l.limited {
		return
	}
	if want := n / 10 * 13; want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
	l.pauseCollector()
}

// pauseCollector turns the collector off until the memory limit or Done,
// once; l.mu is held.
func (l *Load) pauseCollector() {
	if l.gcPercent == -2 {
		l.gcPercent = debug.SetGCPercent(-1)
	}
}

// HoldCollector turns the collector off until the memory limit (raised
// as Ready's is while what is live nears it) or Done, for a load whose
// collections would find little to free for what they cost: one that
// makes many times what it keeps in garbage, all of it small against the
// limit (articles read into words, sentences and candidates, most of it
// dropped once an article is done), or one that decodes into arrays it
// keeps, making little garbage (an export's events, decoded into one
// slice sized once), where each collection would only mark them again
// as they fill. Without a memory limit of Ready's (GOMEMLIMIT is set),
// the collector runs as it did.
func (l *Load) HoldCollector() {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.limited {
		l.pauseCollector()
	}
}

// Collect collects the load's garbage now (for a large load, as Done
// does, and not for one of LittleGarbage), and leaves the collector as
// it was: paused until Done if the load paused it. A program calls it
// between its first frame and the index build that follows: what
// reading the file left (its windows, its parts' rows and text) is then
// freed before the indexes are built, and they are built in its place,
// not beside it. Made before the first frame, the collection would
// delay it by the time it takes to mark every event.
func (l *Load) Collect() {
	if l == nil {
		return
	}
	l.mu.Lock()
	collect, little := l.collect, l.little
	l.mu.Unlock()
	if !little {
		collect()
	}
}

// LittleGarbage says the load makes next to no garbage: it reads into
// arrays allocated once, at their size, as a cache entry is read. Done
// then does not collect: that collection would find almost everything
// live, after marking all of it, while the first frame waits.
func (l *Load) LittleGarbage() {
	if l == nil {
		return
	}
	l.mu.Lock()
	l.little = true
	l.mu.Unlock()
}

// Done ends the load: the collector runs as it did, the load's garbage is
// collected (for a large load), and the memory limit is left with room
// over what is live.
func (l *Load) Done() {
	if l.stop != nil {
		close(l.stop)
		<-l.stopped
	}
	l.mu.Lock()
	if l.gcPercent != -2 {
		debug.SetGCPercent(l.gcPercent)
		l.gcPercent = -2
	}
	little := l.little
	l.mu.Unlock()
	if !little {
		l.collect()
	}
	if l.limited {
		limit := debug.SetMemoryLimit(-1)
		if little {
			// Not collected, what the last collection found live is
			// stale; what the load allocated is almost all kept.
			limit = raise(limit, read("/memory/classes/heap/objects:bytes"))
		}
		keepRoom(limit)
		guard()
	}
}

// guard keeps the memory limit over what is live for as long as a limit
// is set, checking after each collection ([keepRoom]): what a loaded
// dataset goes on to build (its indexes, built after the first frame)
// and what the user's searches keep can outgrow the limit the load left,
// and a heap held under a limit it cannot keep is collected without
// pause, half a processor's time spent for nothing while the program
// waits for a key. It costs nothing while the program allocates nothing,
// as nothing is collected then, and stops once the limit is lifted.
// One guard is enough however many loads end: guarding says one is
// armed.
func guard() {
	if guarding.CompareAndSwap(false, true) {
		chains.Add(1)
		arm()
	}
}

// guarding says a guard is armed; chains counts the guards ever armed.
var (
	guarding atomic.Bool
	chains   atomic.Int64
)

func arm() {
	runtime.AddCleanup(new(sentinel), func(struct{}) {
		if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
			keepRoom(limit)
			arm()
			return
		}
		guarding.Store(false)
	}, struct{}{})
}

// sentinel is an object nothing keeps, so that each collection finds it
// unreachable and runs its cleanup; big enough not to be a tiny
// allocation, which shares its block with others and may never be freed.
type sentinel struct{ _ [32]byte }

// keepRoom raises the memory limit if what the last collection found live
// needs it ([roomFor]), and returns the limit.
func keepRoom(limit int64) int64 {
	return raise(limit, read("/gc/heap/live:bytes"))
}

// raise sets the memory limit [roomFor] live bytes if that differs from
// limit, and returns the limit.
func raise(limit, live int64) int64 {
	if l := roomFor(limit, live); l != limit {
		debug.SetMemoryLimit(l)
		return l
	}
	return limit
}

// read reads one runtime metric of bytes.
func read(name string) int64 {
	s := []metrics.Sample{{Name: name}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// roomFor is the memory limit to have with live bytes of heap in use:
// limit itself while live stays below 95% of it, else 30% more than live.
func roomFor(limit, live int64) int64 {
	if live <= limit/20*19 {
		return limit
	}
	return live / 10 * 13
}
