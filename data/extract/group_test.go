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
		{"other speaker, under eight words", "holm", "a2", "never back down from those who attack", ""},
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

// TestGroupsDoNotChain: a quotation joins a statement by agreeing with
// the rendering it was found in, not with one that joined it later, so
// A~B and B~C do not put C with A when A and C share nothing.
func TestGroupsDoNotChain(t *testing.T) {
	g := newGroups()
	add := func(statement, article, text string) {
		g.add("kovac", rendered{statement: statement, article: article, words: words(text)})
	}
	add("s0", "a1", "harbour tariffs will rise in spring")
	const b = "Harbour tariffs will rise in spring while ferry fares must fall by winter"
	got, _ := g.best("kovac", "a2", words(b))
	if got != "s0" {
		t.Fatalf("B: got %q, want s0", got)
	}
	add(got, "a2", b)
	if got, score := g.best("kovac", "a3", words("ferry fares must fall by winter")); got != "" {
		t.Errorf("C joined %q (score %.2f) through B, sharing no word with A", got, score)
	}
	// a part of the statement's own article's quotation is one of it
	add("s0", "a1", "and the docks will stay open all night")
	if got, _ := g.best("kovac", "a4", words("the docks will stay open")); got != "s0" {
		t.Errorf("a part quoted in the statement's article: got %q, want s0", got)
	}
}

// TestGroupsShortQuotations: a quotation of fewer than four words joins a
// longer one only where it stands in it word for word, side by side.
func TestGroupsShortQuotations(t *testing.T) {
	g := newGroups()
	for i, text := range []string{
		"They were extremely reckless and careless with the files",
		"Iran is a shared threat to both our nations",
		"absurd",
	} {
		g.add("kovac", rendered{statement: "s" + string(rune('0'+i)), order: i, article: "a1", words: words(text)})
	}
	tests := []struct{ name, text, want string }{
		{"words strewn in a longer one", "were extremely careless", ""},
		{"words side by side in a longer one", "“shared threat.”", "s1"},
		{"one word", "Absurd.", "s2"},
		{"a longer one holding a one-word one", "this plan is absurd and we will fight it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, score := g.best("kovac", "a2", words(tt.text)); got != tt.want {
				t.Errorf("got %q (score %.2f), want %q", got, score, tt.want)
			}
		})
	}
}

// TestGroupsLongAnswers: a quotation agrees with a long answer only where
// a stretch of the answer holds its words, not when a few common words
// turn up in order across the whole of it.
func TestGroupsLongAnswers(t *testing.T) {
	g := newGroups()
	g.add("kovac", rendered{statement: "s0", article: "a1", words: words(
		"Look, we have a plan for the port, and it is a good plan. The cranes are old, " +
			"the berths are too shallow for a modern ship, and the town has waited a lot " +
			"of years for somebody to fix it. I am going to fix it, and the ministry knows it.")})
	tests := []struct{ name, text, want string }{
		{"common words across the answer", "It is a lot of nonsense from the ministry", ""},
		{"a stretch of it, a word changed", "the berths are far too shallow for a big ship", "s0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, score := g.best("kovac", "a2", words(tt.text)); got != tt.want {
				t.Errorf("got %q (score %.2f), want %q", got, score, tt.want)
			}
		})
	}
}
