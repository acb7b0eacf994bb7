package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// coverageItem is the matrix: each outlet with how many of the events it
// reports, and each event with the outlets that do.
type coverageItem struct {
	Outlets []coverageOutlet `json:"outlets"`
	Rows    []coverageRow    `json:"rows"`
}

type coverageOutlet struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Events int    `json:"events"`
}

// coverageRow is one event: the outlets that report it in their prose
// and those that do only in a photo caption.
type coverageRow struct {
	Event    string    `json:"event"`
	Title    string    `json:"title"`
	Start    *jsonDate `json:"start"`
	End      *jsonDate `json:"end"`
	Outlets  []string  `json:"outlets"`
	Captions []string  `json:"captions"`
	Count    int       `json:"count"`
	Single   bool      `json:"single"`
}

func coverageCommand() *cobra.Command {
	return listing{
		use:   "coverage",
		short: "Which outlets report which events",
		long: `Print which outlets report which events: a row per event the filters
select, a column per outlet (● reports it, ○ only in a photo caption,
· does not), the count per event and per outlet, and ◆ beside events only
one outlet reports. Every outlet stays a column under --outlet, so the
matrix shows who else reports that outlet's events.`,
		example: `cyberdesk coverage
cyberdesk coverage --outlet "Jerusalem Post"
cyberdesk coverage --country IR --format csv`,
		filters: &eventFilters,
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			return coverageReport(ds, ds.Coverage(ds.Apply(f))), nil
		},
	}.command()
}

// coverageReport is the matrix: drawn in a table's place, a row an event
// in CSV and Markdown with a column an outlet, one object in JSON.
func coverageReport(ds *timeline.Dataset, c timeline.Coverage) *report {
	it := coverageItem{Outlets: []coverageOutlet{}, Rows: []coverageRow{}}
	r := &report{cols: []string{"Date", "Event", "Title"}}
	for j, id := range c.Outlets {
		it.Outlets = append(it.Outlets, coverageOutlet{ID: id, Name: outletName(ds, id), Events: c.PerOutlet[j]})
		r.cols = append(r.cols, outletName(ds, id))
	}
	r.cols = append(r.cols, "Outlets", "Single")
	for _, row := range c.Rows {
		e := &ds.Events()[row.Event]
		cr := coverageRow{Event: e.ID, Title: e.Title, Start: dateOf(e.Start), End: dateOf(e.End),
			Outlets: []string{}, Captions: []string{}, Count: row.Count, Single: row.Single()}
		cells := []any{timeline.FormatRange(e.Start, e.End), e.ID, shownTitle{eventTitle(e), e.Title}}
		for j, id := range c.Outlets {
			mark := ""
			switch si := row.Source(j); {
			case si < 0:
			case e.Sources[si].Caption:
				mark = "caption"
				cr.Captions = append(cr.Captions, id)
			default:
				mark = "reports"
				cr.Outlets = append(cr.Outlets, id)
			}
			cells = append(cells, mark)
		}
		r.rows = append(r.rows, append(cells, row.Count, row.Single()))
		it.Rows = append(it.Rows, cr)
		r.items = append(r.items, cr)
	}
	r.object = it
	r.text = func(w io.Writer, width int) error { return writeCoverage(w, ds, c, width) }
	return r
}

// writeCoverage draws the matrix as aligned text; width 0 means titles
// are never cut.
func writeCoverage(w io.Writer, ds *timeline.Dataset, c timeline.Coverage, width int) error {
	const dateW = 18
	marks := present.OutletMarks(ds.Outlets())
	letters := make([]string, len(c.Outlets))
	for j, id := range c.Outlets {
		letters[j] = marks[id]
	}
	titleW := 0
	for _, r := range c.Rows {
		titleW = max(titleW, ansi.StringWidth(line(ds.Events()[r.Event].Title)))
	}
	if fixed := dateW + 3*len(c.Outlets) + 6; width > 0 && fixed+titleW+1 > width {
		titleW = max(width-fixed-1, 10)
	}
	var b strings.Builder
	cells := func(vals []string) { // each centred in three cells
		for _, v := range vals {
			n := ansi.StringWidth(v)
			b.WriteString(strings.Repeat(" ", max(3-n, 0)/2+max(3-n, 0)%2) + v + strings.Repeat(" ", max(3-n, 0)/2))
		}
	}
	b.WriteString(pad("Date", dateW) + pad("Event", titleW) + " ")
	cells(letters)
	b.WriteString("   n\n")
	for _, r := range c.Rows {
		e := &ds.Events()[r.Event]
		row := make([]string, len(c.Outlets))
		for j := range row {
			switch si := r.Source(j); {
			case si < 0:
				row[j] = "·"
			case e.Sources[si].Caption:
				row[j] = "○"
			default:
				row[j] = "●"
			}
		}
		b.WriteString(pad(timeline.FormatRange(e.Start, e.End), dateW) + pad(ansi.Truncate(eventTitle(e), titleW, "…"), titleW) + " ")
		cells(row)
		b.WriteString(fmt.Sprintf("%4d", r.Count))
		if r.Single() {
			b.WriteString(" ◆")
		}
		b.WriteString("\n")
	}
	counts := make([]string, len(c.PerOutlet))
	for j, n := range c.PerOutlet {
		counts[j] = strconv.Itoa(n)
	}
	b.WriteString(pad("", dateW) + pad("Reported by", titleW) + " ")
	cells(counts)
	b.WriteString("\n\n")
	for j, id := range c.Outlets {
		b.WriteString(letters[j] + "  " + line(outletName(ds, id)) + " (" + id + ")\n")
	}
	b.WriteString("● reports it · ○ only in a photo caption · ◆ only one outlet reports it\n")
	b.WriteString(fmt.Sprintf("%d events\n", len(c.Rows)))
	_, err := io.WriteString(w, b.String())
	return err
}
