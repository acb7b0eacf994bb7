package model

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Answers of background work (see Model.background). Each carries the
// number of the run that sent it; only the newest run's answer counts.
type (
	// filteredMsg is a background filter's answer; its events are held
	// (arena) until the message is taken.
	filteredMsg struct {
		gen    int
		filter timeline.Filter
		events []int
	}
	// firstScreenMsg is the first screenful of a filter's answer, found
	// while the dataset is not yet indexed; rest goes on to the whole
	// answer, in the same run. drop lets go of what rest would have
	// read, when it is not to run (a newer filter took over).
	firstScreenMsg struct {
		gen    int
		filter timeline.Filter
		events []int
		rest   tea.Cmd
		drop   func()
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

// job is one kind of background work (a filter, the picker's counts,
// the coverage matrix): the number of its newest run and, while that run
// is going, how to cancel it.
type job struct {
	gen  int
	stop context.CancelFunc
}

// running reports whether the newest run has yet to answer.
func (j *job) running() bool { return j.stop != nil }

// halt cancels the running run, if any; its answer will be dropped.
func (j *job) halt() {
	if j.stop != nil {
		j.stop()
		j.stop = nil
	}
}

// current reports whether run is the newest run, still going: a part of
// its answer is to be shown, and the rest waited for.
func (j *job) current(run int) bool { return run == j.gen && j.stop != nil }

// answered reports whether an answer from run number run is the one the
// job waits for: its newest, not halted. If so the job is done.
func (j *job) answered(run int) bool {
	if run != j.gen || j.stop == nil {
		return false
	}
	j.halt()
	return true
}

// background runs work in a command, off the UI goroutine, as the newest
// run of job j: it cancels j's running run, numbers the new one and queues
// its command in m.pending, which Update returns. A cancelled run answers
// nothing; any other answer is taken only if j.answered says so.
func (m *Model) background(j *job, work func(ctx context.Context, run int) (tea.Msg, error)) {
	j.halt()
	ctx, cancel := context.WithCancel(context.Background())
	j.gen++
	j.stop = cancel
	run := j.gen
	m.pending = tea.Batch(m.pending, func() tea.Msg {
		msg, err := work(ctx, run)
		if err != nil {
			return nil // a newer run took over, or nobody waits any more
		}
		return msg
	})
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
	screenAxis                 // the events by period, as bars
	screenSpeaker              // one actor's statements, every outlet's words
	screenHits                 // the places words stand in the articles
)

// Option configures a Model.
type Option func(*Model)

// WithFilter starts the explorer with filters already set.
func WithFilter(f timeline.Filter) Option { return func(m *Model) { m.filter = f } }

// WithNotice shows a one-line message in the footer until the first key
// press: what loading the data left out, say.
func WithNotice(s string) Option { return func(m *Model) { m.notice = s } }

// WithTmux says the explorer runs inside tmux ($TMUX is set), so that a
// copy is also wrapped for tmux's passthrough to the outer terminal.
func WithTmux(inside bool) Option { return func(m *Model) { m.tmux = inside } }

// WithStoryFirst opens the explorer on the first event of the story
// rather than the oldest one, when the articles have dates: past the
// history they mention in passing (timeline.ScopeBackground).
func WithStoryFirst() Option { return func(m *Model) { m.storyFirst = true } }

// palette is the explorer's choice of colours for a dark or a light
// background.
type palette uint8

const (
	paletteAsk   palette = iota // as the terminal's background answers
	paletteDark                 // light text on a dark background
	paletteLight                // dark text on a light background
)

// WithPalette draws for a dark or a light background whatever the
// terminal says of its own: for a terminal that does not answer, or that
// answers for another (tmux answers with the outer terminal's colour).
func WithPalette(dark bool) Option {
	return func(m *Model) {
		m.palette = paletteLight
		if dark {
			m.palette = paletteDark
		}
	}
}

// WithTitle names the story in the header (the embedded one by default).
func WithTitle(title string) Option { return func(m *Model) { m.title = title } }

// WithBackgroundFilterOver moves the work that grows with the number of
// events off the UI goroutine, into commands, when there are more than n
// (20,000 by default; 0 always): filtering and the picker's counts when the
// dataset has more, the coverage matrix when the filter selects more.
func WithBackgroundFilterOver(n int) Option { return func(m *Model) { m.asyncOver = n } }
