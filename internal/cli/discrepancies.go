package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// discrepancyFilters is what the filters select in `cyberdesk
// discrepancies`: the discrepancies about the events they select.
var discrepancyFilters = filterHelp{
	country:    "only discrepancies about events involving these countries",
	outlet:     "only discrepancies about events these outlets report",
	actor:      "only discrepancies about events these actors take part in",
	tag:        "only discrepancies about events with these tags",
	dates:      "only discrepancies about events whose dates overlap the range",
	search:     "only discrepancies about events whose text holds every word",
	scope:      "story, background or all: only discrepancies about the events of that scope (see cyberdesk events --help)",
	minOutlets: "only discrepancies about events at least N outlets report",
}

// discrepancyItem is a point where the outlets' accounts differ.
type discrepancyItem struct {
	ID          string     `json:"id"`
	Kind        string     `json:"kind"`
	Description string     `json:"description"`
	Statement   string     `json:"statement,omitempty"`
	Derived     bool       `json:"derived"`
	Events      []string   `json:"events"`
	Sides       []sideItem `json:"sides"`
}

// sideItem is one side: what it says, where, and which outlet says it.
type sideItem struct {
	Reading string   `json:"reading"`
	Outlet  string   `json:"outlet"`
	Span    jsonSpan `json:"span"`
}

func discrepanciesCommand() *cobra.Command {
	var kind string
	return listing{
		use:   "discrepancies",
		short: "Where the outlets' accounts differ",
		long: `Print every point where the outlets' accounts differ, with the words each
side cites and where they are. Dates, numbers, attributions and names are
curated; wording differences between outlets' renderings of one quotation
are found by aligning them word by word. A discrepancy is about the events
whose passages its sides cite, or whose statement it quotes; the filters
keep the discrepancies about the events they select.`,
		example: `cyberdesk discrepancies
cyberdesk discrepancies --kind number
cyberdesk discrepancies --actor Lapid --format json`,
		filters: &discrepancyFilters,
		flags: func(fs *pflag.FlagSet) {
			fs.StringVar(&kind, "kind", "", "only this kind: date, number, attribution, name or wording")
		},
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			kinds := timeline.DiscrepancyKinds()
			if kind != "" && !slices.Contains(kinds, timeline.DiscrepancyKind(kind)) {
				return nil, usagef("unknown kind %q; valid kinds: %s", kind, joinAnd(kindNames(kinds)))
			}
			return discrepanciesReport(ds, selectDiscrepancies(ds, f), timeline.DiscrepancyKind(kind)), nil
		},
	}.command()
}

func kindNames(kinds []timeline.DiscrepancyKind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

// selectDiscrepancies returns the discrepancies about the events f
// selects; with no filter, every one, including those about no event.
func selectDiscrepancies(ds *timeline.Dataset, f timeline.Filter) []int {
	if f.IsZero() {
		all := make([]int, len(ds.Discrepancies()))
		for i := range all {
			all[i] = i
		}
		return all
	}
	return ds.DiscrepanciesOf(ds.Apply(f))
}

// discrepanciesReport lists the selected discrepancies of the kind ("" for
// all), kind by kind.
func discrepanciesReport(ds *timeline.Dataset, selected []int, kind timeline.DiscrepancyKind) *report {
	r := &report{cols: []string{"ID", "Kind", "Description", "Sides"}}
	var shown []int
	for _, k := range timeline.DiscrepancyKinds() {
		for _, di := range selected {
			d := &ds.Discrepancies()[di]
			if d.Kind != k || kind != "" && d.Kind != kind {
				continue
			}
			shown = append(shown, di)
			it := discrepancyItem{ID: d.ID, Kind: string(d.Kind), Description: d.Description, Statement: d.Statement,
				Derived: d.Derived, Events: []string{}, Sides: []sideItem{}}
			for _, ei := range ds.DiscrepancyEvents(di) {
				it.Events = append(it.Events, ds.Events()[ei].ID)
			}
			var sides []string
			for _, s := range d.Sides {
				o := ds.ArticleOutlet(s.Article)
				it.Sides = append(it.Sides, sideItem{Reading: s.Reading, Outlet: o.ID, Span: spanOf(s.Span)})
				sides = append(sides, o.Name+": "+s.Reading)
			}
			r.rows = append(r.rows, []any{d.ID, string(d.Kind), d.Description, strings.Join(sides, " · ")})
			r.items = append(r.items, it)
		}
	}
	r.text = func(w io.Writer, _ int) error { return writeDiscrepancies(w, ds, shown) }
	return r
}

// writeDiscrepancies writes each discrepancy for a person to read: its
// kind and description, then each side's outlet, reading and cited words.
func writeDiscrepancies(w io.Writer, ds *timeline.Dataset, shown []int) error {
	var b strings.Builder
	for _, di := range shown {
		d := &ds.Discrepancies()[di]
		fmt.Fprintf(&b, "%s [%s] %s\n", d.ID, d.Kind, line(d.Description))
		for _, s := range d.Sides {
			fmt.Fprintf(&b, "  %s (%s %d-%d): %s\n    “%s”\n", line(ds.ArticleOutlet(s.Article).Name), s.Article, s.Start, s.End,
				line(s.Reading), line(s.Text))
		}
		if si, ok := ds.StatementIndex(d.Statement); ok && d.Kind == timeline.DiscrepancyWording {
			for _, rd := range ds.Renderings(si) {
				if rd.Against == "" {
					continue
				}
				fmt.Fprintf(&b, "  %s, against %s:\n", line(ds.ArticleOutlet(ds.Quotes()[rd.Quotes[0]].Span.Article).Name), line(outletName(ds, rd.Against)))
				for _, diff := range rd.Differences {
					fmt.Fprintf(&b, "    %s\n", line(diff.String()))
				}
			}
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%d discrepancies\n", len(shown))
	_, err := io.WriteString(w, b.String())
	return err
}

// joinAnd joins names as prose: "a, b and c".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
