package schema

import (
	"fmt"
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Value is the date d writes, checked.
func (d Date) Value() (timeline.Date, error) {
	p, err := timeline.ParsePrecision(d.Precision)
	if err != nil {
		return timeline.Date{}, err
	}
	t, err := timeline.ParseDate(d.Date, p)
	t.Approx = d.Approx
	return t, err
}

// date is d.Value(), kept for the next event: a large export's events
// come in date order, so most start on the date the one before did, and
// its strings, interned, are found equal without being read. Only a
// date that converts is kept; an error is found again each time.
func (r *Reader) date(d Date) (timeline.Date, error) {
	if r.dated && d == r.lastDate {
		return r.lastValue, nil
	}
	t, err := d.Value()
	if err == nil {
		r.lastDate, r.lastValue, r.dated = d, t, true
	}
	return t, err
}

// Outlets converts the outlets of a manifest or an export.
func Outlets(in []Outlet) []timeline.Outlet {
	out := make([]timeline.Outlet, len(in))
	for i, o := range in {
		out[i] = timeline.Outlet{ID: o.ID, Name: o.Name, Country: o.Country}
	}
	return out
}

// Value is the span s cites, unchecked: the dataset's validation and the
// corpus reader's check it.
func (s Span) Value() timeline.Span {
	return timeline.Span{Article: s.Article, Start: s.Start, End: s.End, Text: s.Text}
}

// FailItem records a problem with an item of the annotations (or of an
// export).
func (r *Reader) FailItem(kind, id, field string, err error) {
	v := &timeline.ValidationError{Kind: kind, ID: id, Field: field, Err: err}
	r.Errs = append(r.Errs, Locator{File: r.Path(AnnotationsFile), Src: r.AnnotationsSrc}.ErrorFor(v))
}

// DatePhrases converts an export's date phrases (its member "dates");
// each must cite its article's bytes, as every other span of an export
// does. Texts must hold the articles' texts.
func (r *Reader) DatePhrases(in []DatePhrase) []timeline.DatePhrase {
	if len(in) == 0 {
		return nil
	}
	fail := func(i int, field string, err error) {
		e := &Error{File: r.Path(AnnotationsFile), Kind: "date", ID: fmt.Sprintf("dates[%d]", i), Field: field, Err: err}
		e.Line, e.Col = Find(r.AnnotationsSrc, Pointer("dates", i, field))
		r.Errs = append(r.Errs, e)
	}
	out := make([]timeline.DatePhrase, 0, len(in))
	for i, jd := range in {
		d := timeline.DatePhrase{Span: r.sharedSpan(jd.Span)}
		var err error
		if d.Date, err = jd.Date.Value(); err != nil {
			fail(i, "date", err)
		}
		if jd.End != nil {
			if d.End, err = jd.End.Value(); err != nil {
				fail(i, "end", err)
			}
		}
		text, ok := r.Texts[d.Span.Article]
		if s := d.Span; !ok || s.Start < 0 || s.Start > s.End || s.End > len(text) || text[s.Start:s.End] != s.Text {
			fail(i, "span", fmt.Errorf("%q is not the bytes [%d, %d) of article %q", s.Text, s.Start, s.End, s.Article))
		}
		out = append(out, d)
	}
	return out
}

// Event converts one event. Its short strings (codes and ids repeated
// across events) are interned, and a source whose text is its article's
// bytes shares them, so a large dataset holds each once; a source that
// does not match keeps its own text, for New to report.
func (r *Reader) Event(je *Event) timeline.Event {
	e := timeline.Event{
		ID: je.ID, Title: je.Title, Summary: je.Summary, DateNote: je.DateNote,
		Countries: r.internAll(je.Countries), Actors: r.internAll(je.Actors), Tags: r.internAll(je.Tags), Extracted: je.Extracted,
	}
	var err error
	if e.Start, err = r.date(je.Start); err != nil {
		r.FailItem("event", je.ID, "start", err)
	}
	if je.End != nil {
		if e.End, err = r.date(*je.End); err != nil {
			r.FailItem("event", je.ID, "end", err)
		}
	}
	if je.Scope != "" {
		if sc, err := timeline.ParseScope(je.Scope); err != nil || sc == timeline.ScopeAll {
			r.FailItem("event", je.ID, "scope", fmt.Errorf("%q: want story or background", je.Scope))
		}
	}
	if je.Score < 0 || je.Score > 1 {
		r.FailItem("event", je.ID, "score", fmt.Errorf("%v: want a number from 0 to 1", je.Score))
	}
	e.Sources = r.sourceSlice(len(je.Sources))
	for _, s := range je.Sources {
		src := timeline.Source{Span: r.sharedSpan(s.Span), Caption: s.Caption, When: s.When, Extracted: s.Extracted, Basis: s.Basis}
		switch s.Tense {
		case "", "past":
		case "future":
			src.Tense = timeline.Future
		default:
			r.FailItem("event", je.ID, "sources.tense", fmt.Errorf("%q: want past or future", s.Tense))
		}
		e.Sources = append(e.Sources, src)
	}
	return e
}

// sourceSlice returns an empty slice with room for n sources, cut from
// a larger array: one allocation for thousands of events, not one each.
func (r *Reader) sourceSlice(n int) []timeline.Source {
	if n > cap(r.sources)-len(r.sources) {
		r.sources = make([]timeline.Source, 0, max(n, 4096))
	}
	from := len(r.sources)
	r.sources = r.sources[:from+n]
	return r.sources[from : from : from+n]
}

func (r *Reader) intern(s string) string {
	if v, ok := r.Strs[s]; ok {
		return v
	}
	if r.Strs == nil {
		r.Strs = map[string]string{}
	}
	r.Strs[s] = s
	return s
}

func (r *Reader) internAll(ss []string) []string {
	if r.Interned {
		return ss
	}
	for i, s := range ss {
		ss[i] = r.intern(s)
	}
	return ss
}

// sharedSpan converts s, taking its text from the article's bytes where
// they are the same.
func (r *Reader) sharedSpan(s Span) timeline.Span {
	sp := s.Value()
	if r.Interned {
		if sp.Text != "" { // shared already, if it is the article's
			return sp
		}
	} else {
		sp.Article = r.intern(sp.Article)
	}
	if text, ok := r.Texts[sp.Article]; ok && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) && text[sp.Start:sp.End] == sp.Text {
		sp.Text = text[sp.Start:sp.End]
	}
	return sp
}

func (r *Reader) Annotations(parts *timeline.Parts, a *Annotations) {
	fail := r.FailItem
	for code, name := range a.Countries {
		parts.Countries[code] = name
	}
	for _, ja := range a.Actors {
		act := timeline.Actor{ID: ja.ID, Name: ja.Name, Kind: timeline.ActorKind(ja.Kind), Country: ja.Country, Aliases: ja.Aliases, Extracted: ja.Extracted}
		for _, r := range ja.Roles {
			act.Roles = append(act.Roles, timeline.Role{Title: r.Title, Source: r.Source.Value()})
		}
		for _, m := range ja.Mentions {
			act.Mentions = append(act.Mentions, m.Value())
		}
		parts.Actors = append(parts.Actors, act)
	}
	for _, js := range a.Statements {
		parts.Statements = append(parts.Statements, timeline.Statement{ID: js.ID, Speaker: js.Speaker, Label: js.Label, Events: js.Events, Extracted: js.Extracted})
	}
	for _, jq := range a.Quotes {
		q := timeline.Quote{ID: jq.ID, Statement: jq.Statement, Speaker: jq.Speaker, Span: jq.Span.Value(), Extracted: jq.Extracted, Score: jq.Score}
		if jq.Attribution != nil {
			q.Attribution = (*jq.Attribution).Value()
		}
		parts.Quotes = append(parts.Quotes, q)
	}
	parts.Events = slices.Grow(parts.Events, len(a.Events))
	for i := range a.Events {
		parts.Events = append(parts.Events, r.Event(&a.Events[i]))
	}
	for _, jd := range a.Discrepancies {
		d := timeline.Discrepancy{ID: jd.ID, Kind: timeline.DiscrepancyKind(jd.Kind), Description: jd.Description, Extracted: jd.Extracted}
		if jd.Derived || jd.Statement != "" {
			fail("discrepancy", jd.ID, "derived", fmt.Errorf("derived discrepancies are computed from the quotes; only an export lists them"))
		}
		for _, c := range jd.Sides {
			d.Sides = append(d.Sides, timeline.Claim{Span: c.Span.Value(), Reading: c.Reading})
		}
		parts.Discrepancies = append(parts.Discrepancies, d)
	}
}
