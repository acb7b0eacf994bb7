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
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/data"
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
	fmt.Fprintln(stderr, "cyberdesk:", strings.ReplaceAll(err.Error(), "\n", "\ncyberdesk: "))
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
		case "coverage":
			return cmdCoverage(args[1:], stdout, stderr)
		case "discrepancies":
			return cmdDiscrepancies(args[1:], stdout, stderr)
		}
	}
	return cmdExplore(args, stdin, stdout, stderr)
}

func cmdExplore(args []string, stdin, stdout, stderr *os.File) error {
	fs := flag.NewFlagSet("cyberdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	country := fs.String("country", "", "start with this country filter (ISO code or name)")
	outlet := fs.String("outlet", "", "start with this outlet filter (id or name)")
	actor := fs.String("actor", "", "start with this actor filter (id, name or alias)")
	showVersion := fs.Bool("version", false, "print the version and exit")
	fs.Usage = func() {
		fmt.Fprint(stderr, `cyberdesk: explore the 2022 Iran-Albania cyber crisis as a timeline.

Usage:
  cyberdesk [--country C] [--outlet O] [--actor A]   open the explorer
  cyberdesk coverage [--country C] [--outlet O] [--actor A]
                                                     which outlets report which events
  cyberdesk discrepancies [--kind K]                 where the outlets' accounts differ
  cyberdesk export --format json                     write the dataset to stdout
  cyberdesk corpus fill DIR                          fill span offsets in DIR/annotations.json

Examples:
  cyberdesk --country AL --outlet "Times of Israel"
  cyberdesk export --format json > cyberdesk.json

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
	ds, err := data.LoadSeeds()
	if err != nil {
		return err
	}
	f, err := filterFromFlags(ds, *country, *outlet, *actor)
	if err != nil {
		return err
	}
	if !term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd()) {
		return errors.New("the explorer needs a terminal on stdin and stdout; to read the data from a script, use `cyberdesk export --format json`")
	}
	m := model.New(ds, model.WithFilter(f))
	_, err = tea.NewProgram(m, tea.WithInput(stdin), tea.WithOutput(stdout)).Run()
	return err
}

// filterFromFlags resolves the filter flags (names or ids, any case)
// against the dataset; an unknown value is an error listing the valid ones.
func filterFromFlags(ds *timeline.Dataset, country, outlet, actor string) (timeline.Filter, error) {
	var f timeline.Filter
	if country != "" {
		code, err := ds.ResolveCountry(country)
		if err != nil {
			return f, err
		}
		f.Countries = []string{code}
	}
	if outlet != "" {
		id, err := ds.ResolveOutlet(outlet)
		if err != nil {
			return f, err
		}
		f.Outlets = []string{id}
	}
	if actor != "" {
		id, err := ds.ResolveActor(actor)
		if err != nil {
			return f, err
		}
		f.Actors = []string{id}
	}
	return f, nil
}

func cmdExport(args []string, stdout io.Writer, stderr io.Writer) error {
	fs := flag.NewFlagSet("cyberdesk export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: cyberdesk export --format json\n\nWrites the whole dataset to stdout as one JSON document (schema in README.md).\n\nExample:\n  cyberdesk export --format json | jq '.events[].title'\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if *format != "json" {
		return usageError{fmt.Sprintf("unknown format %q; valid formats: json", *format)}
	}
	ds, err := data.LoadSeeds()
	if err != nil {
		return err
	}
	return data.WriteJSON(stdout, ds)
}

func cmdCorpus(args []string, stdout io.Writer, stderr io.Writer) error {
	if len(args) != 2 || args[0] != "fill" {
		return usageError{"usage: cyberdesk corpus fill DIR"}
	}
	dir := args[1]
	out, err := data.Fill(os.DirFS(dir), dir)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, data.AnnotationsFile)
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "wrote", path)
	return nil
}

func usageOf(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError{err.Error()}
}
