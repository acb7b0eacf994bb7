package timeline

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestNewSortsEventsChronologically(t *testing.T) {
	ds := mustNew(fixture())
	var got []string
	for _, e := range ds.Events {
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
