package extract

import (
	"strings"
	"testing"
)

// A correction note at the top or bottom of a page is page furniture, not
// a happening of the story; the same words in the middle of the story, and
// prose about a story amended, are not.
func TestCorrectionNotesAreFurniture(t *testing.T) {
	const prose = "The port authority said on Friday it had not been served with the suit."
	body := strings.Repeat(prose+"\n", 8)
	cases := []struct {
		name, text, line string
		want             bool
	}{
		{"amended, at the bottom", body + "This article was amended on 15 March 2025 to correct the spelling of a name.\n", "This article was amended on 15 March 2025 to correct the spelling of a name.", true},
		{"corrected, at the bottom", body + "This story has been corrected to show the strike lasted two days.\n", "This story has been corrected to show the strike lasted two days.", true},
		{"an earlier version", body + "An earlier version of this article misstated the crane's height.\n", "An earlier version of this article misstated the crane's height.", true},
		{"Correction:", body + "Correction: The union's leader is Pål Aas, not Paul Aas.\n", "Correction: The union's leader is Pål Aas, not Paul Aas.", true},
		{"in the middle", body + "This article was amended on 15 March 2025 to correct a name.\n" + body, "This article was amended on 15 March 2025 to correct a name.", false},
		{"prose about an amendment", body + "The law was amended on 15 March 2025.\n", "The law was amended on 15 March 2025.", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := false
			for _, f := range FindFurniture(tc.text) {
				if tc.text[f.Start:f.End] == tc.line && f.Kind == Boilerplate {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("FindFurniture: %q furniture = %v, want %v; got %s", tc.line, got, tc.want, furnGotString(tc.text, FindFurniture(tc.text)))
			}
		})
	}
}
