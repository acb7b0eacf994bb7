package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"hash/maphash"
	"math/bits"
	"runtime"
	"slices"
	"sync"
)

// idTable finds an event's position by its id. It is a hash table of
// positions, probed linearly, that reads the ids from the events
// themselves, so it holds no copy of them: at a million events it takes
// 8 MB where a map[string]int took 51 MB.
//
// A million ids are hashed and placed on every processor at once: the
// table is cut into parts by the top bits of the hash, each part filled
// by a goroutine of its own. Each slot also keeps some bits of its id's
// hash beside the position, so that a probe reads the event (far off in
// memory) only when those bits agree.
type idTable struct {
	seed  maphash.Seed
	parts []idPart
	shift uint8 // a hash's part is hash >> shift; 64 with one part
	pbits uint8 // 64 - shift
	// posBits is how many low bits of a slot hold a position plus one; the
	// rest hold the top bits of its id's hash.
	posBits uint8
}

type idPart struct {
	slots []uint32 // 0 is an empty slot
	mask  uint64
}

// newIDTable indexes events by id, reporting a missing or repeated id as
// indexIDs does, in the events' order; the first event with an id is the
// one found. Each of its goroutines lets others run every checkEvery
// events, as the letters pass does: a key typed while it builds on every
// processor is read at once.
func newIDTable(events []Event, errs *[]error) idTable {
	return newIDTableStepping(events, errs, runtime.Gosched)
}

// newIDTableStepping is newIDTable calling step, rather than only
// letting others run, every checkEvery events each goroutine reads: the
// index build's step, where a pause may hold it too.
func newIDTableStepping(events []Event, errs *[]error, step func()) idTable {
	parts := 1
	if len(events) >= defaultSplitFrom {
		parts = runtime.GOMAXPROCS(0)
	}
	return buildIDTable(events, errs, parts, step)
}

// buildIDTable is newIDTable in about parts parts (a power of two),
// calling step every checkEvery events each goroutine reads.
func buildIDTable(events []Event, errs *[]error, parts int, step func()) idTable {
	pbits := bits.Len(uint(min(max(parts, 1), 1<<16) - 1)) // a part is a uint16 below
	t := idTable{seed: maphash.MakeSeed(), parts: make([]idPart, 1<<pbits), shift: uint8(64 - pbits), pbits: uint8(pbits)}
	t.posBits = uint8(bits.Len(uint(len(events) + 1)))
	// Each id's part, not its hash: the hash is made again where the id
	// is placed, which costs less than keeping eight bytes an event
	// beside the indexes until they are built (8 MB at a million).
	var partOf []uint16
	if len(t.parts) > 1 {
		partOf = make([]uint16, len(events))
	}
	counts := make([][]int, len(t.parts)) // per worker: how many ids fall in each part
	var wg sync.WaitGroup
	for w := range t.parts {
		wg.Go(func() {
			counts[w] = make([]int, len(t.parts))
			from := w * len(events) / len(t.parts)
			for i := from; i < (w+1)*len(events)/len(t.parts); i++ {
				if (i-from)%checkEvery == 0 {
					step()
				}
				p := t.part(maphash.String(t.seed, events[i].ID))
				if partOf != nil {
					partOf[i] = uint16(p)
				}
				counts[w][p]++
			}
		})
	}
	wg.Wait()
	type problem struct {
		at  int
		err error
	}
	found := make([][]problem, len(t.parts))
	for p := range t.parts {
		wg.Go(func() {
			n := 0
			for w := range counts {
				n += counts[w][p]
			}
			size := 1 << bits.Len(uint(2*n)) // at most half full
			part := idPart{slots: make([]uint32, size), mask: uint64(size - 1)}
			for i := range events {
				if i%checkEvery == 0 {
					step()
				}
				if partOf != nil && int(partOf[i]) != p || events[i].ID == "" {
					continue
				}
				if !part.add(&t, events, i, maphash.String(t.seed, events[i].ID)) {
					found[p] = append(found[p], problem{i, &ValidationError{"event", events[i].ID, "id", errors.New("duplicate id")}})
				}
			}
			t.parts[p] = part
		})
	}
	wg.Wait()
	var problems []problem
	for i := range events {
		if events[i].ID == "" {
			problems = append(problems, problem{i, &ValidationError{"event", fmt.Sprintf("#%d", i+1), "id", errors.New("missing")}})
		}
	}
	for _, f := range found {
		problems = append(problems, f...)
	}
	slices.SortStableFunc(problems, func(a, b problem) int { return cmp.Compare(a.at, b.at) })
	for _, p := range problems {
		*errs = append(*errs, p.err)
	}
	return t
}

// part is the part a hash belongs to.
func (t *idTable) part(h uint64) int {
	if t.shift == 64 {
		return 0
	}
	return int(h >> t.shift)
}

// tag is the slot for event i whose id hashes to h: its position plus one,
// and above it as many of the hash's top bits as fit.
func (t *idTable) tag(h uint64, i int) uint32 {
	return uint32(i+1) | t.check(h)
}

// check is the bits of hash h a slot keeps above the position: bits
// below those that pick its part and far above those that pick its slot.
func (t *idTable) check(h uint64) uint32 {
	if t.posBits >= 32 {
		return 0
	}
	return uint32(h<<t.pbits>>32) &^ (1<<t.posBits - 1)
}

// add places event i, whose id hashes to h, or reports false if an
// event before it has its id.
func (p *idPart) add(t *idTable, events []Event, i int, h uint64) bool {
	check, posMask := t.check(h), uint32(1)<<t.posBits-1
	if t.posBits >= 32 {
		posMask = ^uint32(0)
	}
	s := h & p.mask
	for ; p.slots[s] != 0; s = (s + 1) & p.mask {
		if v := p.slots[s]; v&^posMask == check && events[v&posMask-1].ID == events[i].ID {
			return false
		}
	}
	p.slots[s] = t.tag(h, i)
	return true
}

// find returns the position in events of the event with id.
func (t *idTable) find(events []Event, id string) (int, bool) {
	if len(t.parts) == 0 {
		return 0, false
	}
	h := maphash.String(t.seed, id)
	p := &t.parts[t.part(h)]
	if len(p.slots) == 0 {
		return 0, false
	}
	check, posMask := t.check(h), uint32(1)<<t.posBits-1
	if t.posBits >= 32 {
		posMask = ^uint32(0)
	}
	for s := h & p.mask; p.slots[s] != 0; s = (s + 1) & p.mask {
		if v := p.slots[s]; v&^posMask == check {
			if i := int(v&posMask) - 1; events[i].ID == id {
				return i, true
			}
		}
	}
	return 0, false
}
