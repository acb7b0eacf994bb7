package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ValidationError names the item and field a dataset problem was found in.
type ValidationError struct {
	Kind  string // "article", "outlet", "actor", "event", "statement", "quote", "country"
	ID    string
	Field string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%s %q: %s: %v", e.Kind, e.ID, e.Field, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

// Dataset is a checked, indexed story. Its slices are read-only after [New]:
// Events are in chronological order, the rest in the order given.
type Dataset struct {
	parts Parts

	articles, outlets, actors, statements, quotes map[string]int
	events                                        idTable

	eventCountries sets       // direct countries plus those of the event's actors
	eventOutlets   sets       // outlets of the articles reporting it
	eventStmts     lists[int] // statements linked to the event
	stmtQuotes     [][]int    // quotes of each statement, in article order
	actorEvents    [][]int    // events each actor takes part in
	search         searchIndex
	// posting lists: the events of each country, outlet, actor and tag,
	// in order
	byCountry, byOutlet, byActor, byTag map[string][]int
	renderings                          [][]Rendering

	// splitFrom is the number of events from which a search is split
	// between processors (tests lower it to split small datasets).
	splitFrom int
}

// New checks parts and indexes them. Every problem is reported, joined, as
// [*ValidationError] values; a dataset is returned only when there are none.
// New sorts a copy of p.Events; the dataset shares p's other slices and
// the items' own, so do not change them after.
func New(p Parts) (*Dataset, error) {
	p.Events = slices.Clone(p.Events)
	return Adopt(p)
}

// Adopt is [New] for parts made to be handed over, such as a loader's: it
// takes p's slices as they are and sorts p.Events in place, where New
// would copy them first (a million events are 170 MB). The caller must
// not use p's slices after.
func Adopt(p Parts) (*Dataset, error) {
	ds := &Dataset{parts: p, splitFrom: defaultSplitFrom}
	sortChronologically(ds.parts.Events)
	// Derived discrepancies are made afresh, so New(ds.Parts()) rebuilds ds.
	ds.parts.Discrepancies = slices.DeleteFunc(slices.Clone(p.Discrepancies), func(d Discrepancy) bool { return d.Derived })
	var errs []error
	ds.articles = indexIDs("article", ds.parts.Articles, func(a Article) string { return a.ID }, &errs)
	ds.outlets = indexIDs("outlet", ds.parts.Outlets, func(o Outlet) string { return o.ID }, &errs)
	ds.actors = indexIDs("actor", ds.parts.Actors, func(a Actor) string { return a.ID }, &errs)
	ds.events = newIDTable(ds.parts.Events, &errs)
	ds.statements = indexIDs("statement", ds.parts.Statements, func(s Statement) string { return s.ID }, &errs)
	ds.quotes = indexIDs("quote", ds.parts.Quotes, func(q Quote) string { return q.ID }, &errs)
	indexIDs("discrepancy", ds.parts.Discrepancies, func(d Discrepancy) string { return d.ID }, &errs)
	c := checker{ds: ds}
	c.run()
	errs = append(errs, c.errs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ds.derive()
	return ds, nil
}

// sortChronologically sorts events by [Compare] of their starts, then by
// id, then in the order given. It sorts small keys, then moves each event
// once, following the cycles of the permutation, where sorting the events
// themselves would move each of them many times.
func sortChronologically(events []Event) {
	type key struct {
		first int64 // the start's first day, in Unix seconds
		wide  int   // minus the precision: the wider date first, as Compare has it
		id    string
		i     int
	}
	keys := make([]key, len(events))
	for i := range events {
		d := events[i].Start
		keys[i] = key{d.First().Unix(), -int(d.Precision), events[i].ID, i}
	}
	// Each comparison stops at the first difference: most keys differ in
	// their day, and comparing ids for every pair cost more than the rest.
	slices.SortFunc(keys, func(a, b key) int {
		if a.first != b.first {
			return cmp.Compare(a.first, b.first)
		}
		if a.wide != b.wide {
			return cmp.Compare(a.wide, b.wide)
		}
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// Position j takes the event now at keys[j].i.
	for j := range keys {
		if keys[j].i < 0 || keys[j].i == j {
			continue
		}
		held := events[j]
		for k := j; ; {
			from := keys[k].i
			keys[k].i = -1 // placed
			if from == j {
				events[k] = held
				break
			}
			events[k] = events[from]
			k = from
		}
	}
}

func indexIDs[T any](kind string, items []T, id func(T) string, errs *[]error) map[string]int {
	m := make(map[string]int, len(items))
	for i, it := range items {
		k := id(it)
		switch _, dup := m[k]; {
		case k == "":
			*errs = append(*errs, &ValidationError{kind, fmt.Sprintf("#%d", i+1), "id", errors.New("missing")})
		case dup:
			*errs = append(*errs, &ValidationError{kind, k, "id", errors.New("duplicate id")})
		default:
			m[k] = i
		}
	}
	return m
}

// derive precomputes what filtering and display need, once. The search
// text is built on a goroutine of its own while the indexes are built
// here: on two cores that halves the time a large dataset takes.
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
			ei, _ := ds.events.find(ds.parts.Events, id)
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
	// Each event's actors by index, looked up once for both halves.
	size := 0
	for i := range ds.parts.Events {
		size += len(ds.parts.Events[i].Actors)
	}
	var actors lists[int32]
	actors.start(n, size)
	for i := range ds.parts.Events {
		for _, id := range ds.parts.Events[i].Actors {
			actors.all = append(actors.all, int32(ds.actors[id]))
		}
		actors.end()
	}
	eventActors := actors.of

	searched := make(chan struct{})
	go func() {
		defer close(searched)
		ds.deriveSearch(eventActors)
	}()
	ds.deriveIndexes(eventActors)
	ds.renderings = make([][]Rendering, len(ds.parts.Statements))
	for si := range ds.parts.Statements {
		ds.renderings[si] = ds.deriveRenderings(si)
	}
	ds.deriveWording()
	<-searched
}

// deriveIndexes builds each event's countries and outlets and the
// posting lists of countries, outlets, actors and tags. Each list is
// allocated once, at its final length, from one array: grown by appending,
// they made 140 MB of copies to throw away at a million events.
func (ds *Dataset) deriveIndexes(eventActors func(int) []int32) {
	n := len(ds.parts.Events)
	countries, outlets, tags := 0, 0, 0
	for i := range ds.parts.Events {
		countries += len(ds.parts.Events[i].Countries) + len(eventActors(i))
		outlets += len(ds.parts.Events[i].Sources)
		tags += len(ds.parts.Events[i].Tags)
	}
	ds.eventCountries, ds.eventOutlets = newSets(n), newSets(n)
	post := postings{from: make([]int32, 0, n+1), adds: make([]int32, 0, countries+outlets+tags)}
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
		countries := ds.eventCountries.add(list)
		list = list[:0]
		for _, s := range e.Sources {
			list = append(list, ds.parts.Articles[ds.articles[s.Article]].Outlet)
		}
		outlets := ds.eventOutlets.add(list)
		post.event()
		for _, c := range countries {
			post.add(postCountry, c)
		}
		for _, o := range outlets {
			post.add(postOutlet, o)
		}
		for _, t := range e.Tags {
			post.add(postTag, t)
		}
	}
	ds.eventCountries.done()
	ds.eventOutlets.done()
	ds.byCountry, ds.byOutlet, ds.byTag = post.build()
	ds.actorEvents = make([][]int, len(ds.parts.Actors))
	all := make([]int, sum(actorCount))
	for ai, c := range actorCount {
		ds.actorEvents[ai], all = all[:0:c], all[c:]
	}
	for i := range ds.parts.Events {
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

// The kinds of key postings gathers lists for.
const (
	postCountry = iota
	postOutlet
	postTag
	postKinds
)

// postings gathers posting lists in two passes: event and add record,
// event by event, which list each event goes in; build then makes every
// list at its final length and fills it.
type postings struct {
	slots [postKinds]map[string]int32 // each kind's keys, by list
	keys  []string                    // the key of each list
	kinds []uint8                     // the kind of each list
	count []int                       // how many adds each list had
	adds  []int32                     // the list of each add, in order
	from  []int32                     // event i's adds start at from[i]
}

// event starts the next event's adds.
func (p *postings) event() { p.from = append(p.from, int32(len(p.adds))) }

// add puts the current event in the list of kind and key.
func (p *postings) add(kind int, key string) {
	if p.slots[kind] == nil {
		p.slots[kind] = map[string]int32{}
	}
	s, ok := p.slots[kind][key]
	if !ok {
		s = int32(len(p.keys))
		p.slots[kind][key] = s
		p.keys, p.kinds, p.count = append(p.keys, key), append(p.kinds, uint8(kind)), append(p.count, 0)
	}
	p.count[s]++
	p.adds = append(p.adds, s)
}

// build returns the lists by key, for each kind; an event added to one
// list twice is in it once.
func (p *postings) build() (countries, outlets, tags map[string][]int) {
	lists := make([][]int, len(p.keys))
	all := make([]int, sum(p.count))
	for s, c := range p.count {
		lists[s], all = all[:0:c], all[c:]
	}
	p.from = append(p.from, int32(len(p.adds)))
	for i := range len(p.from) - 1 {
		for _, s := range p.adds[p.from[i]:p.from[i+1]] {
			if l := lists[s]; len(l) == 0 || l[len(l)-1] != i {
				lists[s] = append(l, i)
			}
		}
	}
	byKind := [postKinds]map[string][]int{{}, {}, {}}
	for s, l := range lists {
		byKind[p.kinds[s]][p.keys[s]] = l
	}
	return byKind[postCountry], byKind[postOutlet], byKind[postTag]
}

func lookup[T any](items []T, index map[string]int, id string) (*T, bool) {
	i, ok := index[id]
	if !ok {
		return nil, false
	}
	return &items[i], true
}

// Article returns the article with the given id.
func (ds *Dataset) Article(id string) (*Article, bool) {
	return lookup(ds.parts.Articles, ds.articles, id)
}

// Outlet returns the outlet with the given id.
func (ds *Dataset) Outlet(id string) (*Outlet, bool) { return lookup(ds.parts.Outlets, ds.outlets, id) }

// Actor returns the actor with the given id.
func (ds *Dataset) Actor(id string) (*Actor, bool) { return lookup(ds.parts.Actors, ds.actors, id) }

// Event returns the event with the given id.
func (ds *Dataset) Event(id string) (*Event, bool) {
	if i, ok := ds.events.find(ds.parts.Events, id); ok {
		return &ds.parts.Events[i], true
	}
	return nil, false
}

// EventIndex returns the position of the event with the given id in Events.
func (ds *Dataset) EventIndex(id string) (int, bool) { return ds.events.find(ds.parts.Events, id) }

// Statement returns the statement with the given id.
func (ds *Dataset) Statement(id string) (*Statement, bool) {
	return lookup(ds.parts.Statements, ds.statements, id)
}

// StatementIndex returns the position of the statement with the given id.
func (ds *Dataset) StatementIndex(id string) (int, bool) { i, ok := ds.statements[id]; return i, ok }

// CountryName returns the name of an ISO country code, or the code itself.
func (ds *Dataset) CountryName(code string) string {
	if n, ok := ds.parts.Countries[code]; ok {
		return n
	}
	return code
}

// EventCountries returns the countries event i involves, directly or through
// its actors, sorted. Events with the same countries share the slice: do not
// change it.
func (ds *Dataset) EventCountries(i int) []string { return ds.eventCountries.get(i) }

// EventOutlets returns the ids of the outlets reporting event i, sorted.
// Events with the same outlets share the slice: do not change it.
func (ds *Dataset) EventOutlets(i int) []string { return ds.eventOutlets.get(i) }

// EventStatements returns the indexes of the statements linked to event i.
func (ds *Dataset) EventStatements(i int) []int { return ds.eventStmts.of(i) }

// StatementsOf returns the statements linked to any of the events, each
// once, in the order the events first reach them.
func (ds *Dataset) StatementsOf(events []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, i := range events {
		for _, si := range ds.eventStmts.of(i) {
			if !seen[si] {
				seen[si] = true
				out = append(out, si)
			}
		}
	}
	return out
}

// StatementQuotes returns the indexes of the quotes rendering statement si.
func (ds *Dataset) StatementQuotes(si int) []int { return ds.stmtQuotes[si] }

// ActorEvents returns the indexes of the events actor ai takes part in.
func (ds *Dataset) ActorEvents(ai int) []int { return ds.actorEvents[ai] }

// ActorIndex returns the position of the actor with the given id in Actors.
func (ds *Dataset) ActorIndex(id string) (int, bool) { i, ok := ds.actors[id]; return i, ok }

// ArticleOutlet returns the outlet that published the article with id.
func (ds *Dataset) ArticleOutlet(articleID string) *Outlet {
	if a, ok := ds.Article(articleID); ok {
		if o, ok := ds.Outlet(a.Outlet); ok {
			return o
		}
	}
	return &Outlet{ID: "?", Name: "unknown outlet"}
}

// appendLower appends s in lower case, as strings.ToLower would (an
// invalid byte becomes U+FFFD), without allocating.
func appendLower(dst []byte, s string) []byte {
	// Copy, then lower ASCII in place: most text is ASCII, and this runs
	// over every event's text on load.
	n := len(dst)
	dst = append(dst, s...)
	for i, c := range dst[n:] {
		switch {
		case c >= utf8.RuneSelf:
			return appendLowerRunes(dst[:n+i], s[i:])
		case 'A' <= c && c <= 'Z':
			dst[n+i] = c + 'a' - 'A'
		}
	}
	return dst
}

// appendLowerRunes is appendLower for text that is not all ASCII.
func appendLowerRunes(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}
