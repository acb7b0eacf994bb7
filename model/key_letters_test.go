package model

import (
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
)

// TestFirstLetterFromTheLetters: while the indexes build, once the
// events' letters are made (the build's first step), a first letter is
// answered whole at once, with no first screenful and no count to wait
// for, and the same as the model that filters at once; a second letter,
// which reads the events, still shows its first screenful first.
func TestFirstLetterFromTheLetters(t *testing.T) {
	fg, bg := unindexedPair(t, 3000, synth.Short, 120, 40, firstScreenBudget)
	bg.fromLetters = bg.env.ds.FromLetters // the dataset's letters are made
	press(fg, "/", "p")
	settle(bg, startedBy(bg, "/"))
	cmd := startedBy(bg, "p")
	for queue := []tea.Cmd{cmd}; len(queue) > 0; queue = queue[1:] {
		if queue[0] == nil {
			continue
		}
		switch msg := queue[0]().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case firstScreenMsg:
			t.Fatal("a first letter shows a first screenful before its answer")
		case filteredMsg:
			queue = append(queue, started(bg, msg))
		}
	}
	if bg.applied.Search != "p" || bg.counting >= 0 || !slices.Equal(bg.events, fg.events) {
		t.Fatalf("p: applied %q, counting %d, %d events; want p's %d", bg.applied.Search, bg.counting, len(bg.events), len(fg.events))
	}
	if bg.resumeIndex != nil {
		t.Fatal("the answer shown, the index build is still held")
	}
	press(fg, "h")
	rest := firstScreen(t, bg, startedBy(bg, "h"))
	settle(bg, rest)
	if !slices.Equal(bg.events, fg.events) {
		t.Fatalf("ph: %d events, want %d", len(bg.events), len(fg.events))
	}
}
