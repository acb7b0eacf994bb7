package model

import (
	"slices"
	"strings"
	"testing"
)

func TestMarksToggleWithW(t *testing.T) {
	m := newSized(t, 140, 40)
	press(m, "G")
	on := plain(m)
	if !strings.Contains(on, "⟨to both nations,⟩") || !strings.Contains(on, "threat⟨.⟩") || !strings.Contains(on, "marks off") {
		t.Fatalf("marks are on by default, with the legend:\n%s", on)
	}
	if !strings.Contains(on, "fuller, punctuation · vs Wire Service") || !strings.Contains(on, "trimmed, punctuation · vs The Northern Star") {
		t.Error("each column head says how it compares and with which outlet")
	}
	press(m, "w")
	off := plain(m)
	if strings.ContainsAny(off, "⟨⟩‸") || !strings.Contains(off, "“Iran is a shared threat to both nations,”") {
		t.Fatalf("w turns the marks off and shows the plain words:\n%s", off)
	}
	if !strings.Contains(off, "fuller, punctuation") {
		t.Error("the class stays in the column head with the marks off")
	}
	press(m, "w")
	if plain(m) != on {
		t.Error("w again restores the marked view")
	}
}

// The marks are in the text, not only in its colour: a marked run is
// bracketed and styled, and a gap has its own glyph.
func TestMarkedFragmentsAreStyledAndBracketed(t *testing.T) {
	m := newSized(t, 140, 40)
	press(m, "G")
	raw := m.View().Content
	styled := m.env.styles.Diff.Render("⟨to")
	if !strings.Contains(raw, styled) {
		t.Errorf("the marked run is not drawn in the diff style (want %q in the view)", styled)
	}
	r := m.env.ds.Renderings(1)[1] // Wire Service's "Iran is a shared threat."
	got := markFragments(&r, []string{"Iran is a shared threat."}, true)
	if got[0].text != "“Iran is a shared threat⟨.⟩”" {
		t.Errorf("marked text = %q", got[0].text)
	}
}

func TestCoverageMatrixOpensPassagesAndFollowsFilters(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "j", "m")
	if m.screen != screenCoverage {
		t.Fatal("m opens the coverage matrix")
	}
	out := plain(m)
	for _, want := range []string{"Coverage · 6 events × 3 outlets", "Reported by", "▶ 2009", "1 ◆"} {
		if !strings.Contains(out, want) {
			t.Errorf("matrix lacks %q:\n%s", want, out)
		}
	}
	// The cursor starts on the chronology's event, in the first column:
	// NATO is reported only by Wire Service.
	if !strings.Contains(out, "The Northern Star does not report this event.") {
		t.Errorf("the status line should say the cell is empty:\n%s", out)
	}
	press(m, "enter")
	if m.screen != screenCoverage {
		t.Fatal("enter on an empty cell stays in the matrix")
	}
	press(m, "l", "enter")
	if m.screen != screenReader || m.reader.span.Text != "Albania joined NATO in 2009." {
		t.Fatalf("enter opens Wire Service's passage; screen %v, span %q", m.screen, m.reader.span.Text)
	}
	press(m, "esc")
	if m.screen != screenCoverage {
		t.Fatal("esc in the reader returns to the matrix")
	}
	// A filter narrows the rows but keeps every outlet as a column.
	press(m, "o", "D", "a", "i", "enter")
	out = plain(m)
	if !strings.Contains(out, "Coverage · 3 events × 3 outlets") || !strings.Contains(out, "[outlet: Daily Ledger]") {
		t.Errorf("the outlet filter should leave Daily Ledger's 3 events:\n%s", out)
	}
	press(m, "esc")
	if m.screen != screenPanes {
		t.Error("esc leaves the matrix")
	}
}

func TestDiscrepanciesListAndSides(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "d")
	out := plain(m)
	if !strings.Contains(out, "Discrepancies · all 3") || !strings.Contains(out, "N: July 15 · W: July") {
		t.Fatalf("the list shows every discrepancy with its readings:\n%s", out)
	}
	press(m, "enter")
	out = plain(m)
	if m.screen != screenDiscrepancy || !strings.Contains(out, "reads: July 15") || !strings.Contains(out, "“on July 15”") {
		t.Fatalf("enter shows the sides with their cited words:\n%s", out)
	}
	press(m, "l", "enter")
	if m.screen != screenReader || m.reader.span.Text != "In July" {
		t.Fatalf("→ then enter reads the second side; span %q", m.reader.span.Text)
	}
	press(m, "esc", "esc")
	if m.screen != screenDiscrepancies {
		t.Fatal("esc goes back one step at a time")
	}
	press(m, "G", "enter")
	out = plain(m)
	if !strings.Contains(out, "Aligned differences") || !strings.Contains(out, "has “to both nations,” where the other has “.”") {
		t.Errorf("a wording discrepancy lists its aligned differences:\n%s", out)
	}
}

// TestCoverageSortsAndShowsSingles: s sorts the rows by how many outlets
// report them (and back to dates), 1 keeps only those one outlet reports.
func TestCoverageSortsAndShowsSingles(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "m")
	events := func() []string {
		var ids []string
		for _, r := range m.cover.rows {
			ids = append(ids, m.env.ds.Events()[r.Event].ID)
		}
		return ids
	}
	date := events()
	press(m, "s")
	if got := events(); got[0] != "2022-07-15-attack" || !strings.Contains(plain(m), "by count") {
		t.Fatalf("s: rows %v", got)
	}
	counts := []int{}
	for _, r := range m.cover.rows {
		counts = append(counts, r.Count)
	}
	if !slices.IsSortedFunc(counts, func(a, b int) int { return b - a }) {
		t.Errorf("s: counts %v not most first", counts)
	}
	press(m, "s")
	if got := events(); !slices.Equal(got, date) {
		t.Errorf("s again: %v, want the dates' order %v", got, date)
	}
	press(m, "1")
	for _, r := range m.cover.rows {
		if r.Count != 1 {
			t.Errorf("1: a row reported by %d outlets is shown", r.Count)
		}
	}
	if len(m.cover.rows) != 3 || !strings.Contains(plain(m), "only ◆, of 6") {
		t.Errorf("1: %d rows\n%s", len(m.cover.rows), plain(m))
	}
	press(m, "1")
	if len(m.cover.rows) != 6 {
		t.Errorf("1 again: %d rows, want all 6", len(m.cover.rows))
	}
}
