// Package model is cyberdesk's terminal UI: a Bubble Tea model over a ready
// timeline.Dataset. It never loads data itself.
package model

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

var _ tea.Model = (*Model)(nil)

// Model is the root of the UI. It owns size, layout, focus, the active
// filter and the sync between panes; each pane draws its own box.
type Model struct {
	env    *env
	keys   KeyMap
	width  int
	height int
	layout layout

	focus  focus
	screen screen
	filter timeline.Filter
	events []int // events the filter selects

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

	chron  *chronology
	actors *actorsPane
	quotes *quotesPane
	detail *detailView
	reader *readerView
	cover  *coverageView
	discs  *discrepancyList
	disc   *discrepancyView
	picker *picker
	search textinput.Model
	help   help.Model

	readerFrom screen // where esc in the reader returns to
	title      string // the story's name in the header
	notice     string // shown in the footer until a key is pressed

	picking   bool
	searching bool
	showHelp  bool
	quitting  bool
}

// New builds the explorer over ds.
func New(ds *timeline.Dataset, opts ...Option) *Model {
	m := &Model{keys: DefaultKeyMap(), env: newEnv(ds, NewStyles(true)), title: "Iran–Albania cyber crisis", asyncOver: 20_000}
	m.env.marking = true
	for _, o := range opts {
		o(m)
	}
	m.chron = &chronology{env: m.env, keys: &m.keys}
	m.actors = newActorsPane(m.env, &m.keys)
	m.quotes = &quotesPane{env: m.env, keys: &m.keys, event: -2}
	m.detail = &detailView{env: m.env, keys: &m.keys}
	m.reader = &readerView{env: m.env, keys: &m.keys}
	m.cover = &coverageView{env: m.env, keys: &m.keys}
	m.discs = newDiscrepancyList(m.env, &m.keys)
	m.disc = &discrepancyView{env: m.env, keys: &m.keys}
	m.picker = newPicker(m.env, &m.keys)
	m.search = textinput.New()
	m.search.Prompt = "/"
	m.search.Placeholder = "search titles, summaries, actors, quotes"
	m.search.CharLimit = 120
	m.help = help.New()
	m.help.FullSeparator = "  "
	// The first answer is worked out here, whatever the size, so the first
	// frame shows events.
	events, _ := ds.ApplyWithin(context.Background(), m.filter, nil)
	m.showEvents(m.filter, events)
	m.setFocus(focusChron)
	return m
}

// Init asks the terminal for its background so the palette can match.
func (m *Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update routes a message; it reads like a table of contents.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	if f := m.pending; f != nil {
		m.pending = nil
		cmd = tea.Batch(cmd, f)
	}
	return m, cmd
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case filteredMsg:
		if m.filterJob.answered(msg.gen) {
			m.showEvents(msg.filter, msg.events)
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
		m.setPalette(msg.IsDark())
	case tea.KeyPressMsg:
		msg.Text = typed(msg.Text)
		return m.handleKey(msg)
	case tea.PasteMsg:
		msg.Content = typed(msg.Content)
		return m.handlePaste(msg)
	case tea.MouseWheelMsg:
		m.handleWheel(msg)
	case tea.MouseClickMsg:
		m.handleClick(msg)
	default:
		return m.forwardToInput(msg)
	}
	return nil
}

func (m *Model) setPalette(dark bool) {
	m.env.styles = NewStyles(dark)
	m.help.Styles = help.DefaultStyles(dark)
	m.search.SetStyles(textinput.DefaultStyles(dark))
	m.picker.input.SetStyles(textinput.DefaultStyles(dark))
	m.chron.SetEmptyNotice(m.emptyNotice())
	m.chron.Restyle()
	m.quotes.dirty, m.detail.dirty, m.disc.dirty = true, true, true
}

// forwardToInput passes other messages (cursor blink) to the active input.
func (m *Model) forwardToInput(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case m.picking:
		cmd, _, _, _ = m.picker.Update(msg)
	case m.searching:
		m.search, cmd = m.search.Update(msg)
	}
	return cmd
}

func (m *Model) resize(w, h int) {
	m.width, m.height = max(w, 0), max(h, 0)
	m.layout = computeLayout(m.width, m.height)
	l := m.layout
	m.chron.SetSize(l.chron.w, l.chron.h)
	m.actors.SetSize(l.actors.w, l.actors.h)
	m.quotes.SetSize(l.quotes.w, l.quotes.h)
	m.detail.SetSize(l.body.w, l.body.h)
	m.reader.SetSize(l.body.w, l.body.h)
	m.cover.SetSize(l.body.w, l.body.h)
	m.discs.SetSize(l.body.w, l.body.h)
	m.disc.SetSize(l.body.w, l.body.h)
	m.picker.SetSize(l.body.w-4, l.body.h-2)
	m.search.SetWidth(max(m.width-4, 1))
	m.help.SetWidth(max(m.width-6, 1))
}

// setFocus moves focus and tells every pane.
func (m *Model) setFocus(f focus) {
	m.focus = f
	m.chron.SetFocused(f == focusChron)
	m.actors.SetFocused(f == focusActors)
	m.quotes.SetFocused(f == focusQuotes)
	m.syncSelection()
}

// applyFilter recomputes the events shown for m.filter. A filter that
// narrows the one applied (one more letter typed) looks only at the
// events shown. On a small dataset it runs here; on a large one it
// becomes a command, so typing never waits for it, and a newer filter
// cancels it.
func (m *Model) applyFilter() {
	var within []int
	if m.events != nil && m.filter.Narrows(m.applied) {
		within = m.events
	}
	ds, f := m.env.ds, m.filter
	if len(ds.Events()) <= m.asyncOver {
		events, _ := ds.ApplyWithin(context.Background(), f, within)
		m.showEvents(f, events)
		return
	}
	m.background(&m.filterJob, func(ctx context.Context, gen int) (tea.Msg, error) {
		events, err := ds.ApplyWithin(ctx, f, within)
		return filteredMsg{gen: gen, filter: f, events: events}, err
	})
}

// filtering reports whether a background filter has yet to answer.
func (m *Model) filtering() bool { return m.filterJob.running() }

// showEvents shows the answer to filter f and resyncs the panes.
func (m *Model) showEvents(f timeline.Filter, events []int) {
	m.applied, m.events = f, events
	m.chron.SetEvents(m.events)
	m.chron.SetEmptyNotice(m.emptyNotice())
	if m.screen == screenCoverage {
		m.buildCoverage()
	}
	m.actors.SetFilter(first(f.Actors))
	m.syncSelection()
}

// buildCoverage rebuilds the coverage matrix for the events shown: here
// for up to asyncOver events, else in the background while the screen
// says it is building.
func (m *Model) buildCoverage() {
	ds, events := m.env.ds, m.events
	if len(events) <= m.asyncOver {
		m.coverJob.halt()
		m.cover.SetEvents(events)
		return
	}
	m.cover.Wait(len(events))
	m.background(&m.coverJob, func(ctx context.Context, gen int) (tea.Msg, error) {
		cov, err := coverageWithin(ctx, ds, events)
		return coveredMsg{gen: gen, cov: cov}, err
	})
}

// syncSelection tells the other panes what the chronology has selected.
func (m *Model) syncSelection() {
	ei := m.chron.Selected()
	m.actors.SetEvent(ei)
	speaker := ""
	if m.focus == focusActors {
		if ai := m.actors.Selected(); ai >= 0 {
			speaker = m.env.ds.Actors()[ai].ID
		}
	}
	m.quotes.Show(ei, speaker, m.filter.Outlets)
}

func (m *Model) emptyNotice() []string {
	st := &m.env.styles
	return []string{
		st.Warn.Render("No events match these filters."),
		"",
		"Press " + st.Key.Render("x") + " to clear all filters,",
		st.Key.Render("esc") + " to clear the search, or",
		st.Key.Render("c") + "/" + st.Key.Render("o") + "/" + st.Key.Render("a") + " to change one.",
	}
}

// setFacet replaces one facet of the filter ("" clears it).
func (m *Model) setFacet(f facet, value string) {
	var vals []string
	if value != "" {
		vals = []string{value}
	}
	switch f {
	case facetCountry:
		m.filter.Countries = vals
	case facetOutlet:
		m.filter.Outlets = vals
	case facetActor:
		m.filter.Actors = vals
	}
	m.applyFilter()
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

// keyHelp is what the footer shows now: the few keys that matter.
func (m *Model) keyHelp() []key.Binding {
	k := m.keys
	switch {
	case m.picking:
		return []key.Binding{hint("type", "narrow"), k.Up, k.Down, k.Open, k.Back}
	case m.searching:
		return []key.Binding{hint("type", "search"), hint("enter", "keep"), hint("esc", "clear")}
	case m.showHelp:
		return []key.Binding{hint("esc/?", "close help"), k.Quit}
	case m.screen == screenReader:
		return []key.Binding{k.Down, k.PageDown, k.Top, k.Back, k.Quit}
	case m.screen == screenDetail:
		return []key.Binding{hint("↑/↓", "source"), hint("enter", "read article"), k.Back, k.Quit}
	case m.screen == screenCoverage && m.cover.pending:
		return []key.Binding{hint("esc", "back"), hint("c/o/a", "filter"), k.Discrepancies, k.Quit}
	case m.screen == screenCoverage:
		return []key.Binding{hint("↑/↓", "event"), hint("←/→", "outlet"), hint("enter", "read"), hint("esc", "back"),
			hint("c/o/a", "filter"), k.Discrepancies, k.Quit}
	case m.screen == screenDiscrepancies:
		return []key.Binding{k.Down, hint("enter", "see sides"), hint("esc", "back"), k.Coverage, k.Quit}
	case m.screen == screenDiscrepancy:
		return []key.Binding{hint("←/→", "side"), hint("enter", "read"), hint("esc", "back"), k.Marks, k.Quit}
	case m.focus == focusActors:
		return []key.Binding{k.Down, hint("enter", "filter by actor"), k.NextPane, k.ClearFilters, k.Help, k.Quit}
	case m.focus == focusQuotes:
		return []key.Binding{hint("↑/↓", "scroll"), k.Marks, k.NextPane, k.Outlet, k.Help, k.Quit}
	}
	bindings := []key.Binding{k.Down, k.Open, k.NextPane, k.Search, hint("c/o/a", "filter"),
		hint("m", "coverage"), hint("d", "discrepancies")}
	if !m.filter.IsZero() {
		bindings = append(bindings, k.ClearFilters)
	}
	return append(bindings, k.Help, k.Quit)
}

// filterChips describes the active filters for the header.
func (m *Model) filterChips() []string {
	var chips []string
	ds := m.env.ds
	for _, c := range m.filter.Countries {
		chips = append(chips, "country: "+oneLine(ds.CountryName(c)))
	}
	for _, o := range m.filter.Outlets {
		chips = append(chips, "outlet: "+m.env.outletName(o))
	}
	for _, a := range m.filter.Actors {
		chips = append(chips, "actor: "+m.env.actorName(a))
	}
	for _, t := range m.filter.Tags {
		chips = append(chips, "tag: "+t)
	}
	if !m.filter.Since.IsZero() {
		chips = append(chips, "since: "+m.filter.Since.String())
	}
	if !m.filter.Until.IsZero() {
		chips = append(chips, "until: "+m.filter.Until.String())
	}
	if s := strings.TrimSpace(m.filter.Search); s != "" {
		chips = append(chips, "search: “"+oneLine(s)+"”")
	}
	return chips
}

// hint is a footer entry for a key handled outside the KeyMap (or a group
// of keys), so the footer can name it.
func hint(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys), key.WithHelp(keys, desc))
}
