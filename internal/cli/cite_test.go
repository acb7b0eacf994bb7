package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data"
)

// TestCite: a quote, a source passage and an event, cited in every
// style: the words verbatim, the outlet, title, byline, date and how it
// is known, and where the passage is.
func TestCite(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var qid, words string
	for _, q := range ds.Quotes() {
		if q.Speaker == "yair-lapid" && strings.Contains(q.Span.Text.Verbatim(), "shared threat to both") {
			qid, words = q.ID, q.Span.Text.Verbatim()
		}
	}
	if qid == "" {
		t.Fatal("no Lapid quote on the shared threat")
	}
	code, out, errOut := runCLI(t, "cite", qid)
	if code != 0 {
		t.Fatalf("cite %s: exit %d: %s", qid, code, errOut)
	}
	for _, want := range []string{"“" + words + "”", "— Yair Lapid, quoted by The Mideast Update", "by Joshua Spurlock", "23 October 2022",
		"seeds/004_1c48165e28d86d0d.txt, paragraph ", ", line ", ", bytes "} {
		if !strings.Contains(out, want) {
			t.Errorf("the citation lacks %q:\n%s", want, out)
		}
	}
	// An inferred date says so.
	if _, out, _ := runCLI(t, "cite", "2022-10-23-rama-meets-lapid#1"); !strings.Contains(out, "(date inferred)") && !strings.Contains(out, "23 October 2022.") {
		t.Errorf("a source's citation: %s", out)
	}
	if _, out, _ := runCLI(t, "cite", qid, "--style", "md"); !strings.HasPrefix(out, "> ") || !strings.Contains(out, "**Yair Lapid**") {
		t.Errorf("md: %s", out)
	}
	if _, out, _ := runCLI(t, "cite", qid, "--style", "bibtex"); !strings.HasPrefix(out, "@article{") || strings.Count(out, "{") != strings.Count(out, "}") ||
		!strings.Contains(out, "journal = {The Mideast Update}") || !strings.Contains(out, "month = {oct}") {
		t.Errorf("bibtex: %s", out)
	}
	_, out, _ = runCLI(t, "cite", qid, "--style", "csl-json")
	var items []struct {
		Type   string `json:"type"`
		Issued struct {
			DateParts [][]int `json:"date-parts"`
		} `json:"issued"`
		Custom struct{ Quote string } `json:"custom"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 1 || items[0].Type != "article-newspaper" ||
		items[0].Custom.Quote != words || len(items[0].Issued.DateParts[0]) != 3 {
		t.Errorf("csl-json: %v\n%s", err, out)
	}
	// An event cites each of its sources.
	e, _ := ds.Event("2022-09-05-albania-cuts-ties")
	_, out, _ = runCLI(t, "cite", e.ID, "--style", "csl-json")
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != len(e.Sources) {
		t.Errorf("an event with %d sources gives %d citations: %v", len(e.Sources), len(items), err)
	}
	// In text, a line above them says what event they are cited for; one
	// source alone has none.
	if _, out, _ := runCLI(t, "cite", e.ID); !strings.HasPrefix(out, "Event “"+e.Title+"”, ") || !strings.Contains(out, e.ID) {
		t.Errorf("an event's citations open without its title:\n%s", out)
	}
	if _, out, _ := runCLI(t, "cite", e.ID+"#1"); strings.HasPrefix(out, "Event ") {
		t.Errorf("one source's citation opens with the event's line:\n%s", out)
	}
}

// TestCiteDiscrepancySides: a discrepancy's id cites each side, and
// DISCREPANCY-ID#N its Nth, with the side's words verbatim.
func TestCiteDiscrepancySides(t *testing.T) {
	code, all, errOut := runCLI(t, "cite", "mek-arrangement-year")
	if code != 0 || strings.Count(all, "\n— ") != 2 {
		t.Fatalf("cite a discrepancy: exit %d, %q %q; want both sides", code, all, errOut)
	}
	code, second, _ := runCLI(t, "cite", "mek-arrangement-year#2")
	if code != 0 || !strings.Contains(all, second) || !strings.Contains(second, "Albania agreed in 2013") {
		t.Errorf("cite the second side: exit %d, %q", code, second)
	}
}
