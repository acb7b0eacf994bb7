package timeline

import (
	"fmt"
	"slices"
)

// DiscrepancyKind names what outlets differ on.
type DiscrepancyKind string

const (
	DiscrepancyDate        DiscrepancyKind = "date"        // when something happened
	DiscrepancyNumber      DiscrepancyKind = "number"      // how many
	DiscrepancyAttribution DiscrepancyKind = "attribution" // who said or did it
	DiscrepancyName        DiscrepancyKind = "name"        // what something is called
	DiscrepancyWording     DiscrepancyKind = "wording"     // the words of the same quotation
)

// DiscrepancyKinds returns every kind, in display order; the slice is the
// caller's.
func DiscrepancyKinds() []DiscrepancyKind { return slices.Clone(discrepancyKinds[:]) }

var discrepancyKinds = [...]DiscrepancyKind{DiscrepancyDate, DiscrepancyNumber, DiscrepancyAttribution, DiscrepancyName, DiscrepancyWording}

// Discrepancy is a point where outlets' accounts differ, with the words on
// each side.
type Discrepancy struct {
	ID          string
	Kind        DiscrepancyKind
	Description string  // one line, in cyberdesk's words
	Sides       []Claim // two or more, from two or more outlets
	Statement   string  // for wording: the statement whose renderings differ
	Derived     bool    // computed from the statement groups, not curated
	// Extracted marks a discrepancy found automatically: the articles
	// nobody annotated date one event in ways that cannot both be right.
	Extracted bool
}

// Claim is what one side says, and where.
type Claim struct {
	Span
	Reading string // the side's version in brief: "2014", "some 3,000", "reworded"
}

// deriveWording adds a wording discrepancy for every statement whose
// renderings differ and whose quotes do not all read the same: an outlet
// that quotes the same words twice makes its rendering "fuller" than
// another's single quote, but nobody worded them differently.
func (ds *Dataset) deriveWording() {
	for si, rs := range ds.renderings {
		if len(rs) < 2 || allIdentical(rs) || ds.readSame(rs) {
			continue
		}
		s := &ds.parts.Statements[si]
		d := Discrepancy{
			ID:        s.ID + "-wording",
			Kind:      DiscrepancyWording,
			Statement: s.ID,
			Derived:   true,
		}
		for _, r := range rs {
			for _, qi := range r.Quotes {
				d.Sides = append(d.Sides, Claim{Span: ds.parts.Quotes[qi].Span, Reading: r.Class.String()})
			}
		}
		speaker := s.Speaker
		if a, ok := ds.Actor(s.Speaker); ok {
			speaker = a.Name
		}
		how := "in different words"
		if ds.wordsSame(rs) {
			how = "with different punctuation" // "very charming" and "very charming."
		}
		d.Description = fmt.Sprintf("%s quoted %s: %s", speaker, how, s.Label)
		ds.parts.Discrepancies = append(ds.parts.Discrepancies, d)
	}
}

func allIdentical(rs []Rendering) bool {
	for _, r := range rs {
		if r.Class != Identical {
			return false
		}
	}
	return true
}

// readSame reports whether every quote of the renderings reads the same
// as Align compares them: quote marks, letter case, apostrophe styles and
// spacing aside.
func (ds *Dataset) readSame(rs []Rendering) bool { return ds.tokensSame(rs, false) }

// wordsSame reports whether every quote of the renderings reads the same
// word for word, punctuation aside too; an ellipsis, an outlet's sign
// that it left words out, counts.
func (ds *Dataset) wordsSame(rs []Rendering) bool { return ds.tokensSame(rs, true) }

// tokensSame is readSame, or wordsSame when words is set.
func (ds *Dataset) tokensSame(rs []Rendering, words bool) bool {
	var first []Token
	for i, r := range rs {
		for j, qi := range r.Quotes {
			ts := Tokenize(ds.parts.Quotes[qi].Span.Text.String())
			if words {
				ts = slices.DeleteFunc(ts, func(t Token) bool { return t.Kind == Punct })
			}
			if i == 0 && j == 0 {
				first = ts
				continue
			}
			if !slices.EqualFunc(first, ts, func(a, b Token) bool { return a.Norm == b.Norm }) {
				return false
			}
		}
	}
	return true
}

// DiscrepancyEvents returns the events discrepancy di is about, in order:
// those with a source passage that overlaps one of its sides, and those
// linked to its statement or to a statement a side quotes.
func (ds *Dataset) DiscrepancyEvents(di int) []int {
	d := &ds.parts.Discrepancies[di]
	var out []int
	statement := func(id string) {
		if si, ok := ds.statements[id]; ok {
			out = append(out, ds.eventsOf(si)...)
		}
	}
	statement(d.Statement)
	for _, side := range d.Sides {
		for _, q := range ds.parts.Quotes {
			if q.Span.Article == side.Article && q.Span.Start < side.End && side.Start < q.Span.End {
				statement(q.Statement)
			}
		}
	}
	for _, side := range d.Sides {
		for _, at := range ds.passages()[side.Article] {
			if at.start < side.End && side.Start < at.end {
				out = append(out, at.event)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// DiscrepanciesOf returns the indexes of the discrepancies about any of
// the events (sorted indexes), in the dataset's order: how a filter
// selects discrepancies.
func (ds *Dataset) DiscrepanciesOf(events []int) []int {
	var out []int
	for di := range ds.parts.Discrepancies {
		for _, ei := range ds.DiscrepancyEvents(di) {
			if _, ok := slices.BinarySearch(events, ei); ok {
				out = append(out, di)
				break
			}
		}
	}
	return out
}

// eventsOf returns the events statement si is linked to.
func (ds *Dataset) eventsOf(si int) []int {
	var out []int
	for _, id := range ds.parts.Statements[si].Events {
		if ei, ok := ds.EventIndex(id); ok {
			out = append(out, ei)
		}
	}
	return out
}

// passage is where an event's source lies in its article.
type passage struct{ start, end, event int }

// passages returns every event's source passages by article, made on
// first use: only the discrepancies ask where a span falls among them.
func (ds *Dataset) passages() map[string][]passage {
	ds.passagesOnce.Do(func() {
		ds.byArticle = map[string][]passage{}
		for ei := range ds.parts.Events {
			for _, s := range ds.parts.Events[ei].Sources {
				ds.byArticle[s.Article] = append(ds.byArticle[s.Article], passage{s.Start, s.End, ei})
			}
		}
	})
	return ds.byArticle
}
