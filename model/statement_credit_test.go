package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// creditFixture is a made-up story: a port director's promise that one
// outlet credits to the port's authority, and a two-word jibe that two
// outlets credit to two people; every article reports the one event.
func creditFixture(t *testing.T) *timeline.Dataset {
	t.Helper()
	texts := map[string]string{
		"a1": "The port will stay open. \"We will keep every berth open through the winter storms,\" Mara Vell said. Vell called the plan \"a disaster\".",
		"a2": "The port will stay open. \"We will keep every berth open through the winter storms,\" the Harbour Authority said.",
		"a3": "The port will stay open. Ivo Brandt called the plan \"a disaster\".",
	}
	at := spanIn(t, texts)
	day := timeline.DayDate(2025, 11, 3)
	art := func(id, outlet string) timeline.Article {
		return timeline.Article{ID: id, File: id + ".txt", Outlet: outlet, Published: day, Text: untrusted.Text(texts[id])}
	}
	const promise = "We will keep every berth open through the winter storms,"
	parts := timeline.Parts{
		Outlets:  []timeline.Outlet{{ID: "o1", Name: "Harbour Post"}, {ID: "o2", Name: "Coast Wire"}, {ID: "o3", Name: "Valley Times"}},
		Articles: []timeline.Article{art("a1", "o1"), art("a2", "o2"), art("a3", "o3")},
		Actors: []timeline.Actor{
			{ID: "vell", Name: "Mara Vell", Kind: timeline.Person},
			{ID: "authority", Name: "Harbour Authority", Kind: timeline.Organisation},
			{ID: "brandt", Name: "Ivo Brandt", Kind: timeline.Person},
		},
		Events: []timeline.Event{{ID: "open", Title: "The port stays open", Summary: "It stays open.", Start: day,
			Sources: []timeline.Source{{Span: at("a1", "The port will stay open.")}, {Span: at("a2", "The port will stay open.")}, {Span: at("a3", "The port will stay open.")}}}},
		Statements: []timeline.Statement{
			{ID: "promise", Speaker: "vell", Label: "The berths stay open", Events: []string{"open"}},
			{ID: "jibe", Speaker: "vell", Label: "A disaster", Events: []string{"open"}},
			{ID: "jibe2", Speaker: "brandt", Label: "A disaster", Events: []string{"open"}},
		},
		Quotes: []timeline.Quote{
			{ID: "q1", Statement: "promise", Speaker: "vell", Span: at("a1", promise), Attribution: at("a1", "Mara Vell said")},
			{ID: "q2", Statement: "promise", Speaker: "authority", Span: at("a2", promise), Attribution: at("a2", "the Harbour Authority said")},
			{ID: "q3", Statement: "jibe", Speaker: "vell", Span: at("a1", "a disaster")},
			{ID: "q4", Statement: "jibe2", Speaker: "brandt", Span: at("a3", "a disaster")},
		},
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func renderedStatement(t *testing.T, ds *timeline.Dataset, id string) string {
	t.Helper()
	si, ok := ds.StatementIndex(id)
	if !ok {
		t.Fatalf("no statement %s", id)
	}
	lines, _ := renderStatement(newEnv(ds, NewStyles(true), DefaultKeyMap()), si, 120, nil, false, -1)
	return ansi.Strip(strings.Join(lines, "\n"))
}

// TestStatementNamesEachOutletsCredit: a column whose outlet credits
// another speaker says whom; the others do not.
func TestStatementNamesEachOutletsCredit(t *testing.T) {
	out := renderedStatement(t, creditFixture(t), "promise")
	if !strings.Contains(out, "▌Coast Wire: Harbour Authority") {
		t.Errorf("the column of the outlet crediting the authority must name it:\n%s", out)
	}
	if strings.Contains(out, "Harbour Post:") {
		t.Errorf("the outlet crediting the statement's speaker names nobody:\n%s", out)
	}
	if !strings.Contains(out, "not quoted by Valley Times, which reports it") {
		t.Errorf("the outlet that did not quote the promise is not quoting it:\n%s", out)
	}
}

// TestNotQuotedByLeavesOutOtherCredits: an outlet that quoted the very
// words crediting someone else is not one that did not quote them.
func TestNotQuotedByLeavesOutOtherCredits(t *testing.T) {
	out := renderedStatement(t, creditFixture(t), "jibe")
	if strings.Contains(out, "Valley Times, which") || strings.Contains(out, "Valley Times and") {
		t.Errorf("Valley Times quoted the words, crediting Ivo Brandt, yet is said not to quote them:\n%s", out)
	}
	if !strings.Contains(out, "the same words credited to another speaker by Valley Times: Ivo Brandt") {
		t.Errorf("the view must say whom Valley Times credits:\n%s", out)
	}
	if !strings.Contains(out, "not quoted by Coast Wire, which reports it") {
		t.Errorf("Coast Wire quoted neither:\n%s", out)
	}
}

func TestSameWords(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"A disaster.", "a disaster", true},
		{"a disaster", "Vell called it a disaster for the town", true},
		{"disaster", "Disaster!", true},
		{"disaster", "a disaster", false}, // one word inside longer words can be anyone's
		{"a disaster", "a real disaster", false},
	} {
		if got := sameWords(quoteWords(c.a), quoteWords(c.b)); got != c.want {
			t.Errorf("sameWords(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
