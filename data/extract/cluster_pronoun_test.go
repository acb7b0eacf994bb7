package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAPronounSubjectStandsForWhomTheArticleNamedBefore: "On the night
// of April 8 it gave way", which names no one, reads "it" as the company
// the sentence before names and joins the report of another outlet, read
// after it, that names the company on that day; a pronoun sentence on
// another day joins nothing and starts no event.
func TestAPronounSubjectStandsForWhomTheArticleNamedBefore(t *testing.T) {
	published := timeline.DayDate(2025, 4, 10) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Residents had warned Kestrel Water Holdings in March that the reservoir wall above Harlow was weak.\n\n" +
					"On the night of April 8 it gave way, and forty homes below the reservoir were flooded.\n\n" +
					"It repainted the pumping station on March 2.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"The reservoir wall owned by Kestrel Water Holdings gave way on April 8, flooding forty homes below the reservoir in Harlow.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	flood := eventCiting(&parts, "b", "gave way on April 8")
	if flood < 0 {
		t.Fatalf("no event cites the company's reservoir wall giving way")
	}
	if got := eventCiting(&parts, "a", "it gave way"); got != flood {
		t.Errorf("the wall that gave way, told with \"it\", is event %d, want %d", got, flood)
	}
	if got := eventCiting(&parts, "a", "It repainted"); got >= 0 {
		t.Errorf("a pronoun sentence nothing else reports is event %d, want none", got)
	}
	if i := slices.IndexFunc(parts.Events, func(e timeline.Event) bool { return len(e.Sources) > 2 }); i >= 0 {
		t.Errorf("event %s holds %d sources, want 2 at most", parts.Events[i].ID, len(parts.Events[i].Sources))
	}
}

// TestAPronounSubjectTakesPartBesideWhomItsSentenceNames: "He died on
// March 10 at Orrin General Hospital" names the hospital; "he" is the
// miner the sentence before names, so it joins another outlet's report
// of the miner's death that day.
func TestAPronounSubjectTakesPartBesideWhomItsSentenceNames(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14)
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Ivo Brandt, 58, was among the last miners brought out of the Orrin pit.\n\n" +
				"He died on March 10 at Orrin General Hospital, where he had been treated for hypothermia.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Ivo Brandt died in hospital on March 10, days after his rescue.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Rescuers lowered pumps into the Orrin shaft on March 6.\n")},
	)
	died := eventCiting(&parts, "b", "Ivo Brandt died")
	if got := eventCiting(&parts, "a", "He died on March 10"); died < 0 || got != died {
		t.Errorf("the death told with \"he\" is event %d, want the named report's, %d", got, died)
	}
}
