package model

import tea "charm.land/bubbletea/v2"

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
	if m.screen != screenPanes {
		if s, ok := m.current().(scroller); ok {
			s.Scroll(delta)
		}
		return
	}
	l := m.layout
	switch {
	case l.chron.contains(mouse.X, mouse.Y):
		m.chron.Scroll(delta)
		m.syncSelection()
	case !l.shared && l.actors.contains(mouse.X, mouse.Y) && m.focus == focusActors:
		m.actors.Scroll(delta)
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
			m.openDetail(before)
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
