package model

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

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

// setFacet replaces one facet of the filter (no values clear it).
func (m *Model) setFacet(f facet, vals []string) {
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
