package model

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// handleKey routes a key down a fixed ladder: ctrl+c, the active text input,
// the help overlay, global keys, then the current screen or focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	m.notice = ""
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	switch {
	case m.picking:
		return m.updatePicker(msg)
	case m.searching:
		return m.updateSearch(msg)
	case m.showHelp:
		if key.Matches(msg, m.keys.Quit) {
			return m.quit()
		}
		if key.Matches(msg, m.keys.Help, m.keys.Back) {
			m.showHelp = false
		}
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quit()
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return nil
	}
	if m.layout.tooSmall {
		return nil
	}
	if m.screen != screenReader {
		switch {
		case key.Matches(msg, m.keys.Coverage):
			m.openCoverage()
			return nil
		case key.Matches(msg, m.keys.Discrepancies):
			m.screen = screenDiscrepancies
			return nil
		case key.Matches(msg, m.keys.Marks):
			m.env.marking = !m.env.marking
			m.quotes.dirty, m.disc.dirty = true, true
			return nil
		}
	}
	switch m.screen {
	case screenReader:
		m.updateReader(msg)
		return nil
	case screenDetail:
		m.updateDetail(msg)
		return nil
	case screenCoverage:
		return m.updateCoverage(msg)
	case screenDiscrepancies:
		m.updateDiscrepancies(msg)
		return nil
	case screenDiscrepancy:
		m.updateDiscrepancy(msg)
		return nil
	}
	return m.updatePanes(msg)
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

// updateCoverage moves in the matrix; the filter keys work here too, so
// the matrix can be narrowed without leaving it.
func (m *Model) updateCoverage(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Back) {
		m.coverJob.halt() // nobody waits for the matrix now; opening it again rebuilds it
		m.screen = screenPanes
		return nil
	}
	if cmd, ok := m.filterKey(msg); ok {
		return cmd
	}
	if span, ok := m.cover.Update(msg); ok {
		m.openReader(span, screenCoverage)
	}
	return nil
}

func (m *Model) updateDiscrepancies(msg tea.KeyPressMsg) {
	if key.Matches(msg, m.keys.Back) {
		m.screen = screenPanes
		return
	}
	if i, ok := m.discs.Update(msg); ok {
		m.disc.Open(i)
		m.screen = screenDiscrepancy
	}
}

func (m *Model) updateDiscrepancy(msg tea.KeyPressMsg) {
	if key.Matches(msg, m.keys.Back) {
		m.screen = screenDiscrepancies
		return
	}
	if span, ok := m.disc.Update(msg); ok {
		m.openReader(span, screenDiscrepancy)
	}
}

// openReader shows an article at a passage; esc returns to from.
func (m *Model) openReader(s timeline.Span, from screen) {
	m.reader.Open(s)
	m.readerFrom = from
	m.screen = screenReader
}

func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return tea.Quit
}

// filterKey handles the keys that change the filter: a facet's picker,
// or clearing every filter. ok is false for any other key.
func (m *Model) filterKey(msg tea.KeyPressMsg) (cmd tea.Cmd, ok bool) {
	switch {
	case key.Matches(msg, m.keys.Country):
		return m.openPicker(facetCountry), true
	case key.Matches(msg, m.keys.Outlet):
		return m.openPicker(facetOutlet), true
	case key.Matches(msg, m.keys.Actor):
		return m.openPicker(facetActor), true
	case key.Matches(msg, m.keys.ClearFilters):
		m.filter = timeline.Filter{}
		m.applyFilter()
		return nil, true
	}
	return nil, false
}

// updatePanes handles keys on the main screen.
func (m *Model) updatePanes(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Search):
		m.searching = true
		m.search.SetValue(m.filter.Search)
		m.search.CursorEnd()
		return m.search.Focus()
	case key.Matches(msg, m.keys.Country, m.keys.Outlet, m.keys.Actor, m.keys.ClearFilters):
		cmd, _ := m.filterKey(msg)
		return cmd
	case key.Matches(msg, m.keys.NextPane):
		m.setFocus(m.focus.next())
	case key.Matches(msg, m.keys.PrevPane):
		m.setFocus(m.focus.prev())
	case key.Matches(msg, m.keys.Back):
		m.back()
	case key.Matches(msg, m.keys.Open) && m.focus == focusChron:
		m.openDetail()
	default:
		m.updateFocused(msg)
	}
	return nil
}

// back is esc on the main screen: return focus to the chronology, then
// clear the search.
func (m *Model) back() {
	switch {
	case m.focus != focusChron:
		m.setFocus(focusChron)
	case m.filter.Search != "":
		m.filter.Search = ""
		m.applyFilter()
	}
}

func (m *Model) updateFocused(msg tea.KeyPressMsg) {
	switch m.focus {
	case focusChron:
		m.chron.Update(msg)
	case focusActors:
		if ai := m.actors.Update(msg); ai >= 0 {
			m.toggleActor(m.env.ds.Actors()[ai].ID)
			return
		}
	case focusQuotes:
		m.quotes.Update(msg)
	}
	m.syncSelection()
}

// toggleActor narrows the chronology to an actor's events, or widens it
// again when that actor was already chosen, and returns to the chronology.
func (m *Model) toggleActor(id string) {
	if first(m.filter.Actors) == id {
		id = ""
	}
	m.setFacet(facetActor, id)
	m.setFocus(focusChron)
}

func (m *Model) openDetail() {
	if ei := m.chron.Selected(); ei >= 0 {
		m.detail.Open(ei)
		m.screen = screenDetail
	}
}

func (m *Model) updateDetail(msg tea.KeyPressMsg) {
	if key.Matches(msg, m.keys.Back) {
		m.screen = screenPanes
		return
	}
	if m.detail.Update(msg) {
		e := &m.env.ds.Events()[m.detail.event]
		m.openReader(e.Sources[m.detail.source].Span, screenDetail)
	}
}

func (m *Model) updateReader(msg tea.KeyPressMsg) {
	if key.Matches(msg, m.keys.Back) {
		m.screen = m.readerFrom
		return
	}
	m.reader.Update(msg)
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

func (m *Model) updatePicker(msg tea.Msg) tea.Cmd {
	cmd, done, cancelled, value := m.picker.Update(msg)
	if done {
		m.countJob.halt() // the counts are for a picker no longer open
		m.picking = false
		if !cancelled {
			m.setFacet(m.picker.facet, value)
		}
	}
	return cmd
}

// updateSearch filters as the user types; enter keeps the search, esc
// drops it.
func (m *Model) updateSearch(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "enter":
			m.searching = false
			m.search.Blur()
			return nil
		case "esc":
			m.searching = false
			m.search.Blur()
			m.filter.Search = ""
			m.applyFilter()
			return nil
		}
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	if v := m.search.Value(); v != m.filter.Search {
		m.filter.Search = v
		m.applyFilter()
	}
	return cmd
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

func (m *Model) handlePaste(msg tea.PasteMsg) tea.Cmd {
	switch {
	case m.picking:
		return m.updatePicker(msg)
	case m.searching:
		return m.updateSearch(msg)
	}
	return nil
}

// handleWheel scrolls what is under the pointer.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) {
	mouse := msg.Mouse()
	delta := 3
	switch mouse.Button {
	case tea.MouseWheelUp:
		delta = -3
	case tea.MouseWheelDown:
	default:
		return
	}
	if m.picking || m.showHelp || m.layout.tooSmall {
		return
	}
	switch m.screen {
	case screenReader:
		m.reader.Scroll(delta)
		return
	case screenDetail:
		m.detail.Scroll(delta)
		return
	case screenDiscrepancy:
		m.disc.Scroll(delta)
		return
	case screenCoverage, screenDiscrepancies:
		return
	}
	l := m.layout
	switch {
	case l.chron.contains(mouse.X, mouse.Y):
		m.chron.move(delta) // the wheel moves the selection, as j/k do
		m.syncSelection()
	case !l.shared && l.actors.contains(mouse.X, mouse.Y) && m.focus == focusActors:
		m.actors.move(delta)
		m.syncSelection()
	case l.quotes.contains(mouse.X, mouse.Y):
		m.quotes.Scroll(delta)
	}
}

// handleClick focuses the pane under the pointer and selects the row
// clicked; a click on the selected event opens it.
func (m *Model) handleClick(msg tea.MouseClickMsg) {
	mouse := msg.Mouse()
	if mouse.Button != tea.MouseLeft || m.picking || m.showHelp || m.layout.tooSmall || m.screen != screenPanes {
		return
	}
	l := m.layout
	switch {
	case l.chron.contains(mouse.X, mouse.Y):
		before := m.chron.Selected()
		m.setFocus(focusChron)
		if m.chron.ClickRow(mouse.Y-l.chron.y-1) && m.chron.Selected() == before {
			m.openDetail()
		}
		m.syncSelection()
	case m.focus == focusActors && l.actors.contains(mouse.X, mouse.Y): // in the shared layout the actors rect is the lower pane
		m.actors.ClickRow(mouse.Y - l.actors.y - 1)
		m.syncSelection()
	case !l.shared && l.actors.contains(mouse.X, mouse.Y):
		m.setFocus(focusActors)
	case l.quotes.contains(mouse.X, mouse.Y):
		m.setFocus(focusQuotes)
	}
}
