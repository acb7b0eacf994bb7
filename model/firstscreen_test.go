package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Tests of a filter before the dataset is indexed: its first screenful
// shown while the rest is counted. Each drives a model that works in the
// background and takes the dataset for unindexed next to one that works
// at once, on synth's events.

// unindexedPair is a model that filters at once and one that filters in
// the background as before the indexes are built, on n synthetic events
// of the shape, at w x h.
func unindexedPair(t *testing.T, n int, shape synth.Shape, w, h, budget int) (fg, bg *Model) {
	t.Helper()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: n, Seed: 11, Shape: shape}))
	if err != nil {
		t.Fatal(err)
	}
	fg = New(ds)
	fg.Update(tea.WindowSizeMsg{Width: w, Height: h})
	bg = New(ds, WithBackgroundFilterOver(0))
	bg.unindexed = func() bool { return true }
	bg.fromLetters = func(timeline.Filter, []int) bool { return false } // nor its letters made
	bg.firstBudget, bg.countAfter = budget, 0
	bg.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return fg, bg
}

// firstScreen runs a filter's command up to its first screenful, shows
// it, and returns the work left: the count.
func firstScreen(t *testing.T, m *Model, cmd tea.Cmd) tea.Cmd {
	t.Helper()
	for queue := []tea.Cmd{cmd}; len(queue) > 0; queue = queue[1:] {
		if queue[0] == nil {
			continue
		}
		switch msg := queue[0]().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case firstScreenMsg:
			return started(m, msg)
		case nil:
		default:
			t.Fatalf("the filter answered %T before its first screen", msg)
		}
	}
	t.Fatal("the filter showed no first screen")
	return nil
}

// shownRows are the events the chronology draws now, in order.
func shownRows(m *Model) []int {
	c := m.chron
	var out []int
	for r := c.offset; r < min(c.offset+c.listH(), c.rowCount()); r++ {
		if h, pos := c.rowAt(r); h < 0 {
			out = append(out, c.events[pos])
		}
	}
	return out
}

// TestFirstScreenBeforeTheIndex: a search, a narrowing letter, a
// backspace, a scope and a search dropped, each typed before the indexes
// are built, shows at once the rows of the whole answer from the event
// it selects on, that event selected, and says it is counting; then the
// count comes and the screen is the one the model that filters at once
// shows. Both shapes, 120x40 and 80x24, selections at the top and in
// the middle.
func TestFirstScreenBeforeTheIndex(t *testing.T) {
	const whole = 1 << 13 // more than the events: the first screen is never cut short
	steps := [][]string{{"b"}, {"b"}, {"b"}, {"/", "p"}, {"h"}, {"backspace"}, {"i", "s"}, {"enter", "b"}, {"b"}, {"/", "esc"}, {"/", "e", "space", "a"}, {"z", "z", "q"}}
	for _, shape := range []synth.Shape{synth.Full, synth.Short} {
		for _, size := range [][2]int{{120, 40}, {80, 24}} {
			for _, start := range []string{"", "pgdown", "G"} {
				for _, budget := range []int{whole, firstScreenBudget, 40} {
					fg, bg := unindexedPair(t, 3000, shape, size[0], size[1], budget)
					if start != "" {
						press(fg, start, start, start)
						press(bg, start, start, start)
					}
					for _, keys := range steps {
						press(fg, keys...)
						before := bg.filter
						cmd := startedBy(bg, keys...)
						if bg.filter.IsZero() && before.IsZero() || cmd == nil {
							settle(bg, cmd)
							continue
						}
						name := fmt.Sprint(shapeName(shape), " ", strings.Join(keys, ""), " from ", start, " budget ", budget)
						if bg.filter.IsZero() { // every event: no screen first
							settle(bg, cmd)
						} else {
							rest := firstScreen(t, bg, cmd)
							if !strings.Contains(plain(bg), "counting…") {
								t.Fatalf("%s: the first screen does not say it is counting:\n%s", name, plain(bg))
							}
							if bg.chron.stripH() > 0 && !strings.Contains(plain(bg), "counting the events by period…") {
								t.Fatalf("%s: the strip draws a count it does not have:\n%s", name, plain(bg))
							}
							if got, want := bg.chron.Selected(), fg.chron.Selected(); got != want && got >= 0 {
								t.Fatalf("%s: the first screen selects %d, the answer %d", name, got, want)
							}
							if bg.chron.Selected() < 0 && len(fg.chron.events) > 0 && budget == whole {
								t.Fatalf("%s: the first screen shows nothing of %d events", name, len(fg.chron.events))
							}
							rows := shownRows(bg)
							// the same rows from the same top, but for the headers,
							// which the counts shape (a run of sparse years, a
							// year's months), so one may show a row or two more
							if want := shownRows(fg); budget == whole && len(rows) > 0 && len(want) > 0 {
								n := min(len(rows), len(want))
								if !slices.Equal(rows[:n], want[:n]) || n < len(want)-3 {
									t.Fatalf("%s: the first screen shows %v, the answer %v", name, rows, want)
								}
							}
							want := fg.chron.events
							if len(rows) > 0 {
								i, _ := slices.BinarySearch(want, rows[0])
								if end := min(i+len(rows), len(want)); !slices.Equal(rows, want[i:end]) {
									t.Fatalf("%s: the first screen shows %v, the answer has %v there", name, rows, want[i:end])
								}
							}
							settle(bg, rest)
						}
						if got, want := plain(bg), plain(fg); got != want {
							t.Fatalf("%s: once counted the screens differ:\n%s\n---\n%s", name, got, want)
						}
					}
				}
			}
		}
	}
}

// TestFirstScreenKeepsAMove: a key that moves the selection while the
// rest is counted keeps its choice once the count is in.
func TestFirstScreenKeepsAMove(t *testing.T) {
	fg, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
	press(fg, "/", "p", "enter", "j", "j")
	rest := firstScreen(t, bg, startedBy(bg, "/", "p"))
	press(bg, "enter", "j", "j")
	settle(bg, rest)
	if got, want := bg.SelectedEvent(), fg.SelectedEvent(); got != want {
		t.Fatalf("after j j while counting, %s is selected, want %s", got, want)
	}
	if got, want := plain(bg), plain(fg); got != want {
		t.Fatalf("the screens differ:\n%s\n---\n%s", got, want)
	}
}

// TestStaleFirstScreenIsDropped: the first screenful of a search since
// replaced is not shown, nor its count waited for.
func TestStaleFirstScreenIsDropped(t *testing.T) {
	_, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
	var msg tea.Msg // p's first screen, answered before h is typed
	for queue := []tea.Cmd{startedBy(bg, "/", "p")}; len(queue) > 0 && msg == nil; queue = queue[1:] {
		switch m := queue[0]().(type) {
		case tea.BatchMsg:
			queue = append(queue, m...)
		case firstScreenMsg:
			msg = m
		}
	}
	if msg == nil {
		t.Fatal("p showed no first screen")
	}
	fresh := startedBy(bg, "h")
	shown := slices.Clone(bg.chron.events)
	if rest := started(bg, msg); rest != nil || bg.counting >= 0 || !slices.Equal(bg.chron.events, shown) {
		t.Fatal("a replaced search's first screen was shown")
	}
	settle(bg, fresh)
	if bg.applied.Search != "ph" || bg.counting >= 0 || strings.Contains(plain(bg), "counting…") {
		t.Fatalf("after the newer search: applied %q, counting %d", bg.applied.Search, bg.counting)
	}
}

// TestFirstScreenFitsEverySize: the screen while a first screenful is
// counted keeps the layout's invariant at every size, and through a
// resize.
func TestFirstScreenFitsEverySize(t *testing.T) {
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			_, bg := unindexedPair(t, 3000, synth.Full, w, h, firstScreenBudget)
			bg.Update(tea.WindowSizeMsg{Width: w, Height: h})
			cmd := startedBy(bg, "/", "p", "enter", "c", "esc", "2")
			if cmd == nil {
				t.Skip("no filter at this size")
			}
			rest := firstScreen(t, bg, cmd)
			checkFits(t, bg, w, h)
			bg.Update(tea.WindowSizeMsg{Width: h + 40, Height: w/3 + 10})
			checkFits(t, bg, h+40, w/3+10)
			settle(bg, rest)
			checkFits(t, bg, h+40, w/3+10)
		})
	}
}

// TestClearingDropsTheRunningFilter: the filters cleared while a search
// is worked out show every event at once, and the search's answer,
// arriving after, is not shown.
func TestClearingDropsTheRunningFilter(t *testing.T) {
	for _, clear := range [][]string{{"esc"}, {"enter", "x"}} {
		_, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
		bg.unindexed = func() bool { return false }
		search := startedBy(bg, "/", "p")
		if cmd := startedBy(bg, clear...); cmd != nil {
			t.Fatalf("%v started work to show every event", clear)
		}
		if len(bg.chron.events) != 3000 || bg.filtering() {
			t.Fatalf("after %v: %d events shown, filtering %v; want all 3000 at once", clear, len(bg.chron.events), bg.filtering())
		}
		settle(bg, search)
		if len(bg.chron.events) != 3000 || !bg.applied.IsZero() {
			t.Fatalf("after %v the search's answer was shown: %d events, applied %+v", clear, len(bg.chron.events), bg.applied)
		}
	}
}

// TestTakenBackAnswersAtOnce: a letter taken back, or a filter set back
// to one of a few keys ago, shows that filter's answer again at once,
// with no command, and it is the answer the filter has; a filter that
// differs in any facet is worked out anew.
func TestTakenBackAnswersAtOnce(t *testing.T) {
	fg, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
	bg.unindexed = func() bool { return false }
	for _, k := range []string{"/", "p", "h", "i"} {
		press(fg, k)
		settle(bg, startedBy(bg, k))
	}
	var pending tea.Cmd
	for _, tt := range []struct {
		keys []string
		anew bool // worked out in a command
	}{
		{[]string{"backspace"}, false}, {[]string{"backspace"}, false}, {[]string{"h"}, false},
		{[]string{"enter", "b"}, true}, {[]string{"b"}, true}, {[]string{"b"}, false}, {[]string{"2"}, true},
		{[]string{"2"}, false}, {[]string{"/", "s"}, true}, {[]string{"backspace"}, false},
	} {
		press(fg, tt.keys...)
		cmd := startedBy(bg, tt.keys...)
		if got := cmd != nil; got != tt.anew {
			t.Fatalf("%v (search %q, scope %v): worked out anew %v, want %v", tt.keys, bg.filter.Search, bg.filter.Scope, got, tt.anew)
		}
		if tt.anew && tt.keys[len(tt.keys)-1] == "s" {
			pending = cmd // answered after the backspace that follows
			continue
		}
		settle(bg, cmd)
		if pending != nil {
			// a filter since replaced: its answer is not shown (fg showed
			// it, and its empty list moved the selection: only the events
			// are compared)
			settle(bg, pending)
			pending = nil
			if !slices.Equal(bg.chron.events, fg.chron.events) || bg.applied.Search != fg.applied.Search || bg.filtering() {
				t.Fatalf("%v: the replaced filter's answer was shown", tt.keys)
			}
			continue
		}
		if !slices.Equal(bg.chron.events, fg.chron.events) || plain(bg) != plain(fg) {
			t.Fatalf("%v: %d events shown, want %d", tt.keys, len(bg.chron.events), len(fg.chron.events))
		}
	}
}

// TestFirstScreenOfAPassageSearch: once indexed, a filter that reads
// 50,000 events or more one by one (a word of two letters or more over
// their passages, a scope, the fewest outlets) shows its first screenful
// before its count too; a letter alone, answered from the index, a
// search narrowing fewer events, a filter recalled, and a country, read
// from the posting lists, do not; the screens once counted are the ones
// of the model that filters at once.
func TestFirstScreenOfAPassageSearch(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 60_000, Seed: 11}))
	if err != nil {
		t.Fatal(err)
	}
	fg := New(ds, WithBackgroundFilterOver(len(ds.Events())))
	fg.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	bg := New(ds, WithBackgroundFilterOver(0))
	bg.countAfter = 0
	bg.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, tt := range []struct {
		key   string
		first bool
	}{{"/", false}, {"p", false}, {"h", true}, {"i", false}, {"backspace", false}, {"backspace", false}, {"backspace", false},
		{"e", false}, {"x", true}, {"enter", false}, {"b", true}, {"b", true}, {"b", false}, {"2", true}, {"2", false}, {"x", false},
		{"b", true}, {"c", false}, {"down", false}, {"enter", false}} {
		press(fg, tt.key)
		first := false
		for queue := []tea.Cmd{startedBy(bg, tt.key)}; len(queue) > 0; queue = queue[1:] {
			if queue[0] == nil {
				continue
			}
			switch msg := queue[0]().(type) {
			case tea.BatchMsg:
				queue = append(queue, msg...)
			case firstScreenMsg:
				first = true
				queue = append(queue, started(bg, msg))
				if !strings.Contains(plain(bg), "counting…") {
					t.Fatalf("%s: the first screen does not say it is counting", tt.key)
				}
			case nil:
			default:
				queue = append(queue, started(bg, msg))
			}
		}
		if first != tt.first {
			t.Fatalf("%s (search %q, %d shown): a first screen %v, want %v", tt.key, bg.filter.Search, len(fg.chron.events), first, tt.first)
		}
		if got, want := plain(bg), plain(fg); got != want {
			t.Fatalf("%s: the screens differ:\n%s\n---\n%s", tt.key, got, want)
		}
	}
}

// TestCountWaitsForTheNextKey: the rest of a first screenful is counted
// only after a wait, and a key typed in it cancels the count before it
// reads anything; with no key, the count comes.
func TestCountWaitsForTheNextKey(t *testing.T) {
	_, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
	bg.countAfter = time.Hour
	rest := firstScreen(t, bg, startedBy(bg, "/", "p"))
	bg.countAfter = time.Millisecond
	next := startedBy(bg, "h")
	done := make(chan tea.Msg)
	go func() { done <- rest() }()
	select {
	case msg := <-done:
		if msg != nil {
			t.Fatalf("the replaced search's count answered %T", msg)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the replaced search's count still waits after its key was replaced")
	}
	settle(bg, next)
	if bg.applied.Search != "ph" || bg.counting >= 0 {
		t.Fatalf("with no key typed, the count did not come: applied %q", bg.applied.Search)
	}
}

// TestKeyHoldsTheIndexBuild: while the dataset is being indexed, a key
// that starts a filter holds the index build until the filter's count is
// shown (its first screenful is not enough), and a key that starts none
// lets it go at once; once indexed, no key holds it.
func TestKeyHoldsTheIndexBuild(t *testing.T) {
	_, bg := unindexedPair(t, 3000, synth.Full, 120, 40, firstScreenBudget)
	settle(bg, startedBy(bg, "/"))
	if bg.resumeIndex != nil {
		t.Fatal("the search box opened holds the index build")
	}
	cmd := startedBy(bg, "e")
	if bg.resumeIndex == nil {
		t.Fatal("a search key does not hold the index build")
	}
	rest := firstScreen(t, bg, cmd)
	if bg.resumeIndex == nil {
		t.Fatal("the first screenful shown, the index build is let go before the count")
	}
	settle(bg, rest)
	if bg.resumeIndex != nil {
		t.Fatal("the count shown, the index build is still held")
	}
	settle(bg, startedBy(bg, "j"))
	if bg.resumeIndex != nil {
		t.Fatal("a move holds the index build")
	}
	bg.unindexed = func() bool { return false }
	cmd = startedBy(bg, "x")
	if bg.resumeIndex != nil {
		t.Fatal("a key holds the build of indexes already built")
	}
	settle(bg, cmd)
}

// TestFirstScreenSelectsNoEventAboveItsAnchor: when the budget runs out before
// the event the answer will select (the next one the search keeps after
// the selected one) is found, the first screen selects none rather than
// one above it, which the answer never selects.
func TestFirstScreenSelectsNoEventAboveItsAnchor(t *testing.T) {
	fg, bg := unindexedPair(t, 3000, synth.Short, 120, 40, 40)
	press(fg, "pgdown", "pgdown", "pgdown")
	press(bg, "pgdown", "pgdown", "pgdown")
	for _, keys := range [][]string{{"/", "p"}, {"h"}} {
		press(fg, keys...)
		rest := firstScreen(t, bg, startedBy(bg, keys...))
		if got, want := bg.chron.Selected(), fg.chron.Selected(); got >= 0 && got != want {
			t.Fatalf("%v: the first screen selects %d, the answer %d", keys, got, want)
		}
		settle(bg, rest)
		if got, want := bg.chron.Selected(), fg.chron.Selected(); got != want {
			t.Fatalf("%v: once counted the selection is %d, the answer's %d", keys, got, want)
		}
	}
}

// TestCountFollowsAtOnceWhenIndexed: once indexed, a filter shown first
// by its first screenful has its count started at once, never after
// countAfter; before the index the count still waits countAfter on the
// model's clock. The clock here answers at once, so nothing hangs: what
// is checked is whether the count asked it to wait.
func TestCountFollowsAtOnceWhenIndexed(t *testing.T) {
	ds, err := timeline.New(synth.Parts(synth.Options{Events: 60_000, Seed: 11}))
	if err != nil {
		t.Fatal(err)
	}
	bg := New(ds, WithBackgroundFilterOver(0))
	bg.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	bg.countAfter = time.Hour
	var waited []time.Duration
	bg.countClock = func(d time.Duration) <-chan time.Time {
		waited = append(waited, d)
		c := make(chan time.Time, 1)
		c <- time.Time{}
		return c
	}
	for _, tt := range []struct {
		before    []string // keys settled first
		key       string
		unindexed bool
		wait      []time.Duration
	}{{[]string{"/", "p"}, "h", false, nil}, {nil, "i", true, []time.Duration{time.Hour}},
		{[]string{"esc", "/", "e"}, "x", false, nil}, {[]string{"enter"}, "b", false, nil}} {
		bg.unindexed = func() bool { return tt.unindexed }
		for _, k := range tt.before {
			settle(bg, startedBy(bg, k))
		}
		waited = nil
		rest := firstScreen(t, bg, startedBy(bg, tt.key))
		settle(bg, rest)
		if !slices.Equal(waited, tt.wait) {
			t.Fatalf("%s (unindexed %v): the count waited %v, want %v", tt.key, tt.unindexed, waited, tt.wait)
		}
		want, _ := ds.ApplyWithin(t.Context(), bg.filter, nil)
		if bg.counting >= 0 || !slices.Equal(bg.chron.events, want) {
			t.Fatalf("%s: %d events shown (counting %d), want the count of %q, %d", tt.key, len(bg.chron.events), bg.counting, bg.filter.Search, len(want))
		}
	}
}
