package timeline

import "slices"

// lists holds a list for each of n items in one array: item i's is
// all[from[i]:from[i+1]], and from is nil when every list is empty. A
// slice for each would take a 24-byte header; for three lists an event,
// that was 72 MB at a million events.
type lists[T any] struct {
	all  []T
	from []int32
}

// newLists makes lists of the given lengths, to be filled in place.
func newLists[T any](count []int) lists[T] {
	l := lists[T]{from: make([]int32, len(count)+1)}
	for i, c := range count {
		l.from[i+1] = l.from[i] + int32(c)
	}
	l.all = make([]T, l.from[len(count)])
	return l
}

// start readies l for n lists appended in turn, at most size items in
// all, each ended by end.
func (l *lists[T]) start(n, size int) {
	*l = lists[T]{}
	if size > 0 {
		l.all = make([]T, 0, size)
		l.from = make([]int32, 1, n+1)
	}
}

// end ends the list being appended.
func (l *lists[T]) end() {
	if l.from != nil {
		l.from = append(l.from, int32(len(l.all)))
	}
}

// of is item i's list.
func (l *lists[T]) of(i int) []T {
	if l.from == nil {
		return nil
	}
	a, b := l.from[i], l.from[i+1]
	return l.all[a:b:b]
}

// parted is lists made in parts side by side, each part over a range of
// the items: part k holds items from[k] to from[k+1], the first its
// item 0.
type parted[T any] struct {
	from []int
	part []lists[T]
}

// of is item i's list.
func (p *parted[T]) of(i int) []T {
	k := 0
	for k+2 < len(p.from) && p.from[k+1] <= i {
		k++
	}
	if k >= len(p.part) {
		return nil
	}
	return p.part[k].of(i - p.from[k])
}

// sets gives each of n items one of a few distinct lists of codes, sorted:
// an event's countries or outlets, which most events share with many
// others. Each item takes an index of 4 bytes, where a list of its own
// took 20 or more: 20 MB at a million events that all have the one
// outlet of an import.
type sets struct {
	lists [][]string       // each distinct list; lists[0] is the empty one
	pick  []int32          // item i's list is lists[pick[i]]
	index map[string]int32 // while they are added: each list's index by its codes, each ended by a 0 byte
	key   []byte
}

func newSets(n int) sets {
	return sets{lists: [][]string{nil}, pick: make([]int32, 0, n), index: map[string]int32{}}
}

// add gives the next item list, sorted and each code once, and returns
// the list it keeps (not list, which the caller may reuse).
func (s *sets) add(list []string) []string {
	slices.Sort(list)
	list = slices.Compact(list)
	if len(list) == 0 {
		s.pick = append(s.pick, 0)
		return nil
	}
	s.key = s.key[:0]
	for _, c := range list {
		s.key = append(append(s.key, c...), 0)
	}
	k, ok := s.index[string(s.key)]
	if !ok {
		k = int32(len(s.lists))
		s.lists = append(s.lists, slices.Clone(list))
		s.index[string(s.key)] = k
	}
	s.pick = append(s.pick, k)
	return s.lists[k]
}

// done drops what adding needed.
func (s *sets) done() { s.index, s.key = nil, nil }

// get is item i's list.
func (s *sets) get(i int) []string {
	l := s.lists[s.pick[i]]
	return l[:len(l):len(l)]
}

func sum(counts []int) int {
	t := 0
	for _, c := range counts {
		t += c
	}
	return t
}
