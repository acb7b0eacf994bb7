package export

import (
	"bytes"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// wholeDocument builds the whole document in memory, as Write did before
// it wrote member by member: the oracle TestWriteMatchesTheWholeDocument
// compares Write against (an empty list of discrepancies is [], every
// other empty list null, as a nil slice encodes).
func wholeDocument(ds *timeline.Dataset) document {
	doc := document{Schema: schema.Version, Countries: ds.Countries(), ExtraTags: ds.ExtraTags(), Discrepancies: []schema.Discrepancy{}}
	for i := range ds.Outlets() {
		doc.Outlets = append(doc.Outlets, outletJSON(&ds.Outlets()[i]))
	}
	for i := range ds.Articles() {
		doc.Articles = append(doc.Articles, articleJSON(&ds.Articles()[i]))
	}
	for i := range ds.Actors() {
		doc.Actors = append(doc.Actors, actorJSON(&ds.Actors()[i]))
	}
	for i := range ds.Events() {
		doc.Events = append(doc.Events, eventJSON(ds, i))
	}
	for i := range ds.Statements() {
		doc.Statements = append(doc.Statements, statementJSON(ds, &ds.Statements()[i]))
	}
	for i := range ds.Quotes() {
		doc.Quotes = append(doc.Quotes, quoteJSON(&ds.Quotes()[i]))
	}
	for i := range ds.Discrepancies() {
		doc.Discrepancies = append(doc.Discrepancies, discrepancyJSON(&ds.Discrepancies()[i]))
	}
	for i := range ds.Dates() {
		doc.Dates = append(doc.Dates, datePhraseJSON(&ds.Dates()[i]))
	}
	return doc
}

// TestWriteMatchesTheWholeDocument: writing member by member gives the
// bytes encoding the whole document at once gives, on the seeds, a
// synthetic dataset, one with extra tags and an empty one.
func TestWriteMatchesTheWholeDocument(t *testing.T) {
	seeds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := timeline.Adopt(synth.Parts(synth.Options{Events: 2000, Seed: 9}))
	if err != nil {
		t.Fatal(err)
	}
	tagged, err := timeline.New(timeline.Parts{Countries: map[string]string{}, ExtraTags: []string{"a <b> & c"}})
	if err != nil {
		t.Fatal(err)
	}
	empty, err := timeline.New(timeline.Parts{})
	if err != nil {
		t.Fatal(err)
	}
	for name, ds := range map[string]*timeline.Dataset{"seeds": seeds, "synthetic": synthetic, "tagged": tagged, "empty": empty} {
		var got bytes.Buffer
		if err := Write(&got, ds); err != nil {
			t.Fatal(err)
		}
		want, err := schema.EncodeJSON(wholeDocument(ds))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			i := 0
			for i < min(got.Len(), len(want)) && got.Bytes()[i] == want[i] {
				i++
			}
			t.Errorf("%s: the bytes differ from byte %d: %q, want %q", name, i, got.Bytes()[i:min(i+60, got.Len())], want[i:min(i+60, len(want))])
		}
	}
}

// BenchmarkWrite writes 10,000 synthetic events; its bytes per op are
// about the output's, not a multiple of it.
func BenchmarkWrite(b *testing.B) {
	ds, err := timeline.Adopt(synth.Parts(synth.Options{Events: 10000, Seed: 1}))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, ds); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "output-bytes")
}
