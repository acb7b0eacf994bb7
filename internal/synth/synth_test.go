package synth

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dataset synthesizes and validates a dataset of n events.
func dataset(t testing.TB, n int, seed uint64) *timeline.Dataset {
	t.Helper()
	ds, err := timeline.New(Parts(Options{Events: n, Seed: seed}))
	if err != nil {
		t.Fatalf("%d events, seed %d: %v", n, seed, err)
	}
	return ds
}

func exportOf(t *testing.T, n int, seed uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, dataset(t, n, seed)); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSynthesizeIsDeterministic(t *testing.T) {
	a, b := exportOf(t, 1500, 7), exportOf(t, 1500, 7)
	if !bytes.Equal(a, b) {
		t.Error("the same options gave different JSON")
	}
	if c := exportOf(t, 1500, 8); bytes.Equal(a, c) {
		t.Error("seeds 7 and 8 gave the same JSON")
	}
}

func TestSynthesizeValidatesAtEverySize(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 10, 999, 2000} {
		for seed := range uint64(20) {
			ds := dataset(t, n, seed)
			if len(ds.Events()) != n {
				t.Errorf("asked for %d events, got %d", n, len(ds.Events()))
			}
		}
	}
}

// The shape the brief for synthetic data asks for, event by event.
func TestSynthesizedEventsHaveTheRealShape(t *testing.T) {
	ds := dataset(t, 2000, 3)
	precisions := map[timeline.Precision]int{}
	var approx, ranges, twoSources int
	for i := range ds.Events() {
		e := &ds.Events()[i]
		precisions[e.Start.Precision]++
		if e.Start.Approx {
			approx++
		}
		if !e.End.IsZero() {
			ranges++
		}
		if len(e.Sources) == 2 {
			twoSources++
		}
		for _, c := range []struct {
			what      string
			n, lo, hi int
		}{
			{"title bytes", len(e.Title), 40, 90}, {"summary bytes", len(e.Summary), 60, 140},
			{"countries", len(e.Countries), 1, 3}, {"actors", len(e.Actors), 1, 4},
			{"tags", len(e.Tags), 1, 3}, {"sources", len(e.Sources), 1, 2},
		} {
			if c.n < c.lo || c.n > c.hi {
				t.Errorf("%s: %d %s, want %d–%d: %q", e.ID, c.n, c.what, c.lo, c.hi, e.Title)
			}
		}
		if y := e.Start.Year(); y < 1990 || y > 2025 {
			t.Errorf("%s starts in %d, want 1990–2025", e.ID, y)
		}
		for _, s := range e.Sources {
			if !slices.ContainsFunc(e.Actors, func(id string) bool {
				a, _ := ds.Actor(id)
				return strings.Contains(s.Text.Verbatim(), a.Name) ||
					a.Kind == timeline.State && strings.Contains(s.Text.Verbatim(), ds.CountryName(a.Country))
			}) {
				t.Errorf("%s: the passage %q names none of its actors", e.ID, s.Text.Verbatim())
			}
		}
	}
	for _, p := range []timeline.Precision{timeline.Day, timeline.Month, timeline.Year} {
		if precisions[p] == 0 {
			t.Errorf("no event at %s precision: %v", p, precisions)
		}
	}
	if precisions[timeline.Day] < len(ds.Events())/2 {
		t.Errorf("%d of %d events are day-precise; want most", precisions[timeline.Day], len(ds.Events()))
	}
	if approx == 0 || ranges == 0 || twoSources == 0 {
		t.Errorf("%d approximate, %d ranges, %d with two sources; want some of each", approx, ranges, twoSources)
	}
	if len(ds.Countries()) < 50 || len(ds.Outlets()) < 2 || len(ds.Actors()) < 500 {
		t.Errorf("%d countries, %d outlets, %d actors; want ~60, several, ~1000", len(ds.Countries()), len(ds.Outlets()), len(ds.Actors()))
	}
}

func TestSynthesizedJSONLoadsBack(t *testing.T) {
	ds := dataset(t, 2000, 5)
	var b bytes.Buffer
	if err := export.Write(&b, ds); err != nil {
		t.Fatal(err)
	}
	back, err := export.Load("synth.json", b.Bytes(), export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := func(ds *timeline.Dataset) []string {
		var out []string
		for _, e := range ds.Events() {
			out = append(out, e.ID)
		}
		return out
	}
	if got, want := ids(back), ids(ds); !slices.Equal(got, want) {
		t.Errorf("loaded back %d events, want the %d written, with the same ids", len(got), len(want))
	}
}

func TestSynthesizedTimelineJSCSVLoadsBack(t *testing.T) {
	ds := dataset(t, 2000, 5)
	all := make([]int, len(ds.Events()))
	for i := range all {
		all[i] = i
	}
	var b bytes.Buffer
	if err := timelinejs.WriteCSV(&b, ds, all, "tag"); err != nil {
		t.Fatal(err)
	}
	back, err := timelinejs.Load("synth.csv", b.Bytes(), timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Events()) != len(ds.Events()) {
		t.Errorf("loaded back %d events, want %d", len(back.Events()), len(ds.Events()))
	}
}

func TestWriteSynthLines(t *testing.T) {
	ds := dataset(t, 2000, 9)
	var b bytes.Buffer
	if err := WriteLines(&b, ds); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(ds.Events()) || !strings.HasSuffix(b.String(), "\n") {
		t.Fatalf("%d lines for %d events", len(lines), len(ds.Events()))
	}
	for i, l := range lines {
		e := &ds.Events()[i]
		if !strings.HasPrefix(l, timeline.FormatRange(e.Start, e.End)+"  "+e.Title+" — "+e.Summary+"  [") ||
			!strings.HasSuffix(l, " #"+e.Tags[len(e.Tags)-1]) {
			t.Fatalf("line %d, for %s, is %q", i+1, e.ID, l)
		}
	}
}

func BenchmarkSynthesize(b *testing.B) {
	for b.Loop() {
		Parts(Options{Events: 100_000, Seed: 1})
	}
}

// The Short shape: valid at every size, deterministic, about 120 bytes a
// CSV row, and read back by the TimelineJS reader as the same slides.
func TestShortShape(t *testing.T) {
	for _, n := range []int{1, 2, 7, 1000} {
		if _, err := timeline.New(Parts(Options{Events: n, Seed: 3, Shape: Short})); err != nil {
			t.Fatalf("%d events: %v", n, err)
		}
	}
	ds, err := timeline.New(Parts(Options{Events: 5000, Seed: 3, Shape: Short}))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := WriteShortCSV(&a, ds); err != nil {
		t.Fatal(err)
	}
	again, _ := timeline.New(Parts(Options{Events: 5000, Seed: 3, Shape: Short}))
	WriteShortCSV(&b, again)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same options gave different CSV")
	}
	if perRow := a.Len() / len(ds.Events()); perRow < 100 || perRow > 140 {
		t.Errorf("%d bytes a row, want about 120", perRow)
	}
	back, err := timelinejs.Load("short.csv", a.Bytes(), timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Events()) != len(ds.Events()) {
		t.Fatalf("read back %d slides, want %d", len(back.Events()), len(ds.Events()))
	}
	for i := range ds.Events() {
		want := &ds.Events()[i]
		got, ok := back.Event("slide-" + strconv.Itoa(i+1))
		if !ok {
			t.Fatalf("no slide-%d", i+1)
		}
		if got.Title != want.Title || got.Summary != want.Summary || got.Start != want.Start || got.End != want.End ||
			!slices.Equal(got.Tags, want.Tags) {
			t.Fatalf("slide %d read back as %q %q %v %v %v, want %q %q %v %v %v", i+1,
				got.Title, got.Summary, got.Start, got.End, got.Tags, want.Title, want.Summary, want.Start, want.End, want.Tags)
		}
	}
	var lines bytes.Buffer
	if err := WriteShortLines(&lines, ds); err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(lines.String(), "\n")
	e := &ds.Events()[0]
	if want := timeline.FormatRange(e.Start, e.End) + "  " + e.Title + " — " + e.Summary + "  #" + e.Tags[0]; first != want {
		t.Errorf("first line %q, want %q", first, want)
	}
}
