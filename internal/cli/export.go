package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/ics"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// exportFormats are what cyberdesk export writes.
var exportFormats = []string{"json", "csv", "md", "timelinejs", "timelinejs-csv", "ics"}

func exportCommand() *cobra.Command {
	var src source
	var f filters
	var format, group string
	c := &cobra.Command{
		Use:   "export",
		Short: "Write the story out: JSON, CSV, a Markdown report, TimelineJS, iCalendar",
		Long: `Write the story to stdout:

  json            the whole dataset, every span and derived comparison
                  (schema in README.md); the filters do not apply to it
  csv             the events the filters select, one row each
  md              a report: the events in a table, then the quotes by statement
  timelinejs      a Knight Lab TimelineJS JSON document of the events
  timelinejs-csv  the same as TimelineJS's spreadsheet template, as CSV
  ics             an iCalendar file, one all-day event per day-precise event`,
		Example: `cyberdesk export --format json > cyberdesk.json
cyberdesk export --format timelinejs --group outlet > timeline.json
cyberdesk export --format ics --country AL > albania.ics`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := checkFormat(format, exportFormats); err != nil {
				return err
			}
			if !slices.Contains([]string{"tag", "country", "outlet", "none"}, group) {
				return usagef("unknown group %q; valid groups: tag, country, outlet, none", group)
			}
			if format == "json" && f.given() {
				return usageError{"the JSON export is the whole dataset, so it takes no filters; for the events they select, use cyberdesk events --format json"}
			}
			o, flt, err := src.openFiltered(&f, c.ErrOrStderr(), c.InOrStdin(), false)
			if err != nil {
				return err
			}
			if group == "none" {
				group = ""
			}
			if err := writeExport(c.OutOrStdout(), o.ds, o.ds.Apply(flt), format, group); err != nil {
				return err
			}
			o.keep(c.Context())
			return o.leftOut(src.corpus)
		},
	}
	fs := c.Flags()
	src.register(fs)
	f.register(fs, eventFilters)
	formatFlag(fs, &format, "json", exportFormats)
	fs.StringVar(&group, "group", "tag", "TimelineJS group: tag, country, outlet or none")
	return c
}

func writeExport(w io.Writer, ds *timeline.Dataset, events []int, format, group string) error {
	switch format {
	case "json":
		return export.Write(w, ds)
	case "csv":
		return eventsReport(ds, events).writeCSV(w)
	case "md":
		return writeMarkdownReport(w, ds, events)
	case "timelinejs":
		return timelinejs.Write(w, ds, events, group)
	case "timelinejs-csv":
		return timelinejs.WriteCSV(w, ds, events, group)
	}
	return ics.Write(w, ds, events)
}

// writeMarkdownReport is the Markdown report: the events, then every
// quotation of their statements grouped by statement.
func writeMarkdownReport(w io.Writer, ds *timeline.Dataset, events []int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Events (%d)\n\n", len(events))
	r := eventsReport(ds, events).human()
	writeMarkdownTable(&b, r.cols, r.rows)
	b.WriteString("\n# Quotes by statement\n")
	for _, si := range ds.StatementsOf(events) {
		s := &ds.Statements()[si]
		fmt.Fprintf(&b, "\n## %s: %s\n\n", md(actorName(ds, s.Speaker)), md(line(s.Label)))
		for _, rd := range ds.Renderings(si) {
			class := ""
			if rd.Against != "" {
				class = " (" + rd.Class.String() + " vs " + md(outletName(ds, rd.Against)) + ")"
			}
			fmt.Fprintf(&b, "- **%s**%s:", md(outletName(ds, rd.Outlet)), class)
			for _, qi := range rd.Quotes {
				fmt.Fprintf(&b, " “%s”", md(line(ds.Quotes()[qi].Span.Text)))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
