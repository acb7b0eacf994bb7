package extract

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A span never starts or ends inside a character: an attribution read
// after a no-break space (U+00A0, two bytes) once began on its second
// byte, and the export, which writes text as UTF-8, could not be loaded
// back ("text at [..) is "\xa0Ada Lorn said", not "�Ada Lorn said"").
func TestSpansKeepWholeCharacters(t *testing.T) {
	day := timeline.DayDate(2025, 11, 3)
	parts := timeline.Parts{
		Outlets: []timeline.Outlet{{ID: "o1", Name: "Harbour Post"}},
		Articles: []timeline.Article{{ID: "a", File: "a.txt", Outlet: "o1", Published: day, Text: untrusted.Text(
			"The harbour wall broke on Sunday.\n\nAt a meeting on Monday, and\u00a0Mayor Ada Lorn said:\n\n" +
				"\"We will rebuild the harbour wall before the winter storms come.\"\n\n" +
				"During the town hall,\u00a0Lorn told the council that the port would stay open.\n")}},
	}
	Into(&parts, []string{"a"}, Options{})
	if len(parts.Quotes) == 0 {
		t.Fatal("no quotation found")
	}
	check := func(what string, s timeline.Span) {
		t.Helper()
		if s.Start == s.End {
			return
		}
		if text := parts.Articles[0].Text; !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Errorf("%s [%d,%d) %q cuts a character", what, s.Start, s.End, s.Text)
		}
	}
	for _, q := range parts.Quotes {
		check("quote "+q.ID, q.Span)
		check("attribution of "+q.ID, q.Attribution)
	}
	for _, e := range parts.Events {
		for _, s := range e.Sources {
			check("source of "+e.ID, s.Span)
		}
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, ds); err != nil {
		t.Fatal(err)
	}
	if _, err := export.Load("story.json", buf.Bytes(), export.Options{}); err != nil {
		t.Errorf("the export does not load back: %v", err)
	}
}
