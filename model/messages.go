package model

import "github.com/cyberdesk-dev/cyberdesk/timeline"

// focus is the pane that receives keys.
type focus int

const (
	focusChron focus = iota
	focusActors
	focusQuotes
	numFocus
)

func (f focus) next() focus { return (f + 1) % numFocus }
func (f focus) prev() focus { return (f + numFocus - 1) % numFocus }

func (f focus) String() string {
	return [...]string{"chronology", "actors", "quotes"}[f]
}

// screen is the full-body view on top of the panes, if any.
type screen int

const (
	screenPanes         screen = iota
	screenDetail               // one event: summary, actors, tags, sources
	screenReader               // a whole article, scrolled to a passage
	screenCoverage             // events by outlets: who reports what
	screenDiscrepancies        // where the outlets' accounts differ
	screenDiscrepancy          // one discrepancy, its sides side by side
)

// facet names a filter the picker edits.
type facet int

const (
	facetCountry facet = iota
	facetOutlet
	facetActor
)

func (f facet) String() string { return [...]string{"country", "outlet", "actor"}[f] }

// Option configures a Model.
type Option func(*Model)

// WithFilter starts the explorer with filters already set.
func WithFilter(f timeline.Filter) Option { return func(m *Model) { m.filter = f } }

// WithNotice shows a one-line message in the footer until the first key
// press: what loading the data left out, say.
func WithNotice(s string) Option { return func(m *Model) { m.notice = s } }

// WithTitle names the story in the header (the embedded one by default).
func WithTitle(title string) Option { return func(m *Model) { m.title = title } }

// WithBackgroundFilterOver filters in a command, off the UI goroutine,
// when the dataset has more than n events (20,000 by default; 0 always).
func WithBackgroundFilterOver(n int) Option { return func(m *Model) { m.asyncOver = n } }
