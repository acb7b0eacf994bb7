package export

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"unsafe"
)

// idTable interns the ids and codes an export's events repeat (a
// million events name a few thousand countries, actors, tags, articles
// and days, ten times an event), looked up by their bytes where they lie
// in the event's JSON: an id of up to 16 bytes is two words, compared
// and hashed as such, in a table of its own, where a Go map would hash
// and compare a string made of them. Only strings checked plain are
// put in, so an id found is one its event spells plainly, and a
// string is checked once, the first time it is seen, not every time.
//
// Its hash is seeded at random, and a lookup gives up after a few
// places, so ids made to collide cost no more than a few places each:
// those, and ids over 16 bytes, are kept in a Go map instead.
type idTable struct {
	slots []idSlot // a power of two of them
	used  int
	seed  [2]uint64
}

// idSlot is one id of up to 16 bytes: its bytes, zero past its end, and
// the string interned ("" for a free slot).
type idSlot struct {
	lo, hi uint64
	s      string
}

// idProbes is how many places a lookup tries before giving up.
const idProbes = 8

// newIDTable is a table sized for about n ids.
func newIDTable(n int) idTable {
	size := 64
	for size < 2*n {
		size *= 2
	}
	return idTable{slots: make([]idSlot, size), seed: [2]uint64{rand.Uint64(), rand.Uint64()}}
}

// idBytes reads the n <= 16 bytes of b at i as two words, zero past
// the n bytes.
func idBytes(b []byte, i, n int) (lo, hi uint64) {
	var w [16]byte
	if i+16 <= len(b) {
		lo, hi = binary.LittleEndian.Uint64(b[i:]), binary.LittleEndian.Uint64(b[i+8:])
	} else {
		copy(w[:], b[i:i+n])
		lo, hi = binary.LittleEndian.Uint64(w[:]), binary.LittleEndian.Uint64(w[8:])
	}
	if n <= 8 {
		return lo & (1<<(8*n) - 1), 0 // n == 8: 1<<64 is 0, the mask all ones
	}
	return lo, hi & (1<<(8*(n-8)) - 1)
}

// place is where the id lo, hi of n bytes is first looked for.
func (t *idTable) place(lo, hi uint64, n int) int {
	h1, l1 := bits.Mul64(lo^t.seed[0], hi^t.seed[1]^uint64(n))
	h, _ := bits.Mul64(h1^l1, 0x9e3779b97f4a7c15)
	return int(h & uint64(len(t.slots)-1))
}

// find returns the id lo, hi of n bytes, if the table has it.
func (t *idTable) find(lo, hi uint64, n int) (string, bool) {
	mask := len(t.slots) - 1
	for p, k := t.place(lo, hi, n), 0; k < idProbes; p, k = (p+1)&mask, k+1 {
		s := &t.slots[p]
		if s.lo == lo && s.hi == hi && len(s.s) == n {
			return s.s, true
		}
		if s.s == "" {
			return "", false
		}
	}
	return "", false
}

// add puts the id s, whose bytes are lo, hi, in the table, and reports
// whether there was room for it within idProbes places.
func (t *idTable) add(lo, hi uint64, s string) bool {
	if 2*(t.used+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for p, k := t.place(lo, hi, len(s)), 0; k < idProbes; p, k = (p+1)&mask, k+1 {
		if t.slots[p].s == "" {
			t.slots[p] = idSlot{lo, hi, s}
			t.used++
			return true
		}
	}
	return false
}

// grow doubles the table; an id that finds no room in it is left to the
// map every id is also kept in.
func (t *idTable) grow() {
	old := t.slots
	t.slots, t.used = make([]idSlot, 2*len(old)), 0
	for _, s := range old {
		if s.s != "" {
			t.add(s.lo, s.hi, s.s)
		}
	}
}

// listCache shares the lists of ids events repeat: a million events name
// their countries, actors and tags in lists of one to four, most of
// them lists another event has already named, and an event kept
// with a list of its own costs 16 bytes an id of memory the system must
// clear first. A list's ids are interned (idTable), so two lists are the
// same when their strings are, pointer for pointer. It holds the latest
// list of each place, so it never grows; a list that misses is
// allocated as before. Lists shared this way are never changed in
// place: no one changes a loaded event's lists (timeline.Dataset.Parts).
type listCache struct {
	lists [1 << 12]cachedList
	// block is where a list that misses is copied (see eventDecoder.keep).
	block []string
}

// intern returns a list with ids, shared if the cache holds one, else
// a copy of ids, which the caller may then reuse.
func (c *listCache) intern(ids []string) []string {
	h := uint64(len(ids))
	for _, s := range ids {
		h = (h ^ uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))) * 0x9e3779b97f4a7c15
	}
	at := &c.lists[h>>(64-12)]
	first := firstIDs(ids)
	if at.hash == h && len(at.ids) == len(ids) && at.first == first && (len(ids) <= 2 || sameIDs(at.ids, ids)) {
		return at.ids
	}
	*at = cachedList{h, first, c.copy(ids)}
	return at.ids
}

// firstIDs is where the first two of ids lie.
func firstIDs(ids []string) (first [2]*byte) {
	for i := range min(2, len(ids)) {
		first[i] = unsafe.StringData(ids[i])
	}
	return first
}

// copy returns a copy of ids, cut from a larger array: one allocation
// for thousands of lists.
func (c *listCache) copy(ids []string) []string {
	if cap(c.block)-len(c.block) < len(ids) {
		c.block = make([]string, 0, max(4096, len(ids)))
	}
	from := len(c.block)
	c.block = append(c.block, ids...)
	return c.block[from:len(c.block):len(c.block)]
}

// cachedList is a list of ids, its hash and where its first two ids
// lie: a list is told from another by these, without reading the ids of
// the one cached, most often far off in memory, unless it has more than
// two.
type cachedList struct {
	hash  uint64
	first [2]*byte
	ids   []string
}

// sameIDs reports whether a and b are the same interned strings.
func sameIDs(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if unsafe.StringData(a[i]) != unsafe.StringData(b[i]) || len(a[i]) != len(b[i]) {
			return false
		}
	}
	return true
}
