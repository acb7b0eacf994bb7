package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAShortNameNamesItsOrganisation: an outlet that names a bank in
// full and then by its first word ("Varnhold capped withdrawals"),
// even in an article read before another outlet's that reports the same,
// reports what the bank did; an article that never named it in full
// does not; a date phrase read into a name ("On Monday Kellbrook Bank
// …") leaves the name that follows it; a first word two organisations
// share, or one a capitalised word follows (another name), names
// neither.
func TestAShortNameNamesItsOrganisation(t *testing.T) {
	published := timeline.DayDate(2025, 3, 12) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Varnhold Cooperative Bank is the region's biggest lender.\n\n" +
					"Varnhold capped cash withdrawals on March 6, after queues formed at its branches.\n\n" +
					"On Monday Kellbrook Bank announced it would buy the cooperative.\n\n" +
					"Ostmark was fined on March 4 for late filings.\n\n" +
					"Varnhold Savers Union members marched on March 7.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Varnhold Cooperative Bank capped withdrawals at 2,000 florins a day on March 6.\n\n" +
					"Kellbrook Bank agreed on Monday to buy the cooperative for 95 million florins.\n\n" +
					"Ostmark Shipping Group and Ostmark Holdings Ltd traded on March 4.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Varnhold quietly lifted its limits on March 10.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	capped, other := eventCiting(&parts, "a", "Varnhold capped"), eventCiting(&parts, "b", "Varnhold Cooperative Bank capped")
	if capped < 0 || capped != other {
		t.Errorf("the two reports of the cap are events %d and %d, want one", capped, other)
	} else if e := parts.Events[capped]; !slices.Contains(e.Actors, "varnhold-cooperative-bank") {
		t.Errorf("the cap's actors are %v, want the bank among them", e.Actors)
	}
	if i := eventCiting(&parts, "a", "Kellbrook Bank announced"); i < 0 || !slices.Contains(parts.Events[i].Actors, "kellbrook-bank") {
		t.Errorf("the takeover is event %d; want it to name kellbrook-bank", i)
	} else if j := eventCiting(&parts, "b", "Kellbrook Bank agreed"); j != i {
		t.Errorf("the two reports of the takeover are events %d and %d, want one", i, j)
	}
	if i := eventCiting(&parts, "c", "Varnhold quietly lifted"); i >= 0 {
		t.Errorf("an article that never named the bank in full names it: %v", parts.Events[i].Actors)
	}
	if i := eventCiting(&parts, "a", "Ostmark was fined"); i >= 0 {
		t.Errorf("a first word two organisations share names one: %v", parts.Events[i].Actors)
	}
	if i := eventCiting(&parts, "a", "Varnhold Savers Union"); i >= 0 && slices.Contains(parts.Events[i].Actors, "varnhold-cooperative-bank") {
		t.Errorf("a first word another name goes on from names the bank: %v", parts.Events[i].Actors)
	}
}

// TestShortNamesCandidates: a capitalised word beside another is part of
// a longer name, read whole, not a short one; a short word is none.
func TestShortNamesCandidates(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Varnhold capped withdrawals.", []string{"Varnhold"}},
		{"Shares in Varnhold Road Holdings fell.", []string{"Shares", "Varnhold Road Holdings"}},
		{"The bank said Varnhold's cap stays.", []string{"Varnhold"}},
		{"Its staff left.", nil},
	} {
		var got []string
		for _, m := range shortNames(c.text, 0, len(c.text), nil, nil) {
			got = append(got, c.text[m.start:m.end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: short names %q, want %q", c.text, got, c.want)
		}
	}
}

// TestANameAnArticleReadLaterGives: a name of several words the reader
// did not know when it read an article ("Kessray Ferries' chief
// executive", read before the article that names Kessray Ferries as a
// speaker) names its actor once every article is read.
func TestANameAnArticleReadLaterGives(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kessray Ferries' chief executive came down on Monday.", []string{"Kessray Ferries", "Monday"}},
		{"The Maritime Safety Board suspended the licence.", []string{"Maritime Safety Board"}},
		{"Officials in San Bernardino County said so.", []string{"Officials", "San Bernardino County"}},
	} {
		var got []string
		for _, m := range shortNames(c.text, 0, len(c.text), nil, nil) {
			got = append(got, c.text[m.start:m.end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: names read at build time %q, want %q", c.text, got, c.want)
		}
	}
}
