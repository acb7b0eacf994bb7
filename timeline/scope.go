package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// Scope says whether an event belongs to the story the articles tell or
// to the history they mention in passing.
type Scope uint8

// Scopes. As a filter, ScopeAll (the zero value) selects every event;
// an event's own scope is ScopeStory or ScopeBackground.
const (
	ScopeAll Scope = iota
	ScopeStory
	ScopeBackground
)

var scopeNames = [...]string{"all", "story", "background"}

// String returns the name used in files and flags: "all", "story",
// "background".
func (s Scope) String() string {
	if int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return fmt.Sprintf("scope(%d)", s)
}

// ParseScope is the inverse of [Scope.String].
func ParseScope(s string) (Scope, error) {
	for i, name := range scopeNames {
		if name == s {
			return Scope(i), nil
		}
	}
	return ScopeAll, fmt.Errorf("scope %q: want story, background or all", s)
}

// StoryMargin widens the story's period before the articles' first
// publication date: what they report from the weeks before it (the
// attack that started it) is part of the story.
const StoryMargin = 92 * 24 * time.Hour

// StoryAhead widens the story's period after the last publication date:
// what the articles announce for the year to come (a vote, a deadline,
// an inquiry's report) is the story still to happen, not history.
const StoryAhead = 366 * 24 * time.Hour

// Period returns the story's period: from the first day any article was
// published, less [StoryMargin], to the last, plus [StoryAhead]. Both
// are zero when no article has a date.
func (ds *Dataset) Period() (from, to time.Time) { return ds.period[0], ds.period[1] }

// derivePeriod finds the story's period from the articles' dates.
func (ds *Dataset) derivePeriod() {
	var from, to time.Time
	for i := range ds.parts.Articles {
		p := ds.parts.Articles[i].Published
		if p.IsZero() || p.check() != nil {
			continue
		}
		if f := p.First(); from.IsZero() || f.Before(from) {
			from = f
		}
		if l := p.Last(); to.IsZero() || l.After(to) {
			to = l
		}
	}
	if !from.IsZero() {
		ds.period = [2]time.Time{from.Add(-StoryMargin), to.Add(StoryAhead)}
		ds.periodKeys = [2]int64{dayKey(ds.period[0]), dayKey(ds.period[1])}
	}
}

// Scope returns event i's scope: the story when its dates meet the
// story's period ([Dataset.Period]) and are known more finely than a
// decade, else background: a birth in 1917, a law of 1789, "the 1990s".
// Every event is the story of a dataset whose articles have no dates.
func (ds *Dataset) Scope(i int) Scope {
	return ds.scopeOf(&ds.parts.Events[i])
}

func (ds *Dataset) scopeOf(e *Event) Scope {
	if ds.period[0].IsZero() {
		return ScopeStory
	}
	if e.Start.Precision >= Decade {
		return ScopeBackground
	}
	if e.Start.plain() && (e.End.IsZero() || e.End.plain()) {
		// a million events are read before the first frame: compare
		// day numbers, not times
		return ds.scopeByKey(e)
	}
	return ds.scopeByTime(e)
}

// scopeByKey is scopeOf for plain dates, by day numbers.
func (ds *Dataset) scopeByKey(e *Event) Scope {
	last := e.Start.lastKey()
	if !e.End.IsZero() {
		last = e.End.lastKey()
	}
	if last < ds.periodKeys[0] || e.Start.firstKey() > ds.periodKeys[1] {
		return ScopeBackground
	}
	return ScopeStory
}

// scopeByTime is scopeOf for any dates, by their days as times.
func (ds *Dataset) scopeByTime(e *Event) Scope {
	if lastOf(e.Start, e.End).Before(ds.period[0]) || e.Start.First().After(ds.period[1]) {
		return ScopeBackground
	}
	return ScopeStory
}

// Support returns how many outlets and how many articles report event
// i: what ranks the events found in articles nobody annotated.
func (ds *Dataset) Support(i int) (outlets, articles int) {
	e := &ds.parts.Events[i]
	return len(ds.EventOutlets(i)), distinctArticles(e.Sources)
}

// distinctArticles counts the articles among sources; an article cites
// one passage and at most one caption.
func distinctArticles(sources []Source) int {
	n := 0
	for k, s := range sources {
		seen := false
		for _, t := range sources[:k] {
			if t.Article == s.Article {
				seen = true
				break
			}
		}
		if !seen {
			n++
		}
	}
	return n
}

// Score rates how well the corpus supports event i, from 0 to 1: a
// quarter for each outlet that reports it and an eighth for each further
// article, at most 1. An event one article mentions once scores 0.25.
func (ds *Dataset) Score(i int) float64 {
	return ScoreOf(ds.Support(i))
}

// ScoreOf is the score ([Dataset.Score]) of an event that outlets and
// articles report.
func ScoreOf(outlets, articles int) float64 {
	s := (float64(outlets) + float64(articles-outlets)/2) / 4
	return min(1, max(0, s))
}

// Weak reports whether event i is a candidate only one article
// mentions: found automatically ([Event.Extracted]) and reported by no
// other article. [Filter.MinOutlets] of 2 leaves such events out.
func (ds *Dataset) Weak(i int) bool {
	e := &ds.parts.Events[i]
	return e.Extracted && distinctArticles(e.Sources) < 2
}

// Ranked returns events (indexes into Events) most reported first: by
// outlets, then articles, the rest in the order given (for Events'
// indexes, chronological). events is left as it is.
func (ds *Dataset) Ranked(events []int) []int {
	type key struct{ outlets, articles, i int }
	keys := make([]key, len(events))
	for k, i := range events {
		o, a := ds.Support(i)
		keys[k] = key{o, a, i}
	}
	slices.SortStableFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(b.outlets, a.outlets), cmp.Compare(b.articles, a.articles))
	})
	out := make([]int, len(keys))
	for k := range keys {
		out[k] = keys[k].i
	}
	return out
}
