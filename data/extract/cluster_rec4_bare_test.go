package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestBareMentionsThatAgreeStartAnEvent: sentences naming no one, from
// two outlets, that give the very same year few sentences give and have
// the same thing as subject ("The mill, which opened in 1932", "The mill
// was built in 1932") are one event; on a day they must share a telling
// word besides the subject's. Another subject, the same outlet twice or
// a subject alone shared on a day keep them apart.
func TestBareMentionsThatAgreeStartAnEvent(t *testing.T) {
	published := timeline.DayDate(2025, 4, 11) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The mill, which opened in 1932, is the biggest employer in the valley.\n\n" +
					"Service was restored on Thursday, with the authority reporting most trips running.\n\n" +
					"Trams resumed on Thursday after a week of repairs.\n\n" +
					"Mayor Jane Holt said on Monday the transport authority had cut the bus service.\n\n" +
					"Councillor Amir Basu met rail workers on Tuesday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"The mill was built in 1932 beside the canal.\n\n" +
					"Service came back on Thursday, and the authority waived fares.\n\n" +
					"Trams were slow on Thursday in the rain.\n\n" +
					"Hollin Transit laid off forty drivers on Wednesday, the authority said.\n\n" +
					"Judge Ruth Penn fined Hollin Transit on Tuesday over a crash.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"The bakery opened in 1932 on the high street.\n\n" +
					"The mill has stood by the canal since 1932.\n\n" +
					"Jane Holt opened a market on Wednesday.\n\n" +
					"Amir Basu visited the depot on Monday.\n\n" +
					"Ruth Penn retired from the bench in March.\n\n" +
					"Hollin Transit bought six trams in February.\n\n" +
					"Jane Holt won a second term in May last year.\n\n" +
					"The pier was built in 1890 for steamers.\n\n" +
					"The pier, which opened in 1890, was painted for the steamers.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	mill := eventCiting(&parts, "a", "The mill, which opened")
	if mill < 0 {
		t.Fatalf("no event cites the mill's opening in 1932")
	}
	for _, text := range []string{"The mill was built", "The mill has stood"} {
		article := map[string]string{"The mill was built": "b", "The mill has stood": "c"}[text]
		if got := eventCiting(&parts, article, text); got != mill {
			t.Errorf("%q is event %d, want the mill's opening, %d", text, got, mill)
		}
	}
	for _, text := range []string{"The bakery opened", "The pier was built", "The pier, which opened"} {
		if got := eventCiting(&parts, "c", text); got >= 0 {
			t.Errorf("%q (another subject, or one outlet alone) is event %d, want none", text, got)
		}
	}
	service := eventCiting(&parts, "a", "Service was restored")
	if got := eventCiting(&parts, "b", "Service came back"); service < 0 || got != service {
		t.Errorf("the service's return told by a second outlet is event %d, want %d", got, service)
	}
	for _, text := range []string{"Trams resumed", "Trams were slow"} {
		article := "a"
		if text == "Trams were slow" {
			article = "b"
		}
		if got := eventCiting(&parts, article, text); got >= 0 {
			t.Errorf("%q, sharing only its subject on a day, is event %d, want none", text, got)
		}
	}
}

// TestBareMentionsOfOneKindAndThingStartAnEvent (rec28s): on a month few
// sentences give, two outlets' bare sentences with no subject in common
// tell one happening when they share its kind and what it befell ("the
// water board declared a drought ... in July", "A drought was declared
// in July"); the kind alone, words of no kind, or a day are not enough.
func TestBareMentionsOfOneKindAndThingStartAnEvent(t *testing.T) {
	published := timeline.DayDate(2025, 8, 22)
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Rainfall was half the usual, and the water board declared a drought in the valley in July.\n\n" +
					"The ferry timetable was announced in April.\n\n" +
					"Rainfall was low, and the water board banned hosepipes on Monday.\n\n" +
					"Mayor Jane Holt opened the pier on Tuesday.\n\n" +
					"Reservoir levels across the valley stood at a record low in March.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"A drought was declared in July.\n\n" +
					"A new mayor was announced in April.\n\n" +
					"Hosepipes were banned across the valley on Monday.\n\n" +
					"Jane Holt opened the pier on Tuesday with a band.\n\n" +
					"Valley reservoir levels were at a record low in March.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	drought := eventCiting(&parts, "a", "the water board declared a drought")
	if got := eventCiting(&parts, "b", "A drought was declared"); drought < 0 || got != drought {
		t.Errorf("the drought told by a second outlet is event %d, want %d", got, drought)
	}
	for _, c := range [][2]string{{"b", "A new mayor was announced"}, {"b", "Hosepipes were banned"}, {"b", "Valley reservoir levels"}} {
		if got := eventCiting(&parts, c[0], c[1]); got >= 0 {
			t.Errorf("%q (the kind alone, words of no kind, or a day) is event %d, want none", c[1], got)
		}
	}
}
