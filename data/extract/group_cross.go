package extract

import "slices"

// One quotation, two speakers. Outlets now and then credit the same
// words to different speakers: one to "the FBI", the others to its
// director, or one to an aide who repeated them. Grouped by speaker
// alone, the words become two statements, and each says the other's
// outlets did not quote it. A quotation that renders another speaker's
// statement nearly word for word therefore joins it, keeping its own
// speaker and attribution; the difference is then a discrepancy of
// attribution (see attributionDiscrepancies).
//
// Nearly word for word is stricter than a rendering of one's own
// statement, as it must be when the speakers differ. Measured on the
// PolNeAR train split (quotations of two speakers in two articles, all
// pairs): at six or seven words shared in order, eight tenths of the
// shorter, most pairs are stock phrases two people happened to say
// ("I'm going to be the next president", "I think they'll do the right
// thing"); from eight words on they are the same remark. A short
// quotation held in a long one of another speaker's is that speaker
// quoting it (a tweet that quotes a director's words): the shared words
// must also be more than half the longer one.
const (
	crossShared = 8   // words shared in order, at least
	crossScore  = 0.8 // of the shorter's words, at least
)

// addCross indexes rendering i by its runs of three words whatever its
// speaker, when it is long enough to be joined across speakers. A
// rendering nearly word for word shares runs of three, and they are far
// rarer than pairs: the quotations of every speaker are candidates, so
// pairs ("of the", "going to") would make most of them one.
func (g *groups) addCross(i int32) {
	r := &g.all[i]
	if len(r.words) < crossShared {
		return
	}
	g.keys = appendTriples(g.keys[:0], r.words)
	for _, k := range g.keys {
		if p := g.cross[k]; len(p) < maxPosting && (len(p) == 0 || p[len(p)-1] != i) {
			g.cross[k] = append(p, i)
		}
	}
}

// bestCross finds the statement of a speaker other than speaker that a
// quotation in article with words ws renders nearly word for word (see
// crossShared); "" if none does. The best score wins, then the first
// statement.
func (g *groups) bestCross(speaker, article string, ws []string) (string, float64) {
	if len(ws) < crossShared {
		return "", 0
	}
	counts := g.counts
	clear(counts)
	g.keys = appendTriples(g.keys[:0], ws)
	for _, k := range g.keys {
		for _, i := range g.cross[k] {
			// the lengths of two renderings agreeing on more than half
			// the longer are within twice each other
			if r := &g.all[i]; r.article != article && r.speaker != speaker && len(r.words) < 2*len(ws) && len(ws) < 2*len(r.words) {
				counts[i]++
			}
		}
	}
	best, order, score := "", 0, 0.0
	for _, i := range topCounted(counts) {
		if counts[i] < 2 {
			break // its words agree in runs of three once at most: not nearly word for word
		}
		r := &g.all[i]
		shared, shorter := overlap(ws, r.words)
		longer := max(len(ws), len(r.words))
		sc := float64(shared) / float64(max(shorter, 1))
		if shared < crossShared || sc < crossScore || 2*shared <= longer || !dense(ws, r.words) {
			continue
		}
		if sc > score || sc == score && r.order < order {
			best, order, score = r.statement, r.order, sc
		}
	}
	return best, score
}

// appendTriples appends to out the keys of every run of three words of
// ws.
func appendTriples(out []groupKey, ws []string) []groupKey {
	for i := 0; i+2 < len(ws); i++ {
		out = append(out, groupKey(hashOn(hashOn(hashOn(hashWords(), ws[i]), ws[i+1]), ws[i+2])))
	}
	return out
}

// topCounted returns the renderings of counts sharing most pairs with a
// quotation, at most maxCompared of them, the first indexed first among
// equals.
func topCounted(counts map[int32]int) []int32 {
	cands := make([]int32, 0, len(counts))
	for i := range counts {
		cands = append(cands, i)
	}
	slices.SortFunc(cands, func(a, b int32) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return int(a - b)
	})
	return cands[:min(len(cands), maxCompared)]
}
