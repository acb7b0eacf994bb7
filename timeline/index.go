package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
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

	// idsLater says events is built with the indexes (a restored
	// dataset's, or one whose loader made its ids, whose statements name
	// no event: nothing needs it before).
	idsLater bool

	eventStmts lists[int] // statements linked to the event
	stmtQuotes [][]int    // quotes of each statement, in article order
	renderings [][]Rendering

	// What index builds, which is read only once ready is true (before,
	// the methods that need it look at the events themselves; see
	// deferred.go). indexed is closed then too.
	ready          atomic.Bool
	indexed        chan struct{}
	needed         chan struct{} // closed when a method needs indexes held back (indexAfter)
	needOnce       sync.Once
	gate           gate    // where the build waits while paused (Pause)
	eventCountries sets    // direct countries plus those of the event's actors
	eventOutlets   sets    // outlets of the articles reporting it
	actorEvents    [][]int // events each actor takes part in
	search         searchIndex
	// lettered is set once search.letters and ownIn are made, the first
	// thing the index build makes (letters.go), or a first letter typed
	// before it, and letteredCh closed; lettering once they begin.
	// letterOnce makes them once, whoever asks first.
	lettered, lettering atomic.Bool
	letteredCh          chan struct{}
	letterOnce          sync.Once
	// ownIn has bit i set when ownOpens(i): event i's own text is a
	// part of its first passage.
	ownIn []uint64
	// letterActors is each event's actors by index, looked up by the
	// letters pass and kept for the index build, which lets go of it.
	letterActors parted[int32]
	// follow is the followers of the last letter searched for alone,
	// once indexed (key_follow.go).
	follow atomic.Pointer[follow]
	// posting lists: the events of each country, outlet, actor and tag,
	// in order
	byCountry, byOutlet, byActor, byTag map[string][]int

	// period is the story's period (Period); zero when no article has a
	// date.
	period [2]time.Time
	// periodKeys are period's days as firstKey numbers them, for
	// scopeOf's fast path.
	periodKeys [2]int64

	// splitFrom is the number of events from which a search is split
	// between processors (tests lower it to split small datasets).
	splitFrom int

	// byArticle is every source passage by article, made on first use
	// (passages).
	passagesOnce sync.Once
	byArticle    map[string][]passage
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
	ds, err := adopt(p)
	if err != nil {
		return nil, err
	}
	ds.index()
	return ds, nil
}

// Restore is [Adopt] for parts written out from a dataset and read back
// intact, such as the cache's, which a checksum vouches for: they were
// checked and cleaned when that dataset was built, and what grows with
// the events is not done again. The events must be in the dataset's order
// (Restore checks only that their starts ascend, and sorts them if not);
// each event is not checked again, so the caller must see to what keeps
// the dataset's methods safe on them: every country, actor and tag an
// event lists is known (see [Dataset.TagVocabulary]), and every span lies
// in its article. Everything else (articles, outlets, actors, statements,
// quotes, discrepancies and every id) is checked as Adopt checks it. With
// later, the indexes are built on a goroutine of their own, as
// [AdoptDeferred] builds them.
func Restore(p Parts, later bool) (*Dataset, error) {
	if later {
		return RestoreAfter(p, nil)
	}
	ds, err := adoptAs(p, true)
	if err != nil {
		return nil, err
	}
	ds.index()
	return ds, nil
}

// RestoreAfter is [Restore] with the indexes built later, as
// [AdoptDeferredAfter] builds them: once start is closed (at once if it
// is nil), or when a method needs them.
func RestoreAfter(p Parts, start <-chan struct{}) (*Dataset, error) {
	ds, err := adoptAs(p, true)
	if err != nil {
		return nil, err
	}
	ds.indexAfter(start)
	return ds, nil
}

// adopt sorts and checks p and derives what its statements need: Adopt
// without the indexes.
func adopt(p Parts) (*Dataset, error) { return adoptAs(p, false) }

// adoptAs is adopt, for parts whose events were checked before when
// restored (Restore).
func adoptAs(p Parts, restored bool) (*Dataset, error) {
	ds := &Dataset{parts: p, splitFrom: defaultSplitFrom, indexed: make(chan struct{}), letteredCh: make(chan struct{})}
	if !restored || !startsAscend(ds.parts.Events) {
		sortChronologically(ds.parts.Events, ds.parts.Articles)
	}
	// Derived discrepancies are made afresh, so New(ds.Parts()) rebuilds ds.
	ds.parts.Discrepancies = slices.DeleteFunc(slices.Clone(p.Discrepancies), func(d Discrepancy) bool { return d.Derived })
	var errs []error
	ds.articles = indexIDs("article", ds.parts.Articles, func(a Article) string { return a.ID }, &errs)
	ds.outlets = indexIDs("outlet", ds.parts.Outlets, func(o Outlet) string { return o.ID }, &errs)
	ds.actors = indexIDs("actor", ds.parts.Actors, func(a Actor) string { return a.ID }, &errs)
	if (restored || p.IDsMade) && !statementsCite(ds.parts.Statements) {
		// nothing before the indexes needs it (idsLater), and the ids
		// were checked before or made distinct
		ds.idsLater = true
	} else {
		ds.events = newIDTable(ds.parts.Events, &errs)
	}
	ds.statements = indexIDs("statement", ds.parts.Statements, func(s Statement) string { return s.ID }, &errs)
	ds.quotes = indexIDs("quote", ds.parts.Quotes, func(q Quote) string { return q.ID }, &errs)
	indexIDs("discrepancy", ds.parts.Discrepancies, func(d Discrepancy) string { return d.ID }, &errs)
	c := checker{ds: ds}
	c.run(!restored)
	errs = append(errs, c.errs...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	ds.derivePeriod()
	ds.derive()
	return ds, nil
}

// sortChronologically sorts events by [Compare] of their starts, then
// curated events before those found automatically, these the most
// reported first (by outlets, then articles), then by id, then in the
// order given. It sorts small keys, then moves each event once,
// following the cycles of the permutation, where sorting the events
// themselves would move each of them many times. Events already in order,
// as most files keep them, are only read.
func sortChronologically(events []Event, articles []Article) {
	if sortRuns(events) {
		return
	}
	regular, found := true, false
	for i := range events {
		if !events[i].Start.regular() {
			regular = false
		}
		found = found || events[i].Extracted
	}
	type key struct {
		first int64 // the start's first day: firstKey, or in Unix seconds
		wide  int   // minus the precision: the wider date first, as Compare has it
		rank  int   // 0 for a curated event; for a found one, less the more it is reported
		id    string
		i     int
	}
	var outletOf map[string]string // made only when an event was found automatically
	if found {
		outletOf = make(map[string]string, len(articles))
		for _, a := range articles {
			outletOf[a.ID] = a.Outlet
		}
	}
	keyOf := func(i int) key {
		e := &events[i]
		k := key{0, -int(e.Start.Precision), 0, e.ID, i}
		if regular {
			k.first = e.Start.firstKey()
		} else {
			k.first = e.Start.First().Unix()
		}
		if e.Extracted {
			k.rank = rankOf(e.Sources, outletOf)
		}
		return k
	}
	// Each comparison stops at the first difference: most keys differ in
	// their day, and comparing ids for every pair cost more than the rest.
	byKey := func(a, b key) int {
		if a.first != b.first {
			return cmp.Compare(a.first, b.first)
		}
		if a.wide != b.wide {
			return cmp.Compare(a.wide, b.wide)
		}
		if a.rank != b.rank {
			return cmp.Compare(a.rank, b.rank)
		}
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	}
	keys := make([]key, len(events))
	for i := range events {
		keys[i] = keyOf(i)
	}
	slices.SortFunc(keys, byKey)
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

// statementsCite reports whether a statement names an event.
func statementsCite(statements []Statement) bool {
	for i := range statements {
		if len(statements[i].Events) > 0 {
			return true
		}
	}
	return false
}

// startsAscend reports whether the events' starts ascend as
// sortChronologically leaves them: by first day, then the wider date
// first. It reports false for a date that is not regular.
func startsAscend(events []Event) bool {
	for i := range events {
		if !events[i].Start.regular() {
			return false
		}
		if i > 0 {
			a, b := &events[i-1].Start, &events[i].Start
			if ak, bk := a.firstKey(), b.firstKey(); ak > bk || ak == bk && a.Precision < b.Precision {
				return false
			}
		}
	}
	return true
}

// sortRuns sorts events whose dates are in order already, as most files
// keep them, where sorting every event would read and move them all many
// times: only a run of events on the same dates whose ids are not in
// order is sorted, by id, keeping the order given among the same ids. It
// reads the events once, and reports false, changing nothing, if the
// dates are not in order, if one is not regular or if an event was
// found automatically (those sort by how they are reported).
func sortRuns(events []Event) bool {
	var unsorted [][2]int // the runs to sort, once every date is known to be in order
	var k int64
	var kw, from int
	for i := range events {
		e := &events[i]
		if !e.Start.regular() || e.Extracted {
			return false
		}
		b, bw := e.Start.firstKey(), -int(e.Start.Precision)
		switch {
		case i == 0 || b != k || bw != kw:
			if i > 0 && (k > b || k == b && kw > bw) {
				return false
			}
			k, kw, from = b, bw, i
		case events[i-1].ID > e.ID && (len(unsorted) == 0 || unsorted[len(unsorted)-1][0] != from):
			unsorted = append(unsorted, [2]int{from, 0})
		}
		if len(unsorted) > 0 && unsorted[len(unsorted)-1][0] == from {
			unsorted[len(unsorted)-1][1] = i + 1
		}
	}
	byID := func(a, b Event) int { return strings.Compare(a.ID, b.ID) }
	for _, r := range unsorted {
		slices.SortStableFunc(events[r[0]:r[1]], byID)
	}
	return true
}

// rankOf ranks an event found automatically among those of its date:
// above zero, and lower the more outlets, then articles, report it.
func rankOf(sources []Source, outletOf map[string]string) int {
	var outlets []string
	for _, s := range sources {
		if o := outletOf[s.Article]; !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
	}
	return 1<<30 - len(outlets)<<12 - min(distinctArticles(sources), 1<<12-1)
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
	if i, ok := ds.EventIndex(id); ok {
		return &ds.parts.Events[i], true
	}
	return nil, false
}

// EventIndex returns the position of the event with the given id in Events.
func (ds *Dataset) EventIndex(id string) (int, bool) {
	if ds.idsLater && !ds.ready.Load() {
		return ds.eventIndexUnindexed(id)
	}
	return ds.events.find(ds.parts.Events, id)
}

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
func (ds *Dataset) EventCountries(i int) []string {
	if !ds.ready.Load() {
		return ds.countriesOf(i)
	}
	return ds.eventCountries.get(i)
}

// EventOutlets returns the ids of the outlets reporting event i, sorted.
// Events with the same outlets share the slice: do not change it.
func (ds *Dataset) EventOutlets(i int) []string {
	if !ds.ready.Load() {
		return ds.outletsOf(i)
	}
	return ds.eventOutlets.get(i)
}

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
func (ds *Dataset) ActorEvents(ai int) []int {
	if !ds.ready.Load() {
		return ds.eventsWithActor(ai)
	}
	return ds.actorEvents[ai]
}

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
