package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestBareMentionJoinsTheOnlyEventOfItsDate: a sentence naming no one
// that tells, in a month or a year, the kind of happening the story's
// only event of that month or year tells ("A drought was declared in
// July", "The inquiry's hearings open in October") joins it. A month
// that dates two events, a sentence of another kind, or a day keep it
// apart.
func TestBareMentionJoinsTheOnlyEventOfItsDate(t *testing.T) {
	published := timeline.DayDate(2025, 8, 22) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The Hollin Water Board declared a drought across the county in July, banning hosepipes and sprinklers.\n\n" +
					"Judge Ruth Penn opened an inquiry into the Hollin Water Board in October 2024, hearing evidence from farmers.\n\n" +
					"Councillor Amir Basu closed the reservoir car park in June after a landslip.\n\n" +
					"Mayor Jane Holt banned barbecues on the common in June, citing the fire risk.\n\n" +
					"Jane Holt declared a state of emergency on Monday, calling in the army.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"A drought was declared in July.\n\n" +
					"The hearings of the inquiry opened in October 2024.\n\n" +
					"Barbecues were banned in June.\n\n" +
					"A state of emergency was declared on Monday.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Hosepipes and sprinklers were scarce in July.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	for _, c := range []struct{ full, bare string }{
		{"The Hollin Water Board declared", "A drought was declared"},
		{"Judge Ruth Penn opened an inquiry", "The hearings of the inquiry"},
	} {
		want := eventCiting(&parts, "a", c.full)
		if want < 0 {
			t.Fatalf("no event cites %q", c.full)
		}
		if got := eventCiting(&parts, "b", c.bare); got != want {
			t.Errorf("%q is event %d, want the only event of its date, %d", c.bare, got, want)
		}
	}
	for _, text := range []string{"Barbecues were banned", "Hosepipes and sprinklers", "A state of emergency was declared"} {
		article := "b"
		if text == "Hosepipes and sprinklers" {
			article = "c"
		}
		if got := eventCiting(&parts, article, text); got >= 0 {
			t.Errorf("%q (a month of two events, another kind, or a day) is event %d, want none", text, got)
		}
	}
}

// TestBareMentionJoinsAnEntitysOnlyEventOfItsYear: the only event of a
// year, started by a sentence whose subject is a story entity ("In 2019
// the county ... cut"), is joined by a bare sentence telling the same
// kind of happening in that year ("Budget cuts in 2019 reduced").
func TestBareMentionJoinsAnEntitysOnlyEventOfItsYear(t *testing.T) {
	published := timeline.DayDate(2025, 8, 22)
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"In 2019 the county, short of money, cut the ferry crews from six to two.\n\n" +
					"Mayor Jane Holt opened the new pier on Monday, ending a decade of delays.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Budget cuts in 2019 reduced the ferry service to a single boat.\n\n" +
					"The county has promised a review of the timetable.\n\n" +
					"Jane Holt opened the pier on Monday with a brass band.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	want := eventCiting(&parts, "a", "In 2019 the county")
	if want < 0 {
		t.Fatalf("no event cites the county's cut")
	}
	if got := eventCiting(&parts, "b", "Budget cuts in 2019"); got != want {
		t.Errorf("the cut told naming no one is event %d, want the county's, %d", got, want)
	}
}
