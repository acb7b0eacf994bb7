package timeline

import (
	"slices"
	"testing"
)

// scoped is the fixture with its events placed against the articles'
// date (2022-10-25): the talks the day before, the hack three months
// earlier, the war long ago, and two events found automatically on one
// day, one reported by both outlets.
func scoped(t *testing.T) *Dataset {
	t.Helper()
	p := fixture()
	talks, hack := p.Events[0], p.Events[1]
	undated := []Source{{Span: hack.Sources[0].Span}}
	p.Events = append(p.Events,
		Event{ID: "found-once", Title: "Found once", Summary: "s", Start: DayDate(2022, 10, 24), Extracted: true,
			Sources: []Source{{Span: talks.Sources[0].Span, Extracted: true}}},
		Event{ID: "found-twice", Title: "Found twice", Summary: "s", Start: DayDate(2022, 10, 24), Extracted: true,
			Sources: []Source{{Span: talks.Sources[0].Span, Extracted: true}, {Span: hack.Sources[0].Span, Extracted: true}}},
		Event{ID: "decade", Title: "The 2020s", Summary: "s", Start: DecadeDate(2020), Sources: undated},
		Event{ID: "early-hack", Title: "Before the margin", Summary: "s", Start: MonthDate(2022, 6), Sources: undated},
	)
	ds, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestScope(t *testing.T) {
	ds := scoped(t)
	for _, tt := range []struct {
		id   string
		want Scope
	}{
		{"talks", ScopeStory},
		{"hack", ScopeStory},            // July: within the three months before 2022-10-25
		{"early-hack", ScopeBackground}, // June ends before the margin starts
		{"war", ScopeBackground},
		{"decade", ScopeBackground}, // a decade is never the story, though it holds 2022
		{"found-once", ScopeStory},
	} {
		i, _ := ds.EventIndex(tt.id)
		if got := ds.Scope(i); got != tt.want {
			t.Errorf("%s: scope %v, want %v", tt.id, got, tt.want)
		}
	}
	for _, s := range []Scope{ScopeAll, ScopeStory, ScopeBackground} {
		if got, err := ParseScope(s.String()); err != nil || got != s {
			t.Errorf("ParseScope(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseScope("history"); err == nil {
		t.Error("ParseScope(history): want an error")
	}
}

func TestScopeWithoutDates(t *testing.T) {
	p := fixture()
	for i := range p.Articles {
		p.Articles[i].Published = Date{}
	}
	ds := &Dataset{parts: p}
	ds.derivePeriod()
	if from, to := ds.Period(); !from.IsZero() || !to.IsZero() {
		t.Fatalf("period %v..%v with no dates; want none", from, to)
	}
	if got := ds.scopeOf(&p.Events[2]); got != ScopeStory {
		t.Errorf("with no period the war is %v; every event is the story", got)
	}
}

func TestSupportScoreAndWeak(t *testing.T) {
	ds := scoped(t)
	for _, tt := range []struct {
		id                string
		outlets, articles int
		score             float64
		weak              bool
	}{
		{"talks", 2, 2, 0.5, false},
		{"hack", 1, 1, 0.25, false}, // curated: never weak
		{"found-once", 1, 1, 0.25, true},
		{"found-twice", 2, 2, 0.5, false},
	} {
		i, _ := ds.EventIndex(tt.id)
		o, a := ds.Support(i)
		if o != tt.outlets || a != tt.articles || ds.Score(i) != tt.score || ds.Weak(i) != tt.weak {
			t.Errorf("%s: support %d outlets, %d articles, score %v, weak %v; want %d, %d, %v, %v",
				tt.id, o, a, ds.Score(i), ds.Weak(i), tt.outlets, tt.articles, tt.score, tt.weak)
		}
	}
	if got := ScoreOf(9, 20); got != 1 {
		t.Errorf("ScoreOf(9, 20) = %v, want at most 1", got)
	}
}

// TestFoundEventsRankedWithinADay: on one day, curated events come
// first, then found ones, the most reported first.
func TestFoundEventsRankedWithinADay(t *testing.T) {
	ds := scoped(t)
	var day []string
	for _, e := range ds.Events() {
		if e.Start == DayDate(2022, 10, 24) {
			day = append(day, e.ID)
		}
	}
	if want := []string{"talks", "found-twice", "found-once"}; !slices.Equal(day, want) {
		t.Errorf("2022-10-24 lists %v, want %v", day, want)
	}
}

func TestFilterScopeAndMinOutlets(t *testing.T) {
	ds := scoped(t)
	ids := func(f Filter) []string {
		var out []string
		for _, i := range ds.Apply(f) {
			out = append(out, ds.Events()[i].ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tt := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"story", Filter{Scope: ScopeStory}, []string{"found-once", "found-twice", "hack", "talks"}},
		{"background", Filter{Scope: ScopeBackground}, []string{"decade", "early-hack", "war"}},
		{"two outlets", Filter{MinOutlets: 2}, []string{"found-twice", "talks"}},
		{"three outlets", Filter{MinOutlets: 3}, nil},
		{"story, two outlets, searched", Filter{Scope: ScopeStory, MinOutlets: 2, Search: "found"}, []string{"found-twice"}},
	} {
		if got := ids(tt.f); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
		if tt.f.IsZero() {
			t.Errorf("%s: IsZero", tt.name)
		}
	}
	if (Filter{Scope: ScopeStory}).Narrows(Filter{}) {
		t.Error("a scope narrows no filter without it: it is not a search word")
	}
}

// TestRanked: the most reported first, by outlets then articles; ties
// keep the order given.
func TestRanked(t *testing.T) {
	ds := scoped(t)
	all := make([]int, len(ds.Events()))
	for i := range all {
		all[i] = i
	}
	var got []string
	for _, i := range ds.Ranked(all) {
		got = append(got, ds.Events()[i].ID)
	}
	// talks and found-twice: 2 outlets each, in date order (the talks are
	// curated, so first on their day); the rest one outlet, chronological.
	want := []string{"talks", "found-twice", "war", "decade", "early-hack", "hack", "found-once"}
	if !slices.Equal(got, want) {
		t.Errorf("ranked %v, want %v", got, want)
	}
}

// TestRankedByArticlesWithinAnOutletCount: of two events one outlet
// reports, the one two of its articles report ranks first, though later.
func TestRankedByArticlesWithinAnOutletCount(t *testing.T) {
	p := fixture()
	a1 := p.Articles[0]
	a3 := a1
	a3.ID, a3.File = "a3", "a3.txt"
	p.Articles = append(slices.Clone(p.Articles), a3)
	once := p.Events[0].Sources[0]
	once.When = "" // dated by the curator, not the phrase
	again := once
	again.Span.Article = "a3"
	p.Events = []Event{
		{ID: "one-article", Title: "One", Summary: "s", Start: DayDate(2022, 10, 1), Sources: []Source{once}},
		{ID: "two-articles", Title: "Two", Summary: "s", Start: DayDate(2022, 10, 2), Sources: []Source{once, again}},
	}
	p.Statements, p.Quotes = nil, nil
	ds, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if got := ds.Ranked([]int{0, 1}); ds.Events()[got[0]].ID != "two-articles" {
		t.Errorf("ranked %v: want two-articles first", got)
	}
}

// TestScopeAhead: what the articles announce for the year after the last
// of them is the story still to happen; further on it is background.
func TestScopeAhead(t *testing.T) {
	p := fixture()
	undated := []Source{{Span: p.Events[1].Sources[0].Span}}
	p.Events = append(p.Events,
		Event{ID: "vote-ahead", Title: "A vote next summer", Summary: "s", Start: MonthDate(2023, 7), Sources: undated},
		Event{ID: "goal-2030", Title: "A goal for 2030", Summary: "s", Start: YearDate(2030), Sources: undated})
	ds, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]Scope{"vote-ahead": ScopeStory, "goal-2030": ScopeBackground} {
		i, _ := ds.EventIndex(id)
		if got := ds.Scope(i); got != want {
			t.Errorf("%s: scope %v, want %v", id, got, want)
		}
	}
}
