package extract

import (
	"fmt"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestARareYearTellsWhatHappened: two outlets tell of one happening
// long before the story ("In 2019 the audit office told the council",
// "A 2019 report by the audit office warned the council"): the same
// actor, the same year, which few sentences give, and two telling words
// join them where the words alone weigh too little. One word and the
// same year do not.
func TestARareYearTellsWhatHappened(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14)
	filler := "Farmers blocked the ring road with tractors on Monday.\n\n" +
		"Mayor Ines Varga opened a footbridge over the river on Tuesday.\n\n" +
		"The harbour board approved a crane contract on Wednesday.\n\n" +
		"Rail workers walked off the job on Thursday over pensions.\n\n" +
		"The ferry Nordvik struck a reef on March 2.\n\n" +
		"The council voted to close two libraries on March 3.\n\n" +
		"The council said on March 4 that its bridges were safe.\n\n" +
		"Engineers inspected the bridges and the council's depots on March 5.\n"
	for day := 1; day <= 28; day++ {
		// a year few sentences give: most date the story's days
		filler += fmt.Sprintf("\nWorkers at depot %d walked off the job on February %d.\n", 100+day, day)
		if day%4 == 0 {
			filler += fmt.Sprintf("\nThe council shut two bridges on January %d.\n", day)
		}
	}
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"In 2019 the Tarrow Audit Office told the council, in blunt terms, that its bridges were a hazard.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"A 2019 report by the Tarrow Audit Office found that a third of the council's bridges had cracks.\n\n" +
					"In 2019 the Tarrow Audit Office also moved its headquarters to the council's old depot.\n")},
			{ID: "d", Outlet: "o4", Published: published, Text: untrusted.Text(filler)},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o4", Name: "Four"}},
	}
	Into(&parts, []string{"a", "b", "d"}, Options{})
	told, report := eventCiting(&parts, "a", "blunt terms"), eventCiting(&parts, "b", "a third of")
	if told < 0 || told != report {
		t.Errorf("the office's warning is event %d in one outlet, %d in the other; want one", told, report)
	}
	if moved := eventCiting(&parts, "b", "moved its headquarters"); moved >= 0 && moved == told {
		t.Errorf("the office's move, which shares one word, joined its warning")
	}
}

// TestAYearAndAMonthOfIt: one outlet dates a happening long before the
// story by its month ("In March 1990 a fire in the warehouse killed four
// workers"), another by its year ("Four workers died in the warehouse in
// 1990"); neither names anyone, and both dates are rare in the corpus:
// they join as two reports of the very same year would. Another kind of
// happening that year stays apart, and so does a year given only
// approximately.
func TestAYearAndAMonthOfIt(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14)
	filler := ""
	for day := 1; day <= 28; day++ {
		filler += fmt.Sprintf("\nWorkers at depot %d walked off the job on February %d.\n", 100+day, day)
	}
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"In March 1990 a fire in the same warehouse killed four workers.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Four workers died in the same warehouse in 1990.\n\n" +
					"Dockers at the warehouse voted to strike in 1990, over pay.\n")},
			{ID: "c", Outlet: "o3", Published: timeline.DayDate(1991, 3, 14), Text: untrusted.Text(
				"Four workers died in the same warehouse a year ago.\n")},
			{ID: "d", Outlet: "o4", Published: published, Text: untrusted.Text(filler)},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}, {ID: "o4", Name: "Four"}},
	}
	Into(&parts, []string{"a", "b", "c", "d"}, Options{})
	month, year := eventCiting(&parts, "a", "a fire"), eventCiting(&parts, "b", "Four workers died")
	if month < 0 || month != year {
		t.Errorf("the fire dated by its month is event %d, by its year %d; want one", month, year)
	}
	if strike := eventCiting(&parts, "b", "voted to strike"); strike >= 0 && strike == month {
		t.Errorf("a strike vote that year joined the fire")
	}
	if ago := eventCiting(&parts, "c", "a year ago"); ago >= 0 && ago == month {
		t.Errorf("deaths dated only \"a year ago\" joined the fire")
	}
}
