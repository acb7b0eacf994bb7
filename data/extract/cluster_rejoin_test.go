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
// (Rules added since join this sale on the first reading too: the
// outcome is held here, the second reading itself by
// TestAGroupMentionReadFirstJoinsOnAFigure.)
func TestAMentionReadFirstJoinsTheReportsAfterIt(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Then, on March 11, came the sale of the cooperative to Kellbrook Bank for 95 million florins.\n\n" +
				"On March 11 Kellbrook Bank took over the cooperative's branch in the old town, keeping it open.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"On Monday Kellbrook Bank agreed to take over the cooperative, keeping every branch open.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Kellbrook Bank has agreed to buy the cooperative for 95 million florins, the two lenders said on Monday.\n")},
	)
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

// TestAGroupMentionReadFirstJoinsOnAFigure: a report read first whose
// subject names no one ("The 500-crown cap had been in place since
// Thursday") shares only the kind of happening with the bank's first
// report of that day's cap, and stays apart; read again once the bank's
// figure has joined that event, it joins it, sharing the figure, the
// kind of happening and the day. A cap that day that shares no figure
// stays apart.
func TestAGroupMentionReadFirstJoinsOnAFigure(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"The 500-crown cap had been in place since last Thursday, when savers queued in the rain.\n\n" +
				"A cap on overtime was agreed with staff on Thursday, March 13.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Kellbrook Bank capped cash withdrawals on Thursday.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Kellbrook Bank said on Thursday that customers could withdraw no more than 500 crowns a day.\n")},
	)
	read, capped := eventCiting(&parts, "a", "500-crown cap"), eventCiting(&parts, "b", "capped cash")
	if read < 0 || read != capped || eventCiting(&parts, "c", "no more than") != capped {
		t.Errorf("the cap read first is event %d, the bank's cap %d, its limit %d; want one", read, capped, eventCiting(&parts, "c", "no more than"))
	}
	if other := eventCiting(&parts, "a", "cap on overtime"); other >= 0 && other == capped {
		t.Errorf("a cap on overtime, which shares no figure, joined the bank's cap")
	}
}

// withOtherNews is articles a, b and c, by outlets o1 to o3, and an
// article d by o4 of six unrelated happenings of the same week, which
// give the words of the story their weight, joined into events.
func withOtherNews(published timeline.Date, articles ...timeline.Article) timeline.Parts {
	parts := timeline.Parts{
		Articles: append(articles, timeline.Article{ID: "d", Outlet: "o4", Published: published, Text: untrusted.Text(
			"Farmers blocked the ring road with tractors on Monday.\n\n" +
				"Mayor Ines Varga opened a footbridge over the river on Tuesday.\n\n" +
				"The harbour board approved a crane contract on Wednesday.\n\n" +
				"Rail workers walked off the job on Thursday over pensions.\n\n" +
				"The ferry Nordvik struck a reef on March 2.\n\n" +
				"The council voted to close two libraries on March 3.\n")}),
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}, {ID: "o4", Name: "Four"}},
	}
	Into(&parts, []string{"a", "b", "c", "d"}, Options{})
	return parts
}
