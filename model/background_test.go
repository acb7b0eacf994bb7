package model

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Tests of the work that runs in commands over asyncOver events: the
// picker's counts and the coverage matrix (the filter's are in
// filter_test.go). Each drives a model that works in the background
// (WithBackgroundFilterOver(0)) next to one that works at once, and
// runs the commands by hand, so the order of answers is the test's.

// started sends msg through update, as Update does, and takes the
// background work it started: what Update would batch into its answer.
func started(m *Model, msgs ...tea.Msg) tea.Cmd {
	for _, msg := range msgs {
		m.update(msg)
	}
	cmd := m.pending
	m.pending = nil
	return cmd
}

// startedBy presses keys and takes the background work they started.
func startedBy(m *Model, keys ...string) tea.Cmd {
	msgs := make([]tea.Msg, len(keys))
	for i, k := range keys {
		msgs[i] = keyMsg(k)
	}
	return started(m, msgs...)
}

// settle runs background work and feeds its answers back, with the work
// those start in turn, until none is left: what the event loop does.
func settle(m *Model, cmd tea.Cmd) {
	for queue := []tea.Cmd{cmd}; len(queue) > 0; queue = queue[1:] {
		if queue[0] == nil {
			continue
		}
		switch msg := queue[0]().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			queue = append(queue, started(m, msg))
		}
	}
}

// pair is a model that works at once and one that works in the
// background, on the fixture, at the same size.
func pair(t *testing.T) (fg, bg *Model) {
	t.Helper()
	return newSized(t, 120, 40), newSized(t, 120, 40, WithBackgroundFilterOver(0))
}

// pickerRows are the option rows of the picker's box, without its border.
func pickerRows(p *picker) []string {
	lines := strings.Split(ansi.Strip(p.View()), "\n")
	var rows []string
	for _, l := range lines[3 : len(lines)-1] { // below the input and the hint, above the bottom edge
		l = strings.TrimSpace(strings.Trim(l, "┃│"))
		if l != "" {
			rows = append(rows, l)
		}
	}
	return rows
}

// TestPickerOpensAtOnceAndCountsInTheBackground: on every facet the
// options are there before their counts, with "…" where the counts go;
// moving and narrowing work meanwhile; and once the counts come the
// screen is the one the model that counts at once shows.
func TestPickerOpensAtOnceAndCountsInTheBackground(t *testing.T) {
	for _, tt := range []struct {
		facet string
		keys  []string // pressed while the counts are pending
	}{
		{"c", []string{"down", "down"}},
		{"o", []string{"down", "up", "down"}},
		{"a", []string{"r", "down"}}, // r narrows
	} {
		t.Run(tt.facet, func(t *testing.T) {
			fg, bg := pair(t)
			press(fg, tt.facet)
			job := startedBy(bg, tt.facet)
			if job == nil {
				t.Fatal("opening the picker started no command")
			}
			if !bg.picking || len(bg.picker.options) != len(fg.picker.options) {
				t.Fatalf("the picker is not open with its %d options", len(fg.picker.options))
			}
			if !strings.Contains(plain(bg), "counting…") {
				t.Error("the picker does not say it is counting")
			}
			for _, row := range pickerRows(bg.picker) {
				if !strings.HasSuffix(row, "…") || strings.ContainsAny(row[len(row)-4:], "0123456789") {
					t.Errorf("a pending count shows as %q, want …", row)
				}
			}
			press(fg, tt.keys...)
			if cmd := startedBy(bg, tt.keys...); cmd != nil {
				t.Error("moving in the picker started background work")
			}
			if bg.picker.cursor != fg.picker.cursor || !reflect.DeepEqual(bg.picker.shown, fg.picker.shown) {
				t.Fatalf("while counting: cursor %d shown %v, want %d %v",
					bg.picker.cursor, bg.picker.shown, fg.picker.cursor, fg.picker.shown)
			}
			settle(bg, job)
			if got, want := plain(bg), plain(fg); got != want {
				t.Errorf("with the counts in, the screens differ:\n%s\n---\n%s", got, want)
			}
		})
	}
}

// TestStalePickerCountsAreIgnored: counts made for a picker that has
// since closed are not shown in the next one, whether it opens on another
// facet or on the same facet under another filter.
func TestStalePickerCountsAreIgnored(t *testing.T) {
	t.Run("another facet", func(t *testing.T) {
		fg, bg := pair(t)
		stale := startedBy(bg, "c")() // answered before esc, arriving after
		press(fg, "o")
		fresh := startedBy(bg, "esc", "o")
		bg.Update(stale)
		if bg.picker.counted {
			t.Fatal("the country counts were taken for the outlet picker")
		}
		settle(bg, fresh)
		if got, want := plain(bg), plain(fg); got != want {
			t.Errorf("the outlet counts are not the right ones:\n%s\n---\n%s", got, want)
		}
	})
	t.Run("another filter", func(t *testing.T) {
		fg, bg := pair(t)
		stale := startedBy(bg, "c")()
		press(fg, "/", "r", "a", "m", "a", "enter", "c")
		settle(bg, startedBy(bg, "esc", "/", "r", "a", "m", "a", "enter"))
		if len(bg.events) != len(fg.events) || len(fg.events) == 6 {
			t.Fatalf("the search did not narrow the events: %d, want %d", len(bg.events), len(fg.events))
		}
		fresh := startedBy(bg, "c")
		bg.Update(stale)
		if bg.picker.counted {
			t.Fatal("counts made under the old filter were taken")
		}
		settle(bg, fresh)
		if got, want := plain(bg), plain(fg); got != want {
			t.Errorf("the counts under the search are not the right ones:\n%s\n---\n%s", got, want)
		}
	})
	t.Run("closed", func(t *testing.T) {
		_, bg := pair(t)
		stale := startedBy(bg, "c")()
		press(bg, "esc")
		if bg.countJob.running() {
			t.Error("closing the picker did not stop its counting")
		}
		bg.Update(stale)
		if bg.picker.counted {
			t.Error("counts were taken after the picker closed")
		}
	})
}

// TestCoverageBuildsInTheBackground: the matrix says it is building, then
// has the rows, cursor and screen of the model that builds it at once,
// both when it opens and when a filter changes under it.
func TestCoverageBuildsInTheBackground(t *testing.T) {
	fg, bg := pair(t)
	press(fg, "j", "j", "m")
	job := startedBy(bg, "j", "j", "m")
	if job == nil {
		t.Fatal("opening the matrix started no command")
	}
	if out := plain(bg); !strings.Contains(out, "building…") || strings.Contains(out, "Reported by") {
		t.Errorf("while building, the matrix should say so and show no rows:\n%s", out)
	}
	if footer := bg.footer(); strings.Contains(footer, "read") || !strings.Contains(footer, "back") {
		t.Errorf("while building, the footer offers keys that wait: %q", ansi.Strip(footer))
	}
	press(bg, "j", "l", "enter") // keys wait for the rows
	if bg.screen != screenCoverage {
		t.Fatal("enter on a matrix being built left it")
	}
	settle(bg, job)
	sameCoverage(t, bg, fg)
	if fg.cover.row != 2 {
		t.Fatalf("the cursor should start on the chronology's third event, is on row %d", fg.cover.row)
	}

	// The cursor moves; a filter then removes rows above it; it stays on
	// its event.
	press(fg, "j", "l", "o", "D", "a", "i", "enter")
	settle(bg, startedBy(bg, "j", "l", "o", "D", "a", "i", "enter"))
	if got := plain(fg); !strings.Contains(got, "Coverage · 3 events") {
		t.Fatalf("the outlet filter should leave 3 events:\n%s", got)
	}
	sameCoverage(t, bg, fg)
}

func sameCoverage(t *testing.T, bg, fg *Model) {
	t.Helper()
	if bg.cover.pending {
		t.Fatal("the matrix is still building after its answer")
	}
	if !reflect.DeepEqual(bg.cover.cov, fg.cover.cov) {
		t.Errorf("rows %+v, want %+v", bg.cover.cov.Rows, fg.cover.cov.Rows)
	}
	if bg.cover.row != fg.cover.row || bg.cover.col != fg.cover.col {
		t.Errorf("cursor at %d,%d, want %d,%d", bg.cover.row, bg.cover.col, fg.cover.row, fg.cover.col)
	}
	if got, want := plain(bg), plain(fg); got != want {
		t.Errorf("the screens differ:\n%s\n---\n%s", got, want)
	}
}

// TestStaleCoverageIsIgnored: a matrix built for events no longer shown,
// or for a screen since left, is not shown.
func TestStaleCoverageIsIgnored(t *testing.T) {
	t.Run("filter changed", func(t *testing.T) {
		fg, bg := pair(t)
		stale := startedBy(bg, "m")() // all six events
		press(fg, "m", "o", "D", "a", "i", "enter")
		startedBy(bg, "o", "D", "a", "i") // the picker's counts, not needed
		filter := startedBy(bg, "enter")
		bg.Update(stale) // the rows shown are still those it was built for
		if bg.cover.pending {
			t.Fatal("a matrix of the events still shown was dropped")
		}
		fresh := started(bg, filter()) // the filter's answer starts a new matrix
		bg.Update(stale)
		if !bg.cover.pending {
			t.Fatal("the matrix of the events before the filter was shown")
		}
		settle(bg, fresh)
		sameCoverage(t, bg, fg)
	})
	t.Run("screen left", func(t *testing.T) {
		_, bg := pair(t)
		stale := startedBy(bg, "m")()
		press(bg, "esc")
		if bg.coverJob.running() {
			t.Error("leaving the matrix did not stop its building")
		}
		bg.Update(stale)
		if !bg.cover.pending {
			t.Error("a matrix was taken after its screen was left")
		}
	})
}

// TestBackgroundWorkComesOutOfUpdate: the commands reach the program the
// way the filter's do, in what Update returns.
func TestBackgroundWorkComesOutOfUpdate(t *testing.T) {
	_, bg := pair(t)
	_, cmd := bg.Update(keyMsg("c"))
	if _, ok := firstOf[countedMsg](t, cmd); !ok {
		t.Error("Update did not return the picker's counting")
	}
	bg.Update(keyMsg("esc"))
	_, cmd = bg.Update(keyMsg("m"))
	msg, ok := firstOf[coveredMsg](t, cmd)
	if !ok {
		t.Fatal("Update did not return the matrix's building")
	}
	bg.Update(msg)
	if bg.cover.pending || len(bg.cover.cov.Rows) != 6 {
		t.Errorf("the matrix's answer, through Update, left %d rows (pending %v)", len(bg.cover.cov.Rows), bg.cover.pending)
	}
}

// firstOf runs cmd (a batch's commands each at once, as the program does)
// and returns the first message of type T any of them sends.
func firstOf[T tea.Msg](t *testing.T, cmd tea.Cmd) (T, bool) {
	t.Helper()
	found := make(chan T, 1)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				go run(c)
			}
		case T:
			select {
			case found <- msg:
			default:
			}
		}
	}
	go run(cmd)
	select {
	case msg := <-found:
		return msg, true
	case <-time.After(time.Minute): // a guard against a hang, not a measure of speed
		var zero T
		return zero, false
	}
}

// TestDefaultThresholdIsTheDatasetsSize: at the default 20,000 events, a
// dataset above it counts and builds in the background, one at it does
// not; and the matrix built a slice at a time is the one built at once.
func TestDefaultThresholdIsTheDatasetsSize(t *testing.T) {
	big := replicated(t, 4000) // 24,000 events, over two of coverageWithin's slices
	m := New(big)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if startedBy(m, "c") == nil {
		t.Error("over 20,000 events the picker counted on the UI goroutine")
	}
	m.Update(keyMsg("esc"))
	job := startedBy(m, "m")
	if job == nil {
		t.Fatal("over 20,000 events the matrix was built on the UI goroutine")
	}
	settle(m, job)
	if want := big.Coverage(m.events); !reflect.DeepEqual(m.cover.cov, want) {
		t.Errorf("the matrix built a slice at a time differs: %d rows, per outlet %v; want %d, %v",
			len(m.cover.cov.Rows), m.cover.cov.PerOutlet, len(want.Rows), want.PerOutlet)
	}

	at := New(big, WithBackgroundFilterOver(len(big.Events())))
	at.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if startedBy(at, "c") != nil || !at.picker.counted {
		t.Error("at the threshold the picker did not count at once")
	}
	at.Update(keyMsg("esc"))
	if startedBy(at, "m") != nil || at.cover.pending {
		t.Error("at the threshold the matrix was not built at once")
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := coverageWithin(ctx, big, m.events); err == nil {
		t.Error("a cancelled matrix was built anyway")
	}
	if _, err := countFacet(ctx, big, facetCountry, timeline.Filter{}); err == nil {
		t.Error("cancelled counts were counted anyway")
	}
}

// replicated is the fixture with each event copied n times under new ids.
func replicated(t *testing.T, n int) *timeline.Dataset {
	t.Helper()
	p := fixture(t).Parts()
	events := p.Events
	p.Events = make([]timeline.Event, 0, len(events)*n)
	for i := range n {
		for _, e := range events {
			if i > 0 {
				e.ID = fmt.Sprintf("%s-%d", e.ID, i)
			}
			p.Events = append(p.Events, e)
		}
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// TestSmallMatrixIsBuiltAtOnce: the matrix's work grows with the events
// the filter selects, not with the dataset, so a filter that leaves few
// events on a big dataset gets its matrix at once.
func TestSmallMatrixIsBuiltAtOnce(t *testing.T) {
	m := newSized(t, 120, 40, WithBackgroundFilterOver(3), WithFilter(timeline.Filter{Countries: []string{"IR"}}))
	if job := startedBy(m, "m"); job != nil || m.cover.pending || len(m.cover.cov.Rows) != 2 {
		t.Errorf("2 of 6 events over a threshold of 3: job %v, pending %v, %d rows", job != nil, m.cover.pending, len(m.cover.cov.Rows))
	}
	settle(m, startedBy(m, "esc", "x"))
	if job := startedBy(m, "m"); job == nil || !m.cover.pending {
		t.Error("6 events over a threshold of 3 were built at once")
	}
}

// BenchmarkOpenCoverage opens the coverage matrix and leaves it, timing
// Update alone: by default (in a command over 20,000 events, not run
// here) and built at once on the UI goroutine.
func BenchmarkOpenCoverage(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		ds := synthetic(b, n)
		for _, atOnce := range []bool{false, true} {
			name := fmt.Sprintf("events=%d/default", n)
			var opts []Option
			if atOnce {
				name = fmt.Sprintf("events=%d/at-once", n)
				opts = append(opts, WithBackgroundFilterOver(n))
			}
			b.Run(name, func(b *testing.B) {
				m := New(ds, opts...)
				m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
				b.ReportAllocs()
				for b.Loop() {
					m.Update(keyMsg("m"))
					m.Update(keyMsg("esc"))
				}
			})
		}
	}
}

// TestPendingViewsFitEverySize: the picker counting and the matrix
// building keep the layout invariant, at every size and after a resize.
func TestPendingViewsFitEverySize(t *testing.T) {
	for _, k := range []string{"c", "a", "m"} {
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			t.Run(fmt.Sprintf("%s/%dx%d", k, w, h), func(t *testing.T) {
				m := newSized(t, w, h, WithBackgroundFilterOver(0))
				press(m, "j", k)
				checkFits(t, m, w, h)
				m.Update(tea.WindowSizeMsg{Width: h + 40, Height: w/3 + 10})
				checkFits(t, m, h+40, w/3+10)
			})
		}
	}
}
