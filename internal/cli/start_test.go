package cli

import (
	"errors"
	"strings"
	"testing"
	"time"

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

// TestStartingShowsProgress: a load that takes over a third of a second
// shows a bar under what is loading, with the bytes and events read and
// the time left, within the terminal at every size; a report is waited
// for after each, and none once the load has closed them.
func TestStartingShowsProgress(t *testing.T) {
	reports := make(chan data.Progress, 1)
	s := &starting{what: "big.csv (116 MB)", quit: model.DefaultKeyMap().Quit, progress: reports,
		load: func() loadedMsg { return loadedMsg{err: errors.New("not loaded in this test")} }}
	s.Init()
	s.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	reports <- data.Progress{Read: 10 << 20, Size: 116 << 20, Events: 90000, Elapsed: time.Second / 5}
	_, cmd := s.Update(s.next()())
	if cmd == nil {
		t.Fatal("after a report, no wait for the next")
	}
	if strings.Contains(s.View().Content, "MB ·") {
		t.Errorf("a bar before a third of a second: %q", s.View().Content)
	}
	reports <- data.Progress{Read: 58 << 20, Size: 116 << 20, Events: 500000, Elapsed: time.Second, Left: time.Second}
	s.Update(cmd())
	v := s.View().Content
	if !strings.Contains(v, "50%  58 of 116 MB · 500,000 events · 1.0 s left") || !strings.Contains(v, "big.csv (116 MB)") {
		t.Errorf("loading screen after a second: %q", v)
	}
	for _, size := range [][2]int{{1, 1}, {20, 5}, {60, 18}, {120, 40}, {200, 60}} {
		s.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		lines := strings.Split(s.View().Content, "\n")
		if len(lines) > size[1] {
			t.Errorf("%dx%d: %d lines", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%dx%d: line %d is %d wide: %q", size[0], size[1], i, ansi.StringWidth(l), l)
			}
		}
	}
	close(reports)
	if msg := s.next()(); msg != nil {
		t.Errorf("once the reports are closed, waiting gave %T", msg)
	}
}

// TestStartingKeepsKeysTypedWhileLoading: keys typed during the load
// (not the quit key) reach the explorer, in order, once it takes over:
// /nato typed at once is a search for nato.
func TestStartingKeepsKeysTypedWhileLoading(t *testing.T) {
	var failed error
	s := startingWith(func() loadedMsg {
		ds, err := data.Seeds()
		return loadedMsg{o: &opened{ds: ds}, err: err}
	}, &failed)
	s.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, r := range "/nato" {
		if _, cmd := s.Update(tea.KeyPressMsg{Code: r, Text: string(r)}); cmd != nil {
			t.Fatalf("%c while loading did something", r)
		}
	}
	next, _ := s.Update(s.Init()())
	head := strings.SplitN(ansi.Strip(next.View().Content), "\n", 2)[0]
	if !strings.Contains(head, "nato") || strings.Contains(head, "all 35 events") {
		t.Errorf("the keys typed while loading were lost: header %q", head)
	}
}

// TestCorpusProgressText: a corpus's load counts its articles, not its
// megabytes, and says what it does once they are all read.
func TestCorpusProgressText(t *testing.T) {
	for _, tc := range []struct {
		p    data.Progress
		want string
	}{
		{data.Progress{Articles: 210, Of: 840, Elapsed: time.Second, Left: 3 * time.Second}, "25%  210 of 840 articles read · 3.0 s left"},
		{data.Progress{Articles: 840, Of: 840, Elapsed: 4 * time.Second}, "100%  840 of 840 articles read · grouping what they report into events"},
		{data.Progress{Articles: 1200, Of: 1200, Elapsed: 4 * time.Second, Done: true}, "100%  1,200 of 1,200 articles read"},
	} {
		if got := progressText(tc.p); got != tc.want {
			t.Errorf("progressText(%+v) = %q, want %q", tc.p, got, tc.want)
		}
	}
}

// TestAfterFirstFrame: the explorer, wrapped to start the index build
// once it has drawn, calls drawn when it makes its first frame and not
// before, stays wrapped through its updates, and draws what it would.
func TestAfterFirstFrame(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	var m tea.Model = afterFirstFrame{model.New(ds), func() { calls++ }}
	m, _ = m.Update(tea.WindowSizeMsg{Width: 90, Height: 30})
	if calls != 0 {
		t.Fatalf("drawn called %d times before a frame", calls)
	}
	if _, ok := m.(afterFirstFrame); !ok {
		t.Fatalf("after an update the program runs %T, not the wrapped explorer", m)
	}
	if got := m.View().Content; !strings.Contains(got, "all 35 events") {
		t.Errorf("the first frame does not count the events:\n%s", got)
	}
	if calls != 1 {
		t.Errorf("drawn called %d times by the first frame, want 1", calls)
	}
}
