package model

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
)

// clipboard runs the command a copy key returned and gives what it asks
// the terminal to put on the clipboard, and any raw sequence sent beside it.
func clipboard(t *testing.T, cmd tea.Cmd) (text, raw string) {
	t.Helper()
	if cmd == nil {
		t.Fatal("the copy key returned no command")
	}
	var msgs []tea.Msg
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			msgs = append(msgs, c())
		}
	default:
		msgs = append(msgs, msg)
	}
	for _, msg := range msgs {
		switch msg := msg.(type) {
		case tea.RawMsg:
			raw = fmt.Sprint(msg.Msg)
		default:
			if fmt.Sprintf("%T", msg) != "tea.setClipboardMsg" {
				t.Fatalf("the copy key sent %T, not a clipboard write", msg)
			}
			text = fmt.Sprint(msg)
		}
	}
	return text, raw
}

func citeText(t *testing.T, c present.Citation) string {
	t.Helper()
	s, err := c.Format("text")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestCopyQuoteWithItsCitation: in the quotes pane the cursor picks a
// quote; y copies it with its citation, Y its words alone, enter reads it.
func TestCopyQuoteWithItsCitation(t *testing.T) {
	m := newSized(t, 120, 40)
	ds := m.env.ds
	press(m, "G", "tab", "tab") // Lapid meets Rama; the quotes pane
	if m.focus != focusQuotes {
		t.Fatal("tab, tab did not reach the quotes pane")
	}
	if !strings.Contains(plain(m), "▶The Northern Star") {
		t.Fatalf("the first quote is not marked selected:\n%s", plain(m))
	}
	press(m, "j")
	if !strings.Contains(plain(m), "▶Wire Service") {
		t.Fatalf("j did not move to the next quote:\n%s", plain(m))
	}
	text, _ := clipboard(t, press(m, "y"))
	if want := citeText(t, present.CiteQuote(ds, 3)); text != want { // q4
		t.Errorf("y copied\n%q\nwant\n%q", text, want)
	}
	if !strings.Contains(plain(m), "Copied quote + citation, 2 lines · no copy if the terminal refuses OSC 52 · Yair Lapid’s words in Wire Service") {
		t.Errorf("the footer does not say what was copied:\n%s", plain(m))
	}
	text, _ = clipboard(t, press(m, "Y"))
	if text != "Iran is a shared threat." {
		t.Errorf("Y copied %q, want the words alone", text)
	}
	press(m, "enter")
	if m.screen != screenReader || m.reader.span != ds.Quotes()[3].Span {
		t.Fatalf("enter on a quote: screen %v, span %+v", m.screen, m.reader.span)
	}
	if text, _ := clipboard(t, press(m, "y")); text != citeText(t, present.CiteQuote(ds, 3)) {
		t.Errorf("y in the reader copied %q", text)
	}
	press(m, "j") // any key clears the notice
	if strings.Contains(plain(m), "Copied") {
		t.Error("the copy notice outlived the next key")
	}
}

// TestCopyEventAndSource: on an event y copies every source as `cyberdesk
// cite EVENT-ID` does, under a line saying what event they are cited
// for; on a source in the detail, that source.
func TestCopyEventAndSource(t *testing.T) {
	m := newSized(t, 120, 40)
	ds := m.env.ds
	press(m, "j", "j", "j") // the July attack, three sources
	ei, _ := ds.EventIndex("2022-07-15-attack")
	want := "Event “Cyberattack on Albania”, 2022-07-15 (cyberdesk id 2022-07-15-attack): 3 source passages follow\n\n" +
		citeText(t, present.CiteSource(ds, ei, 0)) + "\n" + citeText(t, present.CiteSource(ds, ei, 1)) + "\n" +
		citeText(t, present.CiteSource(ds, ei, 2))
	if text, _ := clipboard(t, press(m, "y")); text != want {
		t.Errorf("y on an event copied\n%s\nwant\n%s", text, want)
	}
	if text, _ := clipboard(t, press(m, "Y")); text != "Hackers struck Albania on July 15.\nIn July hackers hit Albania.\nThe attack was in July." {
		t.Errorf("Y on an event copied %q", text)
	}
	press(m, "enter", "j")
	if text, _ := clipboard(t, press(m, "y")); text != citeText(t, present.CiteSource(ds, ei, 1)) {
		t.Errorf("y on the second source copied %q", text)
	}
}

// TestCopyInsideTmux: inside tmux the same write is also wrapped for
// tmux's passthrough, once, its payload base64 so nothing in it escapes.
func TestCopyInsideTmux(t *testing.T) {
	m := newSized(t, 120, 40, WithTmux(true))
	text, raw := clipboard(t, press(m, "Y"))
	if want := ansi.TmuxPassthrough(ansi.SetSystemClipboard(text)); raw != want {
		t.Errorf("inside tmux the passthrough is %q, want %q", raw, want)
	}
	if strings.Count(raw, "\x1bPtmux;") != 1 {
		t.Errorf("wrapped more than once: %q", raw)
	}
	m = newSized(t, 120, 40)
	if _, raw := clipboard(t, press(m, "Y")); raw != "" {
		t.Errorf("outside tmux a passthrough was sent: %q", raw)
	}
}

// TestCopyKeysOnlyWhereThereIsSomethingToCopy: y and Y are in the footer
// where the cursor is on something, and do nothing elsewhere.
func TestCopyKeysOnlyWhereThereIsSomethingToCopy(t *testing.T) {
	for _, tt := range []struct {
		name string
		keys []string
		can  bool
	}{
		{"chronology", nil, true},
		{"actors", []string{"tab"}, false},
		{"quotes", []string{"G", "tab", "tab"}, true},
		{"no quotes", []string{"tab", "tab"}, false},
		{"detail", []string{"enter"}, true},
		{"reader", []string{"enter", "enter"}, true},
		{"coverage, a reported cell", []string{"m", "j", "j", "j"}, true},
		{"coverage, an empty cell", []string{"m"}, false},
		{"discrepancy", []string{"d", "enter"}, true},
		{"discrepancies", []string{"d"}, false},
		{"help", []string{"?"}, false},
		{"no events", []string{"/", "z", "z", "enter"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := newSized(t, 200, 40)
			press(m, tt.keys...)
			footer := ansi.Strip(m.footer())
			if strings.Contains(footer, "y/Y copy") != tt.can {
				t.Errorf("footer %q: y/Y copy named = %v, want %v", footer, !tt.can, tt.can)
			}
			if cmd := press(m, "y"); (cmd != nil) != tt.can {
				t.Errorf("y returned a command: %v, want %v", cmd != nil, tt.can)
			}
		})
	}
}

func TestCopyNoticeGolden(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := newSized(t, sz[0], sz[1])
			press(m, "G", "tab", "tab", "y")
			golden.RequireEqual(t, []byte(plain(m)))
		})
	}
}

// TestDetailListsTheEventsQuotes: an event's detail lists its quotes by
// outlet after its sources; each opens its article at the quote and
// copies with its citation.
func TestDetailListsTheEventsQuotes(t *testing.T) {
	m := newSized(t, 120, 40)
	ds := m.env.ds
	press(m, "G", "enter") // Lapid meets Rama: two sources, two quotes
	out := plain(m)
	for _, want := range []string{"Quotes", "Yair Lapid — Iran is a shared threat", "The Northern Star · 2022-10-25 · fuller, punctuation vs Wire Service",
		"│ “Iran is a shared threat.”"} {
		if !strings.Contains(out, want) {
			t.Errorf("the detail lacks %q:\n%s", want, out)
		}
	}
	press(m, "j", "j", "j") // past the two sources to the second quote
	if !strings.Contains(plain(m), "▶ Wire Service · 2022-10-25 · trimmed") {
		t.Fatalf("the cursor is not on Wire Service's quote:\n%s", plain(m))
	}
	if text, _ := clipboard(t, press(m, "y")); text != citeText(t, present.CiteQuote(ds, 3)) {
		t.Errorf("y on the detail's quote copied %q", text)
	}
	press(m, "enter")
	if m.screen != screenReader || m.reader.span != ds.Quotes()[3].Span {
		t.Fatalf("enter on the detail's quote: screen %v, span %+v", m.screen, m.reader.span)
	}
	press(m, "esc")
	if m.screen != screenDetail {
		t.Error("esc from the reader did not return to the detail")
	}
}

// TestCopyNoticeFitsAt80Columns: after y on an event at 80 columns the
// footer says what was copied and that a terminal refusing OSC 52
// copies nothing, uncut.
func TestCopyNoticeFitsAt80Columns(t *testing.T) {
	m := newSized(t, 80, 24)
	press(m, "j", "j", "j") // the July attack, three sources
	press(m, "y")
	lines := strings.Split(plain(m), "\n")
	footer := lines[len(lines)-1]
	if !strings.Contains(footer, "Copied event + citation, ") || !strings.Contains(footer, "no copy if the terminal refuses OSC 52") {
		t.Errorf("at 80 columns the copy notice lacks what was copied or the OSC 52 warning: %q", footer)
	}
	if strings.Contains(footer, "…") || ansi.StringWidth(footer) > 80 {
		t.Errorf("at 80 columns the copy notice is cut: %q", footer)
	}
}
