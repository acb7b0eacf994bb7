package extract

import (
	"slices"
	"testing"
)

// cameAfterMatches finds what reCameAfter finds over the whole text, in
// the tuned stories and in texts made for its edges: case, a Kelvin sign
// and a long s that fold to k and s, runs of spaces and line breaks, a
// word going on before the verb, the text's start and end.
func TestCameAfterMatchesAsThePattern(t *testing.T) {
	texts := []string{
		"The arrests came three days after the images were published. Talks followed a week before the vote.",
		"Came a day after the vote, they left. It HAPPENED TWO WEEKS BEFORE  the count.",
		"It came two wee\u212As after the strike, and it occurred \u017feven days before  \n\t the count",
		"It overcame a day after the storm; it came a day after",
		"—came a day after the count; écame a day after; _came a day after; 9came a day after the count",
		"It came\n\n a  day\r\nafter\f the count, and followed 4 days after \t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t the vote.",
		"came a day after came a day after came one week before",
	}
	texts = append(texts, precheckTexts(t)...)
	found := 0
	for _, s := range texts {
		want := reCameAfter().FindAllStringSubmatchIndex(s, -1)
		got := cameAfterMatches(s)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("cameAfterMatches(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 10 {
		t.Fatalf("only %d matches in the texts: the test reads too little", found)
	}
}
