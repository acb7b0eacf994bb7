package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// quoteFilters is what the filters select in `cyberdesk quotes`.
var quoteFilters = filterHelp{
	country:    "only quotes of statements about events involving these countries",
	outlet:     "only quotes these outlets printed (ids or names)",
	actor:      "only quotes of statements about events these actors take part in (for who spoke, --speaker)",
	tag:        "only quotes of statements about events with these tags",
	dates:      "only quotes in articles published in the range: 2022, 2022-09 or 2022-09-05",
	search:     "only quotes whose words hold every word",
	scope:      "story, background or all: only quotes of statements about the events of that scope (see cyberdesk events --help)",
	minOutlets: "only quotes of statements about events at least N outlets report",
}

// quoteItem is a quotation in a listing.
type quoteItem struct {
	ID          string    `json:"id"`
	Statement   string    `json:"statement"`
	Speaker     string    `json:"speaker"`
	SpeakerName string    `json:"speaker_name"`
	Outlet      string    `json:"outlet"`
	Published   *jsonDate `json:"published"`
	Span        jsonSpan  `json:"span"`
	Attribution *jsonSpan `json:"attribution"`
	Extracted   bool      `json:"extracted"`
	Score       *float64  `json:"score"`
}

func quotesCommand() *cobra.Command {
	var speaker, statement string
	return listing{
		use:   "quotes",
		short: "List the quotations, or one statement's renderings side by side",
		long: `List every quotation: statement, speaker, outlet, the article's date and
the words, verbatim. --speaker keeps those by a speaker; --outlet those an
outlet printed; --since and --until those in articles published then;
--search those holding every word. --country, --actor and --tag keep the
quotes of statements about the events they select.

With --statement, print that statement's renderings side by side, one
column per outlet that quotes it, with how each compares with the fullest
other (identical, reworded, elided, partial, trimmed, fuller, punctuation).`,
		example: `cyberdesk quotes --speaker Lapid
cyberdesk quotes --outlet "Jerusalem Post" --format csv
cyberdesk quotes --statement rama-extreme-response`,
		filters: &quoteFilters,
		flags: func(fs *pflag.FlagSet) {
			fs.StringVar(&speaker, "speaker", "", "only quotes by these speakers (actor ids, names or aliases, comma-separated)")
			fs.StringVar(&statement, "statement", "", "print this statement's renderings side by side")
		},
		build: func(ds *timeline.Dataset, f timeline.Filter, _ []string) (*report, error) {
			if statement != "" {
				if !f.IsZero() || speaker != "" {
					return nil, usageError{"--statement prints one statement whole; it takes no filters"}
				}
				return statementReport(ds, statement)
			}
			speakers, err := resolveList(speaker, ds.ResolveActor)
			if err != nil {
				return nil, err
			}
			return quotesReport(ds, selectQuotes(ds, f, speakers)), nil
		},
	}.command()
}

// resolveList resolves each of a comma-separated list of names.
func resolveList(values string, res func(string) (string, error)) ([]string, error) {
	var ids []string
	for _, v := range strings.Split(values, ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		id, err := res(v)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// selectQuotes returns the indexes of the quotes f and the speakers
// select (see quoteFilters), in the dataset's order.
func selectQuotes(ds *timeline.Dataset, f timeline.Filter, speakers []string) []int {
	var about map[int]bool // the statements about the events selected, if any filter selects events
	if len(f.Countries) > 0 || len(f.Actors) > 0 || len(f.Tags) > 0 || f.Scope != timeline.ScopeAll || f.MinOutlets > 1 {
		about = map[int]bool{}
		events := ds.Apply(timeline.Filter{Countries: f.Countries, Actors: f.Actors, Tags: f.Tags, Scope: f.Scope, MinOutlets: f.MinOutlets})
		for _, si := range ds.StatementsOf(events) {
			about[si] = true
		}
	}
	words := strings.Fields(strings.ToLower(f.Search))
	var out []int
	for qi, q := range ds.Quotes() {
		a, _ := ds.Article(q.Span.Article)
		si, _ := ds.StatementIndex(q.Statement)
		switch {
		case len(speakers) > 0 && !slices.Contains(speakers, q.Speaker),
			len(f.Outlets) > 0 && !slices.Contains(f.Outlets, a.Outlet),
			about != nil && !about[si],
			!f.Since.IsZero() && a.Published.Last().Before(f.Since.First()),
			!f.Until.IsZero() && a.Published.First().After(f.Until.Last()):
			continue
		}
		text := strings.ToLower(q.Span.Text.Verbatim())
		if !slices.ContainsFunc(words, func(w string) bool { return !strings.Contains(text, w) }) {
			out = append(out, qi)
		}
	}
	return out
}

// quotesReport lists the quotes with the given indexes.
func quotesReport(ds *timeline.Dataset, quotes []int) *report {
	r := &report{cols: []string{"Statement", "Speaker", "Outlet", "Date", "Quote", "ID", "Speaker ID", "Outlet ID", "Article", "Start", "End", "Extracted"}, wide: 5}
	for _, qi := range quotes {
		q := &ds.Quotes()[qi]
		a, _ := ds.Article(q.Span.Article)
		r.rows = append(r.rows, []any{q.Statement, actorName(ds, q.Speaker), outletName(ds, a.Outlet), a.Published.String(), q.Span.Text,
			q.ID, q.Speaker, a.Outlet, a.ID, q.Span.Start, q.Span.End, q.Extracted})
		it := quoteItem{ID: q.ID, Statement: q.Statement, Speaker: q.Speaker, SpeakerName: actorName(ds, q.Speaker),
			Outlet: a.Outlet, Published: dateOf(a.Published), Span: spanOf(q.Span), Extracted: q.Extracted}
		if q.Attribution.Article != "" {
			at := spanOf(q.Attribution)
			it.Attribution = &at
		}
		if q.Extracted {
			score := q.Score
			it.Score = &score
		}
		r.items = append(r.items, it)
	}
	return r
}
