package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// monkeyKeys are the keys a monkey presses: every binding, plus letters
// and keys that mean nothing here.
var monkeyKeys = []string{
	"j", "k", "up", "down", "enter", "esc", "tab", "shift+tab", "pgdown", "pgup", "home", "end",
	"g", "G", "h", "l", "/", "?", "c", "o", "a", "x", "m", "d", "w", "q", "backspace",
	"I", "r", "W", "z", "1", " ", "left", "right",
	"y", "Y", "t", "@", "#", "+", "-", "n", "N", "space", "s", "ctrl+s", "1",
}

// hostile is pasted and typed text a terminal must never act on.
var hostile = []string{
	"\x1b]52;c;ZXZpbA==\x07", "\x1b[2J\x1b[H", "\x1b]0;owned\x07", "\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\",
	"\u202Eevil", "a\rb\bc\x7f", "\xc3\x1b[31m", "\u200b\u2060\U000E0041", strings.Repeat("e\u0301", 50),
	"\x9b31m", "\u009b31m", "line\u2028sep",
}

// TestMonkey drives the root model with long random runs of keys,
// resizes (down to 0x0 and 1x1), hostile pastes and filter changes, and
// checks after every step that nothing panics, the view fits the terminal
// exactly, the selection is a real event, and no escape byte from the
// pasted text reaches the screen.
func TestMonkey(t *testing.T) {
	runs, steps := 40, 400
	if testing.Short() {
		runs, steps = 5, 200
	}
	ds := fixture(t)
	for run := range runs {
		rng := rand.New(rand.NewPCG(uint64(run), 7))
		m := New(ds)
		w, h := 80, 24
		m.Update(tea.WindowSizeMsg{Width: w, Height: h})
		var trail []string
		for step := 0; step < steps; step++ {
			var what string
			switch n := rng.IntN(100); {
			case n < 75:
				k := monkeyKeys[rng.IntN(len(monkeyKeys))]
				what = "key " + k
				press(m, k)
				if k == "q" && !m.typing && !m.picking {
					trail = append(trail, what)
					step = steps // q quits: the run ends as the program would
					continue
				}
			case n < 85:
				w, h = monkeySize(rng)
				what = fmt.Sprintf("resize %dx%d", w, h)
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			case n < 95:
				s := hostile[rng.IntN(len(hostile))]
				what = fmt.Sprintf("paste %q", s)
				m.Update(tea.PasteMsg{Content: s})
				typeText(m, s)
			default:
				f := timeline.Filter{Search: []string{"", "rama", "zzz", "\x1b[31m"}[rng.IntN(4)]}
				what = fmt.Sprintf("filter %+v", f)
				m.filter = f
				m.applyFilter()
			}
			trail = append(trail, what)
			if t.Failed() {
				return
			}
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("run %d step %d panicked in View: %v\nsteps: %s", run, step, r, strings.Join(trail, "; "))
					}
				}()
				monkeyCheck(t, m, w, h, run, step, trail)
			}()
		}
	}
}

func monkeySize(rng *rand.Rand) (int, int) {
	switch rng.IntN(5) {
	case 0:
		return 0, 0
	case 1:
		return 1, 1
	case 2:
		return 20 + rng.IntN(40), 5 + rng.IntN(10)
	}
	return 50 + rng.IntN(170), 12 + rng.IntN(50)
}

func monkeyCheck(t *testing.T, m *Model, w, h, run, step int, trail []string) {
	t.Helper()
	fail := func(format string, args ...any) {
		last := trail
		if len(last) > 12 {
			last = last[len(last)-12:]
		}
		t.Fatalf("run %d step %d: %s\nlast steps: %s", run, step, fmt.Sprintf(format, args...), strings.Join(last, "; "))
	}
	out := m.View().Content
	if w == 0 || h == 0 {
		if out != "" {
			fail("a %dx%d view must be empty", w, h)
		}
		return
	}
	lines := strings.Split(out, "\n")
	if len(lines) != h {
		fail("%d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			fail("line %d is %d cells wide, want at most %d", i, lw, w)
		}
	}
	// The view's own styling is SGR (ESC [ … m); nothing else may pass.
	if !utf8.ValidString(out) {
		fail("the view is not valid UTF-8")
	}
	for _, bad := range []string{"\x1b]", "\x1bP", "\x1b_", "\x1b[2J", "\x1b[H", "\x07", "\r", "\b", "\u009b", "\u202e", "\u2028", "\U000E0041"} {
		if strings.Contains(out, bad) {
			fail("%q from pasted text reached the screen", bad)
		}
	}
	if id := m.SelectedEvent(); id != "" {
		if _, ok := m.env.ds.Event(id); !ok {
			fail("selected event %q does not exist", id)
		}
	}
}
