package timeline_test

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestFirstLetterMakesTheLetters: a first letter searched in the passages
// before the index build has begun makes the letters the build would
// make first, and answers from them what the indexed dataset answers;
// the build then finds them made, and they are the indexed text's.
func TestFirstLetterMakesTheLetters(t *testing.T) {
	want := importedForSearch(t)
	un, err := timeline.Unindexed(want.Parts())
	if err != nil {
		t.Fatal(err)
	}
	f := timeline.Filter{Search: "P", Passages: true}
	if un.FromLetters(f, nil) {
		t.Fatal("the letters are made before anything asked for them")
	}
	if got, w := un.Apply(f), want.Apply(f); !slices.Equal(got, w) {
		t.Fatalf("before the index, %q gives %v, want %v", f.Search, got, w)
	}
	if !un.FromLetters(f, nil) {
		t.Fatal("a first letter before the index did not make the letters")
	}
	timeline.Index(un)
	<-un.Indexed()
	if err := timeline.LettersAgree(un); err != nil {
		t.Fatal(err)
	}
}
