package extract

// clusterTitles returns the title of each extracted event of clusters
// (see clusterTitle), "" for a curated one, read on every processor:
// finishEvents read them one by one on one goroutine. An event's title
// is read from its own copies of its mentions alone, as titleAhead
// reads a mention's, so the order they are read in changes nothing.
func clusterTitles(clusters []*cluster) []string {
	titles := make([]string, len(clusters))
	eachBatch(len(clusters), func(i int) {
		if cl := clusters[i]; !cl.curated {
			titles[i] = clusterTitle(cl.mentions, central(cl.mentions))
		}
	})
	return titles
}
