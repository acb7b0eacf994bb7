package model

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// applyFilter recomputes the events shown for m.filter. A filter that
// narrows the one applied (one more letter typed) looks only at the
// events shown. On a small dataset it runs here; on a large one it
// becomes a command, so typing never waits for it, and a newer filter
// cancels it.
func (m *Model) applyFilter() {
	var within []int
	if m.events != nil && m.filter.Narrows(m.applied) {
		within = m.events
	}
	ds, f := m.env.ds, m.filter
	if f.IsZero() {
		// every event, the list made once (by New, when it opens on every
		// event): a search cleared or the filters dropped allocate nothing
		// and wait for no command
		if m.every == nil {
			m.every, _ = ds.ApplyWithin(context.Background(), f, nil)
			m.chron.SetEvery(m.every)
		}
		m.filterJob.halt()
		m.answering = false
		m.showEvents(f, m.every)
		return
	}
	if events, ok := m.recall(f); ok {
		// a filter answered a few keys ago (a backspace): its answer again
		m.filterJob.halt()
		m.answering = false
		m.showEvents(f, events)
		return
	}
	if len(ds.Events()) <= m.asyncOver {
		events, _ := ds.ApplyWithin(context.Background(), f, within)
		m.answering = false
		m.showEvents(f, events)
		return
	}
	// The answer is written into a list of the arena's, with room for
	// every event it could hold, which its message holds until it is
	// shown; the job holds within while it reads it, and lets go of it
	// when it is done, cancelled or not (done).
	ar := m.arena
	ar.hold(within)
	done := sync.OnceFunc(func() { ar.drop(within) })
	room := len(within)
	if within == nil {
		room = len(ds.Events())
	}
	whole := func(ctx context.Context, gen int) (tea.Msg, error) {
		defer done()
		dst := ar.take(room)
		events, err := ds.ApplyInto(ctx, f, within, dst)
		if err != nil || listKey(events) != listKey(dst) {
			ar.drop(dst) // cancelled, or answered in a list of its own
		}
		return filteredMsg{gen: gen, filter: f, events: events}, err
	}
	m.answering = true // until its first answer is shown
	// A first letter is answered from the events' letters, made first
	// while the indexes build, in a few milliseconds: no first screenful
	// before it.
	if m.fromLetters(f, within) || !m.unindexed() && !readsEvents(f, within, len(ds.Events())) {
		m.background(&m.filterJob, whole)
		return
	}
	// Before the indexes are built a filter reads every event, and after
	// it some still read many (readsEvents): first the screenful the
	// chronology will show is found, from the event it will select on and
	// above it, reading at most firstScreenBudget events each way, and
	// shown; then the whole answer is worked out in the same run.
	from, toFirst := m.chron.anchor()
	want, budget, wait, clock := max(m.chron.listH(), 1), m.firstBudget, m.countAfter, m.countClock
	if !m.unindexed() {
		// Once indexed no build shares the processors with the count, and
		// the count lets a waiting goroutine run every checkEvery events
		// (timeline's yielded): a key typed meanwhile is read, and cancels
		// it, within a fraction of a millisecond. The count starts at once
		// rather than 12 ms after its first screenful.
		wait = 0
	}
	m.background(&m.filterJob, func(ctx context.Context, gen int) (tea.Msg, error) {
		first, next, err := ds.ApplyFrom(ctx, f, within, from, want, budget)
		if err == nil && toFirst && from > 0 && (len(first) == 0 || first[0] != from) {
			// the selected event is not shown: the list will open at its top
			from = 0
			first, next, err = ds.ApplyFrom(ctx, f, within, 0, want, budget)
		}
		if err == nil && from > 0 && (len(first) > 0 || next >= len(ds.Events())) {
			// and the screenful above it, which the answer shows when the
			// selection is near its top or its end, or scrolled to it; not
			// when the budget ran out before the event it will select was
			// found: the screen would select one above, which it will not
			var above []int
			above, _, err = ds.ApplyBefore(ctx, f, within, from, want, budget)
			first = append(above, first...)
		}
		if err != nil {
			done()
			return nil, err
		}
		rest := func() tea.Msg {
			if wait > 0 { // a key typed meanwhile cancels it before it reads anything
				select {
				case <-clock(wait):
				case <-ctx.Done():
					done()
					return nil
				}
			}
			if msg, err := whole(ctx, gen); err == nil {
				return msg
			}
			return nil // a newer run took over
		}
		return firstScreenMsg{gen: gen, filter: f, events: first, rest: rest, drop: done}, nil
	})
}

// readsEvents reports whether f, once the indexes are built, still reads
// at least readsFrom events one by one (within, or all n): a word of two
// letters or more searched with the passages is looked for in the
// passages of every candidate whose own text lacks it, hundreds of
// megabytes a key at a million events, and a scope, a date range or a
// fewest number of outlets is worked out from each event's dates and
// sources. Facets are read from the posting lists, which most often
// leave few events to read.
func readsEvents(f timeline.Filter, within []int, n int) bool {
	if within != nil && len(within) < readsFrom || n < readsFrom || f.HasFacets() {
		return false
	}
	if f.Scope != timeline.ScopeAll || f.MinOutlets >= 2 || !f.Since.IsZero() || !f.Until.IsZero() {
		return true
	}
	for _, w := range strings.Fields(f.Search) {
		if len(w) > 1 && f.Passages {
			return true
		}
	}
	return false
}

// readsFrom is how many events a filter reads one by one, once indexed,
// before its first screenful is shown ahead of its count.
const readsFrom = 50_000

// countAfter is how long a first screenful shown while the indexes
// build waits before the rest is counted (Model.countAfter; once indexed
// it does not wait): a little more than a frame at 120 frames a second. Keys typed as fast as their first screenfuls show (a key held
// down, a paste typed out) cancel each count before it starts, which
// would take both processors from the next key's first screenful: the
// cancel comes only once the key is read, and a count that runs until
// then makes the key wait for a processor. Keys typed as a person types
// them, tens of milliseconds apart and more, have their count 12 ms
// after their first screenful (it was 40 ms).
const countAfter = 12 * time.Millisecond

// firstScreenBudget is the most events a filter reads each way for its
// first screenful (Model.firstBudget): before the indexes a search of
// the passages takes microseconds an event, and a word fewer than one
// event in fifty holds shows less than a screenful until the rest is
// counted, rather than keeping the key's frame waiting.
const firstScreenBudget = 1 << 10

// showFirstScreen shows the first screenful of filter f's answer while
// the rest is counted.
func (m *Model) showFirstScreen(f timeline.Filter, events []int) {
	m.counting = len(events)
	m.chron.SetFirstScreen(events)
	m.chron.SetWords(findWords(f.Search))
	m.syncSelection()
}

// answer is a filter's answer, kept among the recent ones (Model.recent).
type answer struct {
	filter timeline.Filter
	events []int
}

// keepAnswers is how many of the latest answers are kept: a search
// typed and then taken back a letter at a time is answered again from
// them, a word of five letters back to its first.
const keepAnswers = 6

// remember keeps f's answer, the newest first, forgetting the oldest; it
// holds the answer's list while it keeps it (arena).
func (m *Model) remember(f timeline.Filter, events []int) {
	if f.IsZero() {
		return // kept apart, in every
	}
	m.arena.hold(events)
	for i, a := range m.recent {
		if sameFilter(a.filter, f) {
			m.arena.drop(a.events)
			m.recent = slices.Delete(m.recent, i, i+1)
			break
		}
	}
	if len(m.recent) == keepAnswers {
		m.arena.drop(m.recent[keepAnswers-1].events)
		m.recent = m.recent[:keepAnswers-1]
	}
	m.recent = slices.Insert(m.recent, 0, answer{f, events})
}

// forget drops every answer kept, letting go of their lists.
func (m *Model) forget() {
	for _, a := range m.recent {
		m.arena.drop(a.events)
	}
	m.recent = m.recent[:0]
}

// recall is the answer kept for f, if any.
func (m *Model) recall(f timeline.Filter) ([]int, bool) {
	for _, a := range m.recent {
		if sameFilter(a.filter, f) {
			return a.events, true
		}
	}
	return nil, false
}

// sameFilter reports whether a and b select the same events by what
// they say: the same facets, dates, scope, fewest outlets and search.
func sameFilter(a, b timeline.Filter) bool {
	return slices.Equal(a.Countries, b.Countries) && slices.Equal(a.Outlets, b.Outlets) &&
		slices.Equal(a.Actors, b.Actors) && slices.Equal(a.Tags, b.Tags) &&
		a.Since == b.Since && a.Until == b.Until && a.Passages == b.Passages && a.Scope == b.Scope &&
		max(a.MinOutlets, 1) == max(b.MinOutlets, 1) && slices.Equal(strings.Fields(a.Search), strings.Fields(b.Search))
}

// filtering reports whether a background filter has yet to answer.
func (m *Model) filtering() bool { return m.filterJob.running() }

// showEvents shows the answer to filter f and resyncs the panes.
func (m *Model) showEvents(f timeline.Filter, events []int) {
	m.arena.hold(events) // the model's, while it shows them
	m.arena.drop(m.events)
	m.applied, m.events, m.counting = f, events, -1
	m.remember(f, events)
	m.quoteless = quoteless(m.env.ds, events)
	m.relayout()
	m.chron.SetEvents(m.events)
	m.chron.SetWords(findWords(f.Search))
	m.chron.SetEmptyNotice(m.emptyNotice())
	if m.screen == screenAxis {
		m.axis.scroll()
	}
	if m.screen == screenCoverage {
		m.buildCoverage()
	}
	m.actors.SetFilter(first(f.Actors))
	m.syncSelection()
}

// buildCoverage rebuilds the coverage matrix for the events shown: here
// for up to asyncOver events, else in the background while the screen
// says it is building.
func (m *Model) buildCoverage() {
	ds, events := m.env.ds, m.events
	if len(events) <= m.asyncOver {
		m.coverJob.halt()
		m.cover.SetEvents(events)
		return
	}
	m.cover.Wait(len(events))
	ar := m.arena
	ar.hold(events) // read by the job, whatever is shown meanwhile
	m.background(&m.coverJob, func(ctx context.Context, gen int) (tea.Msg, error) {
		defer ar.drop(events)
		cov, err := coverageWithin(ctx, ds, events)
		return coveredMsg{gen: gen, cov: cov}, err
	})
}

// syncSelection tells the other panes what the chronology has selected.
func (m *Model) syncSelection() {
	ei := m.chron.Selected()
	m.actors.SetEvent(ei)
	speaker := ""
	if m.focus == focusActors {
		if ai := m.actors.Selected(); ai >= 0 {
			speaker = m.env.ds.Actors()[ai].ID
		}
	}
	m.quotes.Show(ei, speaker, m.filter.Outlets)
}

// emptyNotice is what the chronology says when no event is left: the
// filters that are set, each with the key that changes it, and x.
func (m *Model) emptyNotice() []string {
	st := &m.env.styles
	f := &m.filter
	var set []string
	add := func(on bool, k, what string) {
		if on {
			set = append(set, "  "+st.Key.Render(k)+" "+what)
		}
	}
	add(strings.TrimSpace(f.Search) != "", "esc", "clears the search")
	add(f.Scope != timeline.ScopeAll, "b", "changes the scope ("+f.Scope.String()+")")
	add(f.MinOutlets >= 2, "2", "shows events of one outlet too")
	add(len(f.Countries) > 0, "c", "changes the countries")
	add(len(f.Outlets) > 0, "o", "changes the outlets")
	add(len(f.Actors) > 0, "a", "changes the actors")
	add(len(f.Tags) > 0, "#", "changes the tags")
	add(!f.Since.IsZero() || !f.Until.IsZero(), "r", "changes the dates")
	lines := []string{st.Warn.Render("No events match these filters."), ""}
	lines = append(lines, set...)
	if len(set) > 1 {
		lines = append(lines, "  "+st.Key.Render("x")+" clears them all")
	}
	return lines
}

// setFacet replaces one facet of the filter (no values clear it).
func (m *Model) setFacet(f facet, vals []string) {
	switch f {
	case facetCountry:
		m.filter.Countries = vals
	case facetOutlet:
		m.filter.Outlets = vals
	case facetActor:
		m.filter.Actors = vals
	case facetTag:
		m.filter.Tags = vals
	}
	m.applyFilter()
}

// nextScope is the scope b turns to: all, the story, the background, all.
func nextScope(s timeline.Scope) timeline.Scope {
	switch s {
	case timeline.ScopeAll:
		return timeline.ScopeStory
	case timeline.ScopeStory:
		return timeline.ScopeBackground
	}
	return timeline.ScopeAll
}

// corroboratedToggle is the fewest outlets 2 turns to: two, or from any
// number given (--min-outlets), every event again.
func corroboratedToggle(n int) int {
	if n >= 2 {
		return 0
	}
	return 2
}

// chip is one active filter in the header: its facet and its values,
// in full, in short and in the shortest form (a country's code, an
// outlet's mark letter).
type chip struct {
	facet             string
	full, brief, tiny []string
}

// filterChips describes the active filters for the header, one chip a
// facet.
func (m *Model) filterChips() []chip {
	ds := m.env.ds
	f := &m.filter
	var chips []chip
	add := func(facet string, vals []string, full, brief, tiny func(string) string) {
		if len(vals) == 0 {
			return
		}
		c := chip{facet: facet}
		for _, v := range vals {
			c.full, c.brief, c.tiny = append(c.full, full(v)), append(c.brief, brief(v)), append(c.tiny, tiny(v))
		}
		chips = append(chips, c)
	}
	same := func(s string) string { return oneLine(s) }
	cut := func(n int) func(string) string {
		return func(s string) string { s = oneLine(s); return fit(s, min(ansi.StringWidth(s), n)) }
	}
	mark := func(o string) string {
		if l := m.env.marks[o]; l != "" {
			return l
		}
		return cut(8)(m.env.outletName(o))
	}
	brief := func(o string) string { return shortName(m.env.outletName(o)) }
	surname := func(a string) string { return lastWord(m.env.actorName(a)) }
	add("country", f.Countries, func(c string) string { return oneLine(ds.CountryName(c)) }, same, same)
	add("outlet", f.Outlets, m.env.outletName, brief, mark)
	add("actor", f.Actors, m.env.actorName, surname, func(a string) string { return cut(8)(surname(a)) })
	add("tag", f.Tags, same, same, cut(6))
	if !f.Since.IsZero() || !f.Until.IsZero() {
		r := f.Since.String() + " to " + f.Until.String()
		switch {
		case f.Until.IsZero():
			r = "from " + f.Since.String()
		case f.Since.IsZero():
			r = "up to " + f.Until.String()
		}
		chips = append(chips, chip{facet: "dates", full: []string{r}, brief: []string{dateRangeText(*f)}, tiny: []string{shortRange(*f)}})
	}
	if f.Scope != timeline.ScopeAll {
		sc := []string{f.Scope.String()}
		chips = append(chips, chip{facet: "scope", full: sc, brief: sc, tiny: sc})
	}
	if f.MinOutlets >= 2 {
		n := strconv.Itoa(f.MinOutlets)
		chips = append(chips, chip{facet: "outlets", full: []string{n + " or more"}, brief: []string{n + "+"}, tiny: []string{n + "+"}})
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		s = oneLine(s)
		chips = append(chips, chip{facet: "search", full: []string{"“" + s + "”"},
			brief: []string{"“" + cut(12)(s) + "”"}, tiny: []string{"“" + cut(8)(s) + "”"}})
	}
	return chips
}

// text is the chip as the header shows it at a level of detail: the
// values, either of which matches, apart by " | " (0); the same in short
// (1); in short without the facet's name (2); in the shortest form (3).
func (c chip) text(level int) string {
	switch level {
	case 0:
		return "[" + c.facet + ": " + strings.Join(c.full, " | ") + "]"
	case 1:
		return "[" + c.facet + ": " + strings.Join(c.brief, " | ") + "]"
	case 2:
		return "[" + strings.Join(c.brief, "|") + "]"
	}
	return "[" + strings.Join(c.tiny, "|") + "]"
}

// shortRange is the date range as r reads it, the second year left out
// where it is the first's: 2022-09..10.
func shortRange(f timeline.Filter) string {
	s := dateRangeText(f)
	from, to, ok := strings.Cut(s, "..")
	if ok && len(from) > 5 && len(to) > 5 && from[:5] == to[:5] && from[4] == '-' {
		return from + ".." + to[5:]
	}
	return s
}

// shortName is a name without a leading "The ", cut to 14 cells.
func shortName(s string) string {
	s = strings.TrimPrefix(s, "The ")
	if ansi.StringWidth(s) > 14 {
		s = ansi.Truncate(s, 14, "…")
	}
	return s
}

// lastWord is a name's last word: a surname, most often.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// chipsLine is the chips in w cells: in full where they fit, else in
// short, else shorter still, else in the shortest form, else as many as
// fit in it and how many more there are, so that no filter is ever
// hidden without saying so. all says whether every chip is shown.
func chipsLine(chips []chip, w int, st *Styles) (line string, all bool) {
	for level := range 4 {
		var parts []string
		for _, c := range chips {
			parts = append(parts, c.text(level))
		}
		if s := strings.Join(parts, " "); ansi.StringWidth(s) <= w {
			return st.Chip.Render(s), true
		}
	}
	// Too many even so: leave out the widest chips, one at a time, until
	// the rest and the count of those left out fit.
	more := func(n int) string { return "+" + strconv.Itoa(n) + plural(n, " more filter") }
	shown := make([]bool, len(chips))
	for i := range shown {
		shown[i] = true
	}
	for hidden := 1; hidden <= len(chips); hidden++ {
		widest := -1
		for i, c := range chips {
			if shown[i] && (widest < 0 || ansi.StringWidth(c.text(3)) > ansi.StringWidth(chips[widest].text(3))) {
				widest = i
			}
		}
		shown[widest] = false
		var parts []string
		for i, c := range chips {
			if shown[i] {
				parts = append(parts, c.text(3))
			}
		}
		s := strings.Join(parts, " ")
		if s != "" {
			s += " "
		}
		if ansi.StringWidth(s+more(hidden)) <= w || hidden == len(chips) {
			return st.Chip.Render(s) + st.Warn.Render(more(hidden)), false
		}
	}
	return "", false
}
