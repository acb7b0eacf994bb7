package timeline

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// fixture builds a small, valid story: two outlets, two articles, three
// actors, three events and one statement quoted by both outlets.
func fixture() Parts {
	a1 := "On Monday the minister met the envoy. \"We stand together,\" the minister said.\n"
	a2 := "Yesterday's talks: \"we stand together\" said the minister. Hackers struck in July.\n"
	at := func(article, text, sub string) Span {
		i := strings.Index(text, sub)
		if i < 0 {
			panic("fixture: " + sub)
		}
		return Span{Article: article, Start: i, End: i + len(sub), Text: untrusted.Text(sub)}
	}
	return Parts{
		Countries: map[string]string{"AL": "Albania", "IL": "Israel", "IR": "Iran"},
		Outlets:   []Outlet{{ID: "o1", Name: "The First Paper", Country: "IL"}, {ID: "o2", Name: "Second Wire"}},
		Articles: []Article{
			{ID: "a1", File: "a1.txt", Outlet: "o1", Title: "Talks", Published: DayDate(2022, 10, 25), Text: untrusted.Text(a1)},
			{ID: "a2", File: "a2.txt", Outlet: "o2", Title: "More talks", Published: DayDate(2022, 10, 25), Text: untrusted.Text(a2)},
		},
		Actors: []Actor{
			{ID: "minister", Name: "The Minister", Kind: Person, Country: "AL", Aliases: []string{"minister"},
				Mentions: []Span{at("a1", a1, "minister")}},
			{ID: "envoy", Name: "The Envoy", Kind: Person, Country: "IL"},
			{ID: "hackers", Name: "Hackers", Kind: Group, Country: "IR"},
		},
		Events: []Event{
			{ID: "talks", Title: "Minister meets envoy", Summary: "They talk.", Start: DayDate(2022, 10, 24),
				Actors: []string{"minister", "envoy"}, Tags: []string{"meeting"},
				Sources: []Source{{Span: at("a1", a1, "On Monday the minister met the envoy."), When: "On Monday"}, {Span: at("a2", a2, "Yesterday's talks")}}},
			{ID: "hack", Title: "Hackers strike", Summary: "A cyberattack.", Start: Date{year: 2022, month: 7, Precision: Month},
				Countries: []string{"AL"}, Actors: []string{"hackers"}, Tags: []string{"cyberattack"},
				Sources: []Source{{Span: at("a2", a2, "Hackers struck in July."), When: "in July"}}},
			{ID: "war", Title: "An old war", Summary: "History.", Start: Date{year: 1939, Precision: Year}, End: Date{year: 1945, Precision: Year},
				Tags: []string{"history"}, Sources: []Source{{Span: at("a1", a1, "the envoy")}}},
		},
		Statements: []Statement{{ID: "together", Speaker: "minister", Label: "We stand together", Events: []string{"talks"}}},
		Quotes: []Quote{
			{ID: "q1", Statement: "together", Speaker: "minister", Span: at("a1", a1, "We stand together,")},
			{ID: "q2", Statement: "together", Speaker: "minister", Span: at("a2", a2, "we stand together")},
		},
	}
}

func mustNew(p Parts) *Dataset {
	ds, err := New(p)
	if err != nil {
		panic(err)
	}
	return ds
}
