package model

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// openInput opens the footer's input for kind, reading s.
func (m *Model) openInput(kind inputKind, s string) tea.Cmd {
	m.typing = true
	return m.bar.Open(kind, s)
}

// edited does what the footer's input asks: each kind's meaning of an
// edit, of enter and of esc.
func (m *Model) edited(o edited) {
	if o.state == kept || o.state == dropped {
		if o.kind != inputDates && o.kind != inputJump || o.state == dropped {
			m.closeOverlay()
		}
	}
	switch o.kind {
	case inputSearch:
		if o.state == switched { // from the articles
			m.screen = screenPanes
		}
		if o.state == kept {
			return
		}
		if o.text != m.filter.Search {
			m.filter.Search = o.text
			if o.text == "" { // dropped or erased: back to where the search began
				m.chron.SelectNext(m.searchFrom)
			}
			m.applyFilter()
		}
	case inputArticles:
		switch o.state {
		case switched: // from the events: their search is dropped
			if m.filter.Search != "" {
				m.filter.Search = ""
				m.applyFilter()
			}
			m.screen = screenHits
			m.hits.Search(o.text, m.filter.Outlets)
		case editing:
			m.hits.Search(o.text, m.filter.Outlets)
		case dropped:
			m.screen = screenPanes
		}
	case inputDates:
		if o.state == kept {
			m.setDates(o.text)
		}
	case inputJump:
		if o.state == kept {
			m.jump(o.text)
		}
	case inputFind:
		if o.state != kept {
			m.reader.Find(o.text)
		}
	case inputActors:
		if o.state != kept {
			m.actors.Find(o.text)
			m.syncSelection()
		}
	}
}

// setDates applies a date range typed as "SINCE..UNTIL" (either may be
// left out) or one date (both ends), or refuses it saying why.
func (m *Model) setDates(s string) {
	since, until, err := parseDateRange(s)
	if err != nil {
		m.bar.Refuse(err.Error())
		return
	}
	m.closeOverlay()
	m.filter.Since, m.filter.Until = since, until
	m.applyFilter()
}

// jump selects the first event shown that ends on or after the first day
// of the date typed, or refuses it saying why.
func (m *Model) jump(s string) {
	d, err := timeline.ParseWritten(strings.TrimSpace(s))
	if err != nil {
		m.bar.Refuse(err.Error())
		return
	}
	m.closeOverlay()
	m.screen = screenPanes
	m.setFocus(focusChron)
	if !m.chron.JumpTo(d) {
		m.notice = "No event shown is on or after " + d.String() + "; the last one is selected."
	}
	m.syncSelection()
}

// parseDateRange reads "SINCE..UNTIL", "SINCE..", "..UNTIL" or one date
// (since and until both), each at the precision its form gives; empty
// clears the range.
func parseDateRange(s string) (since, until timeline.Date, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return since, until, nil
	}
	a, b, isRange := strings.Cut(s, "..")
	if !isRange {
		b = a
	}
	if a = strings.TrimSpace(a); a != "" {
		if since, err = timeline.ParseWritten(a); err != nil {
			return since, until, err
		}
	}
	if b = strings.TrimSpace(b); b != "" {
		if until, err = timeline.ParseWritten(b); err != nil {
			return since, until, err
		}
	}
	if !since.IsZero() && !until.IsZero() && since.First().After(until.Last()) {
		return since, until, rangeError(since.String() + " is after " + until.String())
	}
	return since, until, nil
}

type rangeError string

func (e rangeError) Error() string { return string(e) }

// dateRangeText is the filter's date range as parseDateRange reads it.
func dateRangeText(f timeline.Filter) string {
	if f.Since.IsZero() && f.Until.IsZero() {
		return ""
	}
	return f.Since.ISO() + ".." + f.Until.ISO()
}
