package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOneActionOfOneActorOnOneDay: a company's apology on Monday, told by
// one outlet of the company and by another of its chief executive
// ("Kessray Ferries' chief executive came down … on Monday to
// apologise"), read before the article that gave the company's name, is
// one event: the name is read once every article is, and one shared
// action word on the very same day is enough between two reports of a
// rarely named actor. The same actor's action of another kind that day,
// and a date that dates another happening ("the Monday meeting"), stay
// apart.
func TestOneActionOfOneActorOnOneDay(t *testing.T) {
	published := timeline.DayDate(2025, 3, 5) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Kessray Ferries' chief executive, Ilse Varden, came down to the harbour on Monday to apologise in person to passengers.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Kessray Ferries, which runs the overnight route to Brisk, apologised on Monday for what it called a grave failure.\n\n" +
					"Kessray Ferries also suspended two officers on Monday.\n\n" +
					"\"We are sorry,\" said a spokesman for Kessray Ferries.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Kessray Ferries' pilots were briefed at the Monday meeting about the apology.\n\n" +
					"Farmers blocked the ring road with tractors on Monday.\n\n" +
					"Mayor Ines Varga opened a footbridge over the river on Tuesday.\n\n" +
					"The harbour board approved a crane contract on Wednesday.\n\n" +
					"Rail workers walked off the job on Thursday over pensions.\n\n" +
					"The ferry Nordvik struck a reef on March 2.\n\n" +
					"The council voted to close two libraries on February 3.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	came, apologised := eventCiting(&parts, "a", "came down to the harbour"), eventCiting(&parts, "b", "apologised on Monday")
	if came < 0 || apologised < 0 {
		t.Fatalf("the apology's sentences are sources of events %d and %d", came, apologised)
	}
	if !slices.Contains(parts.Events[came].Actors, "kessray-ferries") {
		t.Errorf("the chief executive's apology names %v, want the company among them", parts.Events[came].Actors)
	}
	if came != apologised {
		t.Errorf("the two reports of the apology are events %d and %d, want one", came, apologised)
	}
	if i := eventCiting(&parts, "b", "suspended two officers"); i == apologised {
		t.Errorf("the suspension joined the apology")
	}
	if i := eventCiting(&parts, "c", "at the Monday meeting"); i >= 0 && i == apologised {
		t.Errorf("a sentence dated by another happening's day joined the apology")
	}
}
