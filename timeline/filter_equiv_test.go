package timeline_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestApplyAgreesWithMatches compares the indexed filter with the plain
// one, event by event, on thousands of random filters: search words cut
// from the dataset's own text (and some that occur nowhere), facets,
// dates, and narrowing from a previous result. It does so for the seeds,
// whose events' text is copied in lower case to be searched, and for a
// TimelineJS import, most of whose events are searched where they are in
// its article.
func TestApplyAgreesWithMatches(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	imported := importedForSearch(t)
	for _, tt := range []struct {
		name string
		ds   *timeline.Dataset
	}{{"seeds", seeds}, {"import", imported}} {
		for _, split := range []bool{false, true} {
			t.Run(tt.name+map[bool]string{false: ", one scan", true: ", split scan"}[split], func(t *testing.T) {
				if split {
					defer timeline.SplitScansFrom(tt.ds, 1)()
				}
				applyAgreesWithMatches(t, tt.ds)
			})
		}
	}
}

// importedForSearch is a TimelineJS import of synthetic events and of
// slides whose text cannot be searched in place: a capital beyond ASCII,
// a summary cut short, an invalid byte. Slides with lower-case letters
// beyond ASCII, and a summary that is the headline, can be.
func importedForSearch(t *testing.T) *timeline.Dataset {
	t.Helper()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 600, Seed: 3}))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := timelinejs.WriteCSV(&b, ds, ds.Apply(timeline.Filter{}), "tag"); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Tirana’s PORTAL went dark again and again, ", 30)
	for _, row := range []string{
		`2022,7,15,,,,,,,Élan hackers hit TIRANA,"<p>Café owners in Tirana say the attack hurt.</p>",,,,,,cyberattack,`,
		`2022,7,16,,,,,,,café attack in ŠKODRA,"<p>the café near the PORTAL was closed.</p><p>Later it opened.</p>",,,,,,cyberattack,`,
		`2022,7,17,,,,,,,Portal café down,"<p>` + long + `</p>",,,,,,cyberattack,`,
		`2022,7,18,,,,,,,Headline only about the Portal,,,,,,,diplomacy,`,
		"2022,7,19,,,,,,,Bad \xff byte in Tirana,\"<p>Portal \xff down.</p>\",,,,,,cyberattack,",
		`2022,7,20,,,,,,,Tirana portal Tirana portal,"<p>Tirana portal.</p>",,,,,,cyberattack,`,
	} {
		b.WriteString(row + "\n")
	}
	imported, err := timelinejs.Load("search.csv", b.Bytes(), timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := timeline.SearchedInPlace(imported)
	if in < 500 || in == len(imported.Events()) {
		t.Fatalf("%d of the import's %d events are searched in place; want most, not all", in, len(imported.Events()))
	}
	return imported
}

func applyAgreesWithMatches(t *testing.T, ds *timeline.Dataset) {
	r := rand.New(rand.NewPCG(7, 11))
	var words []string
	for _, e := range ds.Events() {
		words = append(words, strings.Fields(strings.ToLower(e.Title+" "+e.Summary))...)
	}
	for _, a := range ds.Actors() {
		words = append(words, strings.Fields(a.Name)...)
	}
	// Words that occur nowhere, or only beyond ASCII's case, or at the
	// start of a text: each is also searched for alone, below.
	tricky := []string{"zzqx", "É", "é", "albania’s", "-", "café", "ŠKODRA", "škodra", "élan", "élan hackers", "tirana’s", "bad", "\xff", "\ufffd", "portal", "headline"}
	words = append(words, tricky...)
	pick := func(of []string) []string {
		if r.IntN(3) > 0 || len(of) == 0 {
			return nil
		}
		out := []string{of[r.IntN(len(of))]}
		if r.IntN(4) == 0 {
			out = append(out, of[r.IntN(len(of))])
		}
		return out
	}
	var countries, outlets, actors []string
	for c := range ds.Countries() {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	for _, o := range ds.Outlets() {
		outlets = append(outlets, o.ID)
	}
	for _, a := range ds.Actors() {
		actors = append(actors, a.ID)
	}
	random := func() timeline.Filter {
		f := timeline.Filter{Countries: pick(countries), Outlets: pick(outlets), Actors: pick(actors), Tags: pick(timeline.Tags())}
		for range r.IntN(3) {
			w := words[r.IntN(len(words))]
			if r.IntN(2) == 0 && len(w) > 2 { // a prefix, as while typing
				w = w[:1+r.IntN(len(w)-1)]
			}
			f.Search += " " + w
		}
		if r.IntN(6) == 0 {
			f.Since = timeline.YearDate(2000 + r.IntN(25))
		}
		if r.IntN(6) == 0 {
			f.Until = timeline.MonthDate(2022, time.Month(1+r.IntN(12)))
		}
		if r.IntN(5) == 0 {
			f.Search = strings.ToUpper(f.Search)
		}
		f.Passages = r.IntN(3) == 0
		if r.IntN(4) == 0 {
			f.Scope = timeline.Scope(1 + r.IntN(2))
		}
		f.MinOutlets = r.IntN(4)
		return f
	}
	plain := func(f timeline.Filter) []int {
		out := []int{}
		for i := range ds.Events() {
			if ds.Matches(i, f) {
				out = append(out, i)
			}
		}
		return out
	}
	for _, w := range tricky {
		for _, f := range []timeline.Filter{{Search: w}, {Search: strings.ToUpper(w)}, {Search: w, Passages: true}, {Search: strings.ToUpper(w), Passages: true}} {
			if got, want := ds.Apply(f), plain(f); !slices.Equal(got, want) {
				t.Fatalf("%q: Apply gives %v, Matches %v", f.Search, got, want)
			}
		}
	}
	nonEmpty := 0
	var buf []int // reused from filter to filter, as an explorer reuses its answers' lists
	for n := range 5000 {
		f := random()
		want := plain(f)
		if got := ds.Apply(f); !slices.Equal(got, want) {
			t.Fatalf("filter %d %+v: Apply gives %v, Matches %v", n, f, got, want)
		}
		buf = intoAgrees(t, ds, f, nil, want, buf)
		if len(want) > 0 {
			nonEmpty++
		}
		// Narrowing: a filter with one more word, applied to this result.
		g := f
		g.Search += " " + words[r.IntN(len(words))][:1]
		if !g.Narrows(f) {
			t.Fatalf("%q does not narrow %q", g.Search, f.Search)
		}
		got, err := ds.ApplyWithin(context.Background(), g, want)
		if err != nil {
			t.Fatal(err)
		}
		if w := plain(g); !slices.Equal(got, w) {
			t.Fatalf("narrowing %+v to %q: %v, want %v", f, g.Search, got, w)
		} else {
			buf = intoAgrees(t, ds, g, want, w, buf)
		}
	}
	if nonEmpty < 1000 {
		t.Errorf("only %d of 5000 random filters matched anything; the test is too weak", nonEmpty)
	}
}

// intoAgrees checks that ApplyInto, given buf (the answer to another
// filter still in it, or the -1s it was made with), answers f among within
// with want, in buf's array when buf has room for every candidate and f
// has no facets and reads the passages or searches nothing (what an
// explorer asks as it is typed), and
// returns buf, grown to that room if it had less.
func intoAgrees(t *testing.T, ds *timeline.Dataset, f timeline.Filter, within, want, buf []int) []int {
	t.Helper()
	n := len(within)
	if within == nil {
		n = len(ds.Events())
	}
	if cap(buf) < n {
		buf = make([]int, n)
		for i := range buf {
			buf[i] = -1
		}
	}
	got, err := ds.ApplyInto(context.Background(), f, within, buf[:0])
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ApplyInto %+v within %d events, over a reused list: %v, want %v", f, n, got, want)
	}
	facets := len(f.Countries)+len(f.Outlets)+len(f.Actors)+len(f.Tags) > 0
	if !facets && (f.Passages || strings.TrimSpace(f.Search) == "") && len(got) > 0 && &got[0] != &buf[:1][0] {
		t.Fatalf("ApplyInto %+v made a list of its own with room in the one given", f)
	}
	return buf
}

// TestApplyHandsOutItsOwnSlice: changing a result must not change the
// dataset's indexes or the caller's list.
func TestApplyHandsOutItsOwnSlice(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	f := timeline.Filter{Countries: []string{"AL"}}
	a := ds.Apply(f)
	want := slices.Clone(a)
	for i := range a {
		a[i] = -1
	}
	if b := ds.Apply(f); !slices.Equal(b, want) {
		t.Errorf("a changed result changed the next: %v", b)
	}
	within := slices.Clone(want)
	c, _ := ds.ApplyWithin(context.Background(), timeline.Filter{}, within)
	c[0] = -1
	if within[0] == -1 {
		t.Errorf("ApplyWithin handed back the caller's slice")
	}
}

// TestApplyStopsWhenCancelled: a cancelled filter returns the context's
// error, not a partial list.
func TestApplyStopsWhenCancelled(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []timeline.Filter{{Search: "albania"}, {Countries: []string{"AL"}, Search: "a"}} {
		if got, err := ds.ApplyWithin(ctx, f, nil); err == nil || got != nil {
			t.Errorf("%+v: %v, %v; want the context's error", f, got, err)
		}
	}
}
