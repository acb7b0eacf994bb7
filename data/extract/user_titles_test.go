package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A title made from reported speech says whose words they are: what a
// speaker says of themself ("he had not seen the report") is their claim,
// not a fact, and a quotation's speaker named in an apposition is named.
func TestReportedSpeechTitleNamesTheSpeaker(t *testing.T) {
	published := timeline.DayDate(2025, 3, 11)
	tests := []struct{ name, sentence, want string }{
		{"said that he", "Martin Hegge, the port's chief executive, said on Tuesday that he had not seen the report.", "Martin Hegge said he had not seen the report"},
		{"said he", "Martin Hegge said he had not seen the report before the collapse.", "Martin Hegge said he had not seen the report before the collapse"},
		{"told whom that he", "Hegge told reporters on Tuesday that he had not seen the report.", "Hegge told reporters he had not seen the report"},
		{"a quoted view, a long name", "Prime Minister Jonas Gahr Støre said in parliament on Wednesday that the government would “leave no stone unturned”.", "Støre said the government would leave no stone unturned"},
		{"speaker in an apposition", "“She wants answers, not money,” the lawyer, Jonas Berg, said on Friday.", "Jonas Berg: She wants answers, not money"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &timeline.Article{ID: "a", Text: untrusted.Text(tt.sentence), Published: published}
			m := &mention{article: a, start: 0, end: len(tt.sentence), dates: FindDates(tt.sentence, published)}
			if got := eventTitle(m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
