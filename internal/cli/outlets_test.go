package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOutletsTableNamesAFewArticles: an outlet's articles in a table are
// how many there are and the first few titles, so an outlet of many
// articles stays one short row; CSV, JSON and Markdown keep every title.
func TestOutletsTableNamesAFewArticles(t *testing.T) {
	parts := timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "many", Name: "Many"}, {ID: "two", Name: "Two"}},
	}
	add := func(outlet string, n int) {
		for i := range n {
			id := fmt.Sprintf("%s-%d", outlet, i)
			parts.Articles = append(parts.Articles, timeline.Article{ID: id, File: id + ".txt", Outlet: outlet,
				Title: "Headline " + id, Published: timeline.DayDate(2022, 9, 1+i), Text: untrusted.Text("Text.")})
		}
	}
	add("many", 9)
	add("two", 2)
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	r := outletsReport(ds, nil, nil)
	out := func(format string) string {
		var b bytes.Buffer
		if err := r.write(&b, format, 0); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	table := out("table")
	for _, want := range []string{"9 articles: Headline many-0 (2022-09-01), Headline many-1", "Headline many-2 (2022-09-03), … 6 more",
		"Headline two-0 (2022-09-01), Headline two-1 (2022-09-02)"} {
		if !strings.Contains(table, want) {
			t.Errorf("the table lacks %q:\n%s", want, table)
		}
	}
	if strings.Contains(table, "many-3") || strings.Contains(table, "2 articles") {
		t.Errorf("the table names more than a few articles, or counts two:\n%s", table)
	}
	for _, format := range []string{"csv", "json", "md"} {
		if got := out(format); !strings.Contains(got, "Headline many-8") || strings.Contains(got, "more") {
			t.Errorf("%s does not keep every article:\n%s", format, got)
		}
	}
}
