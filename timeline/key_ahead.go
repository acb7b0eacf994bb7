package timeline

import (
	"context"
	"sync/atomic"
)

// Reading ahead. A search among candidates far apart from one another (a
// narrowing: a few thousand events of a million) waits for memory at
// each: the event's letters, where its text is, the text itself, or
// before the indexes its event, its source and its passage, each read
// only once the one before is in. Read one event after another, those
// waits add up, hundreds of nanoseconds an event. siftAhead first reads
// the first bytes of each of the next aheadBlock candidates, a level at a
// time, with no read waiting for another candidate's: the processor has
// them all on their way at once, and the search then finds them at hand.

// aheadSparse is how few candidates, one in so many events, are read
// ahead: closer together, the processor's own prefetching of the events
// read in order does as well, and reading ahead only adds its reads.
const aheadSparse = 8

// aheadBlock is how many candidates are read ahead at a time.
const aheadBlock = 16

// siftAhead is sift with the memory each candidate's search will read
// read ahead (Dataset.ahead), a block of candidates at a time.
func (ds *Dataset) siftAhead(ctx context.Context, out, cand []int, keep func(int) bool) ([]int, error) {
	var sum uint64 // the bytes read ahead, summed
	for b := 0; b < len(cand); b += aheadBlock {
		if b%checkEvery == 0 && yielded(ctx) {
			return nil, ctx.Err()
		}
		block := cand[b:min(b+aheadBlock, len(cand))]
		sum += ds.ahead(block)
		for k, i := range block {
			if keep(i) {
				out = append(grow(out, b+k, len(cand)), i)
			}
		}
	}
	aheadSum.Store(sum)
	return out, nil
}

// aheadSum keeps the last sum of what siftAhead read ahead. A read whose
// value nothing uses is one the compiler may leave out; kept here, once a
// call, every read ahead is made.
var aheadSum atomic.Uint64

// ahead reads the first bytes of what searching the events of block (at
// most aheadBlock) reads, and returns them summed.
func (ds *Dataset) ahead(block []int) uint64 {
	var sum uint64
	if ds.ready.Load() {
		s := &ds.search
		var at [aheadBlock]inPlace
		for k, i := range block {
			if s.letters != nil {
				sum += uint64(s.letters[i])
			}
			if s.inAt != nil {
				at[k] = s.inAt[i]
			}
		}
		for k, i := range block {
			switch {
			case at[k] != 0:
				t := at[k].text(s.in)
				sum += uint64(t[0]) + uint64(t[len(t)-1])
			case s.off != nil && s.off[i] < len(s.buf):
				sum += uint64(s.buf[s.off[i]])
			}
		}
		return sum
	}
	var srcs [aheadBlock][]Source
	for k, i := range block {
		srcs[k] = ds.parts.Events[i].Sources
	}
	var texts [aheadBlock]string
	for k := range block {
		if len(srcs[k]) > 0 {
			texts[k] = srcs[k][0].Text.Verbatim()
		}
	}
	for _, t := range texts[:len(block)] {
		if t != "" {
			sum += uint64(t[0]) + uint64(t[len(t)-1])
		}
	}
	return sum
}
