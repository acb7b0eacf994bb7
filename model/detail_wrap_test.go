package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestDetailWrapsWhatItOnceCut: an event's long title, a source's long
// head (outlet, date, the words that date it) and an actor's long role
// wrap onto further lines in the event's view instead of being cut with
// "…" mid-word; the ▶ still marks the chosen source's first line.
func TestDetailWrapsWhatItOnceCut(t *testing.T) {
	parts := fixture(t).Parts()
	parts.Events = append([]timeline.Event(nil), parts.Events...)
	parts.Actors = append([]timeline.Actor(nil), parts.Actors...)
	const title = "Cyberattack on Albania disrupts government services and the border system for weeks"
	var e *timeline.Event
	for i := range parts.Events {
		if parts.Events[i].ID == "2022-07-15-attack" {
			e = &parts.Events[i]
		}
	}
	e.Title = title
	e.Sources = append([]timeline.Source(nil), e.Sources...)
	e.Sources[0].When = "on July 15"
	for i := range parts.Actors {
		if parts.Actors[i].ID == "hackers" {
			parts.Actors[i].Roles = []timeline.Role{{Title: "unnamed hackers the government holds responsible for the attack", Source: e.Sources[0].Span}}
		}
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 60})
	ei, _ := ds.EventIndex("2022-07-15-attack")
	m.openDetail(ei)
	view := strings.Split(ansi.Strip(m.detail.View()), "\n")
	if len(m.detail.lines) > len(view)-2 {
		t.Fatalf("the event's %d lines do not fit the %d of the box: the test wants them all on screen", len(m.detail.lines), len(view)-2)
	}
	var text []string
	for _, l := range view[1 : len(view)-1] {
		l = strings.Trim(l, "┃")
		if strings.HasSuffix(strings.TrimRight(l, " "), "…") {
			t.Errorf("a line cut short: %q", l)
		}
		text = append(text, strings.TrimSpace(strings.TrimLeft(l, "▶ │•")))
	}
	all := strings.Join(text, " ")
	for _, want := range []string{title, "dated by “on July 15”", "unnamed hackers the government holds responsible for the attack"} {
		if !strings.Contains(all, want) {
			t.Errorf("the view lacks %q whole:\n%s", want, strings.Join(text, "\n"))
		}
	}
	if !strings.Contains(ansi.Strip(m.detail.View()), "┃ ▶ The Northern Star") {
		t.Errorf("the chosen source's head lost its ▶:\n%s", ansi.Strip(m.detail.View()))
	}
}
