package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestClusterTitleSkipsADateOfAnotherClause: a sentence whose date
// phrase stands in an adjunct its title's verb is not in (after "after",
// "when", "who" …, with no comma between) does not title the event that
// date puts it in while another mention's whole title is dated in its
// main clause; it still does when none is.
func TestClusterTitleSkipsADateOfAnotherClause(t *testing.T) {
	published := timeline.DayDate(2025, 3, 6)
	mk := func(ss ...string) []mention {
		var ms []mention
		for k, s := range ss {
			a := &timeline.Article{ID: string(rune('a' + k)), Text: untrusted.Text(s), Published: published}
			ms = append(ms, mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)})
		}
		return ms
	}
	for _, c := range []struct {
		name string
		ms   []mention
		want string
	}{
		{"a when-clause's date", mk(
			"Velen's pilots will walk out for two days after a tug sank when a gale hit the basin on Monday.",
			"A harbour tug sank in the north basin on Monday, the coastguard said."),
			"A harbour tug sank in the north basin"},
		{"a relative clause's date", mk(
			"The mayor met Ana Brel, who a week ago surprised the board by resigning.",
			"Ana Brel resigned from the harbour board on Friday."),
			"Ana Brel resigned from the harbour board"},
		{"the main clause's date keeps its title", mk(
			"Ana Brel resigned from the harbour board on Friday after the vote.",
			"The harbour board lost its chair on Friday when Ana Brel resigned."),
			"Ana Brel resigned from the harbour board after the vote"},
		{"none dated in its main clause", mk(
			"Velen's pilots will walk out for two days after a tug sank when a gale hit the basin on Monday."),
			"Velen's pilots will walk out for two days"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := clusterTitle(c.ms, 0); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestTitleReadsPastARegionsShortForm: a place and its region's short
// form ("Berea, OH,", "Jupiter, Fla.,") are one place in the phrase that
// leads into the news, whether a clause or the subject follows them.
func TestTitleReadsPastARegionsShortForm(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"At a rally in Jupiter, Fla., the campaign manager grabbed a reporter's arm.", "The campaign manager grabbed a reporter's arm"},
		{"At a rally in Jupiter, Fla., on Tuesday, the campaign manager grabbed a reporter's arm.", "The campaign manager grabbed a reporter's arm"},
		{"At the college in Berea, OH, after winning the primary, the governor thanked his volunteers.", "The governor thanked his volunteers"},
		{"In Washington, D.C., the senator called for an inquiry into the port.", "The senator called for an inquiry into the port"},
	} {
		if got, _ := sentenceTitle(c.sentence); got != c.want {
			t.Errorf("%q: got %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestQuoteTitleKeepsItsLastWord: a quotation told whole to its end
// keeps a particle it ends on ("goes on"); one cut short drops the
// function words it was cut after.
func TestQuoteTitleKeepsItsLastWord(t *testing.T) {
	if got, ok, _ := quotedTitle("“The strike goes on,” Brel told a crowd in Velen."); !ok || got != "Brel: The strike goes on" {
		t.Errorf("got %q, want %q", got, "Brel: The strike goes on")
	}
}
