package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestWordsThatSayWhoSayNothingOfWhatHappened: two outlets describe one
// councillor alike ("former Brenmoor harbourmaster") in sentences on one
// day about two things she did; the words of her title are her name
// again, and the two stay apart, while a third outlet's report of the
// opening, her title after her name, joins the first.
func TestWordsThatSayWhoSayNothingOfWhatHappened(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Former Brenmoor harbourmaster Ines Varga opened the Tallow footbridge on Tuesday.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Former Brenmoor harbourmaster Ines Varga mocked the ferry timetable on Tuesday.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Ines Varga, the former Brenmoor harbourmaster, opened the new Tallow footbridge on Tuesday.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "opened the"), eventCiting(&parts, "b", "mocked the"), eventCiting(&parts, "c", "opened the")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("the opening and the mockery are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the opening is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}

// TestDescriptions reads the words that say who a named person is: a
// title before the name, back to a word that is none, and an appositive
// after it that a determiner opens, up to a relative word.
func TestDescriptions(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       []string
	}{
		{"Last to speak will be former Brenmoor governor Ines Varga.", "Ines Varga", []string{"brenmoor", "former", "governor"}},
		{"She met Port Director Dana Korr on Monday.", "Dana Korr", []string{"director", "port"}},
		{"Varga, the former Tallow Mills CEO who resigned, spoke.", "Varga", []string{"ceo", "former", "mil", "tallow"}},
		{"Voters asked Ines Varga about fares.", "Ines Varga", nil},
		{"Varga, regarded as the favourite, spoke.", "Varga", nil},
	} {
		at := strings.Index(c.text, c.name)
		got := []string{}
		for _, d := range descriptions(c.text, 0, len(c.text), []match{{start: at, end: at + len(c.name), id: "x"}}) {
			got = append(got, d.stem)
		}
		slices.Sort(got)
		got = slices.Compact(got)
		if !slices.Equal(got, c.want) && !(len(got) == 0 && len(c.want) == 0) {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWordsThatSayWhoMergeNothing: two outlets' sentences a day apart
// that name one described councillor and share only her title are two
// happenings, not one an outlet misdated; the same report a day apart is
// one, its dates a discrepancy.
func TestWordsThatSayWhoMergeNothing(t *testing.T) {
	published := timeline.DayDate(2024, 9, 6) // a Friday
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Former Brenmoor harbourmaster Ines Varga opened the Tallow footbridge on Tuesday.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Former Brenmoor harbourmaster Ines Varga mocked the ferry timetable on Wednesday.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Former Brenmoor harbourmaster Ines Varga opened the Tallow footbridge on Wednesday.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "opened the"), eventCiting(&parts, "b", "mocked the"), eventCiting(&parts, "c", "opened the")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("Tuesday's opening and Wednesday's mockery are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the opening, dated a day apart, is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}
