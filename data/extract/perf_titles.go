package extract

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// titleAhead reads the titles and main verbs of the mentions of ms (see
// mentionTitle, mentionVerb) on every processor, for the joins, which
// ask them of most mentions one at a time on one goroutine. A mention's
// title is its own words read alone, so reading it early changes
// nothing, once nothing more is done to what it is read from (its
// words, dates, people and subject): the caller calls it only then.
func titleAhead(ms ...[]*mention) {
	var all []*mention
	for _, m := range ms {
		all = append(all, m...)
	}
	if titleWorkers(len(all)) <= 1 {
		return // read as asked, on the caller's goroutine
	}
	eachBatch(len(all), func(i int) { mentionVerb(all[i]) })
}

// titleWorkers is how many goroutines read n items titleBatch at a time.
func titleWorkers(n int) int { return min(runtime.GOMAXPROCS(0), n/titleBatch+1) }

// eachBatch calls do for every i in [0, n) on titleWorkers(n)
// goroutines, each taking titleBatch items at a time; do must be safe to
// call for different i at once.
func eachBatch(n int, do func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range titleWorkers(n) {
		wg.Go(func() {
			for {
				k := int(next.Add(titleBatch)) - titleBatch
				if k >= n {
					return
				}
				for i := k; i < min(k+titleBatch, n); i++ {
					do(i)
				}
			}
		})
	}
	wg.Wait()
}

// titleBatch is how many mentions a goroutine of titleAhead takes at a
// time.
const titleBatch = 64
