package cli

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// outletFilters is what the filters select in `cyberdesk outlets`.
var outletFilters = filterHelp{
	country:    "count only events involving these countries, directly or through their actors",
	outlet:     "only these outlets (ids or names)",
	actor:      "count only events these actors take part in",
	tag:        "count only events with these tags",
	dates:      "count only events whose dates overlap the range: 2022, 2022-09 or 2022-09-05",
	search:     "count only events whose text holds every word",
	scope:      "story, background or all: count only the events of that scope (see cyberdesk events --help)",
	minOutlets: "count only events at least N outlets report",
}

// outletItem is an outlet in a listing.
type outletItem struct {
	ID       string        `json:"id"`
	Name     string        `json:"name"`
	Country  string        `json:"country"`
	Articles []articleItem `json:"articles"`
	Events   int           `json:"events"`
}

// articleItem is an article, as an outlet lists it.
type articleItem struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Byline    string    `json:"byline"`
	Published *jsonDate `json:"published"`
	File      string    `json:"file"`
}

func outletsCommand() *cobra.Command {
	return listing{
		use:   "outlets",
		short: "List the outlets and how many of the events each reports",
		long: `List the outlets: id, name, country, their articles, and how many of the
events the filters select each one reports. --outlet keeps only the
outlets named; every other filter selects the events counted.`,
		example: `cyberdesk outlets
cyberdesk outlets --country IR --format json`,
		filters: &outletFilters,
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			only := f.Outlets
			f.Outlets = nil
			return outletsReport(ds, ds.Apply(f), only), nil
		},
	}.command()
}

// tableArticles is how many of an outlet's articles a table names.
const tableArticles = 3

// outletsReport lists the outlets (only those named, if any) with how
// many of the events each reports.
func outletsReport(ds *timeline.Dataset, events []int, only []string) *report {
	count := eventsPer(events, ds.EventOutlets)
	r := &report{cols: []string{"ID", "Name", "Country", "Articles", "Events"}}
	for _, o := range ds.Outlets() {
		if len(only) > 0 && !slices.Contains(only, o.ID) {
			continue
		}
		var names []string
		articles := []articleItem{}
		for _, a := range ds.Articles() {
			if a.Outlet == o.ID {
				name := a.Title
				if name == "" {
					name = a.ID
				}
				names = append(names, name+" ("+a.Published.String()+")")
				articles = append(articles, articleItem{ID: a.ID, Title: a.Title, Byline: a.Byline, Published: dateOf(a.Published), File: a.File})
			}
		}
		r.rows = append(r.rows, []any{o.ID, o.Name, o.Country, fewOf{names, tableArticles, "articles"}, count[o.ID]})
		r.items = append(r.items, outletItem{ID: o.ID, Name: o.Name, Country: o.Country, Articles: articles, Events: count[o.ID]})
	}
	return r
}
