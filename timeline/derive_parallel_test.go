package timeline

import (
	"fmt"
	"reflect"
	"testing"
)

// TestRenderingsOnEveryProcessorAsOneByOne holds the renderings derived
// on several goroutines (enough statements for eachStatement to share
// them out) to what deriving each statement alone gives, slot by slot:
// statements quoted by two outlets, aligned, and by one.
func TestRenderingsOnEveryProcessorAsOneByOne(t *testing.T) {
	p := fixture()
	q1, q2 := p.Quotes[0], p.Quotes[1]
	n := 2*statementsAWorker + 3
	for k := range n {
		id := fmt.Sprintf("s%d", k)
		p.Statements = append(p.Statements, Statement{ID: id, Speaker: "minister", Label: id})
		a := q1
		a.ID, a.Statement = id+"-a", id
		p.Quotes = append(p.Quotes, a)
		if k%3 != 0 { // a third quoted by one outlet alone
			b := q2
			b.ID, b.Statement = id+"-b", id
			p.Quotes = append(p.Quotes, b)
		}
	}
	ds := mustNew(p)
	for si := range p.Statements {
		got, want := ds.Renderings(si), ds.deriveRenderings(si)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("statement %d: renderings %+v, want %+v", si, got, want)
		}
		if len(got) == 0 {
			t.Fatalf("statement %d has no renderings", si)
		}
	}
	// Each rendering keeps its own words, marked against the other's:
	// o1’s “We stand together,” has a comma o2’s lacks.
	r := ds.Renderings(2)
	if len(r) != 2 || r[0].Against != "o2" || r[0].Comparison.Class != Punctuation {
		t.Fatalf("statement 2 (two outlets): %+v, want o1 read against o2, differing in punctuation", r)
	}
	if ts := r[0].Tokens; len(ts) != 4 || ts[0].Text != "We" || ts[3].Text != "," || ts[3].Mark != Changed {
		t.Errorf("o1's tokens %+v, want We stand together and a comma marked changed", ts)
	}
	if ts := r[1].Tokens; len(ts) != 3 || ts[0].Text != "we" || ts[0].Mark != Same {
		t.Errorf("o2's tokens %+v, want we stand together, all the same", ts)
	}
}
