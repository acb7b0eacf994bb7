// Package model is cyberdesk's terminal UI: a Bubble Tea model over a ready
// timeline.Dataset. It never loads data itself.
package model

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

var _ tea.Model = (*Model)(nil)

// Model is the root of the UI. It owns size, layout, focus, the active
// filter and the sync between panes; each pane draws its own box and
// reports what a key asks of the root as an outcome (see pane).
type Model struct {
	env    *env
	keymap KeyMap // the bindings as given; env.keys is them as they act now
	width  int
	height int
	layout layout

	focus  focus
	screen screen
	filter timeline.Filter
	events []int // events the filter selects
	// scopeHome is, during a run of b presses, one more than the event
	// selected (or about to be) before its first: each scope it turns to
	// selects that event if it shows it. Any other key ends the run (0).
	scopeHome int
	quoteless bool // no event shown has a quotation (see quietQuotes)

	// Background work: over asyncOver events, a filter, the picker's
	// counts and the coverage matrix each run as a command (see
	// background), the newest run of each kind cancelling the one before.
	// Each kind keeps its newest run's number and, while that run is
	// going, how to cancel it. Until a filter answers, events is the
	// answer to applied.
	applied                       timeline.Filter
	filterJob, countJob, coverJob job
	pending                       tea.Cmd // the background work this Update started, returned by Update
	asyncOver                     int
	// unindexed reports whether the dataset's indexes are still being
	// built: a filter then shows its first screenful before its count
	// (applyFilter), reading at most firstBudget events for it, and the
	// rest is counted countAfter later (once indexed, at once), waited
	// for on countClock (time.After; a test's own clock). counting is how
	// many events that screenful shows while the rest is counted, else -1.
	unindexed func() bool
	// fromLetters reports whether a filter is answered from the events'
	// letters (timeline.Dataset.FromLetters), made first while the
	// indexes build: then at once, with no first screenful before it.
	fromLetters func(f timeline.Filter, within []int) bool
	firstBudget int
	countAfter  time.Duration
	countClock  func(time.Duration) <-chan time.Time
	counting    int
	every       []int    // every event, the zero filter's answer, once asked for
	recent      []answer // the latest answers, the newest first (remember)
	arena       *arena   // the lists answers are written into, reused (arena.go)
	// answering is set while a filter started in the background has yet
	// to show its first answer (its first screenful or all of it), and
	// resumeIndex, while a key holds the index build (holdIndexFor).
	answering   bool
	resumeIndex func()

	// The tiled panes, in focus order.
	chron  *chronology
	actors *actorsPane
	quotes *quotesPane
	// The full-body screens.
	detail *detailView
	reader *readerView
	cover  *coverageView
	discs  *discrepancyList
	disc   *discrepancyView
	axis   *axisView
	talk   *quotesPane // the speaker screen
	hits   *hitsView
	// The overlays and inputs.
	picker     *picker
	bar        *inputBar
	helpView   *helpView
	help       help.Model    // draws the footer's keys
	footerKeys []key.Binding // what the footer names now (see updateKeybindings)

	readerFrom screen // where esc in the reader returns to
	searchFrom int    // the event selected when the search opened, or -1
	title      string // the story's name in the header
	notice     string // shown in the footer until a key is pressed

	tmux bool // inside tmux: the clipboard is also asked through its passthrough

	storyFirst bool // open on the first story event (WithStoryFirst)
	// palette: 0 asks the terminal for its background; paletteDark or
	// paletteLight is set by WithPalette and kept
	palette         palette
	backgroundCount int // how many events are background, for the header

	picking  bool
	typing   bool
	showHelp bool
	quitting bool
}

// New builds the explorer over ds.
func New(ds *timeline.Dataset, opts ...Option) *Model {
	m := &Model{keymap: DefaultKeyMap(), title: "Iran–Albania cyber crisis", asyncOver: 20_000, searchFrom: -1, arena: newArena()}
	for _, o := range opts {
		o(m)
	}
	dark := m.palette != paletteLight // dark until the terminal answers
	m.env = newEnv(ds, NewStyles(dark), m.keymap)
	m.unindexed = func() bool {
		select {
		case <-ds.Indexed():
			return false
		default:
			return true
		}
	}
	m.fromLetters = ds.FromLetters
	m.counting, m.firstBudget, m.countAfter, m.countClock = -1, firstScreenBudget, countAfter, time.After
	m.env.marking = true
	m.filter.Passages = true // the explorer's search also reads the sources' passages
	m.chron = &chronology{env: m.env}
	m.actors = newActorsPane(m.env)
	m.quotes = newQuotesPane(m.env)
	m.detail = newDetailView(m.env)
	m.reader = newReaderView(m.env)
	m.cover = newCoverageView(m.env)
	m.discs = newDiscrepancyList(m.env)
	m.disc = newDiscrepancyView(m.env)
	m.axis = newAxisView(m.env, &m.chron.hist)
	m.hits = newHitsView(m.env)
	m.talk = newQuotesPane(m.env)
	m.talk.SetFocused(true)
	m.picker = newPicker(m.env)
	m.bar = newInputBar(m.env)
	m.helpView = newHelpView(m.env)
	m.help = help.New()
	// The first answer is worked out here, whatever the size, so the first
	// frame shows events.
	events, _ := ds.ApplyWithin(context.Background(), m.filter, nil)
	if m.filter.IsZero() {
		m.every = events // esc and x show it again, never made twice
		m.chron.SetEvery(events)
	}
	m.showEvents(m.filter, events)
	if m.storyFirst {
		m.openInStory()
	}
	// The header's split needs every event read: a million take 50 ms, so
	// only a dataset of up to splitUpTo events is counted.
	if from, _ := ds.Period(); !from.IsZero() && len(ds.Events()) <= splitUpTo {
		for i := range ds.Events() {
			if ds.Scope(i) == timeline.ScopeBackground {
				m.backgroundCount++
			}
		}
	}
	m.restyle(dark)
	m.setFocus(focusChron)
	m.updateKeybindings()
	return m
}

// splitUpTo is the most events whose split into story and background the
// header gives: reading them takes about 5 ms.
const splitUpTo = 100_000

// openInStory selects the first event of the story, past the history
// the articles mention in passing (a birth in 1917, a law of 1789), when
// the articles have dates and the filter shows story events.
func (m *Model) openInStory() {
	ds := m.env.ds
	if from, _ := ds.Period(); from.IsZero() || m.filter.Scope == timeline.ScopeBackground {
		return
	}
	for _, ei := range m.events {
		if ds.Scope(ei) == timeline.ScopeStory {
			m.chron.Select(ei)
			return
		}
	}
}

// Init asks the terminal for its background so the palette can match,
// unless the palette was chosen (WithPalette).
func (m *Model) Init() tea.Cmd {
	if m.palette != paletteAsk {
		return nil
	}
	return tea.RequestBackgroundColor
}

// Update handles a message and returns, with its own command, the
// background work it started.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	if f := m.pending; f != nil {
		m.pending = nil
		cmd = tea.Batch(cmd, f)
	}
	return m, cmd
}

// update handles a message, then enables the keys that act in the state
// it leaves.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	cmd := m.route(msg)
	m.updateKeybindings()
	m.holdIndexFor(msg)
	return cmd
}

// holdIndexFor holds the dataset's index build, while it is going, from a
// key or a paste until the filter it starts has shown its whole answer
// (answering, then counting), so that the frames answering the key, its
// first screenful and then its count, have the processors the build
// would take (timeline.Dataset.Pause, which lets the build go on after
// a while however long the count takes); the build goes on between keys.
func (m *Model) holdIndexFor(msg tea.Msg) {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		if m.resumeIndex == nil && m.unindexed() {
			m.resumeIndex = m.env.ds.Pause()
		}
	}
	if m.resumeIndex != nil && !m.answering && m.counting < 0 {
		m.resumeIndex()
		m.resumeIndex = nil
	}
}

// route passes a message to its handler; it reads like a table of
// contents.
func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case filteredMsg:
		if m.filterJob.answered(msg.gen) {
			m.showEvents(msg.filter, msg.events)
			m.answering = false
		}
		m.arena.drop(msg.events) // the message's hold: showEvents holds what it keeps
	case firstScreenMsg:
		if m.filterJob.current(msg.gen) {
			m.showFirstScreen(msg.filter, msg.events)
			m.answering = false
			m.pending = tea.Batch(m.pending, msg.rest) // the count, in the same run
		} else if msg.drop != nil {
			msg.drop()
		}
	case countedMsg:
		if m.countJob.answered(msg.gen) {
			m.picker.SetCounts(msg.counts)
		}
	case coveredMsg:
		if m.coverJob.answered(msg.gen) {
			m.cover.Show(msg.cov)
		}
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.palette == paletteAsk {
			m.setPalette(msg.IsDark())
		}
	case tea.KeyPressMsg:
		msg.Text = typed(msg.Text)
		return m.handleKey(msg)
	case tea.PasteMsg:
		msg.Content = typed(msg.Content)
		return m.toInput(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	case tea.MouseClickMsg:
		m.handleClick(msg)
	default:
		return m.toInput(msg) // the cursor's blinking
	}
	return nil
}

// setPalette draws for a dark or a light background from now on.
func (m *Model) setPalette(dark bool) {
	m.env.styles = NewStyles(dark)
	m.restyle(dark)
}

// restyle gives the panes and inputs the styles of env.styles, which are
// for a dark or a light background.
func (m *Model) restyle(dark bool) {
	m.help.Styles = helpStyles(m.env.styles)
	m.helpView.help.Styles = m.help.Styles
	m.bar.input.SetStyles(textinput.DefaultStyles(dark))
	m.picker.input.SetStyles(textinput.DefaultStyles(dark))
	m.chron.SetEmptyNotice(m.emptyNotice())
	m.chron.Restyle()
	m.quotes.dirty, m.detail.dirty, m.disc.dirty = true, true, true
}

// toInput passes a message that is not a key (pasted text, the cursor's
// blinking) to the text input that is open, if one is.
func (m *Model) toInput(msg tea.Msg) tea.Cmd {
	switch {
	case m.picking:
		return m.updatePane(m.picker, msg)
	case m.typing:
		return m.updatePane(m.bar, msg)
	}
	return nil
}

// setFocus moves focus and tells every pane.
func (m *Model) setFocus(f focus) {
	m.focus = f
	m.chron.SetFocused(f == focusChron)
	m.actors.SetFocused(f == focusActors)
	m.quotes.SetFocused(f == focusQuotes)
	m.relayout()
	m.syncSelection()
}

// Filter returns the active filter.
func (m *Model) Filter() timeline.Filter { return m.filter }

// ShownEvents returns the ids of the events the filter selects, in the
// chronology's order.
func (m *Model) ShownEvents() []string {
	ids := make([]string, len(m.events))
	for i, ei := range m.events {
		ids[i] = m.env.ds.Events()[ei].ID
	}
	return ids
}

// SelectedEvent returns the id of the selected event, or "".
func (m *Model) SelectedEvent() string {
	if ei := m.chron.Selected(); ei >= 0 {
		return m.env.ds.Events()[ei].ID
	}
	return ""
}
