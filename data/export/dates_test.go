package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// withDatePhrase is the seed dataset with one date phrase listed, a
// stretch of years cut from the first article.
func withDatePhrase(t *testing.T) *timeline.Dataset {
	t.Helper()
	seeds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	parts := seeds.Parts()
	a := parts.Articles[0]
	parts.Dates = []timeline.DatePhrase{{
		Span: timeline.Span{Article: a.ID, Start: 4, End: 9, Text: a.Text[4:9]},
		Date: timeline.YearDate(1939), End: timeline.YearDate(1945),
	}}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestExportListsDatePhrases: the export lists the dataset's date
// phrases as a top-level "dates" array of {span, date, end?}, and reads
// back, whole or streamed, to the same bytes.
func TestExportListsDatePhrases(t *testing.T) {
	var first bytes.Buffer
	if err := Write(&first, withDatePhrase(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"dates": [`, `"date": "1939",`, `"end": {`} {
		if !strings.Contains(first.String(), want) {
			t.Errorf("the export has no %s", want)
		}
	}
	whole, err := Load("dates.json", first.Bytes(), Options{})
	if err != nil {
		t.Fatalf("the export does not load back: %v", err)
	}
	streamed, err := Read("dates.json", bytes.NewReader(first.Bytes()), Options{Size: int64(first.Len())})
	if err != nil {
		t.Fatalf("the export does not stream back: %v", err)
	}
	for _, ds := range []*timeline.Dataset{whole, streamed} {
		var again bytes.Buffer
		if err := Write(&again, ds); err != nil {
			t.Fatal(err)
		}
		if again.String() != first.String() {
			t.Error("the export changed on the way back")
		}
	}
}

// TestExportDatePhraseMustCiteItsArticle: a date phrase whose span is not
// its article's bytes fails to load, naming it.
func TestExportDatePhraseMustCiteItsArticle(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, withDatePhrase(t)); err != nil {
		t.Fatal(err)
	}
	i := strings.Index(b.String(), `"dates": [`)
	bad := b.String()[:i] + strings.Replace(b.String()[i:], `"start": 4`, `"start": 5`, 1)
	_, err := Load("dates.json", []byte(bad), Options{})
	if err == nil || !strings.Contains(err.Error(), "dates[0]") || !strings.Contains(err.Error(), "dates.json:") {
		t.Errorf("got %v, want an error naming dates[0]", err)
	}
}
