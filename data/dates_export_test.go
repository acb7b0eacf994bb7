package data

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// withDatePhrase is the seed dataset with one date phrase listed, a
// stretch of years cut from the first article.
func withDatePhrase(t *testing.T) *timeline.Dataset {
	t.Helper()
	parts := loadSeeds(t).Parts
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
	if err := WriteJSON(&first, withDatePhrase(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"dates": [`, `"date": "1939",`, `"end": {`} {
		if !strings.Contains(first.String(), want) {
			t.Errorf("the export has no %s", want)
		}
	}
	whole, err := LoadDataset("dates.json", first.Bytes())
	if err != nil {
		t.Fatalf("the export does not load back: %v", err)
	}
	streamed, err := ReadDataset("dates.json", bytes.NewReader(first.Bytes()), int64(first.Len()), nil)
	if err != nil {
		t.Fatalf("the export does not stream back: %v", err)
	}
	for _, ds := range []*timeline.Dataset{whole, streamed} {
		var again bytes.Buffer
		if err := WriteJSON(&again, ds); err != nil {
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
	if err := WriteJSON(&b, withDatePhrase(t)); err != nil {
		t.Fatal(err)
	}
	i := strings.Index(b.String(), `"dates": [`)
	bad := b.String()[:i] + strings.Replace(b.String()[i:], `"start": 4`, `"start": 5`, 1)
	_, err := LoadDataset("dates.json", []byte(bad))
	if err == nil || !strings.Contains(err.Error(), "dates[0]") {
		t.Errorf("got %v, want an error naming dates[0]", err)
	}
}
