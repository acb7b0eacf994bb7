package timeline_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestFollowersAnswerAsMatches types a first letter, then a second, into
// a search of the passages, as an explorer does: the first letter's
// answer has its followers made, and the words of two letters after it
// (every letter second, alone, with a letter, or with another word of two
// opening with the same letter) are answered from
// them, within the first's answer and over every event. Each answer must
// be Matches'. The seeds' text is copied in lower case; most of the
// import's is searched in its article, some of its events' passages
// lying outside that text.
func TestFollowersAnswerAsMatches(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		ds   *timeline.Dataset
	}{{"seeds", seeds}, {"import", importedForSearch(t)}} {
		t.Run(tt.name, func(t *testing.T) {
			ds := tt.ds
			plain := func(f timeline.Filter) []int {
				out := []int{}
				for i := range ds.Events() {
					if ds.Matches(i, f) {
						out = append(out, i)
					}
				}
				return out
			}
			found := 0
			for _, c := range "aprt" {
				first := timeline.Filter{Search: string(c), Passages: true}
				within, err := ds.ApplyInto(ctx, first, nil, nil)
				if err != nil {
					t.Fatal(err)
				}
				if got := timeline.Followed(ds); got != byte(c) {
					t.Fatalf("after %q, the followers made are %q's", first.Search, got)
				}
				for search, from := range map[string]bool{string(c) + "h": true, "e " + string(c) + "s": true, string(c) + "hi": false, "e": false, "zq": c == 'z'} {
					if got := ds.FromFollowers(timeline.Filter{Search: search, Passages: true}); got != from {
						t.Fatalf("after %q, FromFollowers(%q) = %v, want %v", first.Search, search, got, from)
					}
				}
				for d := 'a'; d <= 'z'; d++ {
					for _, search := range []string{string(c) + string(d), string(c) + string(d) + " e", "E " + string(c-'a'+'A') + string(d), string(c) + string(d) + " " + string(c) + "e"} {
						f := timeline.Filter{Search: search, Passages: true}
						want := plain(f)
						found += len(want)
						for _, in := range [][]int{within, nil} {
							got, err := ds.ApplyInto(ctx, f, in, make([]int, 0, len(ds.Events())))
							if err != nil {
								t.Fatal(err)
							}
							if !slices.Equal(got, want) {
								t.Fatalf("%q within %d events: %d events, Matches %d", search, len(in), len(got), len(want))
							}
						}
					}
				}
			}
			if found == 0 {
				t.Fatal("no word of two letters occurs anywhere: the test is too weak")
			}
		})
	}
}

// TestFollowersReadTextInPlace: reading an event's followers allocates
// nothing, whether its text is copied in lower case (the seeds) or read
// in its article (the import). Copying each event's text into a string
// to read it made a million-event export's explorer grow by 185 MiB as
// the followers of a first letter were made.
func TestFollowersReadTextInPlace(t *testing.T) {
	seeds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for name, ds := range map[string]*timeline.Dataset{"seeds": seeds, "import": importedForSearch(t)} {
		if _, err := ds.ApplyInto(context.Background(), timeline.Filter{Search: "p", Passages: true}, nil, nil); err != nil {
			t.Fatal(err)
		}
		allocs := testing.AllocsPerRun(3, func() {
			for i := range ds.Events() {
				timeline.FollowersOf(ds, i, 'p')
			}
		})
		if allocs != 0 {
			t.Errorf("%s: reading every event's followers allocates %.0f times", name, allocs)
		}
	}
}
