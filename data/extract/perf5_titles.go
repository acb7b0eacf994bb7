package extract

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// clusterTitles returns the title of each extracted event of clusters
// (see clusterTitle), "" for a curated one, read on every processor:
// finishEvents read them one by one on one goroutine. An event's title
// is read from its own copies of its mentions alone, as titleAhead
// reads a mention's, so the order they are read in changes nothing.
func clusterTitles(clusters []*cluster) []string {
	titles := make([]string, len(clusters))
	workers := min(runtime.GOMAXPROCS(0), len(clusters)/titleBatch+1)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				k := int(next.Add(titleBatch)) - titleBatch
				if k >= len(clusters) {
					return
				}
				for i := k; i < min(k+titleBatch, len(clusters)); i++ {
					if cl := clusters[i]; !cl.curated {
						titles[i] = clusterTitle(cl.mentions, central(cl.mentions))
					}
				}
			}
		})
	}
	wg.Wait()
	return titles
}
