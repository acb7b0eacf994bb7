package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestClusterTitleMarksWhatIsExpected: an event no report of which says
// it happened, only that it will, is titled as expected; a report that
// it happened titles it instead, unmarked; a statement of a plan, a
// refusal told in the past and a plan whose date phrase dates another
// clause are happenings. A title whose subject names someone is
// preferred to one whose subject names no one.
func TestClusterTitleMarksWhatIsExpected(t *testing.T) {
	published := timeline.DayDate(2025, 3, 6)
	mk := func(ss ...string) []mention {
		var ms []mention
		for k, s := range ss {
			a := &timeline.Article{ID: string(rune('a' + k)), Text: untrusted.Text(s), Published: published}
			ds := FindDates(s, published)
			m := mention{article: a, start: 0, end: len(s), dates: ds}
			if len(ds) > 0 {
				m.date = ds[0]
			}
			ms = append(ms, m)
		}
		return ms
	}
	for _, c := range []struct {
		name string
		ms   []mention
		want string
	}{
		{"a plan alone", mk("Ana Brel will address the harbour board on Friday."),
			"Expected: Ana Brel will address the harbour board"},
		{"a schedule alone", mk("Ana Brel is scheduled to address the harbour board on Friday."),
			"Expected: Ana Brel is scheduled to address the harbour board"},
		{"a plan, then what happened", mk(
			"Ana Brel will address the harbour board on Friday.",
			"Ana Brel addressed the harbour board on Friday, her aides said."),
			"Ana Brel addressed the harbour board"},
		{"a plan and a report dated after its article", mk(
			"Ana Brel will address the harbour board on March 20.",
			"The harbour board is hearing Ana Brel on March 20."),
			"Expected: Ana Brel will address the harbour board"},
		{"a statement of a plan", mk("The ministry said on Monday it would call in the envoy."),
			"The ministry said it would call in the envoy"},
		{"a refusal told in the past", mk("Ana Brel would not say on Monday whether she would stay."),
			"Ana Brel would not say whether"},
		{"a guess at the past", mk("The strike on Monday may have cost the port its contract."),
			"The strike may have cost the port its contract"},
		{"a subject that names someone first", mk(
			"The knives came out early in Saturday's debate.",
			"Ana Brel attacked Ivo Tarrant in the debate on Saturday."),
			"Ana Brel attacked Ivo Tarrant in the debate"},
		{"a plan dated by another clause", mk(
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

// TestPlanTitle: a title's main clause tells of a plan by its modal or
// its schedule; a modal after a verb in the past is a clause's inside
// it.
func TestPlanTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Ana Brel will address the harbour board", true},
		{"The board is expected to vote", true},
		{"Ana Brel plans to resign", true},
		{"Ana Brel addressed the harbour board", false},
		{"Ana Brel struggled to answer how she would form a coalition", false},
		{"Worried the port might close, Ana Brel resigned", false},
		{"The strike may have cost the port its contract", false},
		{"A more subdued Ana Brel may not be such a bad thing", true},
		{"Most salaried workers must receive overtime pay", true},
		{"Ahmed Shah will address the harbour board on Friday", true},
		{"United Airlines will cut its flights to the island", true},
		{"Armed police will patrol the port", true},
	} {
		if got := planTitle(c.title, c.title+"."); got != c.want {
			t.Errorf("planTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
