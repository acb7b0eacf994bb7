package timeline_test

import (
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestSearchBeforeTheIndexAgrees: a dataset whose indexes are not built
// yet (AdoptDeferred) answers every filter, search, narrowing and
// per-event question as the indexed one does, and still does once its
// indexes are built, and before that once its letters alone are made.
// For the seeds (statements, quotes, actors beyond
// ASCII), a synthetic export (actors and countries on every event) and a
// TimelineJS import (most events searched in place).
func TestSearchBeforeTheIndexAgrees(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := timeline.New(synth.Parts(synth.Options{Events: 3000, Seed: 5}))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		ds   *timeline.Dataset
	}{{"seeds", seeds}, {"synthetic", synthetic}, {"import", importedForSearch(t)}} {
		t.Run(tt.name, func(t *testing.T) {
			un, err := timeline.Unindexed(tt.ds.Parts())
			if err != nil {
				t.Fatal(err)
			}
			select {
			case <-un.Indexed():
				t.Fatal("Indexed is closed before the indexes are built")
			default:
			}
			defer timeline.SplitScansFrom(un, 7)()
			agreeWithIndexed(t, tt.ds, un, "before the index")
			timeline.Letter(un) // the first thing the build makes
			agreeWithIndexed(t, tt.ds, un, "with the letters alone")
			timeline.Index(un)
			<-un.Indexed()
			agreeWithIndexed(t, tt.ds, un, "after the index")
			if err := timeline.LettersAgree(un); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func agreeWithIndexed(t *testing.T, want, got *timeline.Dataset, when string) {
	t.Helper()
	for i := range want.Events() {
		if !slices.Equal(got.EventCountries(i), want.EventCountries(i)) || !slices.Equal(got.EventOutlets(i), want.EventOutlets(i)) {
			t.Fatalf("%s: event %d's countries %v and outlets %v, want %v and %v", when, i,
				got.EventCountries(i), got.EventOutlets(i), want.EventCountries(i), want.EventOutlets(i))
		}
	}
	select {
	case <-got.Indexed(): // before, ActorEvents waits for the indexes
		for ai := range want.Actors() {
			if g, w := got.ActorEvents(ai), want.ActorEvents(ai); !slices.Equal(g, w) {
				t.Fatalf("%s: actor %d's events %v, want %v", when, ai, g, w)
			}
		}
	default:
	}
	r := rand.New(rand.NewPCG(3, 5))
	var words []string
	for _, e := range want.Events() {
		words = append(words, strings.Fields(strings.ToLower(e.Title+" "+e.Summary))...)
	}
	for _, a := range want.Actors() {
		words = append(words, strings.Fields(a.Name)...)
		words = append(words, a.Aliases...)
	}
	for _, q := range want.Quotes() {
		words = append(words, strings.Fields(q.Span.Text.String())...)
	}
	tricky := []string{"zzqx", "É", "é", "café", "ŠKODRA", "škodra", "élan", "\xff", "\ufffd", "portal", "’s", "lapid", "KHAMENEI", "p", "K", "q z", "x"}
	for _, w := range tricky {
		for _, f := range []timeline.Filter{{Search: w}, {Search: strings.ToUpper(w)}, {Search: w, Tags: []string{"cyberattack"}},
			{Search: w, Passages: true}, {Search: strings.ToUpper(w), Passages: true}, {Search: w, Passages: true, Tags: []string{"cyberattack"}},
			{Search: w, Passages: true, Scope: timeline.ScopeStory}} {
			if g, w := got.Apply(f), want.Apply(f); !slices.Equal(g, w) {
				t.Fatalf("%s: %+v gives %v, want %v", when, f, g, w)
			}
		}
	}
	words = append(words, tricky...)
	pick := func(of []string) []string {
		if len(of) == 0 || r.IntN(3) > 0 {
			return nil
		}
		return []string{of[r.IntN(len(of))], of[r.IntN(len(of))]}[:1+r.IntN(2)]
	}
	var countries, outlets, actors []string
	for c := range want.Countries() {
		countries = append(countries, c)
	}
	slices.Sort(countries)
	for _, o := range want.Outlets() {
		outlets = append(outlets, o.ID)
	}
	for _, a := range want.Actors() {
		actors = append(actors, a.ID)
	}
	var buf []int // reused from filter to filter (intoAgrees)
	for n := range 2000 {
		f := timeline.Filter{Countries: pick(countries), Outlets: pick(outlets), Actors: pick(actors), Tags: pick(timeline.Tags())}
		for range r.IntN(3) {
			w := words[r.IntN(len(words))]
			if len(w) > 2 && r.IntN(2) == 0 {
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
		f.Passages = r.IntN(2) == 0 // the explorer's search reads them
		w := want.Apply(f)
		if g := got.Apply(f); !slices.Equal(g, w) {
			t.Fatalf("%s: filter %d %+v gives %v, want %v", when, n, f, g, w)
		}
		if n%4 == 0 { // a quarter of them: read before the index, each takes the scan of every event again
			buf = intoAgrees(t, got, f, nil, w, buf)
		}
		for _, i := range []int{0, len(want.Events()) / 2, len(want.Events()) - 1} {
			if got.Matches(i, f) != want.Matches(i, f) {
				t.Fatalf("%s: filter %+v: Matches(%d) %v, want %v", when, f, i, got.Matches(i, f), want.Matches(i, f))
			}
		}
		g := f
		g.Search += " " + words[r.IntN(len(words))][:1]
		wn, _ := want.ApplyWithin(context.Background(), g, w)
		if gn, err := got.ApplyWithin(context.Background(), g, w); err != nil || !slices.Equal(gn, wn) {
			t.Fatalf("%s: narrowing %+v to %q gives %v (%v), want %v", when, f, g.Search, gn, err, wn)
		}
		if n%4 == 0 {
			buf = intoAgrees(t, got, g, w, wn, buf)
		}
	}
}

// TestQueriesWhileIndexing asks while AdoptDeferred's goroutine builds the
// indexes: every answer is the indexed one (and, under -race, no read
// races the build).
func TestQueriesWhileIndexing(t *testing.T) {
	opt := synth.Options{Events: 20000, Seed: 2}
	want, err := timeline.New(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := timeline.AdoptDeferred(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	filters := []timeline.Filter{{Search: "attack"}, {Countries: []string{"AL"}}, {Search: "minister", Tags: []string{"visit"}}}
	for n, done := 0, false; !done; n++ {
		select {
		case <-ds.Indexed():
			done = true
		default:
		}
		f := filters[n%len(filters)]
		if g, w := ds.Apply(f), want.Apply(f); !slices.Equal(g, w) {
			t.Fatalf("%+v: %d events, want %d", f, len(g), len(w))
		}
		if i := n % len(want.Events()); !slices.Equal(ds.EventCountries(i), want.EventCountries(i)) {
			t.Fatalf("event %d's countries %v, want %v", i, ds.EventCountries(i), want.EventCountries(i))
		}
	}
}

// TestActorEventsWaitsForTheIndex: before the indexes are built,
// ActorEvents waits for them, and gives what they give.
func TestActorEventsWaitsForTheIndex(t *testing.T) {
	opt := synth.Options{Events: 2000, Seed: 6}
	want, _ := timeline.New(synth.Parts(opt))
	ds, err := timeline.Unindexed(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan []int)
	go func() { got <- ds.ActorEvents(3) }()
	select {
	case <-got:
		t.Fatal("answered before the indexes were built")
	case <-time.After(20 * time.Millisecond):
	}
	timeline.Index(ds)
	if g := <-got; !slices.Equal(g, want.ActorEvents(3)) {
		t.Errorf("actor 3's events %v, want %v", g, want.ActorEvents(3))
	}
}

// TestIndexHeldUntilStart: AdoptDeferredAfter and RestoreAfter build no
// index until start is closed, answering meanwhile as the indexed
// dataset does; ActorEvents, which must wait for the indexes, starts the
// build itself rather than waiting for start forever.
func TestIndexHeldUntilStart(t *testing.T) {
	opt := synth.Options{Events: 2000, Seed: 6}
	want, err := timeline.New(synth.Parts(opt))
	if err != nil {
		t.Fatal(err)
	}
	for name, build := range map[string]func(timeline.Parts, <-chan struct{}) (*timeline.Dataset, error){
		"AdoptDeferredAfter": timeline.AdoptDeferredAfter,
		"RestoreAfter":       timeline.RestoreAfter,
	} {
		t.Run(name, func(t *testing.T) {
			start := make(chan struct{})
			ds, err := build(want.Parts(), start)
			if err != nil {
				t.Fatal(err)
			}
			for range 50 { // room for a build that was not held to finish
				time.Sleep(time.Millisecond)
				select {
				case <-ds.Indexed():
					t.Fatal("indexed before start was closed")
				default:
				}
			}
			agreeWithIndexed(t, want, ds, "held")
			close(start)
			<-ds.Indexed()
			agreeWithIndexed(t, want, ds, "after start")

			held, err := build(want.Parts(), make(chan struct{})) // never closed
			if err != nil {
				t.Fatal(err)
			}
			if g := held.ActorEvents(3); !slices.Equal(g, want.ActorEvents(3)) {
				t.Errorf("actor 3's events %v, want %v", g, want.ActorEvents(3))
			}
		})
	}
}
