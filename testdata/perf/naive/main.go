// Command naive is the straightforward Bubble Tea list a typical developer
// would write for "browse and filter the lines of a file": every line becomes
// a list.Item and is handed to bubbles/list with its defaults. It exists only
// as a baseline for testdata/perf/compare.sh and is not part of cyberdesk.
//
//	go build -o /tmp/perfbin/naive ./testdata/perf/naive
//	/tmp/perfbin/naive LINES_FILE
//
// Keys: list defaults ("/" filter, arrows/j/k, etc.); q (when not typing a
// filter) or ctrl+c quits.
package main

import (
	"bufio"
	"fmt"
	"os"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// item is one line of the input file. Title is the whole line; the filter
// runs over the whole line too, so the list searches the same text as fzf.
type item string

func (i item) Title() string       { return string(i) }
func (i item) Description() string { return "" }
func (i item) FilterValue() string { return string(i) }

type model struct {
	list list.Model
}

func (m model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch msg.String() {
		case "ctrl+c":
			return m, tea.Quit
		case "q":
			// Only quit on q while not typing into the filter box.
			if m.list.FilterState() != list.Filtering {
				return m, tea.Quit
			}
		}
	case tea.WindowSizeMsg:
		m.list.SetSize(msg.Width, msg.Height)
	}
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return m, cmd
}

func (m model) View() tea.View {
	v := tea.NewView(m.list.View())
	v.AltScreen = true // set on every path (v2: View fields are declarative)
	return v
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: naive LINES_FILE")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var items []list.Item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		items = append(items, item(sc.Text()))
	}
	f.Close()
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	// Defaults deliberately kept, because they are what a typical developer
	// gets and they are what this baseline measures:
	//   - list.NewDefaultDelegate(): ShowDescription=true, so each item takes
	//     2 rows + 1 spacing row, and fuzzy-match highlighting is on;
	//   - every tea.WindowSizeMsg is forwarded to SetSize (which recomputes
	//     the pagination each time, even when the size did not change);
	//   - filtering enabled, with list.DefaultFilter (sahilm/fuzzy over ALL
	//     items, run in a tea.Cmd on every filter keystroke);
	//   - Paginator.Type = paginator.Dots (NOT switched to Arabic, although
	//     the Dots view is known to be slow for long lists: bubbles #810);
	//   - default title ("List"), status bar ("N items"), pagination, help,
	//     dark styles.
	//
	// Not kept: the bubbles examples pass 0, 0 here and wait for the first
	// WindowSizeMsg. At 0x0 the list shows 1 item per page, so the Dots
	// paginator (quadratic string concatenation) builds one dot per ITEM on
	// the first View and on the first SetSize: measured ~53 s to first frame
	// at 100k lines, extrapolated to tens of minutes at 1M. Passing the real
	// terminal size up front is the cheaper, more charitable baseline.
	w, h, err := term.GetSize(os.Stdout.Fd())
	if err != nil || w <= 0 || h <= 0 {
		w, h = 80, 24
	}
	l := list.New(items, list.NewDefaultDelegate(), w, h)

	// The one deliberate deviation: in bubbles v2.2.0/v2.2.1 the default
	// KeyMap.Quit is bound to "v" (bubbles issue #1045), which would make
	// "v" quit the program. Restore the intended q binding; ctrl+c
	// (KeyMap.ForceQuit) is left as the default.
	l.KeyMap.Quit = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))

	if _, err := tea.NewProgram(model{list: l}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
