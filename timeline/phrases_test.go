package timeline

import "testing"

// TestNewKeepsDatePhrases checks that the date phrases a dataset is given
// survive New unchanged, for the export to list them.
func TestNewKeepsDatePhrases(t *testing.T) {
	p := fixture()
	a := p.Articles[0]
	want := DatePhrase{Span: Span{Article: a.ID, Start: 0, End: 3, Text: a.Text[:3]}, Date: DayDate(2022, 9, 7)}
	p.Dates = []DatePhrase{want}
	ds, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Dates()) != 1 || ds.Dates()[0] != want {
		t.Errorf("got %+v, want [%+v]", ds.Dates(), want)
	}
}
