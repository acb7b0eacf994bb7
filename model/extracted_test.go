package model

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// extractedFixture is the fixture with a candidate event and a rendering
// cyberdesk found itself, as a corpus with an unannotated article gives.
func extractedFixture(t *testing.T) *timeline.Dataset {
	t.Helper()
	p := fixture(t).Parts()
	p.Events = append([]timeline.Event(nil), p.Events...)
	p.Quotes = append([]timeline.Quote(nil), p.Quotes...)
	a3 := p.Articles[2].Text
	i := strings.Index(a3.Verbatim(), "In 1991")
	p.Events = append(p.Events, timeline.Event{
		ID: "x-1991", Title: "In 1991 relations with Israel began", Summary: "A sentence naming Albania; found automatically.",
		Start: timeline.YearDate(1991), Actors: []string{"albania"}, Extracted: true,
		Sources: []timeline.Source{{Span: timeline.Span{Article: "a3", Start: i, End: i + 36, Text: a3[i : i+36]}, When: "In 1991", Extracted: true}},
	})
	for j := range p.Quotes {
		if p.Quotes[j].ID == "q4" {
			p.Quotes[j].Extracted, p.Quotes[j].Score = true, 0.75
		}
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestExtractedItemsAreMarkedEverywhere(t *testing.T) {
	m := New(extractedFixture(t), WithNotice("2 article(s) of news left out; run: cyberdesk corpus check news"))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	screen := plain(m)
	// background (1991, long before the articles) with its score: one article
	if !strings.Contains(screen, "[bg] ≈0.25 In 1991 relations") {
		t.Errorf("the chronology does not mark the extracted event:\n%s", screen)
	}
	if !strings.Contains(screen, "2 article(s) of news left out") {
		t.Errorf("the footer does not show the notice:\n%s", screen)
	}
	press(m, "j")
	if strings.Contains(plain(m), "left out") {
		t.Error("the notice should go at the first key press")
	}
	// The statement Lapid's threat: the wire's rendering was found automatically.
	press(m, "end")
	if m.SelectedEvent() != "2022-10-24-meeting" {
		t.Fatalf("selected %q", m.SelectedEvent())
	}
	screen = plain(m)
	if !strings.Contains(screen, "≈ found automatically · grouped 0.75") {
		t.Errorf("the quotes pane does not mark the extracted rendering with its score:\n%s", screen)
	}
	press(m, "home", "j")
	if m.SelectedEvent() != "x-1991" {
		t.Fatalf("selected %q", m.SelectedEvent())
	}
	press(m, "enter")
	screen = plain(m)
	for _, want := range []string{"≈ In 1991 relations", "Curated", "≈ no: found automatically", "· ≈ found automatically"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the detail view lacks %q:\n%s", want, screen)
		}
	}
	press(m, "esc", "m")
	if screen = plain(m); !strings.Contains(screen, "≈ In 1991") {
		t.Errorf("the coverage matrix does not mark the extracted event:\n%s", screen)
	}
}

// TestUntaggedTitleTakesTheTagsColumn: an event found in articles has no
// tags, so at a wide size its title runs on where tags would stand, and
// the outlets' marks keep their column.
func TestUntaggedTitleTakesTheTagsColumn(t *testing.T) {
	p := extractedFixture(t).Parts()
	long := "In 1991 relations with Israel began after decades in which the two had no ties"
	for i := range p.Events {
		if p.Events[i].ID == "x-1991" {
			p.Events[i].Title = long
		}
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 200, Height: 40})
	screen := plain(m)
	if !strings.Contains(screen, long) {
		t.Errorf("the untagged event's title is cut at 200 columns:\n%s", screen)
	}
	marksAt, rows := -1, 0
	for _, line := range strings.Split(screen, "\n") {
		if i := strings.Index(line, "┃"); i >= 0 && (strings.Contains(line, long) || strings.Contains(line, "Lapid meets Rama")) {
			j := utf8.RuneCountInString(line[:strings.LastIndex(line, "┃")])
			if marksAt >= 0 && j != marksAt {
				t.Errorf("the rows' right edges differ (%d, %d): the marks moved", marksAt, j)
			}
			marksAt, rows = j, rows+1
		}
	}
	if rows != 2 {
		t.Errorf("%d of the two rows found", rows)
	}
}
