package extract

import "testing"

// TestPronounsAgreeInGender checks that "he said" and "she said" go to the
// nearest person the article does not say is of the other gender: what
// the article itself says (an honorific, a pronoun in a sentence naming
// only that person), never a list of first names.
func TestPronounsAgreeInGender(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"she, past a man named later",
			"Ada Lorn runs the ferry union. She has fought the port board for years. " +
				"Piet Harms, the board's chairman, said he would not meet the union. " +
				"“We will strike before the summer is out,” she said.\n",
			"We will strike before the summer is out", "Ada Lorn"},
		{"he, past a woman named later",
			"Piet Harms chairs the port board, and he has refused every meeting. " +
				"Ada Lorn, the union's leader, said she had written to the board. " +
				"“The board will not be told what to do by anyone,” he said.\n",
			"The board will not be told what to do by anyone", "Piet Harms"},
		{"an honorific says who she is",
			"Mrs. Vold met Mr. Harms at the harbour office on Tuesday. " +
				"“The talks went nowhere at all this week,” she said.\n",
			"The talks went nowhere at all this week", "Vold"},
		{"an honorific says who he is",
			"Mr. Harms met Mrs. Vold at the harbour office on Tuesday. " +
				"“The talks went very well indeed this week,” he said.\n",
			"The talks went very well indeed this week", "Harms"},
		{"a pronoun opening the next sentence",
			"Kit Ostrova runs the ferry line. She bought it in the spring. " +
				"Lars Mett sold it. He had run it for years. " +
				"“I have no plans to raise the fares this year,” she said.\n",
			"I have no plans to raise the fares this year", "Kit Ostrova"},
		{"unknown genders agree with either pronoun",
			"Kit Ostrova runs the ferry line. " +
				"“I have no plans to raise the fares this year,” she said.\n",
			"I have no plans to raise the fares this year", "Kit Ostrova"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
	// "she said" with only a man in reach is never his
	got := speakersOf(t, "Mr. Harms spoke to the council on Tuesday. “The talks went very badly indeed this week,” she said.\n")
	if s := got["The talks went very badly indeed this week"]; s == "Harms" {
		t.Errorf("she said: credited to Mr. Harms; all: %v", got)
	}
}

// TestGenderEvidence checks what the article's own words say.
func TestGenderEvidence(t *testing.T) {
	tests := []struct {
		before string
		want   gender
	}{
		{"met Mr. ", genderMale},
		{"Mrs. ", genderFemale},
		{"and Ms. ", genderFemale},
		{"Mr. and Mrs. ", genderUnknown},
		{"Lorn and Mrs. ", genderFemale},
		{"said ", genderUnknown},
		{"", genderUnknown},
	}
	for _, tt := range tests {
		if got := honorificGender(tt.before); got != tt.want {
			t.Errorf("honorificGender(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
	for w, want := range map[string]gender{"He": genderMale, "she,": genderFemale, "herself": genderFemale, "his": genderUnknown, "her": genderUnknown, "they": genderUnknown} {
		if got := pronounGender(w); got != want {
			t.Errorf("pronounGender(%q) = %v, want %v", w, got, want)
		}
	}
	// one side must clearly outweigh the other
	for _, tt := range []struct {
		t    genderTally
		want gender
	}{{genderTally{3, 1}, genderMale}, {genderTally{1, 1}, genderUnknown}, {genderTally{2, 1}, genderUnknown}, {genderTally{0, 1}, genderFemale}, {genderTally{}, genderUnknown}} {
		if got := tt.t.gender(); got != tt.want {
			t.Errorf("%+v.gender() = %v, want %v", tt.t, got, tt.want)
		}
	}
}
