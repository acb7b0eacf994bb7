package data

import (
	"fmt"
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func (d jsonDate) date() (timeline.Date, error) {
	p, err := timeline.ParsePrecision(d.Precision)
	if err != nil {
		return timeline.Date{}, err
	}
	t, err := timeline.ParseDate(d.Date, p)
	t.Approx = d.Approx
	return t, err
}

func convertOutlets(in []jsonOutlet) []timeline.Outlet {
	out := make([]timeline.Outlet, len(in))
	for i, o := range in {
		out[i] = timeline.Outlet{ID: o.ID, Name: o.Name, Country: o.Country}
	}
	return out
}

func span(s jsonSpan) timeline.Span {
	return timeline.Span{Article: s.Article, Start: s.Start, End: s.End, Text: s.Text}
}

// failItem records a problem with an item of the annotations (or of an
// export).
func (l *loader) failItem(kind, id, field string, err error) {
	v := &timeline.ValidationError{Kind: kind, ID: id, Field: field, Err: err}
	l.errs = append(l.errs, locator{file: l.path(AnnotationsFile), src: l.annotationsSrc}.errorFor(v))
}

// event converts one event. Its short strings (codes and ids repeated
// across events) are interned, and a source whose text is its article's
// bytes shares them, so a large dataset holds each once; a source that
// does not match keeps its own text, for New to report.
func (l *loader) event(je *jsonEvent) timeline.Event {
	e := timeline.Event{
		ID: je.ID, Title: je.Title, Summary: je.Summary, DateNote: je.DateNote,
		Countries: l.internAll(je.Countries), Actors: l.internAll(je.Actors), Tags: l.internAll(je.Tags), Extracted: je.Extracted,
	}
	var err error
	if e.Start, err = je.Start.date(); err != nil {
		l.failItem("event", je.ID, "start", err)
	}
	if je.End != nil {
		if e.End, err = je.End.date(); err != nil {
			l.failItem("event", je.ID, "end", err)
		}
	}
	e.Sources = l.sourceSlice(len(je.Sources))
	for _, s := range je.Sources {
		src := timeline.Source{Span: l.sharedSpan(s.Span), Caption: s.Caption, When: s.When, Extracted: s.Extracted}
		switch s.Tense {
		case "", "past":
		case "future":
			src.Tense = timeline.Future
		default:
			l.failItem("event", je.ID, "sources.tense", fmt.Errorf("%q: want past or future", s.Tense))
		}
		e.Sources = append(e.Sources, src)
	}
	return e
}

// sourceSlice returns an empty slice with room for n sources, cut from
// a larger array: one allocation for thousands of events, not one each.
func (l *loader) sourceSlice(n int) []timeline.Source {
	if n > cap(l.sources)-len(l.sources) {
		l.sources = make([]timeline.Source, 0, max(n, 4096))
	}
	from := len(l.sources)
	l.sources = l.sources[:from+n]
	return l.sources[from : from : from+n]
}

func (l *loader) intern(s string) string {
	if v, ok := l.strs[s]; ok {
		return v
	}
	if l.strs == nil {
		l.strs = map[string]string{}
	}
	l.strs[s] = s
	return s
}

func (l *loader) internAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = l.intern(s)
	}
	return ss
}

// sharedSpan converts s, taking its text from the article's bytes where
// they are the same.
func (l *loader) sharedSpan(s jsonSpan) timeline.Span {
	sp := span(s)
	sp.Article = l.intern(sp.Article)
	if text, ok := l.texts[sp.Article]; ok && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(text) && text[sp.Start:sp.End] == sp.Text {
		sp.Text = text[sp.Start:sp.End]
	}
	return sp
}

func (l *loader) annotations(parts *timeline.Parts, a *annotations) {
	fail := l.failItem
	for code, name := range a.Countries {
		parts.Countries[code] = name
	}
	for _, ja := range a.Actors {
		act := timeline.Actor{ID: ja.ID, Name: ja.Name, Kind: timeline.ActorKind(ja.Kind), Country: ja.Country, Aliases: ja.Aliases, Extracted: ja.Extracted}
		for _, r := range ja.Roles {
			act.Roles = append(act.Roles, timeline.Role{Title: r.Title, Source: span(r.Source)})
		}
		for _, m := range ja.Mentions {
			act.Mentions = append(act.Mentions, span(m))
		}
		parts.Actors = append(parts.Actors, act)
	}
	for _, js := range a.Statements {
		parts.Statements = append(parts.Statements, timeline.Statement{ID: js.ID, Speaker: js.Speaker, Label: js.Label, Events: js.Events, Extracted: js.Extracted})
	}
	for _, jq := range a.Quotes {
		q := timeline.Quote{ID: jq.ID, Statement: jq.Statement, Speaker: jq.Speaker, Span: span(jq.Span), Extracted: jq.Extracted, Score: jq.Score}
		if jq.Attribution != nil {
			q.Attribution = span(*jq.Attribution)
		}
		parts.Quotes = append(parts.Quotes, q)
	}
	parts.Events = slices.Grow(parts.Events, len(a.Events))
	for i := range a.Events {
		parts.Events = append(parts.Events, l.event(&a.Events[i]))
	}
	for _, jd := range a.Discrepancies {
		d := timeline.Discrepancy{ID: jd.ID, Kind: timeline.DiscrepancyKind(jd.Kind), Description: jd.Description}
		if jd.Derived || jd.Statement != "" {
			fail("discrepancy", jd.ID, "derived", fmt.Errorf("derived discrepancies are computed from the quotes; only an export lists them"))
		}
		for _, c := range jd.Sides {
			d.Sides = append(d.Sides, timeline.Claim{Span: span(c.Span), Reading: c.Reading})
		}
		parts.Discrepancies = append(parts.Discrepancies, d)
	}
}
