package model

import (
	"context"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// facet names a filter the picker edits.
type facet int

const (
	facetCountry facet = iota
	facetOutlet
	facetActor
	facetTag
)

func (f facet) String() string { return [...]string{"country", "outlet", "actor", "tag"}[f] }

// pickCounts is how many events each value of a facet would leave under
// the other filters (by value), and how many clearing it would (all).
type pickCounts struct {
	all int
	by  map[string]int
}

// countFacet counts what each value of facet fc would leave under base, a
// filter without fc. It stops with ctx's error when ctx is done.
func countFacet(ctx context.Context, ds *timeline.Dataset, fc facet, base timeline.Filter) (pickCounts, error) {
	matched, err := ds.ApplyWithin(ctx, base, nil)
	if err != nil {
		return pickCounts{}, err
	}
	c := pickCounts{all: len(matched), by: map[string]int{}}
	for i, ei := range matched {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return pickCounts{}, ctx.Err()
		}
		var vals []string
		switch fc {
		case facetCountry:
			vals = ds.EventCountries(ei)
		case facetOutlet:
			vals = ds.EventOutlets(ei)
		case facetActor:
			vals = ds.Events()[ei].Actors
		case facetTag:
			vals = ds.Events()[ei].Tags
		}
		for _, v := range vals {
			c.by[v]++
		}
	}
	return c, nil
}

// facetValues is filter f's values for facet fc.
func facetValues(f timeline.Filter, fc facet) []string {
	switch fc {
	case facetCountry:
		return f.Countries
	case facetOutlet:
		return f.Outlets
	case facetTag:
		return f.Tags
	}
	return f.Actors
}

// withoutFacet is filter f with facet fc cleared: what the picker's counts
// are counted under.
func withoutFacet(f timeline.Filter, fc facet) timeline.Filter {
	switch fc {
	case facetCountry:
		f.Countries = nil
	case facetOutlet:
		f.Outlets = nil
	case facetActor:
		f.Actors = nil
	case facetTag:
		f.Tags = nil
	}
	return f
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// compareFold orders labels case-insensitively.
func compareFold(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }
