package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestReaderHeadWraps: the line above an article naming its outlet, date,
// file and where the passage is wraps where it is longer than the box,
// instead of cutting "passage at paragraph …" off; the text below still
// fills the box exactly.
func TestReaderHeadWraps(t *testing.T) {
	parts := fixture(t).Parts()
	parts.Articles = append([]timeline.Article(nil), parts.Articles...)
	for i := range parts.Articles {
		parts.Articles[i].File = "/home/analyst/news/a-folder-with-a-long-name/" + parts.Articles[i].File
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	press(m, "G", "enter", "enter") // the meeting, its first source, read
	if m.screen != screenReader {
		t.Fatalf("screen %v, want the reader", m.screen)
	}
	view := ansi.Strip(m.reader.View())
	lines := strings.Split(view, "\n")
	joined := strings.Join(lines, " ")
	for _, l := range lines {
		if strings.Contains(l, "…") {
			t.Errorf("a line cut short: %q", l)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(joined, "┃", " ")), " "), "passage at paragraph") {
		t.Errorf("where the passage is was cut off:\n%s", view)
	}
	if m.reader.innerH() != m.reader.h-2-4 {
		t.Errorf("the text has %d lines of %d: the head should take four (title, three of place)", m.reader.innerH(), m.reader.h-2)
	}
}
