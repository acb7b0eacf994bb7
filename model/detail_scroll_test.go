package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestDetailShowsTheChosenPassage: in an event's view, the passage chosen
// with ↓ is always on screen, marked, however small the terminal: the
// view scrolls to it (it once scrolled to the passage before it, as each
// source's first line was noted twice).
func TestDetailShowsTheChosenPassage(t *testing.T) {
	for _, size := range [][2]int{{50, 12}, {60, 14}, {80, 24}} {
		m := newSized(t, size[0], size[1])
		for ei := range m.env.ds.Events() {
			n := len(m.env.ds.Events()[ei].Sources)
			if n < 2 {
				continue
			}
			m.detail.Open(ei)
			for k := 1; k < n; k++ {
				m.detail.Update(keyMsg("j"))
				if !strings.Contains(ansi.Strip(m.detail.View()), "┃ ▶ ") {
					t.Fatalf("%dx%d, event %s, passage %d of %d chosen: not on screen", size[0], size[1], m.env.ds.Events()[ei].ID, k+1, n)
				}
			}
		}
	}
}
