package timeline

import (
	"slices"
	"testing"
)

// TestLettersBeyondASCII: an event's letters, made from the event before
// its search text is, are those of its text in lower case, where
// lower-casing beyond ASCII makes an ASCII letter (the Kelvin sign is a
// k) and where its title or an actor's alias is not in its passage; and
// a first letter typed then finds what the indexed search finds.
func TestLettersBeyondASCII(t *testing.T) {
	p := fixture()
	p.Events[2].Title = "An old war at 300 \u212A" // nothing else of it holds a k
	p.Actors[0].Aliases = append(p.Actors[0].Aliases, "Zed")
	idx, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := LettersAgree(idx); err != nil {
		t.Fatal(err)
	}
	un, err := adopt(idx.Parts())
	if err != nil {
		t.Fatal(err)
	}
	un.deriveLetters()
	for _, q := range []string{"k", "z", "q", "K z", "j"} {
		f := Filter{Search: q, Passages: true}
		if !un.FromLetters(f, nil) {
			t.Errorf("%q: not answered from the letters", q)
		}
		if got, want := un.Apply(f), idx.Apply(f); !slices.Equal(got, want) {
			t.Errorf("%q from the letters gives %v, want %v", q, got, want)
		}
	}
	if ks := idx.Apply(Filter{Search: "k", Passages: true}); !slices.Contains(ks, 0) {
		t.Fatalf("k finds %v, not the event whose title has the Kelvin sign", ks)
	}
	if un.FromLetters(Filter{Search: "k", Passages: true, Tags: []string{"cyberattack"}}, nil) ||
		un.FromLetters(Filter{Search: "k"}, nil) || un.FromLetters(Filter{Search: "ka", Passages: true}, nil) {
		t.Error("a filter with facets, without the passages or of a longer word is said to come from the letters")
	}
}
