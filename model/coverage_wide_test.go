package model

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// manyOutlets is a dataset of n outlets, each with one article, and
// events reported by one outlet each, the first outlet reporting most.
func manyOutlets(t *testing.T, outlets, events int) *timeline.Dataset {
	t.Helper()
	p := timeline.Parts{Countries: map[string]string{"AL": "Albania"}}
	sp := func(a string) timeline.Source {
		return timeline.Source{Span: timeline.Span{Article: a, Start: 0, End: 4, Text: "Text"}}
	}
	for o := range outlets {
		id := fmt.Sprintf("o%02d", o)
		p.Outlets = append(p.Outlets, timeline.Outlet{ID: id, Name: fmt.Sprintf("Outlet Number %02d", o)})
		p.Articles = append(p.Articles, timeline.Article{ID: "a" + id, File: id + ".txt", Outlet: id, Title: "T",
			Published: timeline.DayDate(2022, 1, 1), Text: "Text of the article."})
	}
	for i := range events {
		o := i % (outlets + 10) // outlet 0 takes the remainder too
		if o >= outlets {
			o = 0
		}
		p.Events = append(p.Events, timeline.Event{ID: fmt.Sprintf("e%05d", i), Title: "Event", Summary: "S.",
			Start: timeline.DayDate(2022, 1, 1+i%28), Tags: []string{"history"}, Sources: []timeline.Source{sp(fmt.Sprintf("ao%02d", o))}})
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestCoverageWithManyOutlets: with more outlets than fit, the matrix
// draws the columns that fit, follows the cursor across the rest, names
// only the columns drawn in its key, and widens cells for large totals;
// every line stays inside the box.
func TestCoverageWithManyOutlets(t *testing.T) {
	ds := manyOutlets(t, 60, 3500)
	m := New(ds, WithBackgroundFilterOver(1<<30))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.Update(keyMsg("m"))
	check := func(step string) string {
		t.Helper()
		screen := plain(m)
		for i, l := range strings.Split(screen, "\n") {
			if w := ansi.StringWidth(l); w > 120 {
				t.Fatalf("%s: line %d is %d wide: %q", step, i, w, l)
			}
			if i >= 2 && i < 38 && !strings.HasSuffix(l, "┃") {
				t.Fatalf("%s: line %d has no right border: %q", step, i, l)
			}
		}
		return screen
	}
	screen := check("opened")
	if !strings.Contains(screen, "60 outlets (1–") || !strings.Contains(screen, "shown, ←/→)") {
		t.Fatalf("the title does not say which columns are shown:\n%s", screen)
	}
	if !strings.Contains(screen, "Outlet Number 00") || strings.Contains(screen, "Outlet Number 59") {
		t.Errorf("the key does not name exactly the columns drawn:\n%s", screen)
	}
	if total := fmt.Sprint(m.cover.cov.PerOutlet[0]); !strings.Contains(screen, " "+total+" ") {
		t.Errorf("outlet 0's total %s is not drawn whole:\n%s", total, screen)
	}
	for range 59 {
		m.Update(tea.KeyPressMsg{Code: tea.KeyRight})
	}
	screen = check("at the last column")
	if !strings.Contains(screen, "–60 shown") || !strings.Contains(screen, "Outlet Number 59") || strings.Contains(screen, "Outlet Number 00") {
		t.Errorf("the columns did not follow the cursor to the last outlet:\n%s", screen)
	}
	if !strings.Contains(screen, "Outlet Number 59 does not report this event") && !strings.Contains(screen, "Outlet Number 59: “") {
		t.Errorf("the status line is not about the cursor's outlet:\n%s", screen)
	}
}
