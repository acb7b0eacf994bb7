package extract

import (
	"slices"
	"testing"
)

// A byline's or a credit's names are no actors' mentions; a name after
// "by" in prose, or after a label that is not alone before it, still is.
func TestCreditsAreNoMentions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the names found, in order
	}{
		{"byline", "By Anna Berg\n\nMartin Hegge said the port would reopen.", []string{"Martin Hegge"}},
		{"byline with two names", "By Kjell Rønning and Ane Vik\n\nMarit Dahl filed a lawsuit.", []string{"Marit Dahl"}},
		{"byline with a role", "By Liv Haugen, Shipping Correspondent\n\nErik Dahl died.", []string{"Erik Dahl"}},
		{"photo credit in a caption", "Rescue workers at the crane on Monday evening. Photo: Tor Eide\n\nSven Moe died.", []string{"Sven Moe"}},
		{"wire sign-off", "Hans Lie will lead it.\n\n(Reporting by Anna Berg; Editing by Mark Lund)", []string{"Hans Lie"}},
		{"by in prose", "The inquiry was ordered by Ingrid Solberg on Thursday.", []string{"Ingrid Solberg"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			paras := paragraphs(tc.text)
			nm := newNamer(tc.text, paras)
			for _, pa := range paras {
				for _, f := range nm.find(pa.start, pa.end) {
					if f.kind == namePerson {
						got = append(got, f.text)
					}
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("people in %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
