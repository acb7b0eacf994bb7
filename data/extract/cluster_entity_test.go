package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestStoryHead reads the head noun of a definite subject of common
// nouns, and nothing of a name, a figure, a time or an indefinite one.
func TestStoryHead(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The lighthouse was struck by lightning on Monday.", "lighthouse"},
		{"The old station, built of granite, opened in 1902.", "station"},
		{"Its keeper's cottage was sold on Friday.", "cottage"},
		{"The Harbour Trust was founded in 1902.", ""},          // a name
		{"The 40-metre tower was painted in 2019.", ""},         // a figure
		{"The week ended with a storm on Sunday.", ""},          // a time
		{"A lighthouse was struck by lightning on Monday.", ""}, // not one the reader knows
		{"Lightning struck the lighthouse on Monday.", ""},
	} {
		if got := storyHead(c.text, 0, len(c.text), Date{Start: -1}); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestStoryEntityMentions: a dated sentence whose subject is a thing the
// corpus's articles keep naming ("the lighthouse", in three articles)
// is a mention although it names no actor, when it reports a news
// action its date dates (not "the storm that began on Saturday"), and two outlets' reports of its happening are one event; a
// thing one article alone names ("the lantern") is no story entity. The entity is the mention's participant:
// a group's action of the same kind that day, with the entity only
// among its words ("Crews closed the coast road … after the storm
// damaged the lighthouse"), is another happening than "The lighthouse
// was closed … after the storm damaged its wiring".
func TestStoryEntityMentions(t *testing.T) {
	// in both orders: the entity's mention starts the event, or joins it
	for _, order := range [][]string{{"a", "b", "c"}, {"a", "c", "b"}} {
		storyEntityMentions(t, order)
	}
}

func storyEntityMentions(t *testing.T, order []string) {
	t.Helper()
	published := timeline.DayDate(2025, 3, 6) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The lighthouse was struck by lightning on Monday, leaving the bay without a light.\n\n" +
					"The lantern was removed on Wednesday for repairs.\n\n" +
					"The lighthouse lost its lamp in the storm that began on Saturday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"The lighthouse was struck by lightning on Monday night during the storm.\n\n" +
					"Crews closed the coast road on Tuesday after the storm damaged the lighthouse.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"The lighthouse was closed on Tuesday after the storm damaged its wiring.\n\n" +
					"The lighthouse stood dark on Wednesday evening.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, order, Options{})
	struckA, struckB := eventCiting(&parts, "a", "struck by lightning on Monday, leaving"), eventCiting(&parts, "b", "struck by lightning on Monday night")
	if struckA < 0 || struckB < 0 {
		t.Fatalf("the lightning strike's sentences are sources of events %d and %d, want both read", struckA, struckB)
	}
	if struckA != struckB {
		t.Errorf("the two reports of the lightning strike are events %d and %d, want one", struckA, struckB)
	}
	if i := eventCiting(&parts, "a", "The lantern was removed"); i >= 0 {
		t.Errorf("a thing one article alone names is the subject of event %d", i)
	}
	if i := eventCiting(&parts, "a", "lost its lamp"); i >= 0 {
		t.Errorf("a sentence dated by a relative clause's happening is a source of event %d", i)
	}
	if i := eventCiting(&parts, "c", "stood dark"); i >= 0 {
		t.Errorf("a sentence reporting no action of the story entity is a source of event %d", i)
	}
	closed, road := eventCiting(&parts, "c", "The lighthouse was closed"), eventCiting(&parts, "b", "Crews closed the coast road")
	if closed < 0 || road < 0 {
		t.Fatalf("the closings are sources of events %d and %d, want both read", closed, road)
	}
	if closed == road {
		t.Errorf("read in the order %v, the road's closing joined the lighthouse's", order)
	}
}

// TestDatesOwnClause: a mention read for a story entity alone is dated
// by its own clause's date, not by one of a happening it is measured
// against or a relative clause tells of.
func TestDatesOwnClause(t *testing.T) {
	published := timeline.DayDate(2025, 5, 8) // a Thursday
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The lighthouse was struck by lightning on Monday.", true},
		{"The lighthouse, which the town owns, reopened on Monday.", true},
		{"The lighthouse was closed 15 days before the regatta on May 1.", false},
		{"The lighthouse was damaged by the storm that began on Monday.", false},
		{"The lighthouse was repainted for Saturday's regatta.", false},
		{"The lighthouse was repainted when the keeper retired in 2019.", false},
	} {
		ds := FindDates(c.text, published)
		if len(ds) == 0 {
			t.Fatalf("%q: no date read", c.text)
		}
		if got := datesOwnClause(c.text, 0, ds[0]); got != c.want {
			t.Errorf("%q (dated by %q): got %v, want %v", c.text, ds[0].Phrase, got, c.want)
		}
	}
}
