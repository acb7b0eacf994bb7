package cli

import (
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func eventsCommand() *cobra.Command {
	var sort string
	return listing{
		use:   "events",
		short: "List the events the filters select, in date order",
		long: `List the events the filters select, in date order: each date at its own
precision (2022-07-15, wk 2022-09-05, Sep 2022, 2013, 1990s; c. marks an
approximate date), id, title, tags and the outlets that report it. ≈ marks
an event cyberdesk found itself in an article nobody annotated, with its
score: 0.25 for each outlet that reports it and 0.125 for each further
article, at most 1 (≈0.25 is a candidate one article mentions).

The story is what happens in the articles' own period (their publication
dates, three months before and a year after); the rest is background, history they
mention in passing. --scope story keeps the story, --scope background the
rest; --min-outlets 2 hides what a single outlet reports; --sort score
lists the most reported first (by outlets, then articles), ties in date
order.

The filters select as in the explorer; JSON and CSV add the ISO start and
end, precision, summary, countries, actors, outlet ids, scope and score.`,
		example: `cyberdesk events --country IR --since 2022-09
cyberdesk events --outlet "Times of Israel" --format csv
cyberdesk events --search sanctions --format json
cyberdesk events --scope story --sort score`,
		filters: &eventFilters,
		flags: func(fs *pflag.FlagSet) {
			fs.StringVar(&sort, "sort", "date", "date: in date order; score: the most reported first (by outlets, then articles), ties in date order")
		},
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			events := ds.Apply(f)
			switch sort {
			case "date":
			case "score":
				events = ds.Ranked(events)
			default:
				return nil, usagef("--sort %q: want date or score", sort)
			}
			return eventsReport(ds, events), nil
		},
	}.command()
}

// eventsReport lists the events with the given indexes.
func eventsReport(ds *timeline.Dataset, events []int) *report {
	r := &report{cols: []string{"Date", "ID", "Title", "Tags", "Outlets",
		"Start", "End", "Precision", "Approx", "Summary", "Countries", "Involves", "Actors", "Outlet IDs", "Extracted", "Scope", "Score"}, wide: 5}
	for _, i := range events {
		e := &ds.Events()[i]
		var outlets []string
		for _, o := range ds.EventOutlets(i) {
			outlets = append(outlets, outletName(ds, o))
		}
		end := ""
		if !e.End.IsZero() {
			end = e.End.ISO()
		}
		title := shownTitle{line(e.Title), e.Title}
		if e.Extracted { // its score, as the explorer shows it: ≈0.25 is one article's candidate
			title.shown = "≈" + strconv.FormatFloat(ds.Score(i), 'f', 2, 64) + " " + line(e.Title)
		}
		r.rows = append(r.rows, []any{timeline.FormatRange(e.Start, e.End), e.ID, title, e.Tags, outlets,
			e.Start.ISO(), end, e.Start.Precision.String(), e.Start.Approx, e.Summary,
			e.Countries, ds.EventCountries(i), e.Actors, ds.EventOutlets(i), e.Extracted, ds.Scope(i).String(), ds.Score(i)})
		r.items = append(r.items, eventOf(ds, i))
	}
	return r
}

// eventTitle is an event's title on one line, marked ≈ when cyberdesk
// found the event itself, as the explorer marks it.
func eventTitle(e *timeline.Event) string {
	if e.Extracted {
		return "≈ " + line(e.Title)
	}
	return line(e.Title)
}

func outletName(ds *timeline.Dataset, id string) string {
	if o, ok := ds.Outlet(id); ok {
		return o.Name
	}
	return id
}

func actorName(ds *timeline.Dataset, id string) string {
	if a, ok := ds.Actor(id); ok {
		return a.Name
	}
	return id
}
