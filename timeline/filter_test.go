package timeline

import (
	"errors"
	"slices"
	"testing"
)

func TestApply(t *testing.T) {
	ds := mustNew(fixture())
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"everything", Filter{}, []string{"war", "hack", "talks"}},
		{"country directly", Filter{Countries: []string{"AL"}}, []string{"hack", "talks"}},
		{"country through an actor", Filter{Countries: []string{"IR"}}, []string{"hack"}},
		{"countries OR", Filter{Countries: []string{"IR", "IL"}}, []string{"hack", "talks"}},
		{"outlet", Filter{Outlets: []string{"o2"}}, []string{"hack", "talks"}},
		{"facets AND", Filter{Outlets: []string{"o1"}, Countries: []string{"AL"}}, []string{"talks"}},
		{"actor", Filter{Actors: []string{"envoy"}}, []string{"talks"}},
		{"tag", Filter{Tags: []string{"history"}}, []string{"war"}},
		{"search title", Filter{Search: "HACKERS"}, []string{"hack"}},
		{"search quote text", Filter{Search: "stand together"}, []string{"talks"}},
		{"search actor name", Filter{Search: "envoy"}, []string{"talks"}},
		{"search all words", Filter{Search: "minister cyberattack"}, nil},
		{"a passage's words, not searched", Filter{Search: "yesterday"}, nil},
		{"a passage's words, searched", Filter{Search: "YESTERDAY", Passages: true}, []string{"talks"}},
		{"words in a passage and a title", Filter{Search: "struck hackers", Passages: true}, []string{"hack"}},
		{"passages keep every word", Filter{Search: "yesterday hackers", Passages: true}, nil},
		{"since", Filter{Since: Date{year: 2022, month: 8, Precision: Month}}, []string{"talks"}},
		{"until a range's middle", Filter{Until: Date{year: 1940, Precision: Year}}, []string{"war"}},
		{"since inside a range", Filter{Since: Date{year: 1944, Precision: Year}, Until: Date{year: 2000, Precision: Year}}, []string{"war"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, i := range ds.Apply(tt.f) {
				got = append(got, ds.Events()[i].ID)
				if !ds.Matches(i, tt.f) {
					t.Errorf("Matches(%d) = false for an event Apply selected", i)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Apply = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestResolveNames(t *testing.T) {
	ds := mustNew(fixture())
	if got, err := ds.ResolveCountry("albania"); err != nil || got != "AL" {
		t.Errorf("ResolveCountry(albania) = %q, %v", got, err)
	}
	if got, err := ds.ResolveOutlet("first paper"); err != nil || got != "o1" {
		t.Errorf("ResolveOutlet(first paper) = %q, %v; want o1 (leading The optional)", got, err)
	}
	if got, err := ds.ResolveActor("MINISTER"); err != nil || got != "minister" {
		t.Errorf("ResolveActor(MINISTER) = %q, %v", got, err)
	}
	_, err := ds.ResolveCountry("Atlantis")
	var u *UnknownValueError
	if !errors.As(err, &u) || !slices.Contains(u.Valid, "AL (Albania)") {
		t.Errorf("ResolveCountry(Atlantis) err = %v, want the valid values listed", err)
	}
	// Listing no valid values would read as a cut-off message.
	none := &Dataset{}
	if _, err := none.ResolveCountry("AL"); err == nil || err.Error() != `unknown country "AL"; this dataset has no country values` {
		t.Errorf("ResolveCountry on a dataset without countries: %v", err)
	}
}
