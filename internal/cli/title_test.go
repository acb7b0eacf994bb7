package cli

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
)

// TestFoundEventTitlesAreBareInCSVAndMarkdown: an event cyberdesk found
// itself is marked with its score in the table (≈0.25 Title), but CSV and
// Markdown carry the title as JSON does, the score having its own column
// in CSV.
func TestFoundEventTitlesAreBareInCSVAndMarkdown(t *testing.T) {
	src := []string{"--corpus", "testdata/hostile"}
	_, js, _ := runCLI(t, append([]string{"events", "--format", "json"}, src...)...)
	var events []struct {
		ID, Title string
		Extracted bool
	}
	if err := json.Unmarshal([]byte(js), &events); err != nil {
		t.Fatalf("%v\n%s", err, js)
	}
	found := 0
	for _, e := range events {
		if e.Extracted {
			found++
		}
	}
	if found == 0 {
		t.Fatal("testdata/hostile has no found event: the test tests nothing")
	}
	_, table, _ := runCLI(t, append([]string{"events"}, src...)...)
	if !strings.Contains(table, "≈") {
		t.Errorf("the table does not mark the found events:\n%s", table)
	}

	_, out, _ := runCLI(t, append([]string{"events", "--format", "csv"}, src...)...)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != len(events)+1 {
		t.Fatalf("%d rows, %v:\n%s", len(rows), err, out)
	}
	for k, e := range events {
		if got := rows[k+1][2]; got != line(e.Title) {
			t.Errorf("CSV title of %s is %q, want %q", e.ID, got, line(e.Title))
		}
	}

	_, out, _ = runCLI(t, append([]string{"events", "--format", "md"}, src...)...)
	lines := strings.Split(strings.TrimSpace(out), "\n")[2:]
	if len(lines) != len(events) {
		t.Fatalf("%d Markdown rows, want %d:\n%s", len(lines), len(events), out)
	}
	for k, e := range events {
		cells := strings.Split(lines[k], " | ")
		if got := cells[2]; got != md(e.Title) {
			t.Errorf("Markdown title of %s is %q, want %q", e.ID, got, md(e.Title))
		}
	}

	_, out, _ = runCLI(t, append([]string{"coverage", "--format", "csv"}, src...)...)
	if strings.Contains(out, "≈") {
		t.Errorf("coverage CSV marks a title:\n%s", out)
	}
}
