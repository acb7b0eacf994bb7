package timeline

import (
	"maps"
	"slices"
)

// A dataset's items are read through these methods. The slices they
// return are the dataset's own, shared with its indexes: read them, never
// change them (to change a dataset, change its [Dataset.Parts] and build a
// new one).

// Articles returns the articles, in the order given.
func (ds *Dataset) Articles() []Article { return ds.parts.Articles }

// Outlets returns the outlets, in the order given.
func (ds *Dataset) Outlets() []Outlet { return ds.parts.Outlets }

// Actors returns the actors, in the order given.
func (ds *Dataset) Actors() []Actor { return ds.parts.Actors }

// Events returns the events, in chronological order (see [New]).
func (ds *Dataset) Events() []Event { return ds.parts.Events }

// Statements returns the statements, in the order given.
func (ds *Dataset) Statements() []Statement { return ds.parts.Statements }

// Quotes returns the quotes, in the order given.
func (ds *Dataset) Quotes() []Quote { return ds.parts.Quotes }

// ExtraTags returns the tags this dataset allows beyond [Tags].
func (ds *Dataset) ExtraTags() []string { return ds.parts.ExtraTags }

// Discrepancies returns the curated discrepancies, then those derived
// from the quotes' wording.
func (ds *Dataset) Discrepancies() []Discrepancy { return ds.parts.Discrepancies }

// Dates returns the date phrases found in the articles nobody annotated,
// in order of article and position.
func (ds *Dataset) Dates() []DatePhrase { return ds.parts.Dates }

// Countries returns a copy of the map from each ISO country code the
// dataset uses to the country's name.
func (ds *Dataset) Countries() map[string]string { return maps.Clone(ds.parts.Countries) }

// Parts returns what ds was built from, for building a changed dataset
// with [New]: its lists are copies, but the items' own slices (an
// event's sources, an actor's mentions) are still ds's, so replace them
// rather than change them in place. Derived discrepancies are left out;
// New derives them again; so is IDsMade, as New checks the ids of a
// changed dataset.
func (ds *Dataset) Parts() Parts {
	p := ds.parts
	p.Articles = slices.Clone(p.Articles)
	p.Outlets = slices.Clone(p.Outlets)
	p.Countries = maps.Clone(p.Countries)
	p.Actors = slices.Clone(p.Actors)
	p.Events = slices.Clone(p.Events)
	p.Statements = slices.Clone(p.Statements)
	p.Quotes = slices.Clone(p.Quotes)
	p.ExtraTags = slices.Clone(p.ExtraTags)
	p.Dates = slices.Clone(p.Dates)
	p.Discrepancies = slices.DeleteFunc(slices.Clone(p.Discrepancies), func(d Discrepancy) bool { return d.Derived })
	p.IDsMade = false // a changed dataset's ids are no loader's
	return p
}
