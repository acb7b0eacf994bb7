package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// showItem is one event with its sources' passages.
type showItem struct {
	eventItem
	Sources []sourceItem `json:"sources"`
}

// sourceItem is a passage that reports an event, with where it is from.
type sourceItem struct {
	Span      jsonSpan  `json:"span"`
	Outlet    string    `json:"outlet"`
	Title     string    `json:"title"`
	Published *jsonDate `json:"published"`
	File      string    `json:"file"`
	When      string    `json:"when,omitempty"`
	Caption   bool      `json:"caption"`
	Extracted bool      `json:"extracted"`
}

func showCommand() *cobra.Command {
	return listing{
		use:   "show EVENT-ID",
		short: "Print one event with every source passage, verbatim",
		long: `Print one event: its date and how precise it is, summary, countries,
actors, tags, and every source passage, verbatim, with its outlet,
article and byte range. The event ids are in cyberdesk events.`,
		example: `cyberdesk show 2022-07-15-july-cyberattack
cyberdesk show 2022-09-05-albania-cuts-ties --format json`,
		args: oneArg("EVENT-ID"),
		build: func(ds *timeline.Dataset, _ timeline.Filter, args []string) (*report, error) {
			return showReport(ds, args[0])
		},
	}.command()
}

// showReport is one event: prose in a table's place, a row a source in
// CSV and Markdown, one object in JSON.
func showReport(ds *timeline.Dataset, id string) (*report, error) {
	ei, ok := ds.EventIndex(id)
	if !ok {
		var valid []string
		for _, e := range ds.Events() {
			valid = append(valid, e.ID)
		}
		return nil, &timeline.UnknownValueError{Facet: "event", Value: id, Valid: valid}
	}
	e := &ds.Events()[ei]
	it := showItem{eventItem: eventOf(ds, ei), Sources: []sourceItem{}}
	r := &report{cols: []string{"Outlet", "Date", "File", "Start", "End", "Caption", "Passage"}}
	for _, s := range e.Sources {
		a, _ := ds.Article(s.Article)
		it.Sources = append(it.Sources, sourceItem{Span: spanOf(s.Span), Outlet: a.Outlet, Title: a.Title, Published: dateOf(a.Published),
			File: a.File, When: s.When, Caption: s.Caption, Extracted: s.Extracted})
		r.rows = append(r.rows, []any{outletName(ds, a.Outlet), a.Published.String(), a.File, s.Start, s.End, s.Caption, s.Text})
	}
	r.object = it
	r.text = func(w io.Writer, _ int) error { return writeEvent(w, ds, ei) }
	return r, nil
}

// writeEvent writes an event for a person to read.
func writeEvent(w io.Writer, ds *timeline.Dataset, ei int) error {
	e := &ds.Events()[ei]
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s  (%s precision", eventTitle(e), timeline.FormatRange(e.Start, e.End), e.Start.Precision)
	if e.Start.Approx {
		b.WriteString(", approximate")
	}
	b.WriteString(")\n\n" + line(e.Summary) + "\n\n")
	var countries, actors []string
	for _, c := range ds.EventCountries(ei) {
		countries = append(countries, ds.CountryName(c))
	}
	for _, a := range e.Actors {
		actors = append(actors, actorName(ds, a))
	}
	fmt.Fprintf(&b, "Countries: %s\nActors:    %s\nTags:      %s\n", cell(countries), cell(actors), cell(e.Tags))
	if e.DateNote != "" {
		fmt.Fprintf(&b, "Date note: %s\n", line(e.DateNote))
	}
	b.WriteString("\nSources\n")
	for _, s := range e.Sources {
		a, _ := ds.Article(s.Article)
		fmt.Fprintf(&b, "  %s, %s (%s bytes %d-%d)", line(outletName(ds, a.Outlet)), a.Published, line(a.File), s.Start, s.End)
		if s.Caption {
			b.WriteString(", photo caption")
		}
		fmt.Fprintf(&b, "\n    “%s”\n", line(s.Text))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
