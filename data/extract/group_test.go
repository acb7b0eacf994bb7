package extract

import "testing"

func TestGroupsBest(t *testing.T) {
	g := newGroups()
	for i, r := range []struct{ speaker, article, text string }{
		{"kovac", "a1", "We will never back down from those who attack our ports"},
		{"kovac", "a1", "absurd"},
		{"kovac", "a1", "people deserve better than this"},
		{"holm", "a1", "the terminal will reopen on Monday"},
	} {
		g.add(r.speaker, rendered{statement: "s" + string(rune('0'+i)), order: i, article: r.article, words: words(r.text)})
	}
	tests := []struct {
		name, speaker, article, text, want string
	}{
		{"a word changed", "kovac", "a2", "We will not back down from those who attack our ports", "s0"},
		{"trimmed", "kovac", "a2", "never back down from those who attack", "s0"},
		{"same one word", "kovac", "a2", "Absurd", "s1"},
		{"one word of a longer statement", "kovac", "a2", "people", ""},
		{"same article", "kovac", "a1", "We will never back down from those who attack our ports", ""},
		{"other speaker", "holm", "a2", "We will never back down from those who attack our ports", ""},
		{"too little shared", "kovac", "a2", "we will see what the ports say about it later this year", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, score := g.best(tt.speaker, tt.article, words(tt.text))
			if got != tt.want {
				t.Errorf("got %q (score %.2f), want %q", got, score, tt.want)
			}
		})
	}
}

// TestGroupsBoundsComparisons: however many renderings share a pair of
// words with a quotation, only maxCompared are compared, and a pair held
// by more than maxPosting renderings stops being indexed.
func TestGroupsBoundsComparisons(t *testing.T) {
	g := newGroups()
	for i := range 3 * maxPosting {
		g.add("kovac", rendered{statement: "s", order: i, article: "a", words: words("of the port")})
	}
	if n := len(g.postings[keys("kovac", words("of the"))[0]]); n != maxPosting {
		t.Errorf("a common pair lists %d renderings, want %d", n, maxPosting)
	}
	if got, _ := g.best("kovac", "b", words("of the port")); got != "s" {
		t.Errorf("got %q, want s", got)
	}
}
