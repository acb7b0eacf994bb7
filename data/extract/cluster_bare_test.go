package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestABareMentionJoinsOnlyWhatItReports: a sentence that names no one,
// whose subject is no group ("Weekly checks carried out at the
// footbridge on Tuesday found cracks …", "… since they shut on
// Tuesday"), joins the event another outlet reports naming who took
// part, on the very same day and many telling words; it never starts an
// event, and it stays out when its day differs, when it shares too few
// words, or when its subject is a pronoun standing for someone unnamed.
func TestABareMentionJoinsOnlyWhatItReports(t *testing.T) {
	published := timeline.DayDate(2025, 4, 10) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The Harlow Bridge Trust closed the river footbridge on Tuesday after engineers found cracks in two steel girders.\n\n" +
					"The Harlow Bridge Trust launched a ferry service from the old boatyard on Wednesday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Weekly checks carried out at the river footbridge on Tuesday found cracks in two steel girders, and the crossing was closed.\n\n" +
					"Walkers have crowded the ferry service from the old boatyard since they launched it on Wednesday.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Weekly checks carried out at the river footbridge on Monday found cracks in two steel girders.\n\n" +
					"Spring markets closed beside the river footbridge on Tuesday.\n\n" +
					"Painters coated the two steel girders of the river footbridge, and their cracks, on Tuesday.\n\n" +
					"She closed the river footbridge on Tuesday after engineers found cracks in two steel girders.\n\n" +
					"Heavy lorries cracked the paving of Mill Street on Friday.\n")},
			{ID: "d", Outlet: "o4", Published: published, Text: untrusted.Text(
				"Excitement grew after the owners launched on Wednesday a ferry service from the old boatyard.\n")},
			{ID: "e", Outlet: "o5", Published: published, Text: untrusted.Text(
				"Excitement grew in the days before Wednesday's launch of a ferry service from the old boatyard.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}, {ID: "o4", Name: "Four"}, {ID: "o5", Name: "Five"}},
	}
	Into(&parts, []string{"a", "b", "c", "d", "e"}, Options{})
	closed := eventCiting(&parts, "a", "closed the river footbridge")
	if closed < 0 {
		t.Fatalf("no event cites the trust's closing of the footbridge")
	}
	if got := eventCiting(&parts, "b", "Weekly checks carried out"); got != closed {
		t.Errorf("the checks that found the cracks on the same day are event %d, want the closing's, %d", got, closed)
	}
	ferry := eventCiting(&parts, "a", "launched a ferry service")
	if got := eventCiting(&parts, "b", "since they launched it"); ferry < 0 || got != ferry {
		t.Errorf("the walkers' ferry, launched the day the trust opened it, is event %d, want %d", got, ferry)
	}
	// a date after "after" dates the verb before it; one a launch
	// "before" owns dates no clause of the sentence
	if got := eventCiting(&parts, "d", "after the owners launched"); ferry < 0 || got != ferry {
		t.Errorf("the launch told in an after-clause is event %d, want %d", got, ferry)
	}
	if got := eventCiting(&parts, "e", "before Wednesday's launch"); got >= 0 {
		t.Errorf("a date another happening owns joined event %d", got)
	}
	for _, text := range []string{
		"footbridge on Monday found cracks", // another day
		"Spring markets closed",             // two words shared
		"Painters coated the two",           // no happening shared
		"She closed the river footbridge",   // someone unnamed
		"Heavy lorries cracked",             // alone: it starts nothing
	} {
		if got := eventCiting(&parts, "c", text); got >= 0 {
			t.Errorf("%q is a source of event %d (%s), want none", text, got, parts.Events[got].ID)
		}
	}
}

func TestSinceClause(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		want         bool
	}{
		{"The points have handed out 200,000 litres since they opened on Wednesday.", "on Wednesday", true},
		{"The road has been shut since it flooded on Monday.", "on Monday", true},
		{"The road has been shut since Monday.", "Monday", false},
		{"Turnout was the highest since the vote on Monday.", "on Monday", false},
	} {
		i := strings.Index(c.text, c.phrase)
		d := Date{Start: i, End: i + len(c.phrase), Phrase: c.phrase}
		if got := sinceClause(c.text, d); got != c.want {
			t.Errorf("sinceClause(%q, %q) = %v, want %v", c.text, c.phrase, got, c.want)
		}
	}
}
