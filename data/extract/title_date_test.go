package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// sentenceTitle is the title of a mention that is the whole sentence s.
func sentenceTitle(s string) (string, bool) {
	published := timeline.DayDate(2024, 3, 6)
	a := &timeline.Article{ID: "a", Text: untrusted.Text(s), Published: published}
	m := &mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)}
	return mentionTitle(m)
}

// TestTitleDropsDatePhraseWhole: a date phrase leaves the title with its
// whole phrase, so the grammar survives: a possessive date after a
// preposition takes the noun phrase it dates ("in Tuesday's harbour
// vote"), a possessive date elsewhere becomes "the", and an article or an
// adverb before a date ("over the last year", "late Monday") goes with it,
// unless the date says which of a noun ("at a Tuesday breakfast", "over
// July cyberattack": "over the cyberattack"), with the noun its for- or
// of-phrase ("during this year's race for the chair"), an aside holding only the
// date leaves no comma, and a colon or semicolon after a date stays, so
// what it opens is not run on.
func TestTitleDropsDatePhraseWhole(t *testing.T) {
	tests := []struct{ name, sentence, want string }{
		{"possessive after a preposition", "Mara Holt's victory in Tuesday's harbour vote was won with the support of dock workers.",
			"Mara Holt's victory was won with the support of dock workers"},
		{"possessive with a time of day", "The fangs came out early in Saturday night's council debate, when Holt attacked Brel.",
			"The fangs came out"},
		{"possessive as a determiner", "Holt called November's general election a test of the port.",
			"Holt called the general election a test of the port"},
		{"possessive subject", "Monday's vote in Ostra went to the union candidate.",
			"The vote in Ostra went to the union candidate"},
		{"adverb before the date", "Brel late Monday agreed to debate on the very day he proposed.",
			"Brel agreed to debate on the very day he proposed"},
		{"article and preposition before the date", "Brel has emerged over the last year as a leading advocate for patience.",
			"Brel has emerged as a leading advocate for patience"},
		{"a date that says which", "Brel arrived at a Tuesday breakfast with reporters.",
			"Brel arrived at a breakfast with reporters"},
		{"a month that says which after a preposition", "Vessland cut diplomatic ties with Ostrava over July cyberattack.",
			"Vessland cut diplomatic ties with Ostrava over the cyberattack"},
		{"a date a preposition reaches", "Mara Holt came into Tuesday with a lead of 300 votes.",
			"Mara Holt came into Tuesday with a lead of 300 votes"},
		{"a date set off by its own commas", "The harbour board on Tuesday, March 4, approved three contracts.",
			"The harbour board approved three contracts"},
		{"a date with its year set off by commas", "Mara Holt arrived in Velen on Monday, March 3, 2025, for talks with the dock union.",
			"Mara Holt arrived in Velen for talks"},
		{"a date closing an opening clause", "After the vote on Tuesday, March 4, Mara Holt resigned from the harbour board.",
			"Mara Holt resigned from the harbour board"},
		{"a date closing an opening participle", "Speaking to reporters on Monday, March 3, Mara Holt said the port would reopen.",
			"Mara Holt said the port would reopen"},
		{"a day and an adverb after a preposition", "Depositors withdrew 180 million florins on March 5 alone.",
			"Depositors withdrew 180 million florins alone"},
		{"a month and an adverb after a preposition", "Rents at the port rose sharply over July alone.",
			"Rents at the port rose sharply alone"},
		{"a month and year after a preposition before a verb", "The visit in March 2013 became the high-water mark of their friendship.",
			"The visit became the high-water mark of their friendship"},
		{"a conjunction before an opening date", "But in 2000, researchers disclosed a cache of documents.",
			"Researchers disclosed a cache of documents"},
		{"an aside that was only the date", "The union had, earlier Tuesday, sent a letter to every crane driver.",
			"The union had sent a letter to every crane driver"},
		{"a possessive date takes its noun's for-phrase", "The fraud claims were raised during this year's race for the harbour chair by two of Holt's rivals.",
			"The fraud claims were raised by two of Holt's rivals"},
		{"a date before a colon keeps it", "The harbour board approved three contracts on Tuesday: cranes, tugs and dredgers.",
			"The harbour board approved three contracts"},
		{"a date before a semicolon keeps it", "Crane drivers walked out on Monday; pilots joined them.",
			"Crane drivers walked out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := sentenceTitle(tt.sentence); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
