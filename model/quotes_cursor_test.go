package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// oneSpeaker is the fixture with both statements, and so all four
// quotes, given to Rama: a speaker screen longer than a page.
func oneSpeaker(t *testing.T) *timeline.Dataset {
	t.Helper()
	parts := fixture(t).Parts()
	parts.Statements = append([]timeline.Statement(nil), parts.Statements...)
	parts.Quotes = append([]timeline.Quote(nil), parts.Quotes...)
	parts.Statements[1].Speaker = "rama"
	for i := range parts.Quotes {
		parts.Quotes[i].Speaker = "rama"
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestQuotesPageMovesTheCursor: pgdn and pgup in the quotes pane take the
// cursor along with the lines, as the other lists' pages do, so that the
// quote the header counts ("quote n/N") is the one marked ▶ on screen,
// and paging reaches the last quote and comes back to the first.
func TestQuotesPageMovesTheCursor(t *testing.T) {
	ds := oneSpeaker(t)
	for _, size := range [][2]int{{30, 9}, {30, 12}, {80, 9}, {80, 7}, {120, 9}} {
		q := &quotesPane{env: newEnv(ds, NewStyles(true), DefaultKeyMap()), frame: frame{w: size[0], h: size[1]}}
		q.SetFocused(true)
		q.Show(-1, "rama", nil)
		q.render()
		if len(q.lines) <= q.innerH() || len(q.at) != 4 {
			t.Fatalf("%v: %d lines, %d quotes: the test wants four quotes over more than a page", size, len(q.lines), len(q.at))
		}
		check := func(step string, prev int) {
			t.Helper()
			view := ansi.Strip(q.View())
			head, body, _ := strings.Cut(view, "\n")
			counted := "quote " + scrollInfo(q.cursor, len(q.at))
			if !strings.Contains(body, "▶") || q.w >= 60 && !strings.Contains(head, counted) {
				t.Errorf("%v: after %s the header says %q, the cursor on %q, but its ▶ is not on screen:\n%s", size, step, head, counted, view)
			}
			if step == "pgdn" && q.cursor < prev || step == "pgup" && q.cursor > prev {
				t.Errorf("%v: %s moved the cursor the wrong way, %d -> %d", size, step, prev, q.cursor)
			}
		}
		check("opening", 0)
		for n := 0; n < 10 && q.cursor < len(q.at)-1; n++ {
			prev := q.cursor
			q.Update(keyMsg("pgdown"))
			check("pgdn", prev)
		}
		if q.cursor != len(q.at)-1 {
			t.Errorf("%v: ten pgdn never reach the last quote: cursor %d", size, q.cursor)
		}
		for n := 0; n < 10 && q.cursor > 0; n++ {
			prev := q.cursor
			q.Update(keyMsg("pgup"))
			check("pgup", prev)
		}
		if q.cursor != 0 {
			t.Errorf("%v: ten pgup never reach the first quote: cursor %d", size, q.cursor)
		}
	}
}

// TestQuotesWheelTakesTheCursor: the mouse wheel scrolls the lines, and a
// cursor scrolled out of the window comes along to a quote in it.
func TestQuotesWheelTakesTheCursor(t *testing.T) {
	q := &quotesPane{env: newEnv(oneSpeaker(t), NewStyles(true), DefaultKeyMap()), frame: frame{w: 80, h: 9}}
	q.SetFocused(true)
	q.Show(-1, "rama", nil)
	q.render()
	for range 10 {
		q.Scroll(3)
	}
	if l := q.at[q.cursor].line; l < q.offset || l >= q.offset+q.innerH() {
		t.Errorf("wheel down: cursor on quote %d, its words on line %d, the window lines %d-%d", q.cursor+1, l, q.offset, q.offset+q.innerH()-1)
	}
	for range 10 {
		q.Scroll(-3)
	}
	if l := q.at[q.cursor].line; l < q.offset || l >= q.offset+q.innerH() {
		t.Errorf("wheel up: cursor on quote %d, its words on line %d, the window lines %d-%d", q.cursor+1, l, q.offset, q.offset+q.innerH()-1)
	}
}

// TestQuotesLeftRightMoveBetweenOutlets: ←/→ (h/l), which the help lists
// for the quotes pane, move the cursor to the other outlet's quote of the
// same statement, and the footer names them; they once did nothing.
func TestQuotesLeftRightMoveBetweenOutlets(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "G", "tab", "tab") // the meeting: Lapid's statement, quoted by two outlets
	if m.focus != focusQuotes {
		t.Fatalf("focus %v, want the quotes pane", m.focus)
	}
	outlet := func() string { return m.quotes.outletOf(m.quotes.cursor) }
	first := outlet()
	for _, k := range []string{"right", "l"} {
		press(m, k)
		if outlet() == first {
			t.Errorf("%s: the cursor stayed on %s's quote", k, first)
		}
		if !strings.Contains(plain(m), "←/→ outlet") {
			t.Errorf("%s: the footer does not name ←/→:\n%s", k, plain(m))
		}
		press(m, "h")
		if outlet() != first {
			t.Errorf("h after %s: the cursor on %s's quote, want %s's", k, outlet(), first)
		}
	}
}

// TestQuotesFooterWithoutQuotes: on an event without quotations the
// quotes pane has one line and nothing to scroll; its footer does not
// offer ↑/↓ scroll, which would do nothing.
func TestQuotesFooterWithoutQuotes(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "g", "tab", "tab") // 1991: no statements
	if m.focus != focusQuotes || !strings.Contains(plain(m), "No quotations for this event.") {
		t.Fatalf("focus %v, want the quotes pane on an event without quotes:\n%s", m.focus, plain(m))
	}
	lines := strings.Split(plain(m), "\n")
	if foot := lines[len(lines)-1]; strings.Contains(foot, "scroll") {
		t.Errorf("the footer offers to scroll one line: %q", foot)
	}
}

// TestMarksKeyOnlyWhereSomethingCompares: the footer names w (word marks)
// on the quotes where two outlets quote a statement, not on a speaker
// screen or quotes pane with nothing to compare.
func TestMarksKeyOnlyWhereSomethingCompares(t *testing.T) {
	for _, tc := range []struct {
		actor string
		want  bool
	}{{"rama", true}, {"albania", false}} {
		m := newSized(t, 120, 40)
		m.openSpeaker(tc.actor)
		m.updateKeybindings()
		lines := strings.Split(plain(m), "\n")
		if foot := lines[len(lines)-1]; strings.Contains(foot, "w word marks") != tc.want {
			t.Errorf("%s's statements: footer %q, want w named: %v", tc.actor, foot, tc.want)
		}
	}
}
