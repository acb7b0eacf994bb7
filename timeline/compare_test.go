package timeline

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string // Norm of each token
	}{
		{"", nil},
		{"Iran’s cyber-attack, U.S. said.", []string{"iran's", "cyber-attack", ",", "u.s", ".", "said", "."}},
		{"“shared threat\"", []string{"shared", "threat"}},
		{"response … is", []string{"response", "…", "is"}},
		{"response... is", []string{"response", "…", "is"}},
		{"response…that", []string{"response", "…", "that"}},
		{"‘nested’ words", []string{"nested", "words"}},
		{"2,000 Jews", []string{"2", ",", "000", "jews"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Norm)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%q): token %q has offsets [%d,%d) holding %q", tt.in, tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name        string
		here, there []string
		class       Class
		diffs       []string // "op here|there"
	}{
		{"both empty", nil, nil, Identical, nil},
		{"empty against words", []string{""}, []string{"state aggression"}, Partial, []string{"dropped |state aggression"}},
		{"identical", []string{"It was state aggression."}, []string{"It was state aggression."}, Identical, nil},
		{"quote marks, apostrophes, case and spacing ignored",
			[]string{"“Iran’s  cyberattack”"}, []string{"\"iran's cyberattack\""}, Identical, nil},
		{"punctuation only", []string{"It was state aggression"}, []string{"It was state aggression."}, Punctuation,
			[]string{"dropped |."}},
		{"ellipsis at the start", []string{"… is fully proportionate"}, []string{"This extreme response is fully proportionate"}, Elided,
			[]string{"elided …|This extreme response"}},
		{"ellipsis at the end", []string{"stir up …"}, []string{"stir up chaos and insecurity"}, Elided,
			[]string{"elided …|chaos and insecurity"}},
		{"words where the other has an ellipsis", []string{"stir up chaos and insecurity"}, []string{"stir up …"}, Fuller,
			[]string{"added chaos and insecurity|…"}},
		{"wholly different", []string{"grave damage"}, []string{"shared threat"}, Reworded, []string{"changed grave damage|shared threat"}},
		{"trimmed at the start", []string{"state aggression."}, []string{"It was state aggression."}, Trimmed, []string{"dropped |It was"}},
		{"a fragment", []string{"shared threat"}, []string{"Iran is a shared threat to both Israel and Albania"}, Partial,
			[]string{"dropped |Iran is a", "dropped |to both Israel and Albania"}},
		{"fuller at both ends", []string{"Iran is a shared threat to both Israel and Albania"}, []string{"shared threat"}, Fuller,
			[]string{"added Iran is a|", "added to both Israel and Albania|"}},
		{"a word changed", []string{"a national interest and a historical obligation"}, []string{"a national interest and an historical obligation."},
			Reworded | Punctuation, []string{"changed a|an", "dropped |."}},
		{"more words, other punctuation", []string{"Iran is a shared threat to both nations,"}, []string{"Iran is a shared threat."},
			Fuller | Punctuation, []string{"added to both nations,|."}},
		{"fewer words, other punctuation", []string{"Iran is a shared threat."}, []string{"Iran is a shared threat to both nations,"},
			Trimmed | Punctuation, []string{"dropped .|to both nations,"}},
		{"a word dropped inside", []string{"stir chaos"}, []string{"stir up chaos"}, Reworded, []string{"dropped |up"}},
		{"fragments read as one run", []string{"Albania has a special place", "in Jewish history"},
			[]string{"Albania has a special place in Jewish history"}, Identical, nil},
		{"one gap, not two (compaction)", // lcs alone matches the first "is" and splits the gap
			[]string{"This extreme response … is fully proportionate"},
			[]string{"an extreme response… that is unwanted but totally forced on us, is fully proportionate"},
			Reworded | Elided, []string{"changed This|an", "elided |that is unwanted but totally forced on us,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Align(tt.here, tt.there)
			if c.Class != tt.class {
				t.Errorf("class = %v, want %v", c.Class, tt.class)
			}
			var got []string
			for _, d := range c.Differences {
				got = append(got, d.Op.String()+" "+d.Here+"|"+d.There)
			}
			if !slices.Equal(got, tt.diffs) {
				t.Errorf("differences:\n got %q\nwant %q", got, tt.diffs)
			}
			for _, tok := range c.Tokens {
				frag := tt.here[tok.Fragment]
				if frag[tok.Start:tok.End] != tok.Text {
					t.Errorf("token %q: offsets [%d,%d) hold %q", tok.Text, tok.Start, tok.End, frag[tok.Start:tok.End])
				}
			}
		})
	}
}

// Every token Align marks is inside a difference, and every token inside a
// changed or added difference is marked: the marking and the list agree.
func TestAlignMarksAgreeWithDifferences(t *testing.T) {
	c := Align([]string{"an extreme response… that is unwanted, is fully proportionate to the gravity"},
		[]string{"This extreme response … is fully proportionate to the gravity and risk"})
	var marked []string
	for _, tok := range c.Tokens {
		if tok.Mark != Same {
			marked = append(marked, tok.Text)
		}
	}
	var inDiffs []string
	for _, d := range c.Differences {
		if d.Here != "" {
			inDiffs = append(inDiffs, strings.Fields(strings.NewReplacer(",", " ,").Replace(d.Here))...)
		}
	}
	if !slices.Equal(marked, inDiffs) {
		t.Errorf("marked %q, differences hold %q", marked, inDiffs)
	}
	if !c.Class.Has(Reworded) || !c.Class.Has(Fuller) || !c.Class.Has(Trimmed) {
		t.Errorf("class = %v, want reworded (This/an), fuller (words the other elided) and trimmed (and risk)", c.Class)
	}
}

func TestClassNames(t *testing.T) {
	if got := Identical.String(); got != "identical" {
		t.Errorf("Identical = %q", got)
	}
	if got := (Punctuation | Reworded | Elided).String(); got != "reworded, elided, punctuation" {
		t.Errorf("set = %q, want the most telling first", got)
	}
}

func TestRenderingsAndWording(t *testing.T) {
	ds := mustNew(fixture())
	rs := ds.Renderings(0)
	if len(rs) != 2 || rs[0].Outlet != "o1" || rs[1].Outlet != "o2" {
		t.Fatalf("renderings = %+v, want one per outlet in outlet order", rs)
	}
	// "We stand together," against "we stand together": case is ignored,
	// the comma is not.
	if rs[0].Against != "o2" || rs[0].Class != Punctuation || rs[1].Class != Punctuation {
		t.Errorf("classes = %v, %v; want punctuation both ways", rs[0].Class, rs[1].Class)
	}
	var wording []Discrepancy
	for _, d := range ds.Discrepancies() {
		if d.Kind == DiscrepancyWording {
			wording = append(wording, d)
		}
	}
	if len(wording) != 1 || wording[0].Statement != "together" || !wording[0].Derived || len(wording[0].Sides) != 2 {
		t.Fatalf("wording discrepancies = %+v, want one derived for the statement, a side per quote", wording)
	}
	// the words are the same: the description does not say they differ
	if d := wording[0].Description; !strings.Contains(d, "quoted with different punctuation: We stand together") {
		t.Errorf("description %q, want the punctuation named, not different words", d)
	}
}

func TestCoverage(t *testing.T) {
	ds := mustNew(fixture())
	all := ds.Apply(Filter{})
	c := ds.Coverage(all)
	if !slices.Equal(c.Outlets, []string{"o1", "o2"}) {
		t.Fatalf("columns = %v", c.Outlets)
	}
	got := map[string][]int{}
	for _, r := range c.Rows {
		got[ds.Events()[r.Event].ID] = []int{r.Source(0), r.Source(1), r.Count}
	}
	want := map[string][]int{"war": {0, -1, 1}, "hack": {-1, 0, 1}, "talks": {0, 1, 2}}
	for id, w := range want {
		if !slices.Equal(got[id], w) {
			t.Errorf("%s: sources/count = %v, want %v", id, got[id], w)
		}
	}
	if !slices.Equal(c.PerOutlet, []int{2, 2}) {
		t.Errorf("per outlet = %v, want [2 2]", c.PerOutlet)
	}
	// A filter narrows the rows, never the columns.
	c = ds.Coverage(ds.Apply(Filter{Outlets: []string{"o2"}}))
	if len(c.Rows) != 2 || !slices.Equal(c.PerOutlet, []int{1, 2}) {
		t.Errorf("outlet o2: %d rows, per outlet %v; want 2 rows, [1 2]", len(c.Rows), c.PerOutlet)
	}
}

// at is the span of sub in text, an article's.
func at(article, text, sub string) Span {
	i := strings.Index(text, sub)
	return Span{Article: article, Start: i, End: i + len(sub), Text: untrusted.Text(sub)}
}

func TestDiscrepancyValidation(t *testing.T) {
	p := fixture()
	a1, a2 := p.Articles[0].Text.Verbatim(), p.Articles[1].Text.Verbatim()
	good := Discrepancy{ID: "when", Kind: DiscrepancyDate, Description: "Which day the talks were",
		Sides: []Claim{{Span: at("a1", a1, "On Monday"), Reading: "Monday"}, {Span: at("a2", a2, "Yesterday"), Reading: "yesterday"}}}
	p.Discrepancies = []Discrepancy{good}
	if _, err := New(p); err != nil {
		t.Fatalf("a good discrepancy is refused: %v", err)
	}
	bad := []struct {
		name  string
		edit  func(d *Discrepancy)
		field string
	}{
		{"unknown kind", func(d *Discrepancy) { d.Kind = "mood" }, "kind"},
		{"curated wording", func(d *Discrepancy) { d.Kind = DiscrepancyWording }, "kind"},
		{"no description", func(d *Discrepancy) { d.Description = " " }, "description"},
		{"one outlet", func(d *Discrepancy) { d.Sides[1] = Claim{Span: at("a1", a1, "the envoy"), Reading: "x"} }, "sides"},
		{"one side", func(d *Discrepancy) { d.Sides = d.Sides[:1] }, "sides"},
		{"no reading", func(d *Discrepancy) { d.Sides[0].Reading = "" }, "sides.reading"},
		{"span off", func(d *Discrepancy) { d.Sides[0].Start++ }, "sides.span"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			p := fixture()
			d := good
			d.Sides = slices.Clone(good.Sides)
			tt.edit(&d)
			p.Discrepancies = []Discrepancy{d}
			_, err := New(p)
			if !hasFieldError(err, "discrepancy", tt.field) {
				t.Errorf("want a discrepancy %s error, got %v", tt.field, err)
			}
		})
	}
}

func hasFieldError(err error, kind, field string) bool {
	for _, e := range flattenErrs(err) {
		var v *ValidationError
		if errors.As(e, &v) && v.Kind == kind && v.Field == field {
			return true
		}
	}
	return false
}

func flattenErrs(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// TestDiscrepancyEvents: a discrepancy is about the events whose passages
// its sides overlap and those of the statements it concerns, and a filter
// selects the discrepancies about the events it selects.
func TestDiscrepancyEvents(t *testing.T) {
	p := fixture()
	a1, a2 := p.Articles[0].Text.Verbatim(), p.Articles[1].Text.Verbatim()
	p.Discrepancies = []Discrepancy{
		// inside the talks' passage in a1, and the hack's in a2
		{ID: "mixed", Kind: DiscrepancyDate, Description: "When", Sides: []Claim{
			{Span: at("a1", a1, "On Monday"), Reading: "Monday"}, {Span: at("a2", a2, "in July"), Reading: "July"}}},
		// in no passage, but quoting the statement linked to the talks
		{ID: "quoted", Kind: DiscrepancyName, Description: "Who", Sides: []Claim{
			{Span: at("a1", a1, "We stand"), Reading: "we"}, {Span: at("a2", a2, "the minister."), Reading: "minister"}}},
	}
	ds := mustNew(p)
	ids := func(events []int) []string {
		var out []string
		for _, i := range events {
			out = append(out, ds.Events()[i].ID)
		}
		return out
	}
	for di, want := range [][]string{{"hack", "talks"}, {"talks"}} {
		if got := ids(ds.DiscrepancyEvents(di)); !slices.Equal(got, want) {
			t.Errorf("%s is about %v, want %v", ds.Discrepancies()[di].ID, got, want)
		}
	}
	if got := ds.DiscrepanciesOf(ds.Apply(Filter{Tags: []string{"cyberattack"}})); !slices.Equal(got, []int{0}) {
		t.Errorf("the cyberattack's discrepancies: %v, want [0]", got)
	}
	if got := ds.DiscrepanciesOf(ds.Apply(Filter{Tags: []string{"history"}})); len(got) != 0 {
		t.Errorf("the war's discrepancies: %v, want none", got)
	}
}
