// Command cyberdesk explores the 2022 Iran-Albania cyber crisis as a
// timeline in the terminal, with every event, actor and quote traced to the
// exact words of its source article.
//
//	cyberdesk                          open the explorer
//	cyberdesk --country AL --outlet toi  open it with filters set
//	cyberdesk coverage                 which outlets report which events
//	cyberdesk discrepancies            where the outlets' accounts differ
//	cyberdesk export --format json     write the dataset to stdout
//	cyberdesk corpus fill DIR          complete hand-written spans in DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/ics"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/model"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// Exit codes.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
	// exitInterrupted is 128 + SIGINT, as a shell reports it.
	exitInterrupted = 130
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake in how cyberdesk was called (exit 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	err := dispatch(args, stdin, stdout, stderr)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if errors.Is(err, errInterrupted) {
		return exitInterrupted
	}
	// A message may quote a file name or a value from the file: clean it.
	fmt.Fprintln(stderr, "cyberdesk:", strings.ReplaceAll(untrusted.Clean(err.Error()), "\n", "\ncyberdesk: "))
	var u usageError
	var unknown *timeline.UnknownValueError
	if errors.As(err, &u) || errors.As(err, &unknown) {
		return exitUsage
	}
	return exitRuntime
}

func dispatch(args []string, stdin *os.File, stdout, stderr *os.File) error {
	if len(args) > 0 {
		switch args[0] {
		case "export":
			return cmdExport(args[1:], stdout, stderr)
		case "corpus":
			return cmdCorpus(args[1:], stdout, stderr)
		case "events":
			return cmdEvents(args[1:], stdout, stderr)
		case "actors":
			return cmdActors(args[1:], stdout, stderr)
		case "outlets":
			return cmdOutlets(args[1:], stdout, stderr)
		case "quotes":
			return cmdQuotes(args[1:], stdout, stderr)
		case "show":
			return cmdShow(args[1:], stdout, stderr)
		case "coverage":
			return cmdCoverage(args[1:], stdout, stderr)
		case "discrepancies":
			return cmdDiscrepancies(args[1:], stdout, stderr)
		case "synth":
			return synthCommand(args[1:], stdout, stderr)
		}
	}
	return cmdExplore(args, stdin, stdout, stderr)
}

func cmdExplore(args []string, stdin, stdout, stderr *os.File) error {
	fs := flag.NewFlagSet("cyberdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, `cyberdesk: explore the 2022 Iran-Albania cyber crisis as a timeline.

Usage:
  cyberdesk [filters] [--dataset FILE | --timelinejs FILE]   open the explorer
  cyberdesk events|actors|quotes|outlets [filters] [--format table|json|csv|md]
  cyberdesk show EVENT-ID                    one event with its sources' passages
  cyberdesk quotes --statement ID            one statement's renderings side by side
  cyberdesk coverage [filters]               which outlets report which events
  cyberdesk discrepancies [--kind K]         where the outlets' accounts differ
  cyberdesk export --format json|csv|md|timelinejs|timelinejs-csv|ics
  cyberdesk corpus fill DIR                  fill span offsets in DIR/annotations.json
  cyberdesk synth --events N [-o FILE]       generate a synthetic dataset (for benchmarks)
`+filterHelp+`
Every command takes --help. Exit codes: 0 ok, 1 runtime error, 2 usage error.

Examples:
  cyberdesk --country AL --outlet "Times of Israel"
  cyberdesk --timelinejs newsroom-timeline.csv
  cyberdesk events --since 2022-09 --format csv

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if *showVersion {
		fmt.Fprintln(stdout, "cyberdesk", version)
		return nil
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unknown command %q (try cyberdesk --help)", fs.Arg(0))}
	}
	explore := func(ds *timeline.Dataset, f timeline.Filter) tea.Model {
		return model.New(ds, model.WithFilter(f), model.WithTitle(storyTitle(&c, ds)), model.WithNotice(c.notice()))
	}
	// 120 frames a second, Bubble Tea's most: a key's frame is flushed
	// within 8 ms instead of 17, and an idle screen still costs nothing.
	program := func(m tea.Model) *tea.Program {
		return tea.NewProgram(wrapModel(m), tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	}
	termErr := explorerTerminal(stdin, stdout)
	if termErr != nil || c.corpus != "" {
		// A corpus reports on stderr what it left out, which must not
		// write under the explorer; and without a terminal, a bad file is
		// still the first thing to report.
		ds, f, err := c.open()
		if err != nil {
			return err
		}
		if termErr != nil {
			return termErr
		}
		return runExplorer(program(explore(ds, f)))
	}
	c.warn = io.Discard // the loading screen says what is loading
	var failed error
	err := runExplorer(program(&starting{
		load: func() loadedMsg {
			ds, f, err := c.open()
			return loadedMsg{ds, f, err}
		},
		what:    loadingWhat(&c),
		explore: explore,
		failed:  &failed,
	}))
	if failed != nil {
		return failed
	}
	return err
}

// explorerTerminal says why the explorer cannot draw on stdin and stdout,
// or returns nil.
func explorerTerminal(stdin, stdout *os.File) error {
	if !term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd()) {
		return errors.New("the explorer needs a terminal on stdin and stdout; from a script, use `cyberdesk events` or `cyberdesk export --format json`")
	}
	if os.Getenv("TERM") == "dumb" {
		return errors.New("a dumb terminal (TERM=dumb) cannot draw the explorer; use `cyberdesk events`, `cyberdesk show ID` and the other list commands, or set TERM")
	}
	return nil
}

// runExplorer runs the program so that every way out restores the
// terminal: q and ctrl+c quit; Bubble Tea turns SIGINT into an interrupt
// and SIGTERM into a quit, and recovers a panic in Update, View or a
// command, restoring the terminal before it reports; SIGHUP (the terminal
// closing) quits here too.
func runExplorer(p *tea.Program) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	go func() {
		if _, ok := <-hup; ok {
			p.Quit()
		}
	}()
	_, err := p.Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return errInterrupted
	case errors.Is(err, tea.ErrProgramPanic):
		return errors.New("cyberdesk crashed; the terminal was restored and the report is above. Please report it")
	}
	return err
}

// errInterrupted is SIGINT's way out: exit 130, as shells expect.
var errInterrupted = errors.New("interrupted")

// storyTitle names what the explorer shows: the embedded story, or the
// file opened.
func storyTitle(c *common, ds *timeline.Dataset) string {
	switch {
	case c.timelinejs != "" && len(ds.Outlets()) > 0:
		return ds.Outlets()[0].Name
	case c.dataset != "":
		return filepath.Base(c.dataset)
	case c.timelinejs != "":
		return filepath.Base(c.timelinejs)
	case c.corpus != "" && c.withSeeds:
		return filepath.Base(filepath.Clean(c.corpus)) + " + the embedded articles"
	case c.corpus != "":
		return filepath.Base(filepath.Clean(c.corpus))
	}
	return "Iran–Albania cyber crisis"
}

// exportFormats are what cyberdesk export writes.
var exportFormats = []string{"json", "csv", "md", "timelinejs", "timelinejs-csv", "ics"}

func cmdExport(args []string, stdout *os.File, stderr io.Writer) error {
	fs := flag.NewFlagSet("cyberdesk export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	format := fs.String("format", "json", "output format: "+strings.Join(exportFormats, ", "))
	group := fs.String("group", "tag", "TimelineJS group: tag, country, outlet or none")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: cyberdesk export [--format F] [filters] [--group G]

Writes the dataset to stdout:
  json            the whole dataset, every span and derived comparison
                  (schema in README.md; filters do not apply)
  csv             the events the filters select, one row per event
  md              a report: the events in a table, then the quotes by statement
  timelinejs      a Knight Lab TimelineJS JSON document of the events
  timelinejs-csv  the same as TimelineJS's spreadsheet template, as CSV
  ics             an iCalendar file, one all-day event per day-precise event
`+filterHelp+`
Examples:
  cyberdesk export --format json > cyberdesk.json
  cyberdesk export --format timelinejs --group outlet > timeline.json
  cyberdesk export --format ics --country AL > albania.ics

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("cyberdesk export takes no arguments, got %q", fs.Arg(0))}
	}
	if !slices.Contains(exportFormats, *format) {
		return usageError{fmt.Sprintf("unknown format %q; valid formats: %s", *format, strings.Join(exportFormats, ", "))}
	}
	if !slices.Contains([]string{"tag", "country", "outlet", "none"}, *group) {
		return usageError{fmt.Sprintf("unknown group %q; valid groups: tag, country, outlet, none", *group)}
	}
	ds, f, err := c.open()
	if err != nil {
		return err
	}
	events := ds.Apply(f)
	if *group == "none" {
		*group = ""
	}
	switch *format {
	case "json":
		return export.Write(stdout, ds)
	case "csv":
		l, _ := listEvents(ds, events)
		return l.write(stdout, "csv", 0)
	case "md":
		return writeReport(stdout, ds, events)
	case "timelinejs":
		return timelinejs.Write(stdout, ds, events, *group)
	case "timelinejs-csv":
		return timelinejs.WriteCSV(stdout, ds, events, *group)
	}
	return ics.Write(stdout, ds, events)
}

// writeReport is the Markdown report: the events, then every quotation of
// their statements grouped by statement.
func writeReport(w io.Writer, ds *timeline.Dataset, events []int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Events (%d)\n\n", len(events))
	l, _ := listEvents(ds, events)
	l = l.human()
	writeMarkdownTable(&b, l.cols, l.rows)
	b.WriteString("\n# Quotes by statement\n")
	for _, si := range ds.StatementsOf(events) {
		s := &ds.Statements()[si]
		fmt.Fprintf(&b, "\n## %s: %s\n\n", md(actorName(ds, s.Speaker)), md(line(s.Label)))
		for _, r := range ds.Renderings(si) {
			class := ""
			if r.Against != "" {
				class = " (" + r.Class.String() + " vs " + md(outletName(ds, r.Against)) + ")"
			}
			fmt.Fprintf(&b, "- **%s**%s:", md(outletName(ds, r.Outlet)), class)
			for _, qi := range r.Quotes {
				fmt.Fprintf(&b, " “%s”", md(line(ds.Quotes()[qi].Span.Text)))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func usageOf(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{err.Error()}
}
