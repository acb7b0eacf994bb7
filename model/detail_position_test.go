package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestDetailSaysItScrolls: an event longer than its box says where the
// box is ("lines 1/N" at the top right) and the footer names the page
// keys; where it all fits, neither is said.
func TestDetailSaysItScrolls(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		longer bool
	}{{50, 14, true}, {80, 24, true}, {160, 50, false}} {
		m := newSized(t, tc.w, tc.h)
		ei, _ := m.env.ds.EventIndex("2022-07-15-attack")
		m.openDetail(ei)
		m.updateKeybindings()
		screen := plain(m)
		head, _, _ := strings.Cut(screen, "\n┃")
		lines := strings.Split(screen, "\n")
		foot := lines[len(lines)-1]
		m.detail.render()
		if longer := len(m.detail.lines) > m.detail.innerH(); longer != tc.longer {
			t.Fatalf("%dx%d: the event's %d lines in %d: the fixture no longer fits the test", tc.w, tc.h, len(m.detail.lines), m.detail.innerH())
		}
		if pos := strings.Contains(head, "lines 1/"); pos != tc.longer {
			t.Errorf("%dx%d, %d lines in a box of %d: the header %q", tc.w, tc.h, len(m.detail.lines), m.detail.innerH(), head)
		}
		// Narrower, the footer has room for ↑/↓ and ? alone.
		if keys := strings.Contains(foot, "pgdn"); tc.w >= 80 && keys != tc.longer {
			t.Errorf("%dx%d, %d lines in a box of %d: the footer %q", tc.w, tc.h, len(m.detail.lines), m.detail.innerH(), foot)
		}
		if !tc.longer {
			continue
		}
		press(m, "pgdown")
		if head, _, _ := strings.Cut(plain(m), "\n┃"); strings.Contains(head, "lines 1/") || !strings.Contains(head, "lines ") {
			t.Errorf("%dx%d: after pgdn the header still says %q", tc.w, tc.h, head)
		}
	}
}

// TestDiscrepancySaysItScrolls: the discrepancy's view, longer than its
// box, says where the box is as the event's does, cutting a long id.
func TestDiscrepancySaysItScrolls(t *testing.T) {
	for _, w := range []int{50, 80} {
		m := newSized(t, w, 12)
		press(m, "d", "enter")
		if m.screen != screenDiscrepancy {
			t.Fatalf("d, enter: screen %v, want a discrepancy", m.screen)
		}
		head, _, _ := strings.Cut(plain(m), "\n┃")
		if !strings.Contains(head, "lines 1/") {
			t.Errorf("%dx12: the discrepancy's view does not say it scrolls: %q", w, head)
		}
	}
}

// TestTitleBesideKeepsThePosition: a title too long for the top edge is
// cut so that the position beside it still shows, the edge w cells wide.
func TestTitleBesideKeepsThePosition(t *testing.T) {
	st := NewStyles(true)
	title, right := "Event · "+strings.Repeat("a-long-id-", 12), "lines 3/40"
	for w := 30; w <= 140; w += 7 {
		for _, focused := range []bool{false, true} {
			top, _, _ := strings.Cut(ansi.Strip(box(&st, titleBeside(title, right, w, focused), right, nil, w, 4, focused)), "\n")
			if !strings.Contains(top, right) || ansi.StringWidth(top) != w {
				t.Errorf("w %d, focused %v: %q (%d cells)", w, focused, top, ansi.StringWidth(top))
			}
		}
	}
}

// TestEmptyListHasNoDanglingDot: a list with no rows has no position,
// and its box's label does not open on a stray " · " (coverage, only
// single-outlet rows, none of them).
func TestEmptyListHasNoDanglingDot(t *testing.T) {
	m := newSized(t, 120, 30)
	press(m, "2", "m", "1") // 2+ outlets, coverage, only ◆ rows: none
	head, _, _ := strings.Cut(plain(m), "\n┃")
	if !strings.Contains(head, "esc: back") || strings.Contains(head, "━  · esc") || strings.Contains(head, " · · ") {
		t.Errorf("the coverage of no rows: %q", head)
	}
	if got := labels("", "enter: sides", "", "esc: back"); got != "enter: sides · esc: back" {
		t.Errorf("labels: %q", got)
	}
}
