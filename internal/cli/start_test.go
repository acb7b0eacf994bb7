package cli

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/model"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func startingWith(load func() loadedMsg, failed *error) *starting {
	return &starting{
		load:   load,
		show:   func(o *opened, f timeline.Filter) tea.Model { return model.New(o.ds, model.WithFilter(f)) },
		failed: failed,
		quit:   model.DefaultKeyMap().Quit,
	}
}

func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// TestStartingHandsOverAtTheReportedSize: the size the terminal reports
// while the data loads is the size the explorer first draws at.
func TestStartingHandsOverAtTheReportedSize(t *testing.T) {
	var failed error
	s := startingWith(func() loadedMsg {
		ds, err := data.Seeds()
		return loadedMsg{o: &opened{ds: ds}, err: err}
	}, &failed)
	s.Update(tea.WindowSizeMsg{Width: 90, Height: 30})
	next, cmd := s.Update(s.Init()())
	if _, ok := next.(*model.Model); !ok {
		t.Fatalf("after the load, the program runs %T, not the explorer", next)
	}
	if cmd == nil || isQuit(cmd) {
		t.Error("the explorer's own start-up command (asking the background colour) was dropped")
	}
	lines := strings.Split(next.View().Content, "\n")
	if len(lines) != 30 || ansi.StringWidth(lines[0]) != 90 {
		t.Errorf("first frame is %d lines, the first %d wide; want 30 lines of 90", len(lines), ansi.StringWidth(lines[0]))
	}
	if !strings.Contains(lines[0], "all 35 events") {
		t.Errorf("first line %q does not count the events", lines[0])
	}
	if failed != nil {
		t.Errorf("a good load left an error: %v", failed)
	}
}

func TestStartingQuitsWithTheLoadError(t *testing.T) {
	var failed error
	bad := errors.New("x.json:1:2: bad")
	s := startingWith(func() loadedMsg { return loadedMsg{err: bad} }, &failed)
	next, cmd := s.Update(s.Init()())
	if next != s || !isQuit(cmd) {
		t.Errorf("a failed load gave %T and a command that does not quit", next)
	}
	if failed != bad {
		t.Errorf("the error left for the caller is %v, want %v", failed, bad)
	}
}

func TestStartingQuitsOnQWhileLoading(t *testing.T) {
	for _, k := range []tea.KeyPressMsg{{Code: 'q', Text: "q"}, {Code: 'c', Mod: tea.ModCtrl}} {
		var failed error
		s := startingWith(func() loadedMsg { panic("not loaded in this test") }, &failed)
		if _, cmd := s.Update(k); !isQuit(cmd) {
			t.Errorf("%s while loading does not quit", k)
		}
		if _, cmd := s.Update(tea.KeyPressMsg{Code: 'j', Text: "j"}); cmd != nil {
			t.Error("j while loading did something")
		}
		if failed != nil {
			t.Errorf("quitting left an error: %v", failed)
		}
	}
}

// TestStartingSaysWhatLoads: the loading screen names the file, cleaned,
// in the alternate screen; the embedded dataset shows nothing.
func TestStartingSaysWhatLoads(t *testing.T) {
	s := &starting{what: "a\x1b]0;pwned\x07.json (940 MB)", quit: model.DefaultKeyMap().Quit}
	if v := s.View(); v.Content != "" || !v.AltScreen {
		t.Errorf("before the size is known: %q, alt screen %v", v.Content, v.AltScreen)
	}
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	v := s.View()
	if !v.AltScreen {
		t.Error("the loading screen is not on the alternate screen")
	}
	if !strings.Contains(v.Content, ".json (940 MB)… q quits") || strings.ContainsRune(v.Content, '\x1b') {
		t.Errorf("loading screen %q: want the file named, without its escape sequence", v.Content)
	}
	for i, l := range strings.Split(v.Content, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Errorf("line %d is wider than the terminal: %q", i, l)
		}
	}
	s.what = ""
	if v := s.View(); v.Content != "" {
		t.Errorf("the embedded dataset's loading screen shows %q", v.Content)
	}
}
