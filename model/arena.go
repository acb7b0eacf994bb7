package model

import "sync"

// arena keeps the lists filters' answers are written into, to be written
// into again once nobody reads them: at a million events a first letter's
// answer is 8 MB, and a list made for every key typed had the collector
// go over the whole heap every dozen keys, stretching one of them past a
// frame. Each list the arena made counts its holders: the model while it
// shows it (Model.events) or keeps it (Model.recent), a background filter
// while it reads it (within) or writes it, its message until it is taken.
// A list nobody holds is free for the next answer. Lists the arena did
// not make (the list of every event, a small dataset's answers, a first
// screenful) pass through hold and drop untouched.
//
// Its methods are safe from any goroutine: a cancelled filter lets go of
// its lists when it stops, whenever that is.
type arena struct {
	mu    sync.Mutex
	holds map[*int]int // the arena's lists by their array's first element: how many hold each
	free  [][]int      // lists nobody holds, at most keepFree, kept for the next answers
}

// keepFree is how many lists nobody holds the arena keeps for the next
// answers; more are left to the collector. One is enough for a key at a
// time: the next answer is written into it, and showing that answer lets
// go of the oldest kept, which is then the free one. Each list kept is
// memory the collector counts as live, which brings its next run closer
// under the memory limit a large load leaves.
const keepFree = 1

// maxLists bounds the lists the arena counts holders of: past it, take
// makes lists it does not keep, so that a list whose holder forgot to
// drop it can never grow the arena.
const maxLists = 32

// newArena makes an empty arena.
func newArena() *arena { return &arena{holds: map[*int]int{}} }

// listKey is the first element of l's array, which names the list, or nil
// when l has no room.
func listKey(l []int) *int {
	if cap(l) == 0 {
		return nil
	}
	return &l[:1][0]
}

// take returns an empty list with room for n events, held once, by the
// caller: the smallest free one with that room, else a new one.
func (a *arena) take(n int) []int {
	a.mu.Lock()
	defer a.mu.Unlock()
	best := -1
	for i, l := range a.free {
		if cap(l) >= n && (best < 0 || cap(l) < cap(a.free[best])) {
			best = i
		}
	}
	if best >= 0 {
		l := a.free[best]
		a.free = append(a.free[:best], a.free[best+1:]...)
		a.holds[listKey(l)] = 1
		return l[:0]
	}
	l := make([]int, 0, n)
	if k := listKey(l); k != nil && len(a.holds) < maxLists {
		a.holds[k] = 1
	}
	return l
}

// hold counts one more holder of l, if the arena made it.
func (a *arena) hold(l []int) {
	k := listKey(l)
	if k == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if n, ok := a.holds[k]; ok {
		a.holds[k] = n + 1
	}
}

// drop counts one holder fewer of l, if the arena made it; with none left,
// l is free for the next answer (or left to the collector when keepFree
// lists are free already: the smallest goes).
func (a *arena) drop(l []int) {
	k := listKey(l)
	if k == nil {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	n, ok := a.holds[k]
	switch {
	case !ok:
		return
	case n > 1:
		a.holds[k] = n - 1
		return
	}
	delete(a.holds, k)
	a.free = append(a.free, l[:0])
	if len(a.free) > keepFree {
		small := 0
		for i, f := range a.free {
			if cap(f) < cap(a.free[small]) {
				small = i
			}
		}
		a.free = append(a.free[:small], a.free[small+1:]...)
	}
}
