package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func exportSeeds(t testing.TB) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, testkit.Seeds(t, corpus.Seeds)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// An export reads back as the same dataset: exporting it again gives the
// same bytes.
func TestLoadDatasetRoundTrips(t *testing.T) {
	first := exportSeeds(t)
	ds, err := Load("cyberdesk.json", first, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := Write(&again, ds); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("export → load → export changed the document")
	}
}

// A schema 1 export (no renderings, no discrepancies) still opens, and the
// derived parts come back.
func TestLoadDatasetReadsSchemaOne(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(exportSeeds(t), &doc); err != nil {
		t.Fatal(err)
	}
	doc["schema"] = 1
	var curated []any
	for _, d := range doc["discrepancies"].([]any) {
		if d.(map[string]any)["derived"] == nil {
			curated = append(curated, d)
		}
	}
	doc["discrepancies"] = curated
	for _, s := range doc["statements"].([]any) {
		delete(s.(map[string]any), "renderings")
	}
	old, _ := json.Marshal(doc)
	ds, err := Load("old.json", old, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Events()) != 35 || len(ds.Discrepancies()) != 11 {
		t.Errorf("%d events and %d discrepancies, want 35 and 11", len(ds.Events()), len(ds.Discrepancies()))
	}
}

func TestLoadDatasetErrorsNameFileLineAndItem(t *testing.T) {
	good := string(exportSeeds(t))
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"span moved", `"text": "It was state aggression."`, `"text": "It was state aggression!"`,
			[]string{"my.json:", `quote "memo-rama-state-aggression"`, "span"}},
		{"future schema", `"schema": 5`, `"schema": 9`, []string{"my.json", "version 9"}},
		{"bad JSON", `"schema": 5,`, `"schema": 5,,`, []string{"my.json:2:", "invalid JSON"}},
		{"unknown field", `"schema": 5,`, `"schema": 5, "colour": 1,`, []string{"my.json:2:", `unknown field "colour"`}},
		{"unknown field in an event", `"id": "1939-wwii-refuge",`, `"id": "1939-wwii-refuge", "titel": "x",`,
			[]string{"my.json:2543:", `unknown field "titel" in events[0]`}},
		{"field twice", `"id": "1939-wwii-refuge",`, `"id": "1939-wwii-refuge", "id": "again",`,
			[]string{"my.json:2543:", "events[0].id is given twice"}},
		{"wrong type deep inside", `"title": "Albania shelters Jews during World War II"`, `"title": 1939`,
			[]string{"my.json:2544:", "events[0].title: expected a string, found a JSON number"}},
		{"invalid UTF-8", `"summary": "Muslim`, "\"summary\": \"\xffMuslim", []string{"my.json:2545:", "invalid UTF-8 in events[0].summary"}},
		{"scope not a scope", `"scope": "background"`, `"scope": "later"`,
			[]string{"my.json", `event "1939-wwii-refuge"`, "scope", "want story or background"}},
		{"scope all", `"scope": "background"`, `"scope": "all"`, []string{"my.json", `event "1939-wwii-refuge"`, "scope"}},
		{"score over 1", `"score": 0.75`, `"score": 1.5`, []string{"my.json", `event "1939-wwii-refuge"`, "score", "0 to 1"}},
		{"trailing data", "\n}\n", "\n}\n{}", []string{"unexpected data after the JSON document"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := strings.Replace(good, tt.old, tt.new, 1)
			if src == good {
				t.Fatalf("%q not found in the export", tt.old)
			}
			_, err := Load("my.json", []byte(src), Options{})
			if err == nil {
				t.Fatal("a broken dataset loaded")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

// TestReadDatasetStreams: reading an export from a reader gives the same
// dataset as loading its bytes, without asking for the bytes again; a
// broken one is reread, and its errors are placed as LoadDataset's are.
func TestReadDatasetStreams(t *testing.T) {
	good := exportSeeds(t)
	noReread := func() ([]byte, error) {
		t.Error("reread called for a good export")
		return nil, errors.New("no")
	}
	for name, src := range map[string][]byte{"plain": good, "with a BOM": append([]byte("\ufeff"), good...)} {
		ds, err := Read("my.json", iotest.HalfReader(bytes.NewReader(src)), Options{Size: 0, Reread: noReread})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var again bytes.Buffer
		if err := Write(&again, ds); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), good) {
			t.Errorf("%s: the streamed dataset exports differently", name)
		}
	}
	for _, bad := range []struct{ old, new string }{
		{`"text": "It was state aggression."`, `"text": "It was state aggression!"`},
		{`"title": "Albania shelters Jews during World War II"`, `"title": 1939`},
		{`"events": [`, `"events": {`},
	} {
		src := []byte(strings.Replace(string(good), bad.old, bad.new, 1))
		_, want := Load("my.json", src, Options{})
		reread := 0
		_, err := Read("my.json", bytes.NewReader(src), Options{Size: int64(len(src)), Reread: func() ([]byte, error) { reread++; return src, nil }})
		if err == nil || want == nil || err.Error() != want.Error() || reread != 1 {
			t.Errorf("%s: ReadDataset said %v after %d rereads; LoadDataset says %v", bad.new, err, reread, want)
		}
		if _, err := Read("my.json", bytes.NewReader(src), Options{Size: 0, Reread: func() ([]byte, error) { return nil, errors.New("gone") }}); err == nil || !strings.Contains(err.Error(), "my.json") {
			t.Errorf("%s: without a reread: %v", bad.new, err)
		}
	}
}

// TestLoadedSpansShareTheArticle: a source's text is a slice of its
// article's bytes, not a copy, so a large dataset holds it once.
func TestLoadedSpansShareTheArticle(t *testing.T) {
	ds, err := Load("my.json", exportSeeds(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ds.Events() {
		for _, s := range e.Sources {
			a, _ := ds.Article(s.Article)
			text := a.Text.Verbatim()
			if unsafe.StringData(s.Text.Verbatim()) != unsafe.StringData(text[s.Start:]) {
				t.Fatalf("event %s: source text at [%d,%d) of %s is a copy", e.ID, s.Start, s.End, s.Article)
			}
		}
	}
}

// TestExportCarriesExtraTags: a TimelineJS import whose groups are not
// cyberdesk tags exports them as extra_tags and reads back whole, to the
// same bytes.
func TestExportCarriesExtraTags(t *testing.T) {
	csv := "Year,Month,Day,Headline,Text,Group\n2022,7,15,Attack,Servers went down.,Outage\n2022,9,7,Break,Ties were cut.,diplomacy\n"
	ds, err := timelinejs.Load("groups.csv", []byte(csv), timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ds.ExtraTags(), []string{"outage"}) {
		t.Fatalf("extra tags %v, want [outage]", ds.ExtraTags())
	}
	var first bytes.Buffer
	if err := Write(&first, ds); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.String(), `"extra_tags": [`) {
		t.Error("the export does not list the extra tags")
	}
	back, err := Load("groups.json", first.Bytes(), Options{})
	if err != nil {
		t.Fatalf("the export does not load back: %v", err)
	}
	var again bytes.Buffer
	if err := Write(&again, back); err != nil {
		t.Fatal(err)
	}
	if again.String() != first.String() {
		t.Error("the export changed on the way back")
	}
}

// TestReadDatasetInBatches: a streamed export of several batches of
// events, decoded in turn by each decoder, loads to the same dataset as
// its bytes do, and a problem deep in it is reported as LoadDataset
// reports it.
func TestReadDatasetInBatches(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: (decoders+1)*eventBatchSize + 300, Seed: 3}))
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := Write(&src, ds); err != nil {
		t.Fatal(err)
	}
	streamed, err := Read("big.json", iotest.HalfReader(bytes.NewReader(src.Bytes())), Options{Size: int64(src.Len()), Reread: nil})
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := Write(&again, streamed); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), src.Bytes()) {
		t.Error("the streamed dataset exports differently")
	}
	// Break the 2,200th event's title, and then its JSON.
	id := ds.Events()[2199].ID
	for _, bad := range []struct{ old, new string }{
		{`"id": "` + id + `",`, `"id": "` + id + `", "titel": "x",`},
		{`"id": "` + id + `",`, `"id": "` + id + `",,`},
	} {
		broken := bytes.Replace(src.Bytes(), []byte(bad.old), []byte(bad.new), 1)
		_, want := Load("big.json", broken, Options{})
		_, err := Read("big.json", bytes.NewReader(broken), Options{Size: int64(len(broken)), Reread: func() ([]byte, error) { return broken, nil }})
		if want == nil || err == nil || err.Error() != want.Error() || !strings.Contains(err.Error(), "big.json:") {
			t.Errorf("%s: streamed %v; loaded %v", bad.new, err, want)
		}
	}
}

// TestReadDatasetWithoutReread: with no way to read the bytes again, a
// problem is still reported, naming the file.
func TestReadDatasetWithoutReread(t *testing.T) {
	_, err := Read("gone.json", strings.NewReader(`{"schema": 3, "events": [{"id": 1}]}`), Options{Size: 0, Reread: nil})
	if err == nil || !strings.Contains(err.Error(), "gone.json") {
		t.Errorf("got %v", err)
	}
}

// endlessText is an export whose first article's text never ends.
type endlessText struct {
	head string
	sent int64
}

func (e *endlessText) Read(p []byte) (int, error) {
	if e.head != "" {
		n := copy(p, e.head)
		e.head = e.head[n:]
		return n, nil
	}
	for i := range p {
		p[i] = 'x'
	}
	e.sent += int64(len(p))
	return len(p), nil
}

// TestAHugeStringIsRefused: a string no field may hold is refused as it
// streams, having read a small multiple of the limit, and placed at its
// line by counting lines up to it; read whole, it is refused before it is
// decoded.
func TestAHugeStringIsRefused(t *testing.T) {
	head := "{\"schema\": 4,\n \"countries\": {},\n \"outlets\": [],\n \"articles\": [{\"id\": \"a\", \"text\": \""
	src := &endlessText{head: head}
	_, err := Read("big.json", src, Options{Reopen: func() (io.ReadCloser, error) {
		return io.NopCloser(io.LimitReader(&endlessText{head: head}, 1<<20)), nil
	}})
	most := longestValue(schema.DefaultLimits())
	var se *schema.Error
	if !errors.As(err, &se) || se.Line != 4 || se.Col != 15 || !strings.Contains(err.Error(), "a string of over") {
		t.Fatalf("an endless string: %v", err)
	}
	if src.sent > int64(3*most) {
		t.Errorf("read %d bytes to refuse a string over %d", src.sent, most)
	}
	doc := head + strings.Repeat("y", most) + "\"}]}"
	if _, err := Load("big.json", []byte(doc), Options{}); !errors.As(err, &se) || se.Line != 4 || !strings.Contains(err.Error(), "a string of over") {
		t.Errorf("a huge string read whole: %v", err)
	}
}

// TestExportCarriesScopeAndScore: every event is written with the scope
// and score the dataset derives (the WWII refuge is background, the
// cut in ties the story, reported by four outlets); an export without
// them, as schema 4 wrote, reads back to the same document, the two
// derived again.
func TestExportCarriesScopeAndScore(t *testing.T) {
	first := exportSeeds(t)
	ds := testkit.Seeds(t, corpus.Seeds)
	var doc map[string]any
	if err := json.Unmarshal(first, &doc); err != nil {
		t.Fatal(err)
	}
	events := doc["events"].([]any)
	if len(events) != len(ds.Events()) {
		t.Fatalf("%d events written, want %d", len(events), len(ds.Events()))
	}
	byID := map[string]map[string]any{}
	for i, v := range events {
		e := v.(map[string]any)
		byID[e["id"].(string)] = e
		if e["scope"] != ds.Scope(i).String() || e["score"] != ds.Score(i) {
			t.Errorf("event %s: scope %v, score %v; want %v, %v", e["id"], e["scope"], e["score"], ds.Scope(i), ds.Score(i))
		}
	}
	for id, want := range map[string][2]any{"1939-wwii-refuge": {"background", 0.75}, "2022-09-05-albania-cuts-ties": {"story", 1.0}} {
		if e := byID[id]; e == nil {
			t.Errorf("no event %s", id)
		} else if got := [2]any{e["scope"], e["score"]}; got != want {
			t.Errorf("event %s: scope and score %v, want %v", id, got, want)
		}
	}
	for _, e := range byID {
		delete(e, "scope")
		delete(e, "score")
	}
	doc["schema"] = 4
	old, _ := json.Marshal(doc)
	back, err := Load("old.json", old, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := Write(&again, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again.Bytes()) {
		t.Error("an export without scope and score did not read back to the same document")
	}
}

// TestReadDatasetPlacesEventsHoweverSized: the events are decoded into
// their places in a slice sized from the document's size, and the
// dataset is the same when that size is unknown, too small or too large
// (the slice grows, the events made so far moved once no decoder writes
// them); past the most a dataset may hold, the read stops and says so.
func TestReadDatasetPlacesEventsHoweverSized(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: (2*decoders+3)*eventBatchSize + 77, Seed: 4}))
	if err != nil {
		t.Fatal(err)
	}
	var src bytes.Buffer
	if err := Write(&src, ds); err != nil {
		t.Fatal(err)
	}
	n := int64(src.Len())
	for _, size := range []int64{0, n / 5, n / 2, n, 3 * n} {
		got, err := Read("big.json", bytes.NewReader(src.Bytes()), Options{Size: size})
		if err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		var again bytes.Buffer
		if err := Write(&again, got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again.Bytes(), src.Bytes()) {
			t.Errorf("size %d: the dataset exports differently", size)
		}
	}
	limits := schema.DefaultLimits()
	for _, size := range []int64{0, n} {
		limits.Events = len(ds.Events())
		if _, err := Read("big.json", bytes.NewReader(src.Bytes()), Options{Size: size, Limits: limits}); err != nil {
			t.Errorf("size %d, at most as many events as it holds: %v", size, err)
		}
		limits.Events--
		_, err := Read("big.json", bytes.NewReader(src.Bytes()), Options{Size: size, Limits: limits})
		if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("more than %d events", limits.Events)) {
			t.Errorf("size %d, at most %d events: got %v", size, limits.Events, err)
		}
	}
}
