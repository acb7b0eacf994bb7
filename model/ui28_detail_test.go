package model

import (
	"strings"
	"testing"
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
