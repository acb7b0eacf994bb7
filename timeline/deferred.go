package timeline

import (
	"bytes"
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// AdoptDeferred is [Adopt] for a dataset to be shown before it is
// indexed. It sorts and checks p as Adopt does, and returns; the indexes
// that grow with the events (each event's countries and outlets, the
// posting lists the facets read, the search text) are built on a
// goroutine of its own, and [Dataset.Indexed] says when they are.
//
// Until then every method gives the answers it gives after, by reading
// the events themselves: a filter or a search looks at every event (split
// between processors, as a search is), where after it reads an index.
// ActorEvents alone waits for the indexes.
func AdoptDeferred(p Parts) (*Dataset, error) { return AdoptDeferredAfter(p, nil) }

// AdoptDeferredAfter is [AdoptDeferred] with the index build held until
// start is closed: a program that shows the dataset closes it once its
// first frame is drawn, so that the build does not take the processors
// that frame needs. A method that must wait for the indexes
// (ActorEvents) starts the build itself. A nil start starts it at once.
func AdoptDeferredAfter(p Parts, start <-chan struct{}) (*Dataset, error) {
	ds, err := adopt(p)
	if err != nil {
		return nil, err
	}
	ds.indexAfter(start)
	return ds, nil
}

// indexAfter builds ds's indexes on a goroutine of their own once start
// is closed (at once if it is nil), or sooner if a method needs them
// (need).
func (ds *Dataset) indexAfter(start <-chan struct{}) {
	if start == nil {
		go ds.index()
		return
	}
	ds.needed = make(chan struct{})
	go func() {
		select {
		case <-start:
		case <-ds.needed:
		}
		ds.index()
	}()
}

// need starts the index build now if it is held (indexAfter), for a
// method that must wait for it.
func (ds *Dataset) need() {
	ds.needOnce.Do(func() {
		if ds.needed != nil {
			close(ds.needed)
		}
	})
}

// Indexed returns a channel that is closed once ds's indexes are built:
// at once for a dataset from [New] or [Adopt], later for one from
// [AdoptDeferred].
func (ds *Dataset) Indexed() <-chan struct{} { return ds.indexed }

// The rest of this file is what the methods read before the indexes are
// built. Each gives what the index it stands in for gives.

// countriesOf is EventCountries(i) read from the event: its countries and
// its actors', sorted, each once; nil for none.
func (ds *Dataset) countriesOf(i int) []string {
	e := &ds.parts.Events[i]
	list := slices.Clone(e.Countries)
	for _, id := range e.Actors {
		if c := ds.parts.Actors[ds.actors[id]].Country; c != "" {
			list = append(list, c)
		}
	}
	slices.Sort(list)
	if list = slices.Compact(list); len(list) == 0 {
		return nil
	}
	return slices.Clip(list)
}

// outletsOf is EventOutlets(i) read from the event: the outlets of its
// sources' articles, sorted, each once; nil for none.
func (ds *Dataset) outletsOf(i int) []string {
	var list []string
	for _, s := range ds.parts.Events[i].Sources {
		list = append(list, ds.parts.Articles[ds.articles[s.Article]].Outlet)
	}
	slices.Sort(list)
	if list = slices.Compact(list); len(list) == 0 {
		return nil
	}
	return slices.Clip(list)
}

// eventIndexUnindexed is EventIndex before the id table is built: the
// first event with the id.
func (ds *Dataset) eventIndexUnindexed(id string) (int, bool) {
	for i := range ds.parts.Events {
		if ds.parts.Events[i].ID == id {
			return i, true
		}
	}
	return 0, false
}

// eventsWithActor is ActorEvents(ai) before the indexes are built: it
// waits for them. Reading every event would answer one call as soon, but
// a program asks for every actor's events at once (a list of actors by
// how many events each has), and that would read the events thousands of
// times over.
func (ds *Dataset) eventsWithActor(ai int) []int {
	ds.need()
	ds.gate.release() // no pause may hold what is waited for
	<-ds.indexed
	return ds.actorEvents[ai]
}

// inFacets reports whether event i has what f's facets ask for, as the
// posting lists would: a country (its own or an actor's), the outlet of
// one of its sources, an actor and a tag of each facet given.
func (ds *Dataset) inFacets(i int, f *Filter) bool {
	e := &ds.parts.Events[i]
	if len(f.Countries) > 0 && !ds.involves(e, f.Countries) {
		return false
	}
	if len(f.Outlets) > 0 && !slices.ContainsFunc(e.Sources, func(s Source) bool {
		return slices.Contains(f.Outlets, ds.parts.Articles[ds.articles[s.Article]].Outlet)
	}) {
		return false
	}
	if len(f.Actors) > 0 && !anyIn(f.Actors, e.Actors) {
		return false
	}
	return len(f.Tags) == 0 || anyIn(f.Tags, e.Tags)
}

// involves reports whether e involves one of the countries, directly or
// through an actor.
func (ds *Dataset) involves(e *Event, countries []string) bool {
	if anyIn(countries, e.Countries) {
		return true
	}
	for _, id := range e.Actors {
		if c := ds.parts.Actors[ds.actors[id]].Country; c != "" && slices.Contains(countries, c) {
			return true
		}
	}
	return false
}

// holdsUnindexed is holdsAll read from the event: every word occurs, in
// lower case, in one of the texts appendText would copy.
func (ds *Dataset) holdsUnindexed(i int, words []word) bool {
	e := &ds.parts.Events[i]
	for _, w := range words {
		if !ds.textHolds(i, e, w) {
			return false
		}
	}
	return true
}

// textHolds reports whether w occurs in event i's title, summary, one of
// its actors' names and aliases, or one of its statements' quotes, each in
// lower case. A word holds no white space, so it never runs from one of
// these texts into the next, as it could not in appendText's copy.
func (ds *Dataset) textHolds(i int, e *Event, w word) bool {
	if holdsLower(e.Title, w) || holdsLower(e.Summary, w) {
		return true
	}
	for _, id := range e.Actors {
		a := &ds.parts.Actors[ds.actors[id]]
		if holdsLower(a.Name, w) || slices.ContainsFunc(a.Aliases, func(s string) bool { return holdsLower(s, w) }) {
			return true
		}
	}
	for _, si := range ds.eventStmts.of(i) {
		for _, qi := range ds.stmtQuotes[si] {
			if holdsLower(ds.parts.Quotes[qi].Span.Text.String(), w) {
				return true
			}
		}
	}
	return false
}

// holdsLower reports whether s, in lower case as appendLower has it,
// holds w. Text that lower-casing changes only in its ASCII letters is
// searched where it is, folding them; other text is lowered into a buffer
// on the stack first (on the heap when longer).
func holdsLower(s string, w word) bool {
	if foldsASCII(s) {
		return indexFold(s, w) >= 0
	}
	var buf [256]byte
	return bytes.Contains(appendLower(buf[:0], s), w.bytes)
}

// siftRange is sift over the events [from, to).
func siftRange(ctx context.Context, out []int, from, to int, keep func(int) bool) ([]int, error) {
	for i := from; i < to; i++ {
		if (i-from)%checkEvery == 0 && yielded(ctx) {
			return nil, ctx.Err()
		}
		if keep(i) {
			out = append(grow(out, i-from, to-from), i)
		}
	}
	return out, nil
}

// Pause holds the index build, if it is still going, at its next step
// (a few thousand events) until resume is called: a program that shows
// the dataset while it is indexed holds it while it answers a key, so
// that the key's frame has the processors to itself. The build goes on
// when every pause has been resumed, or when the oldest has held it for
// longest (a pause never resumed costs the build that much once, no
// more), or when a method needs the indexes (ActorEvents). What the
// build makes is the same, paused or not. resume may be called more than
// once, and from any goroutine.
func (ds *Dataset) Pause() (resume func()) { return ds.gate.hold() }

// longestPause is how long a pause holds the index build at most.
const longestPause = 250 * time.Millisecond

// gate is where the index build waits while it is paused (Pause).
type gate struct {
	held    atomic.Int32 // how many pauses are not yet resumed
	off     atomic.Bool  // set when a method needs the indexes: pauses hold nothing any more
	mu      sync.Mutex
	open    chan struct{} // closed when the last pause is resumed; nil while none holds
	since   time.Time     // when the first of the pauses holding began
	longest time.Duration // longestPause, unless a test says otherwise
	waited  atomic.Int64  // how many times the build waited (for tests)
}

// hold is Pause.
func (g *gate) hold() (resume func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.held.Add(1) == 1 {
		g.open, g.since = make(chan struct{}), time.Now()
	}
	return sync.OnceFunc(func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if g.held.Add(-1) == 0 {
			close(g.open)
			g.open = nil
		}
	})
}

// wait returns at once unless a pause holds the build; then when it is
// resumed, or held for longest since the first pause holding began, or
// a method needs the indexes.
func (g *gate) wait() {
	if g.held.Load() == 0 || g.off.Load() {
		return
	}
	g.mu.Lock()
	open, since := g.open, g.since
	g.mu.Unlock()
	longest := g.longest
	if longest == 0 {
		longest = longestPause
	}
	left := longest - time.Since(since)
	if open == nil || left <= 0 {
		return
	}
	g.waited.Add(1)
	t := time.NewTimer(min(left, checkPauseEvery))
	defer t.Stop()
	for {
		select {
		case <-open:
			return
		case <-t.C:
			if g.off.Load() || time.Since(since) >= longest {
				return
			}
			t.Reset(min(longest-time.Since(since), checkPauseEvery))
		}
	}
}

// checkPauseEvery is how often a paused build looks whether a method
// needs the indexes.
const checkPauseEvery = 5 * time.Millisecond

// release lets the build go on whatever pauses there are, for good: a
// method needs the indexes.
func (g *gate) release() { g.off.Store(true) }

// step is where a loop of the index build over events (at i) lets a
// pause hold it, every pauseEvery events.
func (ds *Dataset) step(i int) {
	if i%pauseEvery == 0 {
		ds.gate.wait()
	}
}

// pauseEvery is how many events the index build handles between the
// points where a pause may hold it: a few milliseconds of work.
const pauseEvery = 1 << 12
