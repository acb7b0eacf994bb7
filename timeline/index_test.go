package timeline

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestNewSortsEventsChronologically(t *testing.T) {
	ds := mustNew(fixture())
	var got []string
	for _, e := range ds.Events() {
		got = append(got, e.ID)
	}
	if want := []string{"war", "hack", "talks"}; !slices.Equal(got, want) {
		t.Errorf("event order = %v, want %v", got, want)
	}
}

func TestNewDerivesCountriesOutletsAndQuotes(t *testing.T) {
	ds := mustNew(fixture())
	i, _ := ds.EventIndex("talks")
	if got, want := ds.EventCountries(i), []string{"AL", "IL"}; !slices.Equal(got, want) {
		t.Errorf("countries via actors = %v, want %v", got, want)
	}
	if got, want := ds.EventOutlets(i), []string{"o1", "o2"}; !slices.Equal(got, want) {
		t.Errorf("outlets = %v, want %v", got, want)
	}
	stmts := ds.EventStatements(i)
	if len(stmts) != 1 || len(ds.StatementQuotes(stmts[0])) != 2 {
		t.Errorf("statements of talks = %v, want one with two quotes", stmts)
	}
}

func TestNewReportsEveryProblemWithItemAndField(t *testing.T) {
	p := fixture()
	p.Events = slices.Clone(p.Events)
	p.Events[0].Actors = []string{"nobody"}
	p.Events[1].Sources = nil
	p.Events[1].Title = "two\nlines"
	p.Events[2].Tags = []string{"gossip"}
	p.Quotes = slices.Clone(p.Quotes)
	p.Quotes[1].Span.Text = "we stand apart"
	p.Quotes[0].Speaker = ""
	p.Actors = append(slices.Clone(p.Actors), Actor{ID: "envoy", Name: "Twin", Kind: Person})
	p.Actors[0].Kind = "wizard"

	_, err := New(p)
	want := []struct{ kind, id, field, msg string }{
		{"event", "talks", "actors", `unknown id "nobody"`},
		{"event", "hack", "sources", "at least one source"},
		{"event", "hack", "summary", "must be one line"},
		{"event", "war", "tags", `"gossip"`},
		{"quote", "q2", "span", "not \"we stand apart\""},
		{"quote", "q1", "speaker", "needs a speaker"},
		{"actor", "envoy", "id", "duplicate"},
		{"actor", "minister", "kind", `"wizard"`},
	}
	for _, w := range want {
		found := false
		for _, e := range flattenErr(err) {
			var v *ValidationError
			if errors.As(e, &v) && v.Kind == w.kind && v.ID == w.id && v.Field == w.field && strings.Contains(v.Error(), w.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing error for %s %q field %s containing %q; got:\n%v", w.kind, w.id, w.field, w.msg, err)
		}
	}
}

func TestNewChecksDatePhrasesAgainstTheArticleDate(t *testing.T) {
	p := fixture()
	p.Events = slices.Clone(p.Events)
	p.Events[0].Start = DayDate(2022, 10, 17) // "On Monday" in a 2022-10-25 paper is 2022-10-24
	_, err := New(p)
	if err == nil || !strings.Contains(err.Error(), `"On Monday" read against 2022-10-25 means 2022-10-24`) {
		t.Fatalf("err = %v, want the date phrase mismatch explained", err)
	}
}

func flattenErr(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// TestChronologicalIsTheStableSort checks the key sort against the plain
// stable sort of whole events it replaced, on dates of every precision,
// equal days and repeated ids.
func TestChronologicalIsTheStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	events := make([]Event, 5000)
	for i := range events {
		events[i] = Event{ID: fmt.Sprintf("e%d", rng.IntN(3000)), Start: randomDate(rng), Summary: fmt.Sprint(i)}
		if i%500 == 0 { // a day its month does not have: First moves it on
			events[i].Start = Date{year: 2022, month: 2, day: uint8(29 + i%3), Precision: Day}
		}
	}
	want := slices.Clone(events)
	slices.SortStableFunc(want, func(a, b Event) int {
		return cmp.Or(Compare(a.Start, b.Start), strings.Compare(a.ID, b.ID))
	})
	got := slices.Clone(events)
	sortChronologically(got)
	for i := range want {
		if got[i].Summary != want[i].Summary {
			t.Fatalf("position %d: event %s (%v), want %s (%v)", i, got[i].Summary, got[i].Start, want[i].Summary, want[i].Start)
		}
	}
	// In order already (read, not sorted), and out of order by one swap.
	sortChronologically(got)
	for i := range want {
		if got[i].Summary != want[i].Summary {
			t.Fatalf("sorted again, position %d: event %s, want %s", i, got[i].Summary, want[i].Summary)
		}
	}
	// In order of date but not of id within a date (sortRuns).
	got = slices.Clone(events)
	for i := range got {
		if got[i].Start.Day() > 28 {
			got[i].Start = Date{year: 2022, month: 2, day: 1, Precision: Day} // regular dates only
		}
	}
	want = slices.Clone(got)
	slices.SortStableFunc(want, func(a, b Event) int { return cmp.Or(Compare(a.Start, b.Start), strings.Compare(a.ID, b.ID)) })
	slices.SortStableFunc(got, func(a, b Event) int { return Compare(a.Start, b.Start) })
	if sortChronologically(got); !slices.EqualFunc(got, want, func(a, b Event) bool { return a.Summary == b.Summary }) {
		t.Fatal("events in order of date, sorted by id within each: not the stable sort")
	}
	got[100], got[4000] = got[4000], got[100]
	sortChronologically(got)
	for i := range want {
		if got[i].Summary != want[i].Summary {
			t.Fatalf("after a swap, position %d: event %s, want %s", i, got[i].Summary, want[i].Summary)
		}
	}
}

// TestFirstKeyOrdersAsFirst: the key the sort reads orders regular dates
// as their first days do, and a date is regular exactly when First keeps
// its month and day.
func TestFirstKeyOrdersAsFirst(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	odd := func() Date { // any month and day up to 31, some impossible
		return Date{year: int16(1899 + rng.IntN(202)), month: uint8(rng.IntN(14)), day: uint8(rng.IntN(32)), Precision: Day}
	}
	for range 100_000 {
		a, b := odd(), odd()
		f := a.First()
		kept := int(f.Month()) == max(int(a.month), 1) && f.Day() == max(int(a.day), 1)
		if a.regular() != kept {
			t.Fatalf("%d-%d-%d: regular %v, but First gives %v", a.year, a.month, a.day, a.regular(), f)
		}
		if a.regular() && b.regular() && cmp.Compare(a.firstKey(), b.firstKey()) != a.First().Compare(b.First()) {
			t.Fatalf("%v and %v: keys %d and %d", a.First(), b.First(), a.firstKey(), b.firstKey())
		}
	}
}

// randomDate is a date from 1990 to 2029 at any precision, a day's most
// often, the fields below its precision zero.
func randomDate(rng *rand.Rand) Date {
	precisions := []Precision{Day, Day, Day, Week, Month, Year, Decade}
	p := precisions[rng.IntN(len(precisions))]
	d := Date{year: int16(1990 + rng.IntN(40)), Precision: p}
	if p == Day || p == Week || p == Month {
		d.month = uint8(1 + rng.IntN(12))
	}
	if p == Day || p == Week {
		d.day = uint8(1 + rng.IntN(28))
	}
	return d
}

// TestAppendLowerIsToLower checks the allocation-free lowering used for
// the search text against strings.ToLower, which lowers the query.
func TestAppendLowerIsToLower(t *testing.T) {
	for _, s := range []string{"", "ABC xyz", "Zürich ÅSE", "İSTANBUL", "ΣΊΣΥΦΟΣ", "bad \xff\xfe byte", "\xe2\x80", "Tirana–Tel Aviv"} {
		if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Zürich \xff İ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}
