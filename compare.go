package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The commands that compare the outlets: which reports what, and where
// their accounts differ.

func cmdCoverage(args []string, stdout *os.File, stderr io.Writer) error {
	fs := flag.NewFlagSet("cyberdesk coverage", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: cyberdesk coverage [filters]

Prints which outlets report which events: a row per event the filters
select, a column per outlet (● reports it, ○ only in a photo caption,
· does not), the count per event and per outlet, and ◆ beside events
only one outlet reports. Every outlet stays a column under --outlet, so
it shows who else reports that outlet's events.
`+filterHelp+`
Examples:
  cyberdesk coverage
  cyberdesk coverage --outlet "Jerusalem Post"
  cyberdesk coverage --country IR | grep ◆

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("cyberdesk coverage takes no arguments, got %q", fs.Arg(0))}
	}
	ds, f, err := c.open()
	if err != nil {
		return err
	}
	return writeCoverage(stdout, ds, ds.Coverage(ds.Apply(f)), terminalWidth(stdout))
}

// terminalWidth is the width to wrap to, or 0 (no limit) when f is not a
// terminal.
func terminalWidth(f *os.File) int {
	if !term.IsTerminal(f.Fd()) {
		return 0
	}
	if w, _, err := term.GetSize(f.Fd()); err == nil {
		return w
	}
	return 80
}

// writeCoverage prints the matrix as aligned text; width 0 means titles
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
		marks := make([]string, len(c.Outlets))
		for j := range marks {
			switch si := r.Source(j); {
			case si < 0:
				marks[j] = "·"
			case e.Sources[si].Caption:
				marks[j] = "○"
			default:
				marks[j] = "●"
			}
		}
		b.WriteString(pad(timeline.FormatRange(e.Start, e.End), dateW) + pad(ansi.Truncate(eventTitle(e), titleW, "…"), titleW) + " ")
		cells(marks)
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
		o, _ := ds.Outlet(id)
		b.WriteString(letters[j] + "  " + line(o.Name) + " (" + id + ")\n")
	}
	b.WriteString("● reports it · ○ only in a photo caption · ◆ only one outlet reports it\n")
	b.WriteString(fmt.Sprintf("%d events\n", len(c.Rows)))
	_, err := io.WriteString(w, b.String())
	return err
}

func cmdDiscrepancies(args []string, stdout *os.File, stderr io.Writer) error {
	fs := flag.NewFlagSet("cyberdesk discrepancies", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kind := fs.String("kind", "", "only this kind: date, number, attribution, name or wording")
	var c common
	c.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: cyberdesk discrepancies [--kind K]

Prints every point where the outlets' accounts differ, with the words each
side cites and where they are (article and byte range). Dates, numbers,
attributions and names are curated; wording differences between outlets'
renderings of one quotation are found by aligning them word by word.

Examples:
  cyberdesk discrepancies
  cyberdesk discrepancies --kind number

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("cyberdesk discrepancies takes no arguments, got %q", fs.Arg(0))}
	}
	valid := false
	for _, k := range timeline.DiscrepancyKinds() {
		valid = valid || string(k) == *kind
	}
	if *kind != "" && !valid {
		return usageError{fmt.Sprintf("unknown kind %q; valid kinds: %v", *kind, timeline.DiscrepancyKinds())}
	}
	ds, f, err := c.open()
	if err != nil {
		return err
	}
	return writeDiscrepancies(stdout, ds, selectDiscrepancies(ds, f), timeline.DiscrepancyKind(*kind))
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

// writeDiscrepancies prints each of the selected discrepancies of the
// kind ("" for all): its kind and description, then each side's outlet,
// reading and cited words.
func writeDiscrepancies(w io.Writer, ds *timeline.Dataset, selected []int, kind timeline.DiscrepancyKind) error {
	var b strings.Builder
	n := 0
	for _, k := range timeline.DiscrepancyKinds() {
		for _, di := range selected {
			d := &ds.Discrepancies()[di]
			if d.Kind != k || kind != "" && d.Kind != kind {
				continue
			}
			n++
			fmt.Fprintf(&b, "%s [%s] %s\n", d.ID, d.Kind, line(d.Description))
			for _, s := range d.Sides {
				fmt.Fprintf(&b, "  %s (%s %d-%d): %s\n    “%s”\n", line(ds.ArticleOutlet(s.Article).Name), s.Article, s.Start, s.End,
					line(s.Reading), line(s.Text))
			}
			if si, ok := ds.StatementIndex(d.Statement); ok && d.Kind == timeline.DiscrepancyWording {
				for _, r := range ds.Renderings(si) {
					if r.Against == "" {
						continue
					}
					other, _ := ds.Outlet(r.Against)
					fmt.Fprintf(&b, "  %s, against %s:\n", line(ds.ArticleOutlet(ds.Quotes()[r.Quotes[0]].Span.Article).Name), line(other.Name))
					for _, diff := range r.Differences {
						fmt.Fprintf(&b, "    %s\n", line(diff.String()))
					}
				}
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "%d discrepancies\n", n)
	_, err := io.WriteString(w, b.String())
	return err
}

// line is untrusted text made safe and folded onto one line.
func line[T ~string](s T) string { return untrusted.CleanLine(string(s)) }

// pad fits s to exactly w cells.
func pad(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}
