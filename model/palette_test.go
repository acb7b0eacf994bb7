package model

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestAChosenPaletteIsKept: WithPalette draws for the background chosen,
// asks the terminal nothing, and keeps its palette when a terminal
// answers anyway; without it the answer sets the palette.
func TestAChosenPaletteIsKept(t *testing.T) {
	ds := fixture(t)
	light, dark := NewStyles(false), NewStyles(true)
	black := tea.BackgroundColorMsg{Color: color.Black}
	white := tea.BackgroundColorMsg{Color: color.White}

	m := New(ds, WithPalette(false))
	if m.Init() != nil {
		t.Error("a chosen palette still asks the terminal for its background")
	}
	m.Update(black)
	if got := m.env.styles.Border.GetForeground(); got != light.Border.GetForeground() {
		t.Errorf("after a dark answer the border is %v, want the light palette's %v", got, light.Border.GetForeground())
	}
	if got := m.help.Styles.ShortSeparator.GetForeground(); got != helpStyles(light).ShortSeparator.GetForeground() {
		t.Errorf("the footer's separators are %v, want the light palette's", got)
	}

	m = New(ds)
	if m.Init() == nil {
		t.Error("with no palette chosen the terminal is not asked")
	}
	m.Update(white)
	if got := m.env.styles.Border.GetForeground(); got != light.Border.GetForeground() {
		t.Errorf("after a light answer the border is %v, want %v", got, light.Border.GetForeground())
	}
	m.Update(black)
	if got := m.env.styles.Border.GetForeground(); got != dark.Border.GetForeground() {
		t.Errorf("after a dark answer the border is %v, want %v", got, dark.Border.GetForeground())
	}
}
