package extract

import (
	"strings"
	"testing"
)

// TestSentenceKeepsAbbreviations: a period after an abbreviation, an
// initial or a dotted acronym does not end the sentence; one after an
// ordinary word does.
func TestSentenceKeepsAbbreviations(t *testing.T) {
	for _, tt := range []struct{ text, at, want string }{
		{"Talks began. Mr. Smith spoke at length. Then they left.", "spoke", "Mr. Smith spoke at length."},
		{"It was filed on Sept. 14 by the ministry. Nobody replied.", "ministry", "It was filed on Sept. 14 by the ministry."},
		{"Treasury's Brian E. Nelson said so. Others agreed.", "said", "Treasury's Brian E. Nelson said so."},
		{"The U.S. Treasury acted. Iran denied it.", "acted", "The U.S. Treasury acted."},
		{"Acme Corp. Ltd said so. Then it left.", "said", "Acme Corp. Ltd said so."},
		// an ordinary word's period does end one, and so do ? and !
		{"The ministry acted. Smith spoke.", "Smith", "Smith spoke."},
		{"Who acted? Smith spoke! Then he left.", "Smith", "Smith spoke!"},
		{"It was “over!” Smith said.", "Smith", "Smith said."},
	} {
		mask := []byte(tt.text)
		pos := strings.Index(tt.text, tt.at)
		s, e := sentence(mask, 0, len(mask), pos)
		if got := tt.text[s:e]; got != tt.want {
			t.Errorf("the sentence of %q in %q is %q, want %q", tt.at, tt.text, got, tt.want)
		}
	}
}
