package extract

import (
	"reflect"
	"testing"
)

// TestSearchFindsWhatScanFinds holds the search of a few aliases to the
// word-by-word scan of larger lexicons: overlapping occurrences (a
// shorter one left over once a longer name claims the first), a region
// opening or closing inside a word, aliases opening with no letter,
// letters beyond ASCII, and a name inside a longer word.
func TestSearchFindsWhatScanFinds(t *testing.T) {
	lexicons := [][]string{
		{"Big A", "A A"},
		{"New York Times", "New York", "York", "Times"},
		{"Times of Israel", "Israel", "Voice of America", "America"},
		{"#MeToo", "Me", "Zoë Ríos", "Ríos"},
		{"U.S.", "U.S. Army", "Army"},
	}
	texts := []string{
		"Big A A A",
		"the New York Times said New York's Yorkshire and York Times; Times.",
		"Israel and the Times of Israel; Voice of America's America, Americas.",
		"#MeToo, Me and Zoë Ríos (Ríos) met; Ríoss no.",
		"the U.S. Army, U.S., Army-led US. Armys",
	}
	for i, aliases := range lexicons {
		lx := newLexicon(nil)
		for _, a := range aliases {
			lx.addAlias(a, "id-"+a)
		}
		for _, text := range texts {
			for lo := 0; lo <= len(text); lo += 3 {
				for _, hi := range []int{lo, (lo + len(text)) / 2, len(text) - 1, len(text)} {
					if hi < lo || hi > len(text) {
						continue
					}
					got, want := lx.search(text, lo, hi), lx.scan(text, lo, hi)
					if len(got) == 0 && len(want) == 0 {
						continue
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("lexicon %d, %q[%d:%d]: search %v, scan %v", i, text, lo, hi, got, want)
					}
				}
			}
		}
	}
	lx := newLexicon(nil)
	lx.addAlias("Big A", "big")
	lx.addAlias("A A", "aa")
	if got := lx.find("Big A A A", 0, 9); !reflect.DeepEqual(got, []match{{0, 5, "big"}, {6, 9, "aa"}}) {
		t.Errorf("find: %v, want Big A then the A A after it", got)
	}
}
