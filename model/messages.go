package model

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Answers of background work (see Model.background). Each carries the
// number of the run that sent it; only the newest run's answer counts.
type (
	// filteredMsg is a background filter's answer.
	filteredMsg struct {
		gen    int
		filter timeline.Filter
		events []int
	}
	// countedMsg is the picker's counts, worked out in the background.
	countedMsg struct {
		gen    int
		counts pickCounts
	}
	// coveredMsg is the coverage matrix, built in the background.
	coveredMsg struct {
		gen int
		cov timeline.Coverage
	}
)

// background runs work in a command, off the UI goroutine, as the newest
// run of one kind of job: a filter, the picker's counts or the coverage
// matrix. Each kind has its newest run's number (*gen) and, while that run
// is going, its cancel func (*stop). background cancels the kind's running
// run, numbers the new one and queues its command in m.filterCmd, which
// Update returns. A cancelled run answers nothing; any other answer is
// taken only if answered says it is from the kind's newest run.
func (m *Model) background(gen *int, stop *context.CancelFunc, work func(ctx context.Context, gen int) (tea.Msg, error)) {
	halt(stop)
	ctx, cancel := context.WithCancel(context.Background())
	*gen++
	*stop = cancel
	run := *gen
	m.filterCmd = tea.Batch(m.filterCmd, func() tea.Msg {
		msg, err := work(ctx, run)
		if err != nil {
			return nil // a newer run took over, or nobody waits any more
		}
		return msg
	})
}

// answered reports whether an answer from run number run is the one a job
// waits for: its newest run, not halted. If so the job is done.
func answered(run, gen int, stop *context.CancelFunc) bool {
	if run != gen || *stop == nil {
		return false
	}
	halt(stop)
	return true
}

// halt cancels a job's running run, if any; its answer will be dropped.
func halt(stop *context.CancelFunc) {
	if *stop != nil {
		(*stop)()
		*stop = nil
	}
}

// checkEvery is how many events background work in this package handles
// between checks that it has not been cancelled.
const checkEvery = 1 << 14

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

// WithBackgroundFilterOver moves the work that grows with the number of
// events off the UI goroutine, into commands, when there are more than n
// (20,000 by default; 0 always): filtering and the picker's counts when the
// dataset has more, the coverage matrix when the filter selects more.
func WithBackgroundFilterOver(n int) Option { return func(m *Model) { m.asyncOver = n } }
