package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestADayCountedFromAHappeningAnotherOutletDates: one article says
// only that the mayor resigned "the day after the collapse", and names
// the collapse again later, in what came after it (an inquiry, a
// finding, March 13); two other outlets date the collapse (March 11).
// The resignation is dated March 12, from them. Where the outlets date
// the collapse on two days alike, no day holds a majority and the
// sentence is left undated.
func TestADayCountedFromAHappeningAnotherOutletDates(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	resigned := timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
		"Mayor Ines Varga resigned the day after the collapse, saying the city had failed its bridges.\n\n" +
			"Governor Tomas Holm ordered an inquiry into the collapse on March 13.\n\n" +
			"Engineers blamed the collapse on corrosion on March 13.\n")}
	for _, c := range []struct {
		name, dayB string
		want       string // the resignation's date; "" for undated
	}{
		{"both outlets say March 11", "March 11", "2025-03-12"},
		{"the outlets disagree", "March 9", ""},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The Lorne Street bridge collapsed on March 11, killing two drivers.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Rescuers worked through the night after the bridge collapse on " + c.dayB + ".\n")},
			resigned,
		)
		i := eventCiting(&parts, "c", "resigned the day after")
		switch {
		case c.want == "" && i >= 0:
			t.Errorf("%s: the resignation is dated %s, want it undated", c.name, timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End))
		case c.want != "" && i < 0:
			t.Errorf("%s: no event cites the resignation", c.name)
		case c.want != "" && timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End) != c.want:
			t.Errorf("%s: the resignation is dated %s, want %s", c.name, timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End), c.want)
		}
	}
}

// TestACountedPhraseTheArticleDatesIsReadThere: where the article itself
// dates the happening, FindDates reads the phrase from it and the corpus
// is not asked: the other outlet's day for the collapse does not move it.
func TestACountedPhraseTheArticleDatesIsReadThere(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14)
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"The Lorne Street bridge collapsed on March 11, killing two drivers.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"The Lorne Street bridge collapsed on March 11 after a week of rain.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"The bridge collapse on March 10 closed the ring road.\n\n" +
				"Mayor Ines Varga resigned the day after the collapse, saying the city had failed its bridges.\n\n" +
				"Governor Tomas Holm ordered an inquiry into the collapse on March 13.\n\n" +
				"Engineers blamed the collapse on corrosion on March 13.\n")},
	)
	n := 0
	for _, e := range parts.Events {
		for _, s := range e.Sources {
			if s.Article == "c" && strings.Contains(s.Text.String(), "resigned the day after") {
				n++
				if got := timeline.FormatRange(e.Start, e.End); got != "2025-03-11" {
					t.Errorf("the resignation is dated %s, want 2025-03-11, from its own article", got)
				}
			}
		}
	}
	if n != 1 {
		t.Errorf("%d events cite the resignation, want 1", n)
	}
}

// TestADayCountedFromAHappeningNamedInPassing: two outlets date the
// collapse March 11; two more name it in passing, each in a sentence
// dated by what it reports (a diversion on March 12, a meeting on March
// 13). No day holds a majority of the four, but only March 11 is given
// twice: the resignation "the day after the collapse" is March 12. Where
// March 13 is given twice too, the phrase is left undated.
func TestADayCountedFromAHappeningNamedInPassing(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	for _, c := range []struct {
		name, also string
		want       string // the resignation's date; "" for undated
	}{
		{"one day given twice", "", "2025-03-12"},
		{"two days given twice", "Hauliers protested over the collapse on March 13.\n", ""},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The Lorne Street bridge collapsed on March 11, killing two drivers.\n\n" +
					"Buses were diverted around the collapse on March 12.\n")},
			timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Rescuers worked through the night after the bridge collapse on March 11.\n\n" +
					"The council met over the collapse on March 13.\n\n" + c.also)},
			timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Mayor Ines Varga resigned the day after the collapse, saying the city had failed its bridges.\n")},
		)
		i := eventCiting(&parts, "c", "resigned the day after")
		switch {
		case c.want == "" && i >= 0:
			t.Errorf("%s: the resignation is dated %s, want it undated", c.name, timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End))
		case c.want != "" && i < 0:
			t.Errorf("%s: no event cites the resignation", c.name)
		case c.want != "" && timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End) != c.want:
			t.Errorf("%s: the resignation is dated %s, want %s", c.name, timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End), c.want)
		}
	}
}

// TestADayCountedFromAClauseAnotherOutletDates: "died the day after he
// was brought up" counts from what the clause's verb says happened; the
// article does not say whose bringing up it was, so it is not read there
// (the day named before is another happening's), but from the corpus:
// two other outlets date the bringing up of the miners March 9, one
// March 7, and the death is dated March 10.
func TestADayCountedFromAClauseAnotherOutletDates(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"The last five miners trapped at the Orrin pit were brought to the surface on March 9.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Nine of the Orrin miners were brought up alive on March 7.\n\n" +
				"Ivo Brandt, 58, was among the last five miners brought out of the Orrin pit on March 9.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Pumps were lowered into the Orrin shaft on March 6.\n\n" +
				"One of the Orrin miners, Ivo Brandt, died in hospital the day after he was brought up.\n")},
	)
	i := eventCiting(&parts, "c", "died in hospital the day after")
	if i < 0 {
		t.Fatalf("no event cites the miner's death")
	}
	if got := timeline.FormatRange(parts.Events[i].Start, parts.Events[i].End); got != "2025-03-10" {
		t.Errorf("the death is dated %s, want 2025-03-10", got)
	}
}
