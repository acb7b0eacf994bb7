// Package testkit holds what the data packages' tests share: the embedded
// dataset, a small hand-made one whose text carries what every export
// must escape, and the check that every problem a reader reports is
// placed in its file. Only tests import it.
package testkit

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Seeds loads the embedded dataset with load (corpus.Seeds; passed in so
// the corpus package's own tests can use this too), or fails the test.
func Seeds(t testing.TB, load func() (*timeline.Dataset, error)) *timeline.Dataset {
	t.Helper()
	ds, err := load()
	if err != nil {
		t.Fatalf("the embedded dataset does not load:\n%v", err)
	}
	return ds
}

// Handmade is a small valid dataset whose text carries what exports must
// escape: commas, semicolons, backslashes, newlines, markup and a title a
// spreadsheet would read as a formula.
func Handmade(t testing.TB) *timeline.Dataset {
	t.Helper()
	text := "Report, with commas; semicolons \\ backslashes.\nA second line.\n" +
		"=SUM(1) was typed. Later that year. Über-long: " + strings.Repeat("ü", 60) + "\n"
	at := func(sub string) []timeline.Source {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("Handmade: %q is not in the article", sub)
		}
		return []timeline.Source{{Span: timeline.Span{Article: "a", Start: i, End: i + len(sub), Text: untrusted.Text(sub)}}}
	}
	ds, err := timeline.New(timeline.Parts{
		Countries: map[string]string{"AL": "Albania"},
		Outlets:   []timeline.Outlet{{ID: "wire", Name: `Wire, Inc.; "Daily"`}},
		Articles: []timeline.Article{{ID: "a", File: "a.txt", Outlet: "wire", Title: "A",
			Published: timeline.DayDate(2022, 10, 25), Text: untrusted.Text(text)}},
		Events: []timeline.Event{
			{ID: "formula", Title: "=SUM(1)", Summary: "-1 + 2, said @someone", Start: timeline.DayDate(2022, 10, 24),
				Tags: []string{"statement"}, Sources: at("=SUM(1) was typed.")},
			{ID: "escapes", Title: `Commas, semicolons; back\slashes`, Summary: "Markup <b>stays</b> text & so on",
				Start: timeline.DayDate(2022, 10, 20), End: timeline.DayDate(2022, 10, 22), Countries: []string{"AL"},
				Tags: []string{"security", "diplomacy"}, Sources: at("Report, with commas; semicolons \\ backslashes.\nA second line.")},
			{ID: "month", Title: "Some month", Summary: "A month.", Start: timeline.MonthDate(2022, 9),
				Sources: at("Later that year.")},
			{ID: "approx-day", Title: "Roughly a day", Summary: "An approximate day.",
				Start: timeline.DayDate(2022, 10, 1).Approximate(), Sources: at("Later that year.")},
			{ID: "long", Title: "Über " + strings.Repeat("ü", 50), Summary: strings.Repeat("€", 40), Start: timeline.DayDate(2022, 10, 25),
				Sources: at("Über-long: " + strings.Repeat("ü", 60))},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// Albanian is the events involving Albania.
func Albanian(ds *timeline.Dataset) []int {
	return ds.Apply(timeline.Filter{Countries: []string{"AL"}})
}

// Lines is how many lines s has.
func Lines(s string) int {
	n := 1
	for i := range len(s) {
		if s[i] == '\n' {
			n++
		}
	}
	return n
}

// CheckErrorsPlaced fails unless every problem in err is a *data.Error
// naming file, at a line the file has.
func CheckErrorsPlaced(t *testing.T, err error, file string, src []byte) {
	t.Helper()
	if err == nil {
		return
	}
	for _, p := range schema.Flatten(err) {
		var e *schema.Error
		if !errors.As(p, &e) {
			t.Fatalf("%T is not a *data.Error: %v", p, p)
		}
		if e.File != file {
			t.Fatalf("error names %q, not %q: %v", e.File, file, e)
		}
		if e.Line < 0 || e.Line > Lines(string(src)) || e.Col < 0 {
			t.Fatalf("error at %d:%d of a %d-line file: %v", e.Line, e.Col, Lines(string(src)), e)
		}
	}
}

// WriteTwice runs write twice and fails the test unless both give the
// same bytes, which it returns: every writer must be deterministic.
func WriteTwice(t testing.TB, write func(io.Writer) error) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := write(&a); err != nil {
		t.Fatal(err)
	}
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same events differ")
	}
	return a.Bytes()
}
