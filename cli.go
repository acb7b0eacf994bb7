package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The list commands answer from a script what the explorer answers on
// screen, with the same filters (timeline.Filter, the code the TUI uses).

// common is the dataset source and the filter flags every command shares.
type common struct {
	dataset, timelinejs, corpus                       string
	withSeeds                                         bool
	country, outlet, actor, tag, since, until, search string

	warn io.Writer // where loading reports what it left out
	// noticeFrom is the file size from which loading says on a terminal
	// that it has started (loadingNoticeBytes when 0).
	noticeFrom int64
	// problems are what opening a corpus left out or normalised.
	problems []*data.Error
}

func (c *common) register(fs *flag.FlagSet) {
	c.warn = fs.Output()
	fs.StringVar(&c.corpus, "corpus", "", "open a corpus `DIR` of articles with a manifest (see cyberdesk corpus --help)")
	fs.BoolVar(&c.withSeeds, "with-seeds", false, "with --corpus: merge the embedded articles in")
	fs.StringVar(&c.dataset, "dataset", "", "open a dataset written by `cyberdesk export --format json`")
	fs.StringVar(&c.timelinejs, "timelinejs", "", "open a TimelineJS JSON document or template CSV")
	fs.StringVar(&c.country, "country", "", "only events involving these countries (ISO codes or names, comma-separated)")
	fs.StringVar(&c.outlet, "outlet", "", "only events these outlets report (ids or names, comma-separated)")
	fs.StringVar(&c.actor, "actor", "", "only events with these actors (ids, names or aliases, comma-separated)")
	fs.StringVar(&c.tag, "tag", "", "only events with these tags (comma-separated)")
	fs.StringVar(&c.since, "since", "", "only events on or after this date: 2022, 2022-09 or 2022-09-05")
	fs.StringVar(&c.until, "until", "", "only events on or before this date: 2022, 2022-09 or 2022-09-05")
	fs.StringVar(&c.search, "search", "", "only events whose text holds every word")
}

// load opens the dataset the flags name: a corpus, an export, a
// TimelineJS file, or the embedded seeds.
func (c *common) load() (*timeline.Dataset, error) {
	sources := 0
	for _, s := range []string{c.dataset, c.timelinejs, c.corpus} {
		if s != "" {
			sources++
		}
	}
	switch {
	case sources > 1:
		return nil, usageError{"give one of --corpus, --dataset and --timelinejs"}
	case c.withSeeds && c.corpus == "":
		return nil, usageError{"--with-seeds merges the embedded articles into a --corpus DIR; give the directory"}
	case c.corpus != "":
		return c.openCorpus()
	case c.dataset != "":
		defer c.loading(c.dataset)()
		return openFile(c.dataset, data.Export)
	case c.timelinejs != "":
		defer c.loading(c.timelinejs)()
		return openFile(c.timelinejs, data.TimelineJS)
	}
	return data.Seeds()
}

// openCorpus opens a corpus directory, reporting on stderr every article
// it left out and every text it normalised; the rest loads.
func (c *common) openCorpus() (*timeline.Dataset, error) {
	o, err := data.Open(c.corpus, data.Options{Format: data.Corpus, WithSeeds: c.withSeeds})
	if err != nil {
		return nil, err
	}
	c.problems = o.Problems
	for _, p := range o.Problems {
		fmt.Fprintln(c.warn, "cyberdesk:", line(p.Error()))
	}
	return o.Dataset, nil
}

// notice sums up, in a line for the explorer's footer, what opening the
// corpus left out.
func (c *common) notice() string {
	skipped := 0
	for _, p := range c.problems {
		if p.Level == data.Skip {
			skipped++
		}
	}
	if skipped == 0 {
		return ""
	}
	return fmt.Sprintf("%d article(s) of %s left out; run: cyberdesk corpus check %s", skipped, c.corpus, c.corpus)
}

// loadingNoticeBytes is the file size from which loading tells the user
// it has started: about a second's work.
const loadingNoticeBytes = 64 << 20

// loading says on a terminal that a large file is being read, and returns
// the func that erases the line again once it is.
func (c *common) loading(path string) (done func()) {
	f, ok := c.warn.(*os.File)
	st, err := os.Stat(path)
	from := c.noticeFrom
	if from == 0 {
		from = loadingNoticeBytes
	}
	if !ok || err != nil || st.Size() < from || !term.IsTerminal(f.Fd()) {
		return func() {}
	}
	fmt.Fprintf(f, "cyberdesk: loading %s (%d MB)…", line(path), st.Size()>>20)
	return func() { fmt.Fprint(f, "\r\x1b[K") }
}

// openFile opens an export or a TimelineJS file, readying the heap for
// it: the program is about to show it.
func openFile(path string, format data.Format) (*timeline.Dataset, error) {
	o, err := data.Open(path, data.Options{Format: format, TuneMemory: true})
	if err != nil {
		return nil, err
	}
	return o.Dataset, nil
}

// open loads the dataset and resolves the filter flags against it.
func (c *common) open() (*timeline.Dataset, timeline.Filter, error) {
	ds, err := c.load()
	if err != nil {
		return nil, timeline.Filter{}, err
	}
	f, err := c.filter(ds)
	return ds, f, err
}

// filter resolves the flags against ds; an unknown value lists the valid
// ones (exit 2).
func (c *common) filter(ds *timeline.Dataset) (timeline.Filter, error) {
	var f timeline.Filter
	var err error
	resolve := func(list string, res func(string) (string, error)) []string {
		var out []string
		for _, v := range strings.Split(list, ",") {
			if v = strings.TrimSpace(v); v == "" || err != nil {
				continue
			}
			var id string
			if id, err = res(v); err == nil {
				out = append(out, id)
			}
		}
		return out
	}
	f.Countries = resolve(c.country, ds.ResolveCountry)
	f.Outlets = resolve(c.outlet, ds.ResolveOutlet)
	f.Actors = resolve(c.actor, ds.ResolveActor)
	f.Tags = resolve(c.tag, ds.ResolveTag)
	if err != nil {
		return f, err
	}
	if f.Since, err = parseWhen("since", c.since); err != nil {
		return f, err
	}
	if f.Until, err = parseWhen("until", c.until); err != nil {
		return f, err
	}
	f.Search = c.search
	return f, nil
}

// parseWhen reads a date at the precision it is written in.
func parseWhen(flagName, s string) (timeline.Date, error) {
	if s == "" {
		return timeline.Date{}, nil
	}
	p := map[int]timeline.Precision{4: timeline.Year, 7: timeline.Month, 10: timeline.Day}[len(s)]
	d, err := timeline.ParseDate(s, p)
	if p == 0 || err != nil {
		return d, usageError{fmt.Sprintf("--%s %q: want a date as 2022, 2022-09 or 2022-09-05", flagName, s)}
	}
	return d, nil
}

// listCommand runs a list command: flags, dataset, filter, then the rows
// build makes, printed in the chosen format.
func listCommand(name, usage string, args []string, stdout *os.File, stderr io.Writer,
	extra func(fs *flag.FlagSet), build func(ds *timeline.Dataset, events []int) (listing, error)) error {
	fs := flag.NewFlagSet("cyberdesk "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	format := fs.String("format", "table", "output format: "+strings.Join(formats, ", "))
	if extra != nil {
		extra(fs)
	}
	fs.Usage = func() {
		fmt.Fprint(stderr, usage+"\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("cyberdesk %s takes no arguments, got %q (see cyberdesk %s --help)", name, fs.Arg(0), name)}
	}
	if !validFormat(*format) {
		return usageError{fmt.Sprintf("unknown format %q; valid formats: %s", *format, strings.Join(formats, ", "))}
	}
	ds, f, err := c.open()
	if err != nil {
		return err
	}
	l, err := build(ds, ds.Apply(f))
	if err != nil {
		return err
	}
	return l.write(stdout, *format, terminalWidth(stdout))
}

func validFormat(f string) bool {
	for _, v := range formats {
		if v == f {
			return true
		}
	}
	return false
}

const filterHelp = `
Filters (the explorer's, combined with AND; a comma lists alternatives):
  --country, --outlet, --actor, --tag, --since, --until, --search
Data: the embedded story, or --dataset FILE (a JSON export) or
--timelinejs FILE (a TimelineJS JSON document or template CSV).
`

func cmdEvents(args []string, stdout *os.File, stderr io.Writer) error {
	return listCommand("events", `Usage: cyberdesk events [filters] [--format table|json|csv|md]

Lists the events the filters select, in date order: date at its
precision, id, title, tags and the outlets that report each.
`+filterHelp+`
Examples:
  cyberdesk events --country IR --since 2022-09
  cyberdesk events --outlet "Times of Israel" --format csv > toi.csv
  cyberdesk events --search sanctions --format json | jq '.[].id'
`, args, stdout, stderr, nil, listEvents)
}

func listEvents(ds *timeline.Dataset, events []int) (listing, error) {
	l := listing{cols: []string{"Date", "ID", "Title", "Tags", "Outlets",
		"Start", "End", "Precision", "Approx", "Summary", "Countries", "Actors", "Outlet IDs", "Extracted"}, wide: 5}
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
		l.rows = append(l.rows, []any{timeline.FormatRange(e.Start, e.End), e.ID, eventTitle(e), e.Tags, outlets,
			e.Start.ISO(), end, e.Start.Precision.String(), strconv.FormatBool(e.Start.Approx), e.Summary,
			ds.EventCountries(i), e.Actors, ds.EventOutlets(i), strconv.FormatBool(e.Extracted)})
	}
	return l, nil
}

func cmdActors(args []string, stdout *os.File, stderr io.Writer) error {
	return listCommand("actors", `Usage: cyberdesk actors [filters] [--format table|json|csv|md]

Lists the actors of the events the filters select (every actor when
there are no filters): id, name, kind, country, first role as an article
gives it, and how many of those events they take part in.
`+filterHelp+`
Examples:
  cyberdesk actors --country AL
  cyberdesk actors --format md
`, args, stdout, stderr, nil, listActors)
}

func listActors(ds *timeline.Dataset, events []int) (listing, error) {
	count := map[string]int{}
	for _, i := range events {
		for _, a := range ds.Events()[i].Actors {
			count[a]++
		}
	}
	all := len(events) == len(ds.Events())
	l := listing{cols: []string{"ID", "Name", "Kind", "Country", "Role", "Events"}}
	for _, a := range ds.Actors() {
		if count[a.ID] == 0 && !all {
			continue
		}
		role := ""
		if len(a.Roles) > 0 {
			role = a.Roles[0].Title
		}
		l.rows = append(l.rows, []any{a.ID, a.Name, string(a.Kind), a.Country, role, strconv.Itoa(count[a.ID])})
	}
	return l, nil
}

func cmdOutlets(args []string, stdout *os.File, stderr io.Writer) error {
	return listCommand("outlets", `Usage: cyberdesk outlets [filters] [--format table|json|csv|md]

Lists the outlets: id, name, country, their articles and how many of the
events the filters select each reports.
`+filterHelp+`
Examples:
  cyberdesk outlets
  cyberdesk outlets --country IR --format json
`, args, stdout, stderr, nil, listOutlets)
}

func listOutlets(ds *timeline.Dataset, events []int) (listing, error) {
	count := map[string]int{}
	for _, i := range events {
		for _, o := range ds.EventOutlets(i) {
			count[o]++
		}
	}
	l := listing{cols: []string{"ID", "Name", "Country", "Articles", "Events"}}
	for _, o := range ds.Outlets() {
		var articles []string
		for _, a := range ds.Articles() {
			if a.Outlet == o.ID {
				articles = append(articles, a.ID+" ("+a.Published.String()+")")
			}
		}
		l.rows = append(l.rows, []any{o.ID, o.Name, o.Country, articles, strconv.Itoa(count[o.ID])})
	}
	return l, nil
}

func cmdQuotes(args []string, stdout *os.File, stderr io.Writer) error {
	var statement string
	return listCommand("quotes", `Usage: cyberdesk quotes [filters] [--statement ID] [--format table|json|csv|md]

Lists the quotations linked to the events the filters select: statement,
speaker, outlet, article date and the words, verbatim. With --statement,
prints that statement's renderings side by side, one column per outlet,
with how each compares with the others.
`+filterHelp+`
Examples:
  cyberdesk quotes --actor Lapid
  cyberdesk quotes --statement rama-extreme-response
`, args, stdout, stderr, func(fs *flag.FlagSet) {
		fs.StringVar(&statement, "statement", "", "print this statement's renderings side by side")
	}, func(ds *timeline.Dataset, events []int) (listing, error) {
		if statement != "" {
			return sideBySide(ds, statement)
		}
		return listQuotes(ds, events), nil
	})
}

func listQuotes(ds *timeline.Dataset, events []int) listing {
	l := listing{cols: []string{"Statement", "Speaker", "Outlet", "Date", "Quote"}}
	for _, si := range ds.StatementsOf(events) {
		for _, qi := range ds.StatementQuotes(si) {
			q := &ds.Quotes()[qi]
			a, _ := ds.Article(q.Span.Article)
			l.rows = append(l.rows, []any{q.Statement, actorName(ds, q.Speaker), outletName(ds, a.Outlet), a.Published.String(), q.Span.Text})
		}
	}
	return l
}

// sideBySide is one statement's renderings as columns: outlet, how it
// compares, and the words.
func sideBySide(ds *timeline.Dataset, id string) (listing, error) {
	si, ok := ds.StatementIndex(id)
	if !ok {
		var valid []string
		for _, s := range ds.Statements() {
			valid = append(valid, s.ID)
		}
		return listing{}, &timeline.UnknownValueError{Facet: "statement", Value: id, Valid: valid}
	}
	l := listing{cols: []string{""}}
	outlet, class, words := []any{"Outlet"}, []any{"Compared"}, []any{"Words"}
	for _, r := range ds.Renderings(si) {
		l.cols = append(l.cols, outletName(ds, r.Outlet))
		outlet = append(outlet, r.Outlet)
		c := "only this outlet quotes it"
		if r.Against != "" {
			c = r.Class.String() + " vs " + outletName(ds, r.Against)
		}
		class = append(class, c)
		var parts []string
		for _, qi := range r.Quotes {
			parts = append(parts, "“"+ds.Quotes()[qi].Span.Text.String()+"”")
		}
		words = append(words, strings.Join(parts, " … "))
	}
	l.rows = [][]any{outlet, class, words}
	return l, nil
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

func cmdShow(args []string, stdout *os.File, stderr io.Writer) error {
	fs := flag.NewFlagSet("cyberdesk show", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	fs.StringVar(&c.dataset, "dataset", "", "open a dataset written by `cyberdesk export --format json`")
	fs.StringVar(&c.timelinejs, "timelinejs", "", "open a TimelineJS JSON document or template CSV")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: cyberdesk show EVENT-ID

Prints one event: its date and how precise it is, summary, countries,
actors, tags, and every source passage, verbatim, with its outlet,
article and byte range.

Examples:
  cyberdesk show 2022-07-15-july-cyberattack
  cyberdesk events --search NATO --format json | jq -r '.[0].id' | xargs cyberdesk show

Flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOf(err)
	}
	if fs.NArg() != 1 {
		return usageError{"usage: cyberdesk show EVENT-ID (ids: cyberdesk events)"}
	}
	ds, err := c.load()
	if err != nil {
		return err
	}
	id := fs.Arg(0)
	e, ok := ds.Event(id)
	if !ok {
		var valid []string
		for _, e := range ds.Events() {
			valid = append(valid, e.ID)
		}
		return &timeline.UnknownValueError{Facet: "event", Value: id, Valid: valid}
	}
	ei, _ := ds.EventIndex(id)
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
	fmt.Fprintf(&b, "Countries: %s\nActors:    %s\nTags:      %s\n", text(countries), text(actors), text(e.Tags))
	if e.DateNote != "" {
		fmt.Fprintf(&b, "Dated by:  %s\n", line(e.DateNote))
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
	_, err = io.WriteString(stdout, b.String())
	return err
}
