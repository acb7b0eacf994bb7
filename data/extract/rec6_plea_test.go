package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnAdmissionInCourtIsAPlea: one outlet writes that the company
// "pleaded guilty", another that it "admitted the offence", on the same
// day: one happening, a plea (rec28v). "Admitted its guilt" is one too.
func TestAnAdmissionInCourtIsAPlea(t *testing.T) {
	published := timeline.DayDate(2025, 5, 16) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Last Monday Harnside Plastics stood up in a courtroom in Ketterby and pleaded guilty to fouling a stream.\n\n" +
					"Anglers found dead trout below the works on January 9.\n\n" +
					"The water company closed its Brede intake on January 10.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Villagers had waited four months.\n\n" +
					"Their employer, Harnside Plastics, admitted the pollution offence on Monday.\n\n" +
					"Inspectors arrested the works manager on January 20.\n\n" +
					"A judge will rule on his bail in June.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	plea := eventCiting(&parts, "a", "pleaded guilty")
	if got := eventCiting(&parts, "b", "admitted the pollution offence"); plea < 0 || got != plea {
		t.Errorf("the admission is event %d, want the plea's, %d", got, plea)
	}
	plead, _ := contentStem("pleaded")
	if s, also := contentStem("admitted"); s != plead && also != plead {
		t.Errorf("\"admitted\" reads as %q and %q, not a plea (%q)", s, also, plead)
	}
	if s, _ := contentStem("guilt"); s != plead {
		t.Errorf("\"guilt\" reads as %q, not a plea (%q)", s, plead)
	}
}
