package cli

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The values --country and --tag take are listed as `cyberdesk outlets`
// and `actors` list theirs, so an error about an unknown value can point
// to where the valid ones are: countries here, tags in tags.go.

// countryFilters is what the filters select in `cyberdesk countries`.
var countryFilters = filterHelp{
	country:    "only these countries (ISO codes or names)",
	outlet:     "count only events these outlets report",
	actor:      "count only events these actors take part in",
	tag:        "count only events with these tags",
	dates:      "count only events whose dates overlap the range: 2022, 2022-09 or 2022-09-05",
	search:     "count only events whose text holds every word",
	scope:      "story, background or all: count only the events of that scope (see cyberdesk events --help)",
	minOutlets: "count only events at least N outlets report",
}

// countryItem is a country in a listing.
type countryItem struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Events int    `json:"events"`
}

func countriesCommand() *cobra.Command {
	return listing{
		use:   "countries",
		short: "List the country codes --country takes, and how many of the events involve each",
		long: `List the countries the story names: the ISO code and the name --country
takes (either, any case), and how many of the events the filters select
involve each, directly or through their actors. --country keeps only the
countries named; every other filter selects the events counted.`,
		example: `cyberdesk countries
cyberdesk countries --scope story --format json`,
		filters: &countryFilters,
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			only := f.Countries
			f.Countries = nil
			return countriesReport(ds, ds.Apply(f), only), nil
		},
	}.command()
}

// countriesReport lists the dataset's countries by code (only those
// named, if any) with how many of the events involve each.
func countriesReport(ds *timeline.Dataset, events []int, only []string) *report {
	count := eventsPer(events, ds.EventCountries)
	names := ds.Countries()
	codes := make([]string, 0, len(names))
	for c := range names {
		if len(only) == 0 || slices.Contains(only, c) {
			codes = append(codes, c)
		}
	}
	slices.Sort(codes)
	r := &report{cols: []string{"Code", "Name", "Events"}}
	for _, c := range codes {
		r.rows = append(r.rows, []any{c, names[c], count[c]})
		r.items = append(r.items, countryItem{Code: c, Name: names[c], Events: count[c]})
	}
	return r
}
