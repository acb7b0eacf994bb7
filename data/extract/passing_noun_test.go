package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAPossessedNounsDateMakesNoSecondEvent: "his statement in March"
// dates the statement, told in passing in a sentence its main clause
// dates otherwise: the sentence is one event, not two titled alike. A
// date after a possessed noun of no happening ("her savings in March")
// is still its verb's.
func TestAPossessedNounsDateMakesNoSecondEvent(t *testing.T) {
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: timeline.DayDate(2025, 6, 30), Text: untrusted.Text(
				"Harbour audit published\n\n" +
					"The audit said the harbour's director, Oskar Brandt, had received the survey on December 2, 2024, contradicting his statement in March that he had not seen it.\n\n" +
					"The audit said Mayor Ines Varga had moved her savings in March, weeks before the vote on December 2, 2024.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}},
	}
	second := strings.Index(parts.Articles[0].Text.String(), "The audit said Mayor")
	Into(&parts, []string{"a"}, Options{})
	n, savings := 0, 0
	for _, e := range parts.Events {
		for _, s := range e.Sources {
			if s.Start < second {
				n++
			}
			if s.Start == second && e.Start.Precision == timeline.Month {
				savings++
			}
		}
	}
	if n != 1 {
		t.Errorf("the audit's first sentence is a source of %d events, want 1", n)
	}
	if savings != 1 {
		t.Errorf("the savings moved in March date %d events, want 1", savings)
	}
}

func TestPossessedNounDate(t *testing.T) {
	for _, c := range []struct {
		text, words string
	}{
		{"The audit said he had received the survey on December 2, 2024, contradicting his statement in March that he had not seen it.", "his statement in March that he had not seen it"},
		{"The audit said he had received the survey on December 2, 2024, before their walkout in May.", "their walkout in May"},
		{"The audit said she had moved her savings in March, before the vote on December 2, 2024.", ""},
		{"He repeated his statement in March.", ""},
	} {
		dates := FindDates(c.text, timeline.DayDate(2025, 6, 30))
		var groups [][]Date
		for _, d := range dates {
			groups = append(groups, []Date{d})
		}
		got := ""
		for _, g := range groups {
			if s, e, ok := possessedNounDate(c.text, 0, len(c.text), g, groups); ok {
				got = c.text[s:e]
			}
		}
		if got != c.words {
			t.Errorf("%q: possessedNounDate reads %q, want %q", c.text, got, c.words)
		}
	}
}
