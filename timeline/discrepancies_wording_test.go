package timeline

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// TestWordingNeedsDifferentWords: an outlet quoting the same words twice
// is "fuller" than one quoting them once, but no side words them
// differently, so there is no wording discrepancy.
func TestWordingNeedsDifferentWords(t *testing.T) {
	p := fixture()
	a1 := p.Articles[0].Text.String()
	a2 := "Yesterday's talks: \"we stand together\" said the minister. \"We  stand together,\" he repeated. Hackers struck in July.\n"
	p.Articles[1].Text = untrusted.Text(a2)
	at := func(article, text, sub string, from int) Span {
		i := from + strings.Index(text[from:], sub)
		return Span{Article: article, Start: i, End: i + len(sub), Text: untrusted.Text(sub)}
	}
	p.Events[0].Sources[1].Span = at("a2", a2, "Yesterday's talks", 0)
	p.Events[1].Sources[0].Span = at("a2", a2, "Hackers struck in July.", 0)
	p.Quotes = []Quote{
		{ID: "q1", Statement: "together", Speaker: "minister", Span: at("a1", a1, "We stand together", 0)},
		{ID: "q2", Statement: "together", Speaker: "minister", Span: at("a2", a2, "we stand together", 0)},
		{ID: "q3", Statement: "together", Speaker: "minister", Span: at("a2", a2, "We  stand together", 0)},
	}
	ds := mustNew(p)
	if rs := ds.Renderings(0); len(rs) != 2 || rs[0].Class == Identical {
		t.Fatalf("renderings = %+v, want two, the single quote read as less than the repeated one", rs)
	}
	for _, d := range ds.Discrepancies() {
		if d.Kind == DiscrepancyWording {
			t.Errorf("wording discrepancy %q between quotes that read the same: %+v", d.ID, d.Sides)
		}
	}
}
