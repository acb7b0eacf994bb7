package cli

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// source is where the story comes from: the embedded one, a corpus
// directory, an export or a TimelineJS file.
type source struct {
	corpus, dataset, timelinejs string
	withSeeds                   bool
	noCache                     bool
	// progress, when not nil, is told how a file's loading goes, instead
	// of the terminal (the explorer draws it).
	progress func(data.Progress)
	// indexAfter, when not nil, holds a file's index build until it is
	// closed (data.Options.IndexAfter): the explorer closes it once it
	// has drawn its first frame.
	indexAfter <-chan struct{}
}

// register adds the source flags to fs.
func (s *source) register(fs *pflag.FlagSet) {
	fs.StringVar(&s.corpus, "corpus", "", "open a corpus: a folder of articles with a manifest (see cyberdesk corpus --help)")
	fs.BoolVar(&s.withSeeds, "with-seeds", false, "with --corpus: merge the embedded articles in")
	fs.StringVar(&s.dataset, "dataset", "", "open a dataset written by cyberdesk export --format json (- reads it from standard input)")
	fs.StringVar(&s.timelinejs, "timelinejs", "", "open a TimelineJS JSON document or template CSV (- reads it from standard input)")
	fs.BoolVar(&s.noCache, "no-cache", false, "with --dataset or --timelinejs: read the file, neither opening it from nor keeping it in the cache (the cyberdesk folder in your cache folder)")
}

// filters are the explorer's filters, as flags. Each command says what
// each one selects in its help (filterHelp); combined, they select with
// AND, and the values a comma separates within one are alternatives.
type filters struct {
	country, outlet, actor, tag, since, until, search string
	scope                                             string // story, background or all ("" is all)
	minOutlets                                        int
}

// given reports whether any filter is set: --scope all is none.
func (f filters) given() bool {
	all := f
	if all.scope == timeline.ScopeAll.String() {
		all.scope = ""
	}
	return all != filters{}
}

// filterHelp is what each filter selects for one command. The events
// scope and minOutlets select are what the command's other filters
// speak of: events, the statements about them, their actors.
type filterHelp struct {
	country, outlet, actor, tag, dates, search string
	scope, minOutlets                          string
}

// eventFilters is what the filters select for a command that lists or
// counts events: the explorer's meaning.
var eventFilters = filterHelp{
	country: "only events involving these countries, directly or through their actors (ISO codes or names)",
	outlet:  "only events these outlets report (ids or names)",
	actor:   "only events these actors take part in (ids, names or aliases)",
	tag:     "only events with these tags",
	dates:   "events whose dates overlap the range: 2022, 2022-09 or 2022-09-05",
	search:  "only events whose title, summary, actors' names, quotes or source passages hold every word",
	scope: "story: only the events inside the articles' own period (their publication dates, three months " +
		"before and a year after); background: only those outside it, the history mentioned in passing (a birth in 1917); all: both",
	minOutlets: "only events at least N outlets report: 2 hides every event a single outlet reports, " +
		"among them the candidates found in one article",
}

// register adds the filter flags to fs, described by h.
func (f *filters) register(fs *pflag.FlagSet, h filterHelp) {
	fs.StringVar(&f.country, "country", "", h.country)
	fs.StringVar(&f.outlet, "outlet", "", h.outlet)
	fs.StringVar(&f.actor, "actor", "", h.actor)
	fs.StringVar(&f.tag, "tag", "", h.tag)
	fs.StringVar(&f.since, "since", "", "from this date: "+h.dates)
	fs.StringVar(&f.until, "until", "", "up to this date: "+h.dates)
	fs.StringVar(&f.search, "search", "", h.search)
	scope, minOutlets := cmp.Or(h.scope, eventFilters.scope), cmp.Or(h.minOutlets, eventFilters.minOutlets)
	fs.StringVar(&f.scope, "scope", timeline.ScopeAll.String(), scope)
	fs.IntVarP(&f.minOutlets, "min-outlets", "", 0, minOutlets)
}

// resolve reads the flags against ds: names and ids become ids, dates are
// read at the precision they are written in. An unknown value lists the
// valid ones, an impossible date says why, and an inverted range names
// both dates (all usage errors, exit 2).
func (f *filters) resolve(ds *timeline.Dataset) (timeline.Filter, error) {
	var out timeline.Filter
	var err error
	list := func(values string, res func(string) (string, error)) []string {
		var ids []string
		for _, v := range strings.Split(values, ",") {
			if v = strings.TrimSpace(v); v == "" || err != nil {
				continue
			}
			var id string
			if id, err = res(v); err == nil {
				ids = append(ids, id)
			}
		}
		return ids
	}
	out.Countries = list(f.country, ds.ResolveCountry)
	out.Outlets = list(f.outlet, ds.ResolveOutlet)
	out.Actors = list(f.actor, ds.ResolveActor)
	out.Tags = list(f.tag, ds.ResolveTag)
	if err != nil {
		return out, err
	}
	if out.Since, out.Until, err = dateRange(f.since, f.until); err != nil {
		return out, err
	}
	if f.scope != "" {
		if out.Scope, err = timeline.ParseScope(strings.TrimSpace(strings.ToLower(f.scope))); err != nil {
			return out, usagef("--scope %q: want story, background or all", f.scope)
		}
	}
	if f.minOutlets < 0 {
		return out, usagef("--min-outlets %d: want a number of outlets, 0 or more", f.minOutlets)
	}
	out.MinOutlets = f.minOutlets
	// as the explorer's search does, so both select the same events
	out.Search, out.Passages = f.search, f.search != ""
	return out, nil
}

// dateRange reads --since and --until, each at the precision it is
// written in, and refuses a range that ends before it starts.
func dateRange(since, until string) (from, to timeline.Date, err error) {
	if from, err = flagDate("since", since); err != nil {
		return from, to, err
	}
	if to, err = flagDate("until", until); err != nil {
		return from, to, err
	}
	if !from.IsZero() && !to.IsZero() && to.Last().Before(from.First()) {
		return from, to, usagef("--until %s ends before --since %s begins; give the earlier date to --since", until, since)
	}
	return from, to, nil
}

// flagDate reads a date flag; "" is no date.
func flagDate(name, s string) (timeline.Date, error) {
	if s == "" {
		return timeline.Date{}, nil
	}
	d, err := timeline.ParseWritten(s)
	if err != nil {
		return d, usageError{fmt.Sprintf("--%s %s", name, err)}
	}
	return d, nil
}
