package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAMentionReadFirstJoinsTheReportsAfterIt: mentions are joined in
// the order read, so a report read before the others that share most
// with it ("the sale … for 95 million florins", a day off) meets an
// event holding too little of it and starts its own; read again once
// all are joined, it joins theirs, since it shares a figure and words
// enough with them. One that shares no figure stays where it was.
func TestAMentionReadFirstJoinsTheReportsAfterIt(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Then, on March 11, came the sale of the cooperative to Kellbrook Bank for 95 million florins.\n\n" +
					"On March 11 Kellbrook Bank took over the cooperative's branch in the old town, keeping it open.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"On Monday Kellbrook Bank agreed to take over the cooperative, keeping every branch open.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Kellbrook Bank has agreed to buy the cooperative for 95 million florins, the two lenders said on Monday.\n")},
			{ID: "d", Outlet: "o4", Published: published, Text: untrusted.Text(
				"Farmers blocked the ring road with tractors on Monday.\n\n" +
					"Mayor Ines Varga opened a footbridge over the river on Tuesday.\n\n" +
					"The harbour board approved a crane contract on Wednesday.\n\n" +
					"Rail workers walked off the job on Thursday over pensions.\n\n" +
					"The ferry Nordvik struck a reef on March 2.\n\n" +
					"The council voted to close two libraries on March 3.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}, {ID: "o4", Name: "Four"}},
	}
	Into(&parts, []string{"a", "b", "c", "d"}, Options{})
	sale, buy := eventCiting(&parts, "a", "came the sale"), eventCiting(&parts, "c", "agreed to buy")
	if sale < 0 || sale != buy {
		t.Errorf("the sale read first is event %d, the agreement to buy %d; want one", sale, buy)
	}
	if branch := eventCiting(&parts, "a", "the cooperative's branch"); branch == buy {
		t.Errorf("the branch taken over, which shares no figure, joined the takeover")
	}
	for _, e := range parts.Events {
		if len(e.Sources) == 0 {
			t.Errorf("event %s has no source", e.ID)
		}
	}
}
