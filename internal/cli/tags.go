package cli

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// `cyberdesk tags`: the tags --tag takes (see countries.go).

// tagFilters is what the filters select in `cyberdesk tags`.
var tagFilters = filterHelp{
	country:    "count only events involving these countries, directly or through their actors",
	outlet:     "count only events these outlets report",
	actor:      "count only events these actors take part in",
	tag:        "only these tags",
	dates:      "count only events whose dates overlap the range: 2022, 2022-09 or 2022-09-05",
	search:     "count only events whose text holds every word",
	scope:      "story, background or all: count only the events of that scope (see cyberdesk events --help)",
	minOutlets: "count only events at least N outlets report",
}

// tagItem is a tag in a listing.
type tagItem struct {
	Tag    string `json:"tag"`
	Events int    `json:"events"`
}

func tagsCommand() *cobra.Command {
	return listing{
		use:   "tags",
		short: "List the tags --tag takes, and how many of the events carry each",
		long: `List the tags events may carry, the ones --tag takes (any case), and
how many of the events the filters select carry each. --tag keeps only
the tags named; every other filter selects the events counted.`,
		example: `cyberdesk tags
cyberdesk tags --country AL --format csv`,
		filters: &tagFilters,
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			only := f.Tags
			f.Tags = nil
			return tagsReport(ds, ds.Apply(f), only), nil
		},
	}.command()
}

// tagsReport lists the tags the dataset allows, in the vocabulary's order
// (only those named, if any), with how many of the events carry each.
func tagsReport(ds *timeline.Dataset, events []int, only []string) *report {
	count := eventsPer(events, func(i int) []string { return ds.Events()[i].Tags })
	r := &report{cols: []string{"Tag", "Events"}}
	for _, t := range ds.TagVocabulary() {
		if len(only) > 0 && !slices.Contains(only, t) {
			continue
		}
		r.rows = append(r.rows, []any{t, count[t]})
		r.items = append(r.items, tagItem{Tag: t, Events: count[t]})
	}
	return r
}
