package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// starting is the explorer while its data loads. Bubble Tea draws its
// first frame at its first tick, 8 ms after it starts; loading in that
// time, rather than before starting, brings the first frame forward by
// the load. A large file shows what is loading, and the quit key quits
// before the load ends; the other keys typed (and text pasted) wait, and
// the explorer gets them in order once it takes over. Once the data is in, the explorer's model takes
// over at the size the terminal reported. If loading fails, the program
// quits and the error is reported after the terminal is restored.
//
// The load runs as a command, so that Bubble Tea recovers a panic in it
// and restores the terminal.
type starting struct {
	load func() loadedMsg
	// progress is how the load goes, the latest report waiting; closed
	// once the load is done. nil when nothing reports.
	progress <-chan data.Progress
	what     string // the file loading and its size, for the screen; "" shows nothing
	show     func(*opened, timeline.Filter) tea.Model
	failed   *error // where a failed load is left for the caller
	quit     key.Binding

	size  *tea.WindowSizeMsg
	typed []tea.Msg     // keys and pastes for the explorer, in order
	last  data.Progress // the latest report
	bar   progress.Model
}

// progressMsg is a report on the load.
type progressMsg data.Progress

// next waits for the next report on the load.
func (s *starting) next() tea.Cmd {
	if s.progress == nil {
		return nil
	}
	return func() tea.Msg {
		p, ok := <-s.progress
		if !ok {
			return nil
		}
		return progressMsg(p)
	}
}

// loadedMsg is what loading gave.
type loadedMsg struct {
	o   *opened
	f   timeline.Filter
	err error
}

func (s *starting) Init() tea.Cmd {
	s.bar = progress.New(progress.WithoutPercentage())
	return tea.Batch(func() tea.Msg { return s.load() }, s.next())
}

func (s *starting) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.err != nil {
			*s.failed = msg.err
			return s, tea.Quit
		}
		m := s.show(msg.o, msg.f)
		cmd := m.Init()
		if s.size != nil {
			var sized tea.Cmd
			m, sized = m.Update(*s.size)
			cmd = tea.Batch(cmd, sized)
		}
		for _, k := range s.typed {
			var then tea.Cmd
			m, then = m.Update(k)
			cmd = tea.Batch(cmd, then)
		}
		return m, cmd
	case progressMsg:
		s.last = data.Progress(msg)
		return s, s.next()
	case tea.WindowSizeMsg:
		s.size = &msg
	case tea.KeyPressMsg:
		if key.Matches(msg, s.quit) {
			return s, tea.Quit
		}
		s.typed = append(s.typed, msg)
	case tea.PasteMsg:
		s.typed = append(s.typed, msg)
	}
	return s, nil
}

// View says what is loading, in the middle of the alternate screen the
// explorer will use; a load that takes over a third of a second shows a
// bar below, with the bytes and events read and the time left.
func (s *starting) View() tea.View {
	var b strings.Builder
	if s.what != "" && s.size != nil {
		w, h := s.size.Width, s.size.Height
		lines := []string{ansi.Truncate(line("Loading "+s.what+"…  "+s.quit.Help().Key+" quits; other keys act once loaded"), w, "…")}
		if s.last.Elapsed >= progressAfter && h >= 4 {
			s.bar.SetWidth(min(max(w-4, 1), 60))
			lines = append(lines, "", s.bar.ViewAs(s.last.Fraction()), ansi.Truncate(progressText(s.last), w, "…"))
		}
		b.WriteString(strings.Repeat("\n", max(h/2-1, 0)))
		for i, l := range lines {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(strings.Repeat(" ", max((w-ansi.StringWidth(l))/2, 0)))
			b.WriteString(l)
		}
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	v.WindowTitle = "cyberdesk"
	return v
}

// loadingWhat names what the flags open, for the loading screen: a file
// and its size, or a corpus's folder; "" for the embedded
// dataset, which loads at once.
func loadingWhat(src *source) string {
	if src.corpus != "" {
		// not counted here: that reads the manifest before the first
		// frame; the bar counts them
		return "the articles of " + line(src.corpus)
	}
	path := src.dataset + src.timelinejs // at most one is set
	if path == "" {
		return ""
	}
	st, err := os.Stat(path)
	if err != nil {
		return filepath.Base(path)
	}
	return fmt.Sprintf("%s (%d MB)", filepath.Base(path), st.Size()>>20)
}
