package export

import (
	"bytes"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// synthExport is the export of a small synthetic dataset.
func synthExport(t testing.TB, events int) []byte {
	t.Helper()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: events, Seed: 5}))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, ds); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// exportEvents cuts the JSON of each event out of an export.
func exportEvents(t testing.TB, doc []byte) (events [][]byte, texts map[string]untrusted.Text) {
	t.Helper()
	var d struct {
		Articles []jsonArticle    `json:"articles"`
		Events   []jsontext.Value `json:"events"`
	}
	if err := jsonv2.Unmarshal(doc, &d); err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Events {
		events = append(events, e)
	}
	return events, articleTexts(d.Articles)
}

// extractedExport is the export of a corpus nobody annotated: its events
// were found by data/extract, with their scope, score and dating source.
func extractedExport(t testing.TB) []byte {
	t.Helper()
	const dir = "../extract/testdata/labelled"
	c, err := corpus.Open(os.DirFS(dir), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, c.Dataset); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`"extracted": true`)) || !bytes.Contains(b.Bytes(), []byte(`"scope": "story"`)) {
		t.Fatal("the export of the labelled corpus has no extracted event in the story")
	}
	return b.Bytes()
}

// TestEventDecoderTakesTheFastPath: every event of an export, curated,
// extracted or synthetic of either shape (a short one's span cites lines with a
// newline between them), is decoded without reflection, so the fast path
// is the one a large export takes; and its spans share their article's
// bytes.
func TestEventDecoderTakesTheFastPath(t *testing.T) {
	short, err := timeline.New(synth.Parts(synth.Options{Events: 300, Seed: 5, Shape: synth.Short}))
	if err != nil {
		t.Fatal(err)
	}
	var shortDoc bytes.Buffer
	if err := Write(&shortDoc, short); err != nil {
		t.Fatal(err)
	}
	for name, doc := range map[string][]byte{"seeds": exportSeeds(t), "synthetic": synthExport(t, 300), "short": shortDoc.Bytes(), "extracted": extractedExport(t)} {
		events, texts := exportEvents(t, doc)
		d := newEventDecoder(texts)
		for _, b := range events {
			var je schema.Event
			if err := d.decode(b, &je); err != nil || d.fallbacks > 0 {
				t.Fatalf("%s: not decoded fast (%v):\n%s", name, err, b)
			}
			for _, s := range je.Sources {
				a := texts[s.Span.Article]
				if unsafe.StringData(string(s.Span.Text)) != unsafe.StringData(string(a[s.Span.Start:])) {
					t.Fatalf("%s: event %s: span text is a copy", name, je.ID)
				}
			}
		}
	}
}

// TestEventDecoderAllocatesLittle: decoding a plain event allocates
// nothing of its own (its strings are cut from blocks, its dates
// interned), and what it decoded stays as it was while the decoder goes
// on (a block is only ever appended to).
func TestEventDecoderAllocatesLittle(t *testing.T) {
	events, texts := exportEvents(t, synthExport(t, 2000))
	d := newEventDecoder(texts)
	var je schema.Event
	decodeAll := func() {
		for _, b := range events {
			if err := d.decode(b, &je); err != nil {
				t.Fatal(err)
			}
		}
	}
	decodeAll() // the first sight of each date and id is interned
	if perEvent := testing.AllocsPerRun(3, decodeAll) / float64(len(events)); perEvent > 0.05 || d.fallbacks > 0 {
		t.Errorf("%.3f allocations an event (%d fallbacks)", perEvent, d.fallbacks)
	}
	type kept struct{ id, title, summary string }
	var got, want []kept
	for _, b := range events {
		if err := d.decode(b, &je); err != nil {
			t.Fatal(err)
		}
		got = append(got, kept{je.ID, je.Title, je.Summary})
		want = append(want, kept{strings.Clone(je.ID), strings.Clone(je.Title), strings.Clone(je.Summary)})
	}
	if !slices.Equal(got, want) {
		t.Error("a decoded event's strings changed as the decoder went on")
	}
}

// FuzzEventDecoder holds the event decoder to JSON v2: what it decodes
// fast, v2 decodes the same; and with the fallback it agrees with v2 on
// every input, error or not.
func FuzzEventDecoder(f *testing.F) {
	events, texts := exportEvents(f, exportSeeds(f))
	for _, b := range events[:8] {
		f.Add(b)
	}
	more, _ := exportEvents(f, synthExport(f, 20))
	for _, b := range more[:4] {
		f.Add(b)
	}
	found, _ := exportEvents(f, extractedExport(f))
	for _, b := range found[:4] {
		f.Add(b)
	}
	for _, s := range []string{
		`{"id":"e","end":null,"countries":[],"sources":[]}`,
		`{"id":"e","id":"f"}`,
		`{"id":"e","ID":"f"}`,
		`{"id":"e\u0041"}`,
		`{"id":"e","title":null}`,
		`{"sources":[{"span":{"article":"ynet","start":01,"end":2,"text":"x"}}]}`,
		`{"sources":[{"span":{"article":"ynet","start":1.0,"end":2e0,"text":"x"}}]}`,
		`{"sources":[{"span":{"article":"ynet","start":-1,"end":2,"text":"x"}}]}`,
		`{"sources":[{"span":{"start":999999999999999999999,"end":2}}]}`,
		`{"start":{"date":"2022","precision":"year","approx":truex}}`,
		`{"extracted":true,"sources":[{"span":{},"caption":false,"tense":"future"}]}`,
		"{\"title\":\"a\xffb\"}",
		"{\"title\":\"a\tb\"}",
		` { "tags" : [ "x" , "y" ] } `,
		`{"tags":["x",]}`,
		`{"tags":["x"]}x`,
		`{"scope":"story","score":0.375,"sources":[{"span":{},"basis":true}]}`,
		`{"score":1}`,
		`{"score":1.}`,
		`{"score":01.5}`,
		`{"score":0.5e1}`,
		`{"score":-0.5}`,
		`{"score":0.12345678901234567890}`,
		`{"score":0.5x}`,
		`{"scope":"later"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := newEventDecoder(texts)
		agreesWithV2(t, b, d.fast, d.decode)
	})
}

// agreesWithV2 holds a decoder to JSON v2 on b: what fast decodes, v2
// decodes the same; and decode, fast with its fallback, agrees with v2
// whether b decodes or not.
func agreesWithV2[T any](t *testing.T, b []byte, fast func([]byte, *T) bool, decode func([]byte, *T) error) {
	t.Helper()
	var want T
	werr := jsonv2.Unmarshal(b, &want, jsonv2.RejectUnknownMembers(true))
	var got T
	if fast(b, &got) {
		if werr != nil {
			t.Fatalf("decoded fast what JSON v2 refuses (%v):\n%s", werr, b)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("decoded fast differently:\n%s\n fast %+v\n   v2 %+v", b, got, want)
		}
	}
	err := decode(b, &got)
	if (err == nil) != (werr == nil) || err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decode: %v, %+v; v2: %v, %+v\n%s", err, got, werr, want, b)
	}
}

// FuzzArticleDecoder holds the article decoder to JSON v2 as
// FuzzEventDecoder holds the event decoder.
func FuzzArticleDecoder(f *testing.F) {
	for _, doc := range [][]byte{exportSeeds(f), synthExport(f, 20)} {
		var d struct {
			Articles []jsontext.Value `json:"articles"`
		}
		if err := jsonv2.Unmarshal(doc, &d); err != nil {
			f.Fatal(err)
		}
		for _, a := range d.Articles[:min(len(d.Articles), 3)] {
			f.Add([]byte(a))
		}
	}
	for _, s := range []string{
		`{"id":"a","published":null,"text":"x"}`,
		`{"id":"a","id":"b"}`,
		`{"id":"a","Text":"x"}`,
		`{"text":"line\nbreak"}`,
		"{\"text\":\"a\xffb\"}",
		`{"published":{"date":"2022-09-07","precision":"day"},"byline":""}`,
		`{"outlet":"toi"}x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := newEventDecoder(nil)
		agreesWithV2(t, b, d.fastArticle, d.decodeArticle)
	})
}

// TestArticleDecoderTakesTheFastPath: every article of an export, curated
// or synthetic, decodes without JSON v2.
func TestArticleDecoderTakesTheFastPath(t *testing.T) {
	for name, doc := range map[string][]byte{"seeds": exportSeeds(t), "synthetic": synthExport(t, 300)} {
		var d struct {
			Articles []jsontext.Value `json:"articles"`
		}
		if err := jsonv2.Unmarshal(doc, &d); err != nil {
			t.Fatal(err)
		}
		dec := newEventDecoder(nil)
		for i, b := range d.Articles {
			var a jsonArticle
			if !dec.fastArticle(b, &a) {
				t.Errorf("%s: article %d took the slow path:\n%.200s", name, i, b)
			}
		}
	}
}

// FuzzReadDataset holds the streaming reader to Load: the same
// document loads, or fails, the same way through both, and what loads
// exports to the same bytes.
func FuzzReadDataset(f *testing.F) {
	small := synthExport(f, 3)
	f.Add(small)
	f.Add(append(bytes.Clone(small), " \n"...))
	f.Add(append(bytes.Clone(small), ",{}"...))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"schema": 3, "events": null}`))
	f.Add([]byte(`{"schema": 3, "events": []} []`))
	f.Add([]byte(`{"schema": 3, "schema": 3}`))
	f.Add([]byte(`{"schema": 3, "evénts": []}`))
	f.Add([]byte(`{"schema": 3 "events": []}`))
	f.Add([]byte(`{"schema": 3, "events": [{}, 1]}`))
	// The events before the articles they cite.
	i, j := bytes.Index(small, []byte(`  "articles"`)), bytes.Index(small, []byte(`  "actors"`))
	k, l := bytes.Index(small, []byte(`  "events"`)), bytes.Index(small, []byte(`  "statements"`))
	if i < 0 || j < i || k < j || l < k {
		f.Fatal("the export's members moved; update the seed")
	}
	var swapped []byte
	swapped = append(swapped, small[:i]...)
	swapped = append(swapped, small[k:l]...)
	swapped = append(swapped, small[j:k]...)
	swapped = append(swapped, small[i:j]...)
	swapped = append(swapped, small[l:]...)
	f.Add(swapped)
	f.Fuzz(func(t *testing.T, doc []byte) {
		loaded, lerr := Load("f.json", doc, Options{})
		streamed, serr := Read("f.json", iotest.OneByteReader(bytes.NewReader(doc)), Options{Size: int64(len(doc)), Reread: nil})
		if (lerr == nil) != (serr == nil) {
			t.Fatalf("LoadDataset: %v\nReadDataset: %v\n%s", lerr, serr, doc)
		}
		if lerr != nil {
			return
		}
		var a, b bytes.Buffer
		if err := Write(&a, loaded); err != nil {
			t.Fatal(err)
		}
		if err := Write(&b, streamed); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("streamed and loaded datasets differ:\n%s", doc)
		}
	})
}

// TestDocumentMembers: the streaming reader decodes each member of the
// document into its field, and knows every member but the events.
func TestDocumentMembers(t *testing.T) {
	var d document
	typ := reflect.TypeOf(d)
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		got := d.member(name)
		if name == "events" {
			if got != nil {
				t.Error("events are read apart, not as a member")
			}
			continue
		}
		if want := reflect.ValueOf(&d).Elem().Field(i).Addr().Interface(); got != want {
			t.Errorf("member(%q) = %T %p, want the field %s", name, got, got, typ.Field(i).Name)
		}
	}
	if d.member("Schema") != nil || d.member("nope") != nil {
		t.Error("member takes names the document does not have")
	}
}

// BenchmarkReadDataset streams an export of 20,000 synthetic events of
// each shape, indexes built, and reports the allocations an event (the
// indexes' included).
func BenchmarkReadDataset(b *testing.B) {
	const events = 20_000
	for _, shape := range []struct {
		name  string
		shape synth.Shape
	}{{"full", synth.Full}, {"short", synth.Short}} {
		ds, err := timeline.New(synth.Parts(synth.Options{Events: events, Seed: 5, Shape: shape.shape}))
		if err != nil {
			b.Fatal(err)
		}
		var doc bytes.Buffer
		if err := Write(&doc, ds); err != nil {
			b.Fatal(err)
		}
		b.Run(shape.name, func(b *testing.B) {
			b.SetBytes(int64(doc.Len()))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := Read("synth.json", bytes.NewReader(doc.Bytes()), Options{Size: int64(doc.Len()), Reread: nil}); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/events, "allocs/event")
		})
	}
}

func TestExpectEvents(t *testing.T) {
	tests := []struct {
		name                string
		size, read, first   int64
		batch, atLeast, max int
	}{
		{"unknown size", 0, 5000, 1000, 10, 10, 10},
		{"all read", 5000, 5000, 1000, 10, 10, 10},
		{"events of 100 bytes to come", 101_000, 1000, 1000, 10, 1010, 1040},
		{"an empty first batch", 9000, 10, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := schema.ExpectEvents(tt.size, tt.read, tt.first, tt.batch)
			if got < tt.atLeast || got > tt.max {
				t.Errorf("schema.ExpectEvents(%d, %d, %d, %d) = %d, want %d to %d", tt.size, tt.read, tt.first, tt.batch, got, tt.atLeast, tt.max)
			}
		})
	}
}

// FuzzLoadDataset: no export document, however mangled, may panic, and
// every problem is a *data.Error placed inside the file.
func FuzzLoadDataset(f *testing.F) {
	var doc bytes.Buffer
	if err := Write(&doc, testkit.Handmade(f)); err != nil {
		f.Fatal(err)
	}
	f.Add(doc.Bytes())
	f.Add([]byte("\ufeff{\r\n\"schema\": 2}\r\n"))
	f.Add([]byte(`{"schema": 2, "events": [{"id": "e", "start": {"date": "2022-13", "precision": "month"}}]}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		ds, err := Load("fuzz.json", src, Options{})
		if err == nil && ds == nil {
			t.Fatal("no error and no dataset")
		}
		testkit.CheckErrorsPlaced(t, err, "fuzz.json", src)
	})
}
