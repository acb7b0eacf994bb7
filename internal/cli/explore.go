package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/model"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// exploreCommand is the root: with no command, cyberdesk opens the
// explorer on the story the source flags name, with the filters set.
func exploreCommand(stdin, stdout *os.File) *cobra.Command {
	var src source
	var f filters
	c := &cobra.Command{
		Use:   "cyberdesk",
		Short: "Explore the 2022 Iran-Albania cyber crisis as a timeline",
		Long: `cyberdesk opens the story as a timeline in the terminal: move through the
events by keyboard, filter by country, outlet or actor, read how each
outlet quoted the same statement, and open any event's source passage.
Every event, actor mention and quote cites the exact words of its source.

With no command it opens the explorer; the commands below answer the same
questions from a script. Flags go before or after the command.`,
		Example: `cyberdesk
cyberdesk --country AL --outlet "Times of Israel"
cyberdesk --corpus ~/news/albania --with-seeds
cyberdesk events --since 2022-09 --format csv`,
		Args: rootArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			return explore(stdin, stdout, c.ErrOrStderr(), &src, &f)
		},
	}
	src.register(c.Flags())
	f.register(c.Flags(), eventFilters)
	return c
}

// rootArgs refuses a word that is not a command.
func rootArgs(c *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	var names []string
	for _, sub := range c.Commands() {
		if !sub.Hidden && sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	return usagef("unknown command %q; the commands are %s (see cyberdesk --help)", args[0], joinAnd(names))
}

// explore opens the explorer. The data loads as the explorer's first
// command, so its first frame (a loading screen for a large file or a
// corpus) comes at once, and q quits while it loads; what a corpus leaves
// out is reported on stderr once the terminal is restored, as nothing
// may be written under the explorer.
func explore(stdin, stdout *os.File, stderr io.Writer, src *source, f *filters) error {
	palette, err := paletteOption(os.Getenv("CYBERDESK_THEME"))
	if err != nil {
		return err
	}
	termErr := explorerTerminal(stdin, stdout)
	open := func(warn io.Writer) (*opened, timeline.Filter, error) { return src.openFiltered(f, warn, stdin, true) }
	// A file's dataset is kept in the cache once its indexes are built,
	// behind the explorer; quitting stops that, and the file is kept the
	// next time.
	ctx, stop := context.WithCancel(context.Background())
	var keeping sync.WaitGroup
	defer keeping.Wait()
	defer stop()
	// The indexes are built once the explorer has drawn its first frame
	// (afterFirstFrame), not beside it.
	drawn := make(chan struct{})
	src.indexAfter = drawn
	var shown *opened
	show := func(o *opened, flt timeline.Filter) tea.Model {
		shown = o
		keeping.Go(func() {
			select {
			case <-o.ds.Indexed():
				o.keep(ctx)
			case <-ctx.Done():
			}
		})
		m := model.New(o.ds, model.WithFilter(flt), model.WithTitle(src.title(o.ds)), model.WithNotice(o.skipped(src.corpus)),
			model.WithTmux(os.Getenv("TMUX") != ""), model.WithStoryFirst(), palette)
		return afterFirstFrame{m, sync.OnceFunc(func() { close(drawn) })}
	}
	// 120 frames a second, Bubble Tea's most: a key's frame is flushed
	// within 8 ms instead of 17, and an idle screen still costs nothing.
	// The signals are ours (signals.go), so each ends with its own status.
	sigs := watchSignals()
	defer sigs.stop()
	program := func(m tea.Model) *tea.Program {
		p := tea.NewProgram(sigs.wrap(wrapModel(m)), tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120),
			tea.WithoutSignalHandler())
		sigs.attach(p)
		return p
	}
	if termErr != nil {
		// what is wrong with the data is said first
		if err := loadBefore(stderr, src, sigs, open); err != nil {
			return err
		}
		return termErr
	}
	var failed error
	// what a corpus left out, for stderr once the explorer is gone; a
	// load that q ended says nothing (it goes on writing unread)
	warned := make(chan []byte, 1)
	defer func() {
		select {
		case b := <-warned:
			stderr.Write(b)
		default:
		}
	}()
	progress := make(chan data.Progress, 1)
	src.progress = func(p data.Progress) { // the latest, for the loading screen
		for {
			select {
			case progress <- p:
				return
			default:
				select {
				case <-progress:
				default:
				}
			}
		}
	}
	err = runExplorer(program(&starting{
		load: func() loadedMsg {
			defer close(progress)
			if src.corpus != "" {
				holdCorpus()
			}
			// the loading screen says what is loading; what a corpus
			// leaves out waits for the terminal
			var w bytes.Buffer
			o, flt, err := open(&w)
			warned <- w.Bytes()
			return loadedMsg{o, flt, err}
		},
		progress: progress,
		what:     loadingWhat(src),
		show:     show,
		failed:   &failed,
		quit:     model.DefaultKeyMap().Quit,
	}), sigs)
	if failed != nil {
		return failed
	}
	if err == nil && shown != nil {
		// quit normally: the status says whether the corpus was whole
		return shown.leftOut(src.corpus)
	}
	return err
}

// paletteOption reads CYBERDESK_THEME: "dark" or "light" draws for that
// background whatever the terminal answers; "auto" or nothing asks it.
func paletteOption(theme string) (model.Option, error) {
	switch theme {
	case "", "auto":
		return func(*model.Model) {}, nil
	case "dark", "light":
		return model.WithPalette(theme == "dark"), nil
	}
	return nil, usagef("CYBERDESK_THEME=%q: want dark, light or auto", theme)
}

// explorerTerminal says why the explorer cannot draw on stdin and stdout,
// or returns nil.
func explorerTerminal(stdin, stdout *os.File) error {
	if !term.IsTerminal(stdin.Fd()) || !term.IsTerminal(stdout.Fd()) {
		return errors.New("the explorer needs a terminal on stdin and stdout; from a script, use `cyberdesk events` or `cyberdesk export --format json`")
	}
	if os.Getenv("TERM") == "dumb" {
		return errors.New("a dumb terminal (TERM=dumb) cannot draw the explorer; use `cyberdesk events`, `cyberdesk show ID` and the other list commands, or set TERM")
	}
	return nil
}

// loadBefore opens the source when the explorer cannot start, to report
// what is wrong with the data first. The load runs on its own goroutine
// so that a signal ending cyberdesk ends it at once, with its status (130
// for ctrl+c); while it reads a corpus, a line on stderr says so, when
// stderr is a terminal.
func loadBefore(stderr io.Writer, src *source, sigs *signals, open func(io.Writer) (*opened, timeline.Filter, error)) error {
	warn, done := stderr, func() {}
	if src.corpus != "" {
		warn, done = corpusProgress(stderr, src.corpus)
	}
	ch := make(chan error, 1)
	go func() {
		_, _, err := open(warn)
		ch <- err
	}()
	select {
	case err := <-ch:
		done()
		return err
	case <-sigs.ended:
		done()
		return sigs.caught()
	}
}

// runExplorer runs the program so that every way out restores the
// terminal first: q and ctrl+c quit; SIGINT, SIGTERM, SIGHUP (the terminal
// closing) and SIGQUIT quit too, and the process then exits as a shell
// expects for the signal (128 + its number: 130, 143, 129, 131); Bubble
// Tea recovers a panic in Update, View or a command, restoring the
// terminal before it reports. SIGTSTP (kill -TSTP; ctrl+z is the
// explorer's own key) suspends it as ctrl+z does: the terminal is given
// back, and on SIGCONT taken again and redrawn.
func runExplorer(p *tea.Program, s *signals) error {
	_, err := p.Run()
	switch {
	case s.caught() != nil:
		return s.caught()
	case errors.Is(err, tea.ErrInterrupted):
		return errInterrupted
	case errors.Is(err, tea.ErrProgramPanic):
		return errors.New("cyberdesk crashed; the terminal was restored and the report is above. Please report it")
	}
	return err
}

// afterFirstFrame is the explorer, which calls drawn once it has made its
// first frame: what waits for that frame (the index build) starts then.
type afterFirstFrame struct {
	tea.Model
	drawn func()
}

func (a afterFirstFrame) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := a.Model.Update(msg)
	return afterFirstFrame{m, a.drawn}, cmd
}

func (a afterFirstFrame) View() tea.View {
	v := a.Model.View()
	a.drawn()
	return v
}
