package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestResizeKeepsTheChosenPassage: in an event's view, the passage chosen
// (▶), on screen at a wide size, is still on screen after the terminal
// shrinks; it once stayed where the lines had been, off the box.
func TestResizeKeepsTheChosenPassage(t *testing.T) {
	m := newSized(t, 160, 50)
	ei, _ := m.env.ds.EventIndex("2022-07-15-attack") // three sources
	m.openDetail(ei)
	press(m, "G") // the last source
	if !strings.Contains(plain(m), "┃ ▶ ") {
		t.Fatalf("at 160x50 the chosen passage is not on screen:\n%s", plain(m))
	}
	for _, size := range [][2]int{{80, 24}, {60, 14}, {50, 12}, {120, 40}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if !strings.Contains(plain(m), "┃ ▶ ") {
			t.Errorf("resized to %dx%d, the chosen passage is off screen:\n%s", size[0], size[1], plain(m))
		}
	}
}

// TestResizeKeepsTheQuoteUnderTheCursor: the same for the speaker
// screen's cursor, the quotes' lines wrapping anew.
func TestResizeKeepsTheQuoteUnderTheCursor(t *testing.T) {
	ds := oneSpeaker(t)
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 50})
	m.openSpeaker("rama")
	press(m, "G")
	for _, size := range [][2]int{{80, 24}, {60, 14}, {50, 12}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		view := ansi.Strip(m.talk.View())
		if _, body, _ := strings.Cut(view, "\n"); !strings.Contains(body, "▶") {
			t.Errorf("resized to %dx%d, the quote under the cursor is off screen:\n%s", size[0], size[1], view)
		}
	}
}
