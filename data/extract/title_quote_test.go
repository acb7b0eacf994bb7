package extract

import "testing"

// TestQuotedTitleIsWhole: a title from a quotation keeps its first
// sentence, cut where a phrase ends when it is long, never before the
// word that completes it; a short abbreviation is no sentence's end.
func TestQuotedTitleIsWhole(t *testing.T) {
	tests := []struct{ name, sentence, want string }{
		{"a whole short quotation", "“We will not go back until the rosters change,” Mara Holt said on Monday.",
			"Mara Holt: We will not go back until the rosters change"},
		{"its first sentence", "“The basin stays shut. We owe the crane drivers a safe quay and a fair roster,” Mara Holt said on Monday.",
			"Mara Holt: The basin stays shut"},
		{"an abbreviation is no sentence end", "“The crane was sold to Mr. Brel for a single crown,” Mara Holt said on Monday.",
			"Mara Holt: The crane was sold to Mr. Brel"},
		{"an initial in the speaker's name", "“The basin stays shut,” said Mara B. Holt, the harbour master.",
			"Mara B. Holt: The basin stays shut"},
		{"long: cut at a phrase", "“The last thing the port needs now is a strike that closes the basin for a month,” Mara Holt said.",
			"Mara Holt: The last thing the port needs now is a strike"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := sentenceTitle(tt.sentence); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestQuotedTitleCutIsNoWholeStatement: a quotation with no phrase
// boundary within the limit is cut where its words stand, and is no whole
// statement, so a clearer mention titles the cluster.
func TestQuotedTitleCutIsNoWholeStatement(t *testing.T) {
	s := "“The thing the union did is almost is calling out for a strike of every crane in the port,” Mara Holt said."
	if got, whole := sentenceTitle(s); whole {
		t.Errorf("%q reads whole", got)
	}
	s = "“The union will strike,” Mara Holt said."
	if got, whole := sentenceTitle(s); !whole {
		t.Errorf("%q does not read whole", got)
	}
}

// TestTitleDropsMarkup: markup the text carries ("<post id=… by=…>")
// is no part of a title.
func TestTitleDropsMarkup(t *testing.T) {
	s := `<post id="12" by="@harbour">The harbour master closed the north basin to tankers on Monday.</post>`
	if got, want := eventTitleOf(s), "The harbour master closed the north basin to tankers"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func eventTitleOf(s string) string {
	t, _ := sentenceTitle(s)
	return t
}
