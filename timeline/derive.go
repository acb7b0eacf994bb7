package timeline

import (
	"runtime"
	"sync"
)

// derive precomputes what a statement's quotes and renderings need: a
// few items a statement, whatever the number of events. What grows with
// the events (index) is built apart, so that it can come after a first
// frame (AdoptDeferred).
func (ds *Dataset) derive() {
	n := len(ds.parts.Events)
	ds.stmtQuotes = make([][]int, len(ds.parts.Statements))
	for qi, q := range ds.parts.Quotes {
		si := ds.statements[q.Statement]
		ds.stmtQuotes[si] = append(ds.stmtQuotes[si], qi)
	}
	// Each event's statements, in the statements' order: counted, then
	// placed.
	var links []struct{ event, stmt int }
	for si, s := range ds.parts.Statements {
		for _, id := range s.Events {
			ei, _ := ds.EventIndex(id)
			links = append(links, struct{ event, stmt int }{ei, si})
		}
	}
	if len(links) > 0 {
		count := make([]int, n)
		for _, l := range links {
			count[l.event]++
		}
		ds.eventStmts = newLists[int](count)
		for i := range count {
			count[i] = int(ds.eventStmts.from[i]) // now where the event's next statement goes
		}
		for _, l := range links {
			ds.eventStmts.all[count[l.event]] = l.stmt
			count[l.event]++
		}
	}
	ds.renderings = make([][]Rendering, len(ds.parts.Statements))
	ds.eachStatement(func(si int) { ds.renderings[si] = ds.deriveRenderings(si) })
	ds.deriveWording()
}

// index builds what grows with the events: each event's letters first
// (letters.go), then its countries and outlets, the posting lists and
// the search text, the search on a
// goroutine of its own while the rest is built here (on two cores that
// halves the time a large dataset takes). Then it marks ds indexed.
func (ds *Dataset) index() {
	if !ds.lettered.Load() {
		ds.deriveLetters() // first: a first letter typed is answered from them
	}
	// Each event's actors by index, looked up by the letters pass for
	// both halves; let go of once built.
	actors := ds.letterActors
	ds.letterActors = parted[int32]{}
	eventActors := actors.of
	ds.gate.wait() // a pause holds the build here first, before its halves part

	searched := make(chan struct{})
	go func() {
		defer close(searched)
		ds.deriveSearch(eventActors)
	}()
	ds.deriveIndexes(eventActors)
	<-searched
	if ds.idsLater {
		// Last: read only once ready, it is built on every processor, so
		// it comes after the parts that a key typed early, while the build
		// is held, would otherwise share the processors with. It waits for
		// a pause holding the build to end, and each of its goroutines
		// lets a key's Update run, and a pause hold it, every checkEvery
		// events (ids.go), as the other steps of the build do.
		ds.gate.wait()
		var dups []error // a restored dataset's ids were checked before; a loader's made distinct
		ds.events = newIDTableStepping(ds.parts.Events, &dups, func() {
			runtime.Gosched()
			ds.gate.wait()
		})
	}
	ds.ready.Store(true)
	close(ds.indexed)
}

// deriveIndexes builds each event's countries and outlets and the
// posting lists of countries, outlets, actors and tags. Each list is
// allocated once, at its final length, from one array: grown by appending,
// they made 140 MB of copies to throw away at a million events.
func (ds *Dataset) deriveIndexes(eventActors func(int) []int32) {
	n := len(ds.parts.Events)
	ds.eventCountries, ds.eventOutlets = newSets(n), newSets(n)
	var post postings
	var list []string // an event's codes, before they are sorted
	actorCount := make([]int, len(ds.parts.Actors))
	// lastEvent is the last event each actor was counted in: checking it
	// here, not at the end of the actor's list, spares a read of memory
	// long out of cache for every actor of every event.
	lastEvent := make([]int, len(ds.parts.Actors))
	for ai := range lastEvent {
		lastEvent[ai] = -1
	}
	for i := range ds.parts.Events {
		ds.step(i)
		e := &ds.parts.Events[i]
		list = append(list[:0], e.Countries...)
		for _, ai := range eventActors(i) {
			if lastEvent[ai] != i { // an actor listed twice counts once
				lastEvent[ai] = i
				actorCount[ai]++
			}
			if c := ds.parts.Actors[ai].Country; c != "" {
				list = append(list, c)
			}
		}
		ds.eventCountries.add(list)
		list = list[:0]
		for _, s := range e.Sources {
			list = append(list, ds.parts.Articles[ds.articles[s.Article]].Outlet)
		}
		ds.eventOutlets.add(list)
		for _, t := range e.Tags {
			post.count[post.list(postTag, t)]++
		}
	}
	ds.eventCountries.done()
	ds.eventOutlets.done()
	ds.byCountry, ds.byOutlet, ds.byTag = post.build(ds)
	ds.actorEvents = make([][]int, len(ds.parts.Actors))
	all := make([]int, sum(actorCount))
	for ai, c := range actorCount {
		ds.actorEvents[ai], all = all[:0:c], all[c:]
	}
	for i := range ds.parts.Events {
		ds.step(i)
		for _, ai := range eventActors(i) {
			if l := ds.actorEvents[ai]; len(l) == 0 || l[len(l)-1] != i {
				ds.actorEvents[ai] = append(l, i)
			}
		}
	}
	ds.byActor = map[string][]int{}
	for ai, a := range ds.parts.Actors {
		if len(ds.actorEvents[ai]) > 0 {
			ds.byActor[a.ID] = ds.actorEvents[ai]
		}
	}
}

// The kinds of key postings gathers lists for.
const (
	postCountry = iota
	postOutlet
	postTag
	postKinds
)

// postings gathers posting lists in two passes: the first counts how
// many events each list will hold, the second (build) makes every list
// at its final length and fills it. An event's countries and outlets are
// read from its sets (Dataset.eventCountries, eventOutlets), counted and
// looked up once a distinct set, not once an event; its tags are looked
// up in both passes. Nothing is kept between the passes for each event:
// a list of every event's adds took 12 MB at a million events, garbage
// once built, held beside the indexes until they were all built.
type postings struct {
	slots [postKinds]map[string]int32 // each kind's keys, by list
	keys  []string                    // the key of each list
	kinds []uint8                     // the kind of each list
	count []int                       // at most how many events each list holds
}

// list is the list of kind and key, made if it is new.
func (p *postings) list(kind int, key string) int32 {
	if p.slots[kind] == nil {
		p.slots[kind] = map[string]int32{}
	}
	s, ok := p.slots[kind][key]
	if !ok {
		s = int32(len(p.keys))
		p.slots[kind][key] = s
		p.keys, p.kinds, p.count = append(p.keys, key), append(p.kinds, uint8(kind)), append(p.count, 0)
	}
	return s
}

// setLists gives the lists of each of the sets of kind: the list of each
// of its codes, counted once for each event that has the set.
func (p *postings) setLists(kind int, s *sets) [][]int32 {
	events := make([]int, len(s.lists))
	for _, k := range s.pick {
		events[k]++
	}
	lists := make([][]int32, len(s.lists))
	for k, codes := range s.lists {
		if events[k] == 0 {
			continue
		}
		for _, c := range codes {
			l := p.list(kind, c)
			p.count[l] += events[k]
			lists[k] = append(lists[k], l)
		}
	}
	return lists
}

// build returns the lists by key, for each kind, the tags counted and
// ds's event sets made; an event added to one list twice is in it once.
// It calls ds.step with each event's index first.
func (p *postings) build(ds *Dataset) (countries, outlets, tags map[string][]int) {
	countrySets := p.setLists(postCountry, &ds.eventCountries)
	outletSets := p.setLists(postOutlet, &ds.eventOutlets)
	lists := make([][]int, len(p.keys))
	all := make([]int, sum(p.count))
	for s, c := range p.count {
		lists[s], all = all[:0:c], all[c:]
	}
	add := func(s int32, i int) {
		if l := lists[s]; len(l) == 0 || l[len(l)-1] != i {
			lists[s] = append(l, i)
		}
	}
	for i := range ds.parts.Events {
		ds.step(i)
		for _, s := range countrySets[ds.eventCountries.pick[i]] {
			add(s, i)
		}
		for _, s := range outletSets[ds.eventOutlets.pick[i]] {
			add(s, i)
		}
		for _, t := range ds.parts.Events[i].Tags {
			add(p.slots[postTag][t], i)
		}
	}
	byKind := [postKinds]map[string][]int{{}, {}, {}}
	for s, l := range lists {
		byKind[p.kinds[s]][p.keys[s]] = l
	}
	return byKind[postCountry], byKind[postOutlet], byKind[postTag]
}

// eachStatement calls f for every statement index, on every processor
// when there are many: each call writes only its own statement's slot,
// so what is derived is the same however the calls interleave.
func (ds *Dataset) eachStatement(f func(si int)) {
	n := len(ds.parts.Statements)
	workers := min(runtime.GOMAXPROCS(0), n/statementsAWorker)
	if workers < 2 {
		for si := range n {
			f(si)
		}
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for si := w; si < n; si += workers {
				f(si)
			}
		})
	}
	wg.Wait()
}

// statementsAWorker is the least number of statements worth a goroutine.
const statementsAWorker = 256
