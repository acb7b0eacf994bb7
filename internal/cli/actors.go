package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// actorFilters is what the filters select in `cyberdesk actors`: the
// actors themselves, unless --in-events asks for the explorer's meaning.
var actorFilters = filterHelp{
	country:    "only actors of these countries (ISO codes or names); with --in-events, actors of the events involving them",
	outlet:     "only actors the articles of these outlets mention (ids or names)",
	actor:      "only these actors (ids, names or aliases)",
	tag:        "only actors taking part in events with these tags",
	dates:      "actors taking part in events whose dates overlap the range: 2022, 2022-09 or 2022-09-05",
	search:     "only actors whose name, aliases or roles hold every word",
	scope:      "story, background or all: only actors taking part in the events of that scope (see cyberdesk events --help)",
	minOutlets: "only actors taking part in events at least N outlets report",
}

// actorItem is an actor in a listing.
type actorItem struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Country   string   `json:"country"`
	Aliases   []string `json:"aliases"`
	Roles     []string `json:"roles"`
	Events    int      `json:"events"`
	Mentions  int      `json:"mentions"`
	Extracted bool     `json:"extracted"`
}

func actorsCommand() *cobra.Command {
	var inEvents bool
	return listing{
		use:   "actors",
		short: "List the actors: people, states and organisations",
		long: `List the actors: id, name, kind, country, the first role an article gives
them, and how many events they take part in.

The filters select actors: --country the actors of a country, --outlet
those its articles mention, --search by name, alias or role. --tag,
--since and --until keep the actors taking part in such events. With
--in-events every filter selects events, as in the explorer, and the
actors listed are those taking part in them.`,
		example: `cyberdesk actors --country AL
cyberdesk actors --country AL --in-events
cyberdesk actors --search minister --format md`,
		filters: &actorFilters,
		flags: func(fs *pflag.FlagSet) {
			fs.BoolVar(&inEvents, "in-events", false, "list the actors of the events the filters select, as the explorer's filters do")
		},
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			return actorsReport(ds, f, inEvents), nil
		},
	}.command()
}

// actorsReport lists the actors f selects (see actorFilters), or with
// inEvents the actors of the events f selects.
func actorsReport(ds *timeline.Dataset, f timeline.Filter, inEvents bool) *report {
	count := make([]int, len(ds.Actors()))
	var keep func(ai int) bool
	if inEvents {
		for _, i := range ds.Apply(f) {
			for _, id := range ds.Events()[i].Actors {
				if ai, ok := ds.ActorIndex(id); ok {
					count[ai]++
				}
			}
		}
		all := f.IsZero()
		keep = func(ai int) bool { return all || count[ai] > 0 }
	} else {
		keep = actorSelector(ds, f, count)
	}
	r := &report{cols: []string{"ID", "Name", "Kind", "Country", "Role", "Events"}}
	for ai, a := range ds.Actors() {
		if !keep(ai) {
			continue
		}
		role := ""
		if len(a.Roles) > 0 {
			role = a.Roles[0].Title
		}
		kind := string(a.Kind)
		if a.Extracted {
			kind += "?"
		}
		r.rows = append(r.rows, []any{a.ID, a.Name, kind, a.Country, role, count[ai]})
		roles := []string{}
		for _, ro := range a.Roles {
			roles = append(roles, ro.Title)
		}
		r.items = append(r.items, actorItem{ID: a.ID, Name: a.Name, Kind: string(a.Kind), Country: a.Country,
			Aliases: list(a.Aliases), Roles: roles, Events: count[ai], Mentions: len(a.Mentions), Extracted: a.Extracted})
	}
	return r
}

// actorSelector returns what keeps an actor f selects as an actor (see
// actorFilters), filling count with the events each takes part in: those
// --tag and the dates select, or all.
func actorSelector(ds *timeline.Dataset, f timeline.Filter, count []int) func(int) bool {
	byEvents := len(f.Tags) > 0 || !f.Since.IsZero() || !f.Until.IsZero() || f.Scope != timeline.ScopeAll || f.MinOutlets > 1
	for ai := range ds.Actors() {
		count[ai] = len(ds.ActorEvents(ai))
	}
	if byEvents {
		clear(count)
		for _, i := range ds.Apply(timeline.Filter{Tags: f.Tags, Since: f.Since, Until: f.Until, Scope: f.Scope, MinOutlets: f.MinOutlets}) {
			for _, id := range ds.Events()[i].Actors {
				if ai, ok := ds.ActorIndex(id); ok {
					count[ai]++
				}
			}
		}
	}
	outlets := map[string]bool{} // the articles of the outlets asked for
	for _, a := range ds.Articles() {
		if slices.Contains(f.Outlets, a.Outlet) {
			outlets[a.ID] = true
		}
	}
	words := strings.Fields(strings.ToLower(f.Search))
	return func(ai int) bool {
		a := &ds.Actors()[ai]
		switch {
		case len(f.Countries) > 0 && !slices.Contains(f.Countries, a.Country),
			len(f.Actors) > 0 && !slices.Contains(f.Actors, a.ID),
			byEvents && count[ai] == 0,
			len(f.Outlets) > 0 && !slices.ContainsFunc(a.Mentions, func(m timeline.Span) bool { return outlets[m.Article] }):
			return false
		}
		text := strings.ToLower(a.Name + "\n" + strings.Join(a.Aliases, "\n"))
		for _, ro := range a.Roles {
			text += "\n" + strings.ToLower(ro.Title)
		}
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	}
}
