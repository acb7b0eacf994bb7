package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestDatePhrasesReadBack: a date phrase FindDates reads from the article's
// date alone is read the same by timeline.Resolve, the dataset's own check,
// in one of the two tenses, so the source that reports it cites it (when)
// and the event says which source dates it. Phrases that count from
// another date the text gives ("four years later", "that day") cannot be
// read back from the phrase alone and are not asked to be.
func TestDatePhrasesReadBack(t *testing.T) {
	published := timeline.DayDate(2016, 2, 10) // a Wednesday
	for _, s := range []string{
		"The council voted last month to close the pier.",
		"The harbour vote is set for March 1.",
		"Talks on the ferry contract resume next week.",
		"Heavy rain fell on the valley over the weekend.",
		"Mayor Ines Varga spoke to the dock workers last night.",
		"The port reopens in early March, the board said.",
		"Crews cleared the site late last month.",
		"Ferries stopped running last Friday.",
		"The harbour board meets next Tuesday.",
		"The audit is due at the end of June.",
		"The cannery closed in mid-2015.",
		"The ledger entry is dated 2016-02-01.",
		"Ostra joined the fishing pact last July.",
		"Ferries will resume in November.",
		"The strike began on Monday, February 8, the union said.",
		"The mayor will visit the port tonight.",
		"The quay has been closed since the end of the year.",
	} {
		ds := FindDates(s, published)
		if len(ds) == 0 {
			t.Errorf("%q: no date found", s)
			continue
		}
		for _, d := range ds {
			if _, ok := readsBack(d, published); !ok {
				t.Errorf("%q: %q read as %s, which timeline.Resolve does not read back", s, d.Phrase, timeline.FormatRange(d.From, d.To))
			}
		}
	}
}
