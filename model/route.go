package model

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// handleKey routes a key down a fixed ladder: ctrl+c, the text input that
// is open, q, the help overlay, ?, the keys that act across a screen, and
// last the pane that has the keys. Only the bindings that act in the
// current state are enabled (see updateKeybindings), so a key matches
// only where it does something.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	m.notice = ""
	if !key.Matches(msg, m.env.keys.StoryScope) {
		m.scopeHome = 0 // any other key ends a run of b presses
	}
	switch {
	case key.Matches(msg, m.env.keys.ForceQuit):
		return m.quit()
	case key.Matches(msg, m.env.keys.Suspend):
		return tea.Suspend
	case m.picking:
		return m.updatePane(m.picker, msg)
	case m.typing:
		return m.updatePane(m.bar, msg)
	case key.Matches(msg, m.env.keys.Quit):
		return m.quit()
	case m.showHelp:
		return m.updatePane(m.helpView, msg)
	case key.Matches(msg, m.env.keys.Help):
		m.showHelp = true
		return nil
	case m.layout.tooSmall:
		return nil
	}
	if cmd, ok := m.screenKey(msg); ok {
		return cmd
	}
	tiled := m.screen == screenPanes
	cmd := m.updatePane(m.current(), msg)
	if tiled {
		m.syncSelection() // the other panes follow the focused one
	}
	return cmd
}

// current is the pane that has the keys under any overlay: the screen
// shown, or on the panes the focused one.
func (m *Model) current() pane {
	switch m.screen {
	case screenDetail:
		return m.detail
	case screenReader:
		return m.reader
	case screenCoverage:
		return m.cover
	case screenDiscrepancies:
		return m.discs
	case screenDiscrepancy:
		return m.disc
	case screenAxis:
		return m.axis
	case screenSpeaker:
		return m.talk
	case screenHits:
		return m.hits
	}
	switch m.focus {
	case focusActors:
		return m.actors
	case focusQuotes:
		return m.quotes
	}
	return m.chron
}

// updatePane passes a message to a pane and does what its outcome asks.
func (m *Model) updatePane(p pane, msg tea.Msg) tea.Cmd {
	o, cmd := p.Update(msg)
	if o != nil {
		m.act(o)
	}
	return cmd
}

// act does what a pane's outcome asks of the root.
func (m *Model) act(o outcome) {
	switch o := o.(type) {
	case openEvent:
		m.openDetail(o.event)
	case readSpan:
		m.openReader(o.p, m.screen)
	case chooseActor:
		m.toggleActor(m.env.ds.Actors()[o.actor].ID)
	case openDiscrepancy:
		m.disc.Open(o.index)
		m.screen = screenDiscrepancy
	case picked:
		m.closeOverlay()
		m.setFacet(o.facet, o.values)
	case edited:
		m.edited(o)
	case jumpTo:
		m.jump(o.date)
	case openSpeaker:
		m.closeOverlay()
		m.openSpeaker(o.actor)
	case closed:
		m.closeOverlay()
	}
}

// screenKey handles the keys that act across a screen rather than in its
// pane: those that open the other screens, esc, the filters and, on the
// panes, search and focus. ok is false for any other key.
func (m *Model) screenKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := &m.env.keys
	switch {
	case key.Matches(msg, k.Copy):
		return m.copyItem(true), true
	case key.Matches(msg, k.CopyWords):
		return m.copyItem(false), true
	}
	if m.screen != screenReader {
		switch {
		case key.Matches(msg, k.Coverage):
			m.openCoverage()
			return nil, true
		case key.Matches(msg, k.Discrepancies):
			m.openDiscrepancies()
			return nil, true
		case key.Matches(msg, k.Marks):
			m.env.marking = !m.env.marking
			m.quotes.dirty, m.disc.dirty = true, true
			return nil, true
		}
	}
	switch {
	case m.screen == screenPanes:
		return m.panesKey(msg)
	case key.Matches(msg, k.Back):
		m.closeScreen()
		return nil, true
	case m.screen == screenReader && key.Matches(msg, k.Search):
		return m.openInput(inputFind, m.reader.find.text), true
	case m.screen == screenHits && key.Matches(msg, k.Search):
		return m.openInput(inputArticles, m.hits.phrase), true
	case m.screen == screenAxis && key.Matches(msg, k.Jump):
		return m.openInput(inputJump, ""), true
	case m.screen == screenCoverage, m.screen == screenAxis:
		return m.filterKey(msg) // they narrow without leaving
	}
	return nil, false
}

// panesKey handles the keys of the main screen that no one pane owns.
func (m *Model) panesKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	k := &m.env.keys
	switch {
	case key.Matches(msg, k.Search) && m.focus == focusActors:
		return m.openInput(inputActors, m.actors.find), true
	case key.Matches(msg, k.Speaker) && m.focus == focusActors:
		if ai := m.actors.Selected(); ai >= 0 {
			m.openSpeaker(m.env.ds.Actors()[ai].ID)
		}
	case key.Matches(msg, k.Search):
		m.searchFrom = m.chron.Selected()
		return m.openInput(inputSearch, m.filter.Search), true
	case key.Matches(msg, k.Timeline):
		m.axis.Open(m.chron.Selected())
		m.screen = screenAxis
	case key.Matches(msg, k.Jump):
		return m.openInput(inputJump, ""), true
	case key.Matches(msg, k.NextPane):
		m.setFocus(m.focus.next())
	case key.Matches(msg, k.PrevPane):
		m.setFocus(m.focus.prev())
	case key.Matches(msg, k.Back):
		m.back()
	default:
		return m.filterKey(msg)
	}
	return nil, true
}

// filterKey handles the keys that change the filter: a facet's picker,
// or clearing every filter. ok is false for any other key.
func (m *Model) filterKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(msg, m.env.keys.Country):
		return m.openPicker(facetCountry), true
	case key.Matches(msg, m.env.keys.Outlet):
		return m.openPicker(facetOutlet), true
	case key.Matches(msg, m.env.keys.Actor):
		return m.openPicker(facetActor), true
	case key.Matches(msg, m.env.keys.Tag):
		return m.openPicker(facetTag), true
	case key.Matches(msg, m.env.keys.Dates):
		return m.openInput(inputDates, dateRangeText(m.filter)), true
	case key.Matches(msg, m.env.keys.StoryScope):
		m.filter.Scope = nextScope(m.filter.Scope)
		if m.scopeHome == 0 { // the first b of a run: where it set out from
			m.scopeHome = m.chron.Intended() + 1
		}
		m.chron.SelectNext(m.scopeHome - 1)
		m.chron.FirstNext()
		m.chron.TopNext()
		m.applyFilter()
		return nil, true
	case key.Matches(msg, m.env.keys.Corroborated):
		m.filter.MinOutlets = corroboratedToggle(m.filter.MinOutlets)
		m.applyFilter()
		return nil, true
	case key.Matches(msg, m.env.keys.ClearFilters):
		m.filter = timeline.Filter{Passages: true}
		m.applyFilter()
		return nil, true
	}
	return nil, false
}

// back is esc on the main screen: clear the actors' find, return focus
// to the chronology, then clear the search.
func (m *Model) back() {
	switch {
	case m.focus == focusActors && m.actors.find != "":
		m.actors.Find("")
		m.syncSelection()
	case m.focus != focusChron:
		m.setFocus(focusChron)
	case m.filter.Search != "":
		m.filter.Search = ""
		if m.chron.Selected() < 0 { // the search matched nothing: back to where it began
			m.chron.SelectNext(m.searchFrom)
		}
		m.applyFilter()
	}
}

// closeScreen is esc on a full-body screen: back to where it was opened.
func (m *Model) closeScreen() {
	switch m.screen {
	case screenReader:
		m.screen = m.readerFrom
	case screenDiscrepancy:
		m.screen = screenDiscrepancies
	case screenCoverage:
		m.coverJob.halt() // nobody waits for the matrix now; opening it again rebuilds it
		m.screen = screenPanes
	default:
		m.screen = screenPanes
	}
}

// closeOverlay closes the overlay or input that has the keys.
func (m *Model) closeOverlay() {
	switch {
	case m.picking:
		m.countJob.halt() // the counts are for a picker no longer open
		m.picking = false
	case m.typing:
		m.bar.Close()
		m.typing = false
	case m.showHelp:
		m.showHelp = false
	}
}

// openSpeaker shows an actor's statements, in the outlets filtered to.
func (m *Model) openSpeaker(id string) {
	m.talk.Show(-1, id, m.filter.Outlets)
	m.screen = screenSpeaker
}

// openDiscrepancies lists the discrepancies about the events the filters
// select, or all of them when there is no filter.
func (m *Model) openDiscrepancies() {
	var events []int
	if !m.applied.IsZero() {
		events = m.events
	}
	m.discs.Show(events)
	m.screen = screenDiscrepancies
}

func (m *Model) openDetail(ei int) {
	m.detail.words = findWords(m.filter.Search)
	m.detail.Open(ei)
	m.screen = screenDetail
}

// openReader shows an article at a passage; esc returns to from.
// The search's words are found in it, until / finds others.
func (m *Model) openReader(p passage, from screen) {
	switch {
	case from == screenHits:
		m.reader.find.text = m.hits.phrase
	case m.filter.Search != "":
		m.reader.find.text = m.filter.Search
	}
	m.reader.Open(p)
	m.readerFrom = from
	m.screen = screenReader
}

// openCoverage shows the matrix for the filtered events, on the event the
// chronology has selected.
func (m *Model) openCoverage() {
	m.buildCoverage()
	if ei := m.chron.Selected(); ei >= 0 {
		m.cover.SelectEvent(ei)
	}
	m.screen = screenCoverage
}

// openPicker opens the picker on a facet. It counts what each option would
// leave here on a dataset of up to asyncOver events, else in the
// background while the options are already there to move through.
func (m *Model) openPicker(fc facet) tea.Cmd {
	m.picking = true
	cmd := m.picker.Open(fc, m.filter)
	ds, base := m.env.ds, withoutFacet(m.filter, fc)
	if len(ds.Events()) <= m.asyncOver {
		counts, _ := countFacet(context.Background(), ds, fc, base)
		m.picker.SetCounts(counts)
		return cmd
	}
	m.background(&m.countJob, func(ctx context.Context, gen int) (tea.Msg, error) {
		counts, err := countFacet(ctx, ds, fc, base)
		return countedMsg{gen: gen, counts: counts}, err
	})
	return cmd
}

// toggleActor narrows the chronology to an actor's events, or widens it
// again when that actor was already chosen, and returns to the chronology.
func (m *Model) toggleActor(id string) {
	var vals []string
	if first(m.filter.Actors) != id {
		vals = []string{id}
	}
	m.setFacet(facetActor, vals)
	m.setFocus(focusChron)
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Quit
}

// typed cleans what the user types or pastes before a text input sees
// it: the inputs drop control characters but would echo invisible and
// bidi ones, and a paste can hold anything.
func typed(s string) string {
	if s == "" {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\u2028' || r == '\u2029' {
			return ' ' // the inputs are one line
		}
		return r
	}, untrusted.Clean(s))
}
