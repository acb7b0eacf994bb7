package extract

import (
	"strings"
	"testing"
)

// TestIrregularPastIsAVerb: an irregular past tense is a finite verb to
// the titler, and meets its base form for the clustering, as a regular
// past does ("attacked", "attack").
func TestIrregularPastIsAVerb(t *testing.T) {
	for _, tt := range []struct{ sentence, verb, base string }{
		{"The insurer put up a reward on Thursday", "put", "put"},
		{"Thieves stole three paintings overnight", "stole", "steal"},
		{"The match drew a record crowd", "drew", "draw"},
		{"The council became the owner in May", "became", "become"},
		{"Rescuers dug through the night", "dug", "dig"},
		{"The company withheld the report for a week", "withheld", "withhold"},
	} {
		ws := strings.Fields(tt.sentence)
		k := -1
		for i, w := range ws {
			if w == tt.verb {
				k = i
			}
		}
		if !finiteAt(ws, k) {
			t.Errorf("%q: %q is no finite verb to finiteAt", tt.sentence, tt.verb)
		}
		if stem(tt.verb) != stem(tt.base) {
			t.Errorf("stem(%q) = %q, stem(%q) = %q: they should meet", tt.verb, stem(tt.verb), tt.base, stem(tt.base))
		}
	}
}
