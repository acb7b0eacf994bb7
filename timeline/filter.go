package timeline

import (
	"context"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// Filter selects events. Facets combine with AND; the values inside one
// facet combine with OR. The zero Filter selects every event.
type Filter struct {
	Countries []string // ISO codes: events involving any, directly or through actors
	Outlets   []string // outlet ids: events any of them reports
	Actors    []string // actor ids: events any of them takes part in
	Tags      []string
	Since     Date   // events that end on or after its first day
	Until     Date   // events that start on or before its last day
	Search    string // every word must occur in title, summary, actor names or quote text
	// Passages has the search also read the events' source passages: a
	// word may then occur in any of them instead.
	Passages bool
	// Scope keeps the story's events or the background's
	// ([Dataset.Scope]); ScopeAll, the zero value, keeps both.
	Scope Scope
	// MinOutlets keeps the events at least that many outlets report
	// ([Dataset.Support]); 2 leaves out every event a single outlet
	// reports, among them the weak candidates ([Dataset.Weak]). 0 and 1
	// keep every event.
	MinOutlets int
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool {
	return len(f.Countries) == 0 && len(f.Outlets) == 0 && len(f.Actors) == 0 &&
		len(f.Tags) == 0 && f.Since.IsZero() && f.Until.IsZero() && strings.TrimSpace(f.Search) == "" &&
		f.Scope == ScopeAll && f.MinOutlets <= 1
}

// Narrows reports whether every event f selects is also selected by prev:
// the same facets and dates, and each of prev's search words inside one
// of f's. Then f can be applied to prev's result instead of to every
// event, which is what typing one more letter does.
func (f Filter) Narrows(prev Filter) bool {
	if !slices.Equal(f.Countries, prev.Countries) || !slices.Equal(f.Outlets, prev.Outlets) ||
		!slices.Equal(f.Actors, prev.Actors) || !slices.Equal(f.Tags, prev.Tags) ||
		f.Since != prev.Since || f.Until != prev.Until || f.Passages != prev.Passages ||
		f.Scope != prev.Scope || max(f.MinOutlets, 1) != max(prev.MinOutlets, 1) {
		return false
	}
	terms := searchTerms(f.Search)
	for _, old := range searchTerms(prev.Search) {
		if !slices.ContainsFunc(terms, func(t string) bool { return strings.Contains(t, old) }) {
			return false
		}
	}
	return true
}

func searchTerms(s string) []string { return strings.Fields(strings.ToLower(s)) }

// Apply returns the indexes of the events f selects, in chronological order.
func (ds *Dataset) Apply(f Filter) []int {
	out, _ := ds.ApplyWithin(context.Background(), f, nil)
	return out
}

// checkEvery is how many events a filter looks at between checks that it
// has not been cancelled. A search that reads the passages, or any search
// before the indexes are built, takes microseconds an event: a filter
// replaced by the next key then stops within a few milliseconds, rather
// than keeping both processors from that key's own work for tens.
const checkEvery = 1 << 10

// yielded lets the other goroutines waiting for a processor run, then
// reports whether ctx is done: a filter reading a million events on
// every processor would otherwise hold them all for the runtime's time
// slice (10 ms), and the key that would cancel it, and the next filter's
// first screenful, would wait that long for one. Called every checkEvery
// events, it costs a fraction of a millisecond a million events.
func yielded(ctx context.Context) bool {
	runtime.Gosched()
	return ctx.Err() != nil
}

// ApplyWithin is [Dataset.Apply] over the events in within (sorted
// indexes; nil means every event), stopping with ctx's error when ctx is
// done. It never looks at an event twice: facets intersect posting lists,
// and a search over every event scans one buffer of all their text for
// its longest word, checking the rest only where that word occurs.
func (ds *Dataset) ApplyWithin(ctx context.Context, f Filter, within []int) ([]int, error) {
	return ds.ApplyInto(ctx, f, within, nil)
}

// ApplyInto is [Dataset.ApplyWithin] written into dst's array, which a
// caller answering filter after filter (an explorer, a key at a time)
// reuses rather than have a list the size of the answer made for each:
// when cap(dst) is at least the number of candidates (len(within), or
// every event when within is nil), the answer is dst[:k], and what the
// filter finds is placed there as it is found, nothing allocated in
// proportion to it. Else, and for a search of the events' own text
// without the passages over every event (which scans their text at once)
// or one with facets, the answer may be a new list. dst must not share
// its array with within.
func (ds *Dataset) ApplyInto(ctx context.Context, f Filter, within, dst []int) ([]int, error) {
	terms := searchTerms(f.Search)
	for _, t := range terms {
		if strings.IndexByte(t, 0) >= 0 {
			return []int{}, nil
		}
	}
	if len(within) == len(ds.parts.Events) {
		within = nil // every event (the list is sorted, each once): a search then scans all their text at once
	}
	cand, all, owned := within, within == nil, false
	// Before the indexes are built, the facets are checked on each event
	// instead of read from posting lists.
	indexed := ds.ready.Load()
	facets := !indexed && f.HasFacets()
	var posts [4]map[string][]int // read only once built
	if indexed {
		posts = [4]map[string][]int{ds.byCountry, ds.byOutlet, ds.byActor, ds.byTag}
	}
	for k, want := range [4][]string{f.Countries, f.Outlets, f.Actors, f.Tags} {
		if len(want) == 0 || !indexed {
			continue
		}
		u := union(posts[k], want)
		if all {
			cand, all = u, false
		} else {
			cand, owned = intersect(cand, u), true
		}
	}
	words := newWords(terms)
	holding := func(words []word) func(int) bool { return ds.selects(&f, facets, words) }
	if all && len(terms) > 0 && !f.Passages {
		// The scan finds the longest word in an event's own text, so only
		// the other words are left to check there: a one-word search
		// then never reads the events it finds.
		k := 0
		for j, w := range words {
			if len(w.text) > len(words[k].text) {
				k = j
			}
		}
		return ds.scan(ctx, words[k], holding(slices.Delete(slices.Clone(words), k, k+1)), dst)
	}
	keep := holding(words)
	if len(terms) == 0 && f.Since.IsZero() && f.Until.IsZero() && !facets && f.Scope == ScopeAll && f.MinOutlets <= 1 {
		switch {
		case all:
			n := len(ds.parts.Events)
			if cap(dst) < n {
				dst = make([]int, n)
			}
			cand = dst[:n]
			for i := range cand {
				cand[i] = i
			}
		case !owned: // never hand out a posting list or the caller's slice
			if cap(dst) < len(cand) {
				dst = make([]int, len(cand))
			}
			cand = append(dst[:0], cand...)
		}
		return cand, nil
	}
	if indexed && len(words) > 0 {
		// words of one or two letters, these opening with the letter
		// typed first: read from its followers (key_follow.go)
		if fl, need, next := ds.followed(ctx, &f, words, true); fl != nil {
			return ds.withFollowers(ctx, fl, need, next, cand, all, dst)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	if all && !facets && lettersAnswer(&f, words) && ds.waitLetters(ctx) {
		// Words of one letter each, read with the passages: each occurs
		// exactly where its bit is set (letters.go), so a first letter
		// typed is answered from 4 bytes an event, before the rest of the
		// indexes too.
		var need uint32
		for _, w := range words {
			need |= w.letters
		}
		out, err := ds.withLetters(ctx, need, dst)
		if err == nil && indexed && len(words) == 1 {
			ds.startFollow(words[0].text[0]) // for the next key (key_follow.go)
		}
		return out, err
	}
	if all { // every event: sifted by index, with no list of them all made first
		return ds.inParts(len(ds.parts.Events), dst, func(out []int, from, to int) ([]int, error) { return siftRange(ctx, out, from, to, keep) })
	}
	split, sifter := ds.splitFrom, sift
	if len(words) > 0 && len(cand)*aheadSparse < len(ds.parts.Events) {
		sifter = ds.siftAhead // far apart: read ahead (key_ahead.go)
	}
	if len(words) > 0 {
		// each candidate's text is read, from places far apart when
		// they are few among many (a narrowing): hundreds of nanoseconds
		// an event, mostly waiting for memory, which two processors
		// wait for side by side
		split = max(split/splitReadsBy, 1)
	}
	return ds.inPartsFrom(len(cand), split, dst, func(out []int, from, to int) ([]int, error) { return sifter(ctx, out, cand[from:to], keep) })
}

// splitReadsBy is how much sooner than other filters (Dataset.splitFrom)
// a search among candidates is split between processors: from 6,250
// candidates at the default, a few milliseconds of reading their text.
const splitReadsBy = 8

// selects is what f asks of one event, its facets read from the event
// when facets is true (else the caller has read them from the posting
// lists), and its search's words those given.
func (ds *Dataset) selects(f *Filter, facets bool, words []word) func(int) bool {
	since, until := f.Since.First(), f.Until.Last()
	holds := ds.holdsAll
	if f.Passages {
		holds = ds.holdsEach
	}
	return func(i int) bool {
		e := &ds.parts.Events[i]
		if facets && !ds.inFacets(i, f) {
			return false
		}
		if !f.Since.IsZero() && lastOf(e.Start, e.End).Before(since) {
			return false
		}
		if !f.Until.IsZero() && e.Start.First().After(until) {
			return false
		}
		if !ds.kept(i, f) {
			return false
		}
		return holds(i, words)
	}
}

// ApplyFrom is the beginning of [Dataset.ApplyWithin]'s answer from event
// from on, found in a bounded time: the events f selects among within
// (sorted indexes; nil means every event) whose index is from or more, in
// order, until it has found want of them or looked at budget events. next
// is the index of the first event it did not look at, len(Events) when
// it looked to the end: found is exactly ApplyWithin's answer between
// from and next. It reads each event in turn, indexed or not, so what it
// costs is bounded by budget: a screenful of a search's answer before its
// count, which a search before the indexes are built must read every
// event for.
func (ds *Dataset) ApplyFrom(ctx context.Context, f Filter, within []int, from, want, budget int) (found []int, next int, err error) {
	n := len(ds.parts.Events)
	keep, none := ds.selector(&f)
	if none {
		return []int{}, n, nil
	}
	from = max(from, 0)
	found = []int{}
	if within == nil {
		i := from
		for ; i < n && len(found) < want && i-from < budget; i++ {
			if (i-from)%checkEvery == 0 && ctx.Err() != nil {
				return nil, 0, ctx.Err()
			}
			if keep(i) {
				found = append(found, i)
			}
		}
		return found, i, nil
	}
	k, _ := slices.BinarySearch(within, from)
	for looked := 0; k < len(within) && len(found) < want && looked < budget; k, looked = k+1, looked+1 {
		if looked%checkEvery == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if keep(within[k]) {
			found = append(found, within[k])
		}
	}
	if k < len(within) {
		return found, within[k], nil
	}
	return found, n, nil
}

// ApplyBefore is [Dataset.ApplyFrom] backwards: the last want events f
// selects among within before event to, in order, looking at most at
// budget events. prev is the index of the last event it did not look at,
// -1 when it looked back to the first: found is exactly ApplyWithin's
// answer after prev and before to. It is what a screen whose selection
// is near the answer's end shows above it.
func (ds *Dataset) ApplyBefore(ctx context.Context, f Filter, within []int, to, want, budget int) (found []int, prev int, err error) {
	keep, none := ds.selector(&f)
	if none {
		return []int{}, -1, nil
	}
	to = min(to, len(ds.parts.Events))
	found = []int{}
	at := func(k int) int { return k }
	k := to - 1
	if within != nil {
		at = func(k int) int { return within[k] }
		k, _ = slices.BinarySearch(within, to)
		k--
	}
	for looked := 0; k >= 0 && len(found) < want && looked < budget; k, looked = k-1, looked+1 {
		if looked%checkEvery == 0 && ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		if i := at(k); keep(i) {
			found = append(found, i)
		}
	}
	slices.Reverse(found)
	if k >= 0 {
		return found, at(k), nil
	}
	return found, -1, nil
}

// selector is what ApplyFrom and ApplyBefore ask of each event for f,
// its facets read from the event; none is true when f selects nothing
// (a search for a NUL, as ApplyWithin has it).
func (ds *Dataset) selector(f *Filter) (keep func(int) bool, none bool) {
	terms := searchTerms(f.Search)
	for _, t := range terms {
		if strings.IndexByte(t, 0) >= 0 {
			return nil, true
		}
	}
	words := newWords(terms)
	return ds.selects(f, f.HasFacets(), words), false
}

// sift appends to out the events of cand that keep accepts.
func sift(ctx context.Context, out, cand []int, keep func(int) bool) ([]int, error) {
	for n, i := range cand {
		if n%checkEvery == 0 && yielded(ctx) {
			return nil, ctx.Err()
		}
		if keep(i) {
			out = append(grow(out, n, len(cand)), i)
		}
	}
	return out, nil
}

// withLetters is the events whose letters hold every letter of need.
// Into dst, when it has room for every event, each part of the events
// writes what it finds where its part begins, and the parts are then
// moved together: one pass, nothing allocated. Else it counts them
// first, then writes each where it goes in a list made at its length: a
// first letter typed holds most of a million events, and lists grown part
// by part and then joined made three times the 8 bytes an event it keeps,
// for the collector to take back on every key.
func (ds *Dataset) withLetters(ctx context.Context, need uint32, dst []int) ([]int, error) {
	letters := ds.search.letters
	n := len(letters)
	if cap(dst) >= n {
		return ds.inParts(n, dst, func(out []int, from, to int) ([]int, error) {
			for i := from; i < to; i++ {
				if (i-from)%checkEvery == 0 && yielded(ctx) {
					return nil, ctx.Err()
				}
				if letters[i]&need == need {
					out = append(out, i)
				}
			}
			return out, nil
		})
	}
	parts := 1
	if n >= ds.splitFrom {
		parts = runtime.GOMAXPROCS(0)
	}
	each := func(do func(p, from, to int)) error {
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() { do(p, p*n/parts, (p+1)*n/parts) })
		}
		wg.Wait()
		return ctx.Err()
	}
	at := make([]int, parts+1) // where each part's events go
	if err := each(func(p, from, to int) {
		k := 0
		for i := from; i < to; i++ {
			if (i-from)%checkEvery == 0 && yielded(ctx) {
				return
			}
			if letters[i]&need == need {
				k++
			}
		}
		at[p+1] = k
	}); err != nil {
		return nil, err
	}
	for p := range parts {
		at[p+1] += at[p]
	}
	out := make([]int, at[parts])
	if err := each(func(p, from, to int) {
		k := at[p]
		for i := from; i < to; i++ {
			if (i-from)%checkEvery == 0 && yielded(ctx) {
				return
			}
			if letters[i]&need == need {
				out[k] = i
				k++
			}
		}
	}); err != nil {
		return nil, err
	}
	return out, nil
}

// lettersAnswer reports whether f, a filter of every event with no
// facets, is answered from the events' letters alone: its search reads
// the passages and is words of one letter each, and nothing else is
// asked.
func lettersAnswer(f *Filter, words []word) bool {
	return f.Passages && oneLetters(words) && f.Since.IsZero() && f.Until.IsZero() && f.Scope == ScopeAll && f.MinOutlets <= 1
}

// FromLetters reports whether [Dataset.ApplyWithin] answers f over
// within from each event's letters alone, 4 bytes an event, reading no
// text and no index but them: a first letter typed into a search of the
// passages, once the letters are made, which is the first thing the
// index build does (a few tens of milliseconds at a million events).
func (ds *Dataset) FromLetters(f Filter, within []int) bool {
	if within != nil && len(within) != len(ds.parts.Events) || f.HasFacets() || !ds.lettered.Load() {
		return false
	}
	terms := searchTerms(f.Search)
	words := newWords(terms)
	return lettersAnswer(&f, words)
}

// oneLetters reports whether there are words and each is one letter.
func oneLetters(words []word) bool {
	for _, w := range words {
		if !w.one {
			return false
		}
	}
	return len(words) > 0
}

// grow returns out with room for one more hit, found after done of total
// items. When out is full it guesses from the share of items that hit so
// far how many the rest will add: appended one by one, a million hits
// left 30 MB of outgrown arrays.
func grow(out []int, done, total int) []int {
	if len(out) < cap(out) {
		return out
	}
	rest := (len(out) + 1) * (total - done) / (done + 1)
	return slices.Grow(out, rest+rest/8+16)
}

// inParts runs find over [0, n) and joins what it finds in order. From
// ds.splitFrom on, [0, n) is cut into one run per processor, found side
// by side: narrowing a search from "p" to "ph" at a million events went
// from 68 ms to about 40. find appends what it finds among [from, to) to
// out, at most to-from items. When cap(dst) is at least n, each run's out
// is dst's array from its from on, with room for to-from, and the runs'
// finds are then moved together to make the answer, dst[:k], with
// nothing allocated; else each run's out starts empty.
func (ds *Dataset) inParts(n int, dst []int, find func(out []int, from, to int) ([]int, error)) ([]int, error) {
	return ds.inPartsFrom(n, ds.splitFrom, dst, find)
}

// inPartsFrom is inParts split between processors from split items on.
func (ds *Dataset) inPartsFrom(n, split int, dst []int, find func(out []int, from, to int) ([]int, error)) ([]int, error) {
	parts := 1
	if n >= split {
		parts = runtime.GOMAXPROCS(0)
	}
	into := cap(dst) >= n
	if into {
		dst = dst[:n]
	}
	var one [1][]int // a single run's finds, kept off the heap
	found := one[:]
	if parts > 1 {
		found = make([][]int, parts)
	}
	errs := make([]error, parts)
	run := func(p int) {
		from, to := p*n/parts, (p+1)*n/parts
		var out []int
		if into {
			out = dst[from:from:to]
		}
		found[p], errs[p] = find(out, from, to)
	}
	if parts == 1 {
		run(0)
	} else {
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() { run(p) })
		}
		wg.Wait()
	}
	size := 0
	for p := range parts {
		if errs[p] != nil {
			return nil, errs[p]
		}
		size += len(found[p])
	}
	if into {
		// each run's finds lie at or after where the ones before end
		k := 0
		for p := range parts {
			k += copy(dst[k:], found[p])
		}
		return dst[:k], nil
	}
	if parts == 1 && found[0] != nil {
		return found[0], nil
	}
	out := make([]int, 0, size)
	for p := range parts {
		out = append(out, found[p]...)
	}
	return out, nil
}

// defaultSplitFrom is the size from which a search is split between
// processors: below it, starting goroutines costs more than it saves.
const defaultSplitFrom = 50_000

// Matches reports whether f selects event i. It checks the event directly,
// without the indexes, so it is also the reference Apply is tested against.
func (ds *Dataset) Matches(i int, f Filter) bool {
	return ds.matches(i, &f, searchTerms(f.Search))
}

func (ds *Dataset) matches(i int, f *Filter, terms []string) bool {
	e := &ds.parts.Events[i]
	if len(f.Countries) > 0 && !anyIn(f.Countries, ds.EventCountries(i)) {
		return false
	}
	if len(f.Outlets) > 0 && !anyIn(f.Outlets, ds.EventOutlets(i)) {
		return false
	}
	if len(f.Actors) > 0 && !anyIn(f.Actors, e.Actors) {
		return false
	}
	if len(f.Tags) > 0 && !anyIn(f.Tags, e.Tags) {
		return false
	}
	if !f.Since.IsZero() && lastOf(e.Start, e.End).Before(f.Since.First()) {
		return false
	}
	if !f.Until.IsZero() && e.Start.First().After(f.Until.Last()) {
		return false
	}
	if !ds.kept(i, f) {
		return false
	}
	if len(terms) == 0 {
		return true
	}
	actors := make([]int32, len(e.Actors))
	text := make([][]byte, len(ds.parts.Actors))
	for k, id := range e.Actors {
		ai := ds.actors[id]
		actors[k], text[ai] = int32(ai), actorText(&ds.parts.Actors[ai])
	}
	lower := string(ds.appendText(nil, i, actors, text))
	if f.Passages { // ASCII letters in either case, as holdsEach reads them
		for _, s := range e.Sources {
			lower += strings.Map(func(r rune) rune {
				if 'A' <= r && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, s.Text.Verbatim()) + "\n"
		}
	}
	for _, t := range terms {
		if !strings.Contains(lower, t) {
			return false
		}
	}
	return true
}

// kept reports whether event i is in f's scope and reported by as many
// outlets as f asks for.
func (ds *Dataset) kept(i int, f *Filter) bool {
	if f.Scope != ScopeAll && ds.Scope(i) != f.Scope {
		return false
	}
	return f.MinOutlets <= 1 || len(ds.EventOutlets(i)) >= f.MinOutlets
}

func anyIn(want, have []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}

// union merges the posting lists of keys into one sorted list.
func union(posts map[string][]int, keys []string) []int {
	if len(keys) == 1 {
		return posts[keys[0]]
	}
	var out []int
	for _, k := range keys {
		out = append(out, posts[k]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// intersect returns the indexes in both sorted lists.
func intersect(a, b []int) []int {
	out := make([]int, 0, min(len(a), len(b)))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// HasFacets reports whether f asks for a country, an outlet, an actor or
// a tag.
func (f Filter) HasFacets() bool {
	return len(f.Countries) > 0 || len(f.Outlets) > 0 || len(f.Actors) > 0 || len(f.Tags) > 0
}

// newWords is the words a search's terms look for.
func newWords(terms []string) []word {
	words := make([]word, len(terms))
	for k, t := range terms {
		words[k] = newWord(t)
	}
	return words
}
