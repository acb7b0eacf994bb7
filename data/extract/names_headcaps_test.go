package extract

import "testing"

// TestHeadlineCapitalsNameNoOne: words a headline or a lead-in writes in
// capitals are read as the article writes them elsewhere: a name in them
// ends at the first word that is not one, common words in capitals name
// no one, and an acronym or a speaker's label in capitals stays a name.
func TestHeadlineCapitalsNameNoOne(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"a name ends at the headline's verb",
			"PORT CHIEF OLA DAHL RESIGNS After weeks of strikes, the board forced out Ola Dahl.",
			"person \"OLA DAHL\"\nperson \"Ola Dahl\"\n"},
		{"common words in capitals name no one",
			"VESTIC VOTERS FACE CULTURAL DILEMMA The vote is close, said Ivo Tarrant of the board.",
			"person \"Ivo Tarrant\"\n"},
		{"a word in capitals the article writes in lower case",
			"COULD it be over? The talks could end, said Ivo Tarrant.",
			"person \"Ivo Tarrant\"\n"},
		{"a headline's last word runs into the prose",
			"HARNLOW TO BUY ORVA FOR $4 BILLION The sale is large, Ivo Tarrant said.",
			"person \"Ivo Tarrant\"\n"},
		{"an acronym the prose writes stays",
			"The NRB met. NRB CHIEF QUITS The chair left.",
			"org \"NRB\" organisation\norg \"NRB\" organisation\n"},
		{"a speaker's label stays",
			"TARRANT: We will not sign. Ivo Tarrant left.",
			"single \"TARRANT\"\nperson \"Ivo Tarrant\"\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := foundString(tt.text, newNamer(tt.text, paragraphs(tt.text)).find(0, len(tt.text)))
			if got != tt.want {
				t.Errorf("in %q\ngot:\n%swant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}
