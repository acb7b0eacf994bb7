package schema

import (
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Clean passes every one-line field a file gave (names, titles, labels,
// summaries, readings) through untrusted.CleanLine before the dataset is
// built, whichever loader read it: escape sequences, controls, bidi and
// invisible characters never enter a dataset, and where something was
// taken out a visible mark says so. Article texts and the spans that cite
// them stay byte for byte, since offsets count their bytes; every sink
// cleans them as it prints (untrusted.Clean).
//
// eventsClean says the events were cleaned as they were read (see
// streamExport), by CleanEvent.
func Clean(p *timeline.Parts, eventsClean bool) {
	c := untrusted.CleanLine
	for code, name := range p.Countries {
		p.Countries[code] = c(name)
	}
	for i := range p.Outlets {
		p.Outlets[i].Name = c(p.Outlets[i].Name)
	}
	for i := range p.Articles {
		a := &p.Articles[i]
		a.Title, a.Byline, a.File = c(a.Title), c(a.Byline), c(a.File)
	}
	for i := range p.Actors {
		a := &p.Actors[i]
		a.Name = c(a.Name)
		for j := range a.Roles {
			a.Roles[j].Title = c(a.Roles[j].Title)
		}
	}
	if !eventsClean {
		for i := range p.Events {
			CleanEvent(&p.Events[i])
		}
	}
	for i := range p.Statements {
		p.Statements[i].Label = c(p.Statements[i].Label)
	}
	for i := range p.Discrepancies {
		d := &p.Discrepancies[i]
		d.Description = c(d.Description)
		for j := range d.Sides {
			d.Sides[j].Reading = c(d.Sides[j].Reading)
		}
	}
}

// CleanEvent is clean for one event.
func CleanEvent(e *timeline.Event) {
	c := untrusted.CleanLine
	e.Title, e.Summary, e.DateNote = c(e.Title), c(e.Summary), c(e.DateNote)
}
