package extract

import (
	"slices"

	"github.com/aymanbagabas/go-udiff/lcs"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Grouping thresholds: a quotation renders a statement when it shares at
// least minShared words in order with one of the statement's anchors (see
// groups), and at least minScore of the shorter one's words. When either
// has fewer than minShared words, the other must hold them side by side
// ("a shared threat" in "Iran is a shared threat to us"): two or three
// words strewn across a long answer do not make it the same statement.
// A quotation of one word joins only the same one word (see keys).
const (
	minShared = 4
	minScore  = 0.6
)

// Candidates for grouping. Comparing a quotation with every rendering of
// its speaker grows with the square of the quotes, so renderings are
// indexed by their speaker and the pairs of words they hold: only those
// sharing a pair with the quotation are candidates, the most sharing
// first, and at most maxCompared of them are compared word by word. A
// quotation of one word groups only with the same one word: it cannot
// tell which longer statement it renders (once, "people" took in every
// quotation of its speaker with that word in it). A pair held by more than maxPosting
// renderings of one speaker ("of the") stops being indexed: it no longer
// tells them apart.
const (
	maxCompared = 8
	maxPosting  = 256
)

// rendered is one quotation of a statement, for grouping.
type rendered struct {
	statement string
	order     int // the statement's place in the dataset: the first of equals wins
	article   string
	speaker   string
	words     []string // normalised, as timeline.Overlap reads them
}

// groupKey is a hash of a speaker and one word or two: one integer, so
// the index hashes no string. Two keys that collide only add a candidate,
// and best compares the speaker before the words.
type groupKey uint64

// groups indexes the anchors of every statement: the renderings a
// quotation must agree with to join it. Agreement is not transitive (A
// shares four words with B, B four others with C, and A and C share
// none), so a quotation that joined a statement by agreeing with an
// anchor does not become one: otherwise one statement gathers a
// speaker's every remark, link by link. The anchors are the renderings
// indexed before the first query, which are the curated ones (grouped by
// hand), and the renderings in the article the statement was found in
// (the parts of one quotation split by its attribution).
type groups struct {
	all      []rendered
	postings map[groupKey][]int32 // indices in all
	cross    map[groupKey][]int32 // the same, for any speaker (see bestCross)
	home     map[string]string    // statement: the article of its first rendering
	queried  bool                 // best has been called: what is added now is extracted
	// counts and keys are best's and add's scratch, kept between calls
	counts map[int32]int
	keys   []groupKey
}

func newGroups() *groups {
	return &groups{postings: map[groupKey][]int32{}, cross: map[groupKey][]int32{}, home: map[string]string{}, counts: map[int32]int{}}
}

// hashWords is FNV-1a over the words, each ended by a zero byte: fixed, so
// that extraction is the same on every run.
func hashWords(ws ...string) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range ws {
		h = hashOn(h, w)
	}
	return h
}

// hashOn goes on hashing from h with w and its ending zero byte.
func hashOn(h uint64, w string) uint64 {
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h * 1099511628211
}

// words normalises a quotation's text into the words timeline.Overlap
// compares.
func words(text string) []string {
	var out []string
	for _, t := range timeline.Tokenize(text) {
		if t.Kind == timeline.Word {
			out = append(out, t.Norm)
		}
	}
	return out
}

// keys returns the index keys of a rendering's words: each pair, or the
// one word of a one-word rendering.
func keys(speaker string, ws []string) []groupKey {
	return appendKeys(nil, speaker, ws)
}

// appendKeys appends the keys of ws, a rendering of speaker's, to out.
func appendKeys(out []groupKey, speaker string, ws []string) []groupKey {
	h := hashWords(speaker)
	if len(ws) == 1 {
		return append(out, groupKey(hashOn(hashOn(h, ""), ws[0])))
	}
	for i := 0; i+1 < len(ws); i++ {
		out = append(out, groupKey(hashOn(hashOn(h, ws[i]), ws[i+1])))
	}
	return out
}

// add indexes a rendering of statement (the speaker's) at order, if it is
// an anchor of it.
func (g *groups) add(speaker string, r rendered) {
	home, ok := g.home[r.statement]
	if !ok {
		g.home[r.statement] = r.article
	} else if g.queried && home != r.article {
		return // joined by agreeing with an anchor: not one itself
	}
	i := int32(len(g.all))
	r.speaker = speaker
	g.all = append(g.all, r)
	g.keys = appendKeys(g.keys[:0], speaker, r.words)
	for _, k := range g.keys {
		if p := g.postings[k]; len(p) < maxPosting && (len(p) == 0 || p[len(p)-1] != i) {
			g.postings[k] = append(p, i)
		}
	}
	g.addCross(i)
}

// best finds the statement of speaker that a quotation in article with
// words ws renders best, by its agreement with one of the statement's
// anchors, scoring as timeline.Overlap does; "" if none reaches the
// thresholds. When no statement of speaker's does, a statement of
// another speaker's that the quotation renders nearly word for word is
// the one (see bestCross): an outlet credited the same words to someone
// else.
func (g *groups) best(speaker, article string, ws []string) (string, float64) {
	if s, score := g.bestOwn(speaker, article, ws); s != "" {
		return s, score
	}
	return g.bestCross(speaker, article, ws)
}

// bestOwn is best among speaker's own statements.
func (g *groups) bestOwn(speaker, article string, ws []string) (string, float64) {
	g.queried = true
	counts := g.counts
	clear(counts)
	g.keys = appendKeys(g.keys[:0], speaker, ws)
	for _, k := range g.keys {
		for _, i := range g.postings[k] {
			if r := &g.all[i]; r.article != article && r.speaker == speaker {
				counts[i]++
			}
		}
	}
	best, order, score := "", 0, 0.0
	for _, i := range topCounted(counts) {
		r := &g.all[i]
		shared, shorter := overlap(ws, r.words)
		if shorter == 0 || shared < min(minShared, shorter) || shorter < minShared && !holds(ws, r.words) {
			continue
		}
		sc := float64(shared) / float64(shorter)
		if sc < minScore || !dense(ws, r.words) {
			continue
		}
		if sc > score || sc == score && r.order < order {
			best, order, score = r.statement, r.order, sc
		}
	}
	return best, score
}

// overlap is timeline.Overlap on words already normalised: how many
// words a and b share in order (their longest common subsequence), and
// how many the shorter has. Two rows of counts suffice; a pair too long
// for that to be quick is left to the diff timeline.Overlap uses.
func overlap(a, b []string) (shared, shorter int) {
	shorter = min(len(a), len(b))
	if len(a)*len(b) > 1<<20 {
		shared = len(a)
		for _, d := range lcs.DiffLines(a, b) {
			shared -= d.End - d.Start
		}
		return min(shared, shorter), shorter
	}
	prev, cur := make([]int32, len(b)+1), make([]int32, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return min(int(prev[len(b)]), shorter), shorter
}

// holds reports whether the shorter of a and b appears in the other as a
// run of adjacent words.
func holds(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

// dense reports whether the shorter of a and b agrees with a stretch of
// the other at most twice its length: a fragment of a long answer is a
// run of it, give or take some words, while the same few common words
// ("a", "of", "lot", "going") turn up in order across any long enough
// answer. Only stretches opening on a word the shorter has are tried.
func dense(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	width := 2 * len(a)
	if len(b) <= width {
		return true
	}
	in := make(map[string]bool, len(a))
	for _, w := range a {
		in[w] = true
	}
	for j := 0; j+minShared <= len(b); j++ {
		if !in[b[j]] {
			continue
		}
		shared, shorter := overlap(a, b[j:min(j+width, len(b))])
		if shared >= min(minShared, shorter) && float64(shared) >= minScore*float64(len(a)) {
			return true
		}
	}
	return false
}
