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
	workers := min(runtime.GOMAXPROCS(0), len(all)/titleBatch+1)
	if workers <= 1 {
		return // read as asked, on the caller's goroutine
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				k := int(next.Add(titleBatch)) - titleBatch
				if k >= len(all) {
					return
				}
				for _, m := range all[k:min(k+titleBatch, len(all))] {
					mentionVerb(m)
				}
			}
		})
	}
	wg.Wait()
}

// titleBatch is how many mentions a goroutine of titleAhead takes at a
// time.
const titleBatch = 64
