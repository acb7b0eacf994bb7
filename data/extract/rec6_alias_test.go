package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnOrganisationWithoutTheStorysPlace: an article that never writes
// "Varnshire" calls the "Varnshire Canal Trust" "the Canal Trust"; it is
// the same body when another article's dateline names Varnshire as a
// place, and another when nothing does (Varnshire could be any word).
func TestAnOrganisationWithoutTheStorysPlace(t *testing.T) {
	for _, c := range []struct {
		dateline string
		same     bool
	}{
		{"ALDTON, Varnshire (NP) - ", true},
		{"", false},
	} {
		published := timeline.DayDate(2025, 4, 11) // a Friday
		parts := timeline.Parts{
			Articles: []timeline.Article{
				{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
					c.dateline + "The Varnshire Canal Trust closed the towpath at Emsby on Tuesday after a bank slipped.\n")},
				{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
					"Walkers were turned back at Emsby this week.\n\n" +
						"The Canal Trust said on Thursday that repairs to the bank would take a month.\n")},
			},
			Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
		}
		Into(&parts, []string{"a", "b"}, Options{})
		i := eventCiting(&parts, "b", "repairs to the bank")
		if i < 0 {
			t.Fatalf("dateline %q: no event cites the repairs", c.dateline)
		}
		if got := slices.Contains(parts.Events[i].Actors, "varnshire-canal-trust"); got != c.same {
			t.Errorf("dateline %q: the Canal Trust's actors %v, the Varnshire one among them %v, want %v", c.dateline, parts.Events[i].Actors, got, c.same)
		}
	}
}

// TestACompanyWithoutItsLegalForm: "Brinmoor Foods Ltd" and "Brinmoor
// Foods" are one company, and two outlets' reports of its recall one
// event's actor.
func TestACompanyWithoutItsLegalForm(t *testing.T) {
	published := timeline.DayDate(2025, 4, 11)
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Brinmoor Foods Ltd recalled 40,000 jars of chutney on Tuesday after glass was found in a batch.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Shoppers were told to check their cupboards.\n\n" +
					"Brinmoor Foods said on Thursday that the fault lay with one supplier.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	i := eventCiting(&parts, "b", "the fault lay with one supplier")
	if i < 0 {
		t.Fatal("no event cites the supplier's fault")
	}
	if a := parts.Events[i].Actors; !slices.Contains(a, "brinmoor-foods-ltd") || slices.Contains(a, "brinmoor-foods") {
		t.Errorf("the short name's actors %v, want brinmoor-foods-ltd alone", a)
	}
}
