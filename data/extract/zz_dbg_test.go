package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestZZOne(t *testing.T) {
	f := os.Getenv("ONE")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	text := string(b)
	parts := timeline.Parts{Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: timeline.Raw(text), Published: timeline.DayDate(2016, 3, 4)}}, Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
	Into(&parts, []string{"a"}, Options{})
	names := map[string]string{}
	for _, a := range parts.Actors {
		names[a.ID] = a.Name + " (" + string(a.Kind) + ")"
	}
	grep := os.Getenv("GREP")
	for _, q := range parts.Quotes {
		if grep == "" || strings.Contains(q.Span.Text.String(), grep) {
			t.Logf("%q -> %s [%s]", q.Span.Text.String()[:min(60, len(q.Span.Text))], names[q.Speaker], q.Attribution.Text)
		}
	}
}
