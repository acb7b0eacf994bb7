package extract

import (
	"fmt"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestCrossOutletJoinNeedsTheAction: on a weak footing (a date that
// anchors another happening), a sentence from a second outlet that
// shares a councillor and a few words with an event, but not what she
// did, stays apart; one that reports the same action joins.
func TestCrossOutletJoinNeedsTheAction(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	fill := []timeline.Article{
		{ID: "s1", Outlet: "o3", Published: published, Text: untrusted.Text("The smelter closed its gates on March 3, 2023.\n")},
		{ID: "s2", Outlet: "o3", Published: published, Text: untrusted.Text("A smelter fire was reported on March 9, 2023.\n")},
	}
	parts := korrCorpus(append(fill,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga inspected the Brenmoor smelter ahead of Tuesday's vote.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga praised the Brenmoor smelter before Tuesday's hearing.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga inspected the Brenmoor smelter ahead of the vote on Tuesday.\n")})...)
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "inspected the"), eventCiting(&parts, "b", "praised the"), eventCiting(&parts, "c", "inspected the")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("the inspection and the praise are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the inspection is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}

// TestAMonthToComeJoinsNothingAlone: two outlets' sentences dated by a
// month still to come when they were written share a councillor, a
// place and the month, not a happening, and stay apart; a third that
// says what the first says (the same verb) joins it.
func TestAMonthToComeJoinsNothingAlone(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4)
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga will need the Brenmoor dockers in November.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga could lose the Brenmoor dockers in November.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga will need the Brenmoor dockers in November, her aides say.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "will need"), eventCiting(&parts, "b", "could lose"), eventCiting(&parts, "c", "her aides")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("a need and a loss to come are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("one sentence in two outlets is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}

// TestACrowdedMonthIsALooseFooting: where many of the corpus's sentences
// give September, two outlets' sentences of September that name one
// councillor and share two common words report two things she did and
// stay apart, while a third outlet's report of the rally joins the first;
// where few sentences give the month, the two still join.
func TestACrowdedMonthIsALooseFooting(t *testing.T) {
	published := timeline.DayDate(2024, 10, 2)
	for _, crowd := range []int{10, 2} {
		var fill []timeline.Article
		for i := range 200 {
			// days of a year before, each sentence its own words, so that
			// a month twelve sentences give is not one most give
			w := func(k int) string {
				return "vel" + string(rune('a'+i%26)) + string(rune('a'+i/26)) + string(rune('a'+k)) + "ton"
			}
			fill = append(fill, timeline.Article{ID: fmt.Sprintf("d%d", i), Outlet: "o3", Published: published, Text: untrusted.Text(
				fmt.Sprintf("Mayor Dana Korr opened on May %d, 2023 the %s %s.\n", i%28+1, w(0), w(1)))})
		}
		for i := range crowd {
			w := func(k int) string { return "zor" + string(rune('a'+i)) + string(rune('a'+k)) + "ton" }
			where := "" // two of them share the two words the councillor's sentences share
			if i < 2 {
				where = " quay in Tallow"
			}
			fill = append(fill, timeline.Article{ID: "s" + string(rune('a'+i)), Outlet: "o3", Published: published, Text: untrusted.Text(
				"In September, Mayor Dana Korr praised" + where + " the " + w(0) + " " + w(1) + ".\n")})
		}
		parts := korrCorpus(append(fill,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Councillor Ines Varga organised a Tallow quay rally in September.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"In September, Councillor Ines Varga mocked the Tallow quay plan on the radio.\n")},
			timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Councillor Ines Varga organised a Tallow quay rally in September, her aides said.\n")})...)
		ids := make([]string, len(parts.Articles))
		for i, a := range parts.Articles {
			ids[i] = a.ID
		}
		Into(&parts, ids, Options{})
		a, b, c := eventCiting(&parts, "a", "organised a"), eventCiting(&parts, "b", "mocked the"), eventCiting(&parts, "c", "organised a")
		if a < 0 || b < 0 || c < 0 {
			t.Fatalf("%d sentences give the month: the sentences are not all sources (%d, %d, %d)", crowd, a, b, c)
		}
		if crowd >= minCrowded && a == b {
			t.Errorf("%d sentences give the month: the rally and the mockery are one event: %q", crowd, parts.Events[a].Title)
		}
		if crowd < minCrowded && a != b {
			t.Errorf("%d sentences give the month: the rally and the mockery, told of one month few sentences give, are two events", crowd)
		}
		if a != c {
			t.Errorf("%d sentences give the month: the rally is two events: %q and %q", crowd, parts.Events[a].Title, parts.Events[c].Title)
		}
	}
}

// TestAMonthToComeNeedsTheSameMainVerb: of two outlets' sentences dated
// by a month to come, one whose main verb the other holds only in a
// clause of its own ("fears the dockers could desert her") reports
// another thing and stays apart; one with the same main verb joins.
func TestAMonthToComeNeedsTheSameMainVerb(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4)
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga fears the Brenmoor dockers could desert her in November.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga could desert the Brenmoor dockers in November.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga fears the Brenmoor dockers could desert her in November, her aides say.\n")})
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "fears the"), eventCiting(&parts, "b", "could desert the"), eventCiting(&parts, "c", "her aides")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("a fear and a desertion to come are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("one sentence in two outlets is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}
