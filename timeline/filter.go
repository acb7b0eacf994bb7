package timeline

import (
	"slices"
	"strings"
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
}

// IsZero reports whether f selects everything.
func (f Filter) IsZero() bool {
	return len(f.Countries) == 0 && len(f.Outlets) == 0 && len(f.Actors) == 0 &&
		len(f.Tags) == 0 && f.Since.IsZero() && f.Until.IsZero() && strings.TrimSpace(f.Search) == ""
}

// Apply returns the indexes of the events f selects, in chronological order.
func (ds *Dataset) Apply(f Filter) []int {
	terms := strings.Fields(strings.ToLower(f.Search))
	out := make([]int, 0, len(ds.Events))
	for i := range ds.Events {
		if ds.matches(i, &f, terms) {
			out = append(out, i)
		}
	}
	return out
}

// Matches reports whether f selects event i.
func (ds *Dataset) Matches(i int, f Filter) bool {
	return ds.matches(i, &f, strings.Fields(strings.ToLower(f.Search)))
}

func (ds *Dataset) matches(i int, f *Filter, terms []string) bool {
	e := &ds.Events[i]
	if len(f.Countries) > 0 && !anyIn(f.Countries, ds.eventCountries[i]) {
		return false
	}
	if len(f.Outlets) > 0 && !anyIn(f.Outlets, ds.eventOutlets[i]) {
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
	for _, t := range terms {
		if !strings.Contains(ds.search[i], t) {
			return false
		}
	}
	return true
}

func anyIn(want, have []string) bool {
	for _, w := range want {
		if slices.Contains(have, w) {
			return true
		}
	}
	return false
}
