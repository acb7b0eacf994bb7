package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// published2016 is a dataset of one article published on 14 March 2016.
func published2016(t *testing.T) *timeline.Dataset {
	return published(t, timeline.DayDate(2016, 3, 14))
}

// published is a dataset of one article published on day.
func published(t *testing.T, day timeline.Date) *timeline.Dataset {
	t.Helper()
	p := timeline.Parts{
		Outlets:  []timeline.Outlet{{ID: "o", Name: "Outlet"}},
		Articles: []timeline.Article{{ID: "a", File: "a.txt", Outlet: "o", Title: "T", Published: day, Text: "Text of the article."}},
		Events: []timeline.Event{{ID: "e", Title: "Event", Summary: "S.", Start: timeline.DayDate(2016, 3, 1),
			Sources: []timeline.Source{{Span: timeline.Span{Article: "a", Start: 0, End: 4, Text: "Text"}}}}},
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// The empty date inputs show the forms a date may take in the corpus's own
// dates, and only whole forms: at 80 columns the range's were cut to
// "..202" and read 2022 on a corpus of 2016.
func TestDateFormsAreTheCorpusOwnAndWhole(t *testing.T) {
	ds := published2016(t)
	if got, want := dateForms(inputDates, ds, 200), "2016-03..2016-04, 2016-03.., ..2016, 2016-03-14, (empty: any)"; got != want {
		t.Errorf("range forms = %q, want %q", got, want)
	}
	if got, want := dateForms(inputJump, ds, 200), "2016, 2016-03, 2016-03-14"; got != want {
		t.Errorf("jump forms = %q, want %q", got, want)
	}
	if got, want := dateForms(inputDates, ds, 33), "2016-03..2016-04, 2016-03.."; got != want {
		t.Errorf("range forms in 33 cells = %q, want %q", got, want)
	}

	if got, want := dateForms(inputDates, published(t, timeline.DayDate(2016, 1, 31)), 200), "2016-01..2016-02, 2016-01.., ..2016, 2016-01-31, (empty: any)"; got != want {
		t.Errorf("range forms from the 31st = %q, want %q", got, want)
	}

	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(m, "r")
	foot := plain(m)
	if !strings.Contains(foot, "dates: 2016-03..2016-04") || strings.Contains(foot, "2022") {
		t.Errorf("the date range input at 80x24 does not offer the corpus's dates:\n%s", foot)
	}
}
