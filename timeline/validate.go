package timeline

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// checker gathers every problem in a dataset rather than stopping at the first.
type checker struct {
	ds   *Dataset
	errs []error
	tags map[string]bool // the tag vocabulary, built once
}

func (c *checker) add(kind, id, field string, format string, args ...any) {
	c.errs = append(c.errs, &ValidationError{Kind: kind, ID: id, Field: field, Err: fmt.Errorf(format, args...)})
}

// run checks the dataset: its events one by one too when events is true
// (a restored dataset's were checked before; see Restore).
func (c *checker) run(events bool) {
	c.tags = map[string]bool{}
	for _, t := range c.ds.TagVocabulary() {
		c.tags[t] = true
	}
	for code, name := range c.ds.parts.Countries {
		if !isCountryCode(code) {
			c.add("country", code, "code", "want two upper-case letters (ISO 3166-1 alpha-2)")
		}
		if strings.TrimSpace(name) == "" {
			c.add("country", code, "name", "missing")
		}
	}
	for i := range c.ds.parts.Outlets {
		o := &c.ds.parts.Outlets[i]
		c.required("outlet", o.ID, "name", o.Name)
		c.country("outlet", o.ID, "country", o.Country, true)
	}
	for i := range c.ds.parts.Articles {
		c.article(&c.ds.parts.Articles[i])
	}
	for i := range c.ds.parts.Actors {
		c.actor(&c.ds.parts.Actors[i])
	}
	if events {
		c.events()
	}
	for i := range c.ds.parts.Statements {
		s := &c.ds.parts.Statements[i]
		c.required("statement", s.ID, "label", s.Label)
		c.ref("statement", s.ID, "speaker", s.Speaker, c.ds.actors)
		for _, id := range s.Events {
			if _, ok := c.ds.EventIndex(id); !ok {
				c.add("statement", s.ID, "events", "unknown id %q", id)
			}
		}
	}
	for i := range c.ds.parts.Quotes {
		c.quote(&c.ds.parts.Quotes[i])
	}
	for i := range c.ds.parts.Discrepancies {
		c.discrepancy(&c.ds.parts.Discrepancies[i])
	}
}

// events checks every event. A million of them are checked in parts side
// by side, one a processor, each part's problems then added in turn, so
// they come in the events' order as they would on one goroutine.
func (c *checker) events() {
	events := c.ds.parts.Events
	parts := 1
	if len(events) >= defaultSplitFrom {
		parts = runtime.GOMAXPROCS(0)
	}
	found := make([][]error, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			part := checker{ds: c.ds, tags: c.tags}
			for i := p * len(events) / parts; i < (p+1)*len(events)/parts; i++ {
				part.event(&events[i])
			}
			found[p] = part.errs
		})
	}
	wg.Wait()
	for _, errs := range found {
		c.errs = append(c.errs, errs...)
	}
}

func (c *checker) article(a *Article) {
	c.required("article", a.ID, "file", a.File)
	c.ref("article", a.ID, "outlet", a.Outlet, c.ds.outlets)
	if a.Published.IsZero() {
		c.add("article", a.ID, "published", "missing")
	} else if err := a.Published.check(); err != nil {
		c.add("article", a.ID, "published", "%v", err)
	}
}

func (c *checker) actor(a *Actor) {
	c.required("actor", a.ID, "name", a.Name)
	if !slices.Contains(actorKinds[:], a.Kind) {
		c.add("actor", a.ID, "kind", "%q is not one of %v", a.Kind, actorKinds)
	}
	c.country("actor", a.ID, "country", a.Country, true)
	for _, r := range a.Roles {
		c.required("actor", a.ID, "roles.title", r.Title)
		c.span("actor", a.ID, "roles.source", r.Source)
	}
	for _, m := range a.Mentions {
		c.span("actor", a.ID, "mentions", m)
	}
}

func (c *checker) event(e *Event) {
	c.required("event", e.ID, "title", e.Title)
	c.required("event", e.ID, "summary", e.Summary)
	if strings.Contains(e.Title, "\n") || strings.Contains(e.Summary, "\n") {
		c.add("event", e.ID, "summary", "must be one line")
	}
	if e.Start.IsZero() {
		c.add("event", e.ID, "start", "missing")
	} else if err := e.Start.check(); err != nil {
		c.add("event", e.ID, "start", "%v", err)
	}
	if !e.End.IsZero() {
		if err := e.End.check(); err != nil {
			c.add("event", e.ID, "end", "%v", err)
		} else if e.End.Last().Before(e.Start.First()) {
			c.add("event", e.ID, "end", "%s is before the start %s", e.End.ISO(), e.Start.ISO())
		}
	}
	for _, code := range e.Countries {
		c.country("event", e.ID, "countries", code, false)
	}
	for _, id := range e.Actors {
		c.ref("event", e.ID, "actors", id, c.ds.actors)
	}
	for _, t := range e.Tags {
		if !c.tags[t] {
			c.add("event", e.ID, "tags", "%q is not one of %v", t, c.ds.TagVocabulary())
		}
	}
	if len(e.Sources) == 0 {
		c.add("event", e.ID, "sources", "an event needs at least one source")
	}
	bases := 0
	for k, s := range e.Sources {
		if s.Basis {
			bases++
			if s.When == "" {
				c.add("event", e.ID, "sources.basis", "the source the date is taken from must name its date phrase (when)")
			}
		}
		c.span("event", e.ID, "sources", s.Span)
		// an event has a source or two: looking back costs less than a map
		if slices.ContainsFunc(e.Sources[:k], func(t Source) bool { return t.Article == s.Article && t.Caption == s.Caption }) {
			c.add("event", e.ID, "sources", "article %q cited twice; cite one passage per article (and at most one caption)", s.Article)
		}
		c.when(e, s)
	}
	if bases > 1 {
		c.add("event", e.ID, "sources.basis", "%d sources give the date; at most one may", bases)
	}
}

// when checks that a source's date phrase, read against its article's date,
// agrees with the event's dates: the passage really dates the event.
func (c *checker) when(e *Event, s Source) {
	if s.When == "" {
		return
	}
	if !strings.Contains(s.Text.Verbatim(), s.When) {
		c.add("event", e.ID, "sources.when", "%q is not in the cited passage", s.When)
		return
	}
	a, ok := c.ds.Article(s.Article)
	if !ok || e.Start.check() != nil {
		return
	}
	start, end, err := Resolve(s.When, a.Published, s.Tense)
	if err != nil {
		c.add("event", e.ID, "sources.when", "%v", err)
		return
	}
	// A phrase dates the whole event, or for an event that spans a range,
	// its beginning ("arrived on Sunday" for a three-day visit).
	startsThen := !e.End.IsZero() && RangeCovers(start, end, e.Start, Date{})
	if !RangeCovers(start, end, e.Start, e.End) && !startsThen {
		c.add("event", e.ID, "sources.when", "%q read against %s means %s, but the event is %s",
			s.When, a.Published.ISO(), FormatRange(start, end), FormatRange(e.Start, e.End))
	}
}

func (c *checker) quote(q *Quote) {
	c.ref("quote", q.ID, "statement", q.Statement, c.ds.statements)
	if q.Speaker == "" {
		c.add("quote", q.ID, "speaker", "every quote needs a speaker")
	} else {
		c.ref("quote", q.ID, "speaker", q.Speaker, c.ds.actors)
	}
	c.span("quote", q.ID, "span", q.Span)
	if q.Attribution != (Span{}) {
		c.span("quote", q.ID, "attribution", q.Attribution)
		if q.Attribution.Article != q.Span.Article {
			c.add("quote", q.ID, "attribution", "in article %q, but the quote is in %q", q.Attribution.Article, q.Span.Article)
		}
	}
}

// discrepancy checks a curated discrepancy: a known kind, a one-line
// description, and two or more sides, each citing its words and saying in
// brief what it reads, from at least two outlets.
func (c *checker) discrepancy(d *Discrepancy) {
	switch {
	case d.Kind == DiscrepancyWording:
		c.add("discrepancy", d.ID, "kind", "wording discrepancies are derived from the statements; curate the quotes instead")
	case !slices.Contains(discrepancyKinds[:], d.Kind):
		c.add("discrepancy", d.ID, "kind", "%q is not one of %v", d.Kind, discrepancyKinds)
	}
	c.required("discrepancy", d.ID, "description", d.Description)
	if strings.Contains(d.Description, "\n") {
		c.add("discrepancy", d.ID, "description", "must be one line")
	}
	outlets := map[string]bool{}
	for _, s := range d.Sides {
		c.span("discrepancy", d.ID, "sides.span", s.Span)
		c.required("discrepancy", d.ID, "sides.reading", s.Reading)
		if a, ok := c.ds.Article(s.Article); ok {
			outlets[a.Outlet] = true
		}
	}
	if len(d.Sides) < 2 || len(outlets) < 2 {
		c.add("discrepancy", d.ID, "sides", "want sides from at least two outlets, got %d side(s) from %d", len(d.Sides), len(outlets))
	}
}

// span checks what can be checked without the article bytes' origin: the
// article exists, the range is inside it and holds exactly the cited text.
func (c *checker) span(kind, id, field string, s Span) {
	a, ok := c.ds.Article(s.Article)
	switch {
	case !ok:
		c.add(kind, id, field, "unknown article %q", s.Article)
	case s.Text == "":
		c.add(kind, id, field, "empty span")
	case s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End:
		c.add(kind, id, field, "range [%d,%d) is outside article %q (%d bytes)", s.Start, s.End, s.Article, len(a.Text))
	case a.Text[s.Start:s.End] != s.Text:
		c.add(kind, id, field, "text at [%d,%d) of %s is %q, not %q", s.Start, s.End, a.File, clip(a.Text[s.Start:s.End].Verbatim()), clip(s.Text.Verbatim()))
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func (c *checker) required(kind, id, field, v string) {
	if strings.TrimSpace(v) == "" {
		c.add(kind, id, field, "missing")
	}
}

func (c *checker) ref(kind, id, field, target string, index map[string]int) {
	if _, ok := index[target]; !ok {
		c.add(kind, id, field, "unknown id %q", target)
	}
}

func (c *checker) country(kind, id, field, code string, optional bool) {
	if code == "" && optional {
		return
	}
	if _, ok := c.ds.parts.Countries[code]; !ok {
		c.add(kind, id, field, "country %q has no entry in countries", code)
	}
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
