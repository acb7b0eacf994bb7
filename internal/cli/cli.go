// Package cli is cyberdesk's command line: the explorer when no command is
// given, and the commands that answer the explorer's questions from a
// script (events, actors, outlets, quotes, show, coverage, discrepancies,
// cite), write the story out (export), and look after a corpus of one's
// own articles (corpus init, check, fill).
//
// It is built on cobra, styled by fang (help, errors, --version, shell
// completion, a man page). Each command is a file with its flags, its help
// and examples (a test runs every example) and its run function. Flags go
// on either side of the command; a command refuses a flag it cannot use.
// Every listing prints as a table, JSON, NDJSON, CSV or Markdown, its JSON
// typed (README, "From scripts", gives each shape).
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Run runs cyberdesk with args and returns its exit status.
func Run(args []string, stdin, stdout, stderr *os.File) int {
	root := newRoot(stdin, stdout, stderr)
	root.SetArgs(commandFirst(root, args))
	defer quietFang(stdin, stdout)()
	if asksHelp(args) && !term.IsTerminal(stdout.Fd()) {
		// fang pads the help's lines to the width of its block; a file or
		// a pipe gets them without the spaces at their ends
		out := &trimmedLines{w: stdout}
		root.SetOut(out)
		defer out.Flush()
	}
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version()),
		fang.WithoutManpage(), // ours (man.go) joins the help's wrapped lines into paragraphs
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) { reportError(w, err) }),
	)
	return exitCode(err)
}

// quietFang keeps fang from asking the terminal for its background
// colour where the answer cannot come back cleanly: when stdin is not the
// terminal stdout is (the query would read the piped input), or TERM=dumb
// says the terminal cannot answer. fang asks whenever os.Stdout is a
// terminal, before it writes help or an error, so for the length of the
// run os.Stdout is a file that is not one; the commands write to the
// stdout they were given. It returns what puts os.Stdout back.
func quietFang(stdin, stdout *os.File) (restore func()) {
	if term.IsTerminal(stdin.Fd()) && term.IsTerminal(stdout.Fd()) && os.Getenv("TERM") != "dumb" {
		return func() {}
	}
	null, err := os.Open(os.DevNull)
	if err != nil {
		return func() {}
	}
	saved := os.Stdout
	os.Stdout = null
	return func() {
		os.Stdout = saved
		null.Close()
	}
}

// newRoot builds the command tree: the explorer at the root, the commands
// below it in groups.
func newRoot(stdin, stdout, stderr *os.File) *cobra.Command {
	root := exploreCommand(stdin, stdout)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(flagError)
	root.AddGroup(
		&cobra.Group{ID: "read", Title: "Reading the story"},
		&cobra.Group{ID: "write", Title: "Writing it out"},
		&cobra.Group{ID: "own", Title: "Your own articles"},
		&cobra.Group{ID: "more", Title: "More"},
	)
	for _, c := range []*cobra.Command{
		eventsCommand(), actorsCommand(), outletsCommand(), countriesCommand(), tagsCommand(), quotesCommand(), showCommand(),
		coverageCommand(), discrepanciesCommand(), citeCommand(),
	} {
		c.GroupID = "read"
		root.AddCommand(c)
	}
	for _, c := range []*cobra.Command{exportCommand(), synthCommand()} {
		c.GroupID = "write"
		root.AddCommand(c)
	}
	c := corpusCommand()
	c.GroupID = "own"
	root.AddCommand(c, manCommand())
	root.SetHelpCommandGroupID("more")
	root.SetCompletionCommandGroupID("more")
	strictHelp(root)
	return root
}

// strictHelp makes `cyberdesk help TOPIC` refuse a topic that is no
// command (cobra's help prints the root's help and exits 0), naming the
// commands, as an unknown command is refused.
func strictHelp(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	for _, h := range root.Commands() {
		if h.Name() != "help" {
			continue
		}
		run := h.Run
		h.Run = nil
		h.RunE = func(c *cobra.Command, args []string) error {
			found, rest, err := root.Find(args)
			if err != nil || found == nil {
				return rootArgs(root, args)
			}
			if len(rest) > 0 || len(args) > 0 && found == root {
				return rootArgs(found, append(rest, args...)[:1])
			}
			run(c, args)
			return nil
		}
	}
}

// commandFirst moves the command's name, and a subcommand's, to the front
// of args, so that flags before it and after it mean the same:
// `cyberdesk --country AL events` is `cyberdesk events --country AL`.
// It knows which flags take a value from every command's flag sets.
func commandFirst(root *cobra.Command, args []string) []string {
	takesValue := map[string]bool{}
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			takes := f.NoOptDefVal == ""
			takesValue["--"+f.Name] = takes
			if f.Shorthand != "" {
				takesValue["-"+f.Shorthand] = takes
			}
		})
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(root)
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var path []string // the command names found, in order
	var rest []string
	positional := false
	cur := root
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			rest = append(rest, a)
			if !strings.Contains(a, "=") && takesValue[a] && i+1 < len(args) {
				rest = append(rest, args[i+1])
				i++
			}
		default:
			if sub := findSub(cur, a); sub != nil && !positional {
				path = append(path, a)
				cur = sub
				continue
			}
			positional = true // an argument: the command is found
			rest = append(rest, a)
		}
	}
	return append(path, rest...)
}

// findSub is c's subcommand named (or aliased) name, or nil.
func findSub(c *cobra.Command, name string) *cobra.Command {
	for _, sub := range c.Commands() {
		if sub.Name() == name || slices.Contains(sub.Aliases, name) {
			return sub
		}
	}
	return nil
}

// flagError turns a flag the command does not take, or a value it cannot
// read, into one line naming it and what the command takes (exit 2).
func flagError(c *cobra.Command, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "unknown flag: "); ok {
		return usagef("%s does not take %s; it takes %s (see %s --help)", c.CommandPath(), name, flagNames(c), c.CommandPath())
	}
	if name, ok := strings.CutPrefix(msg, "unknown shorthand flag: "); ok {
		return usagef("%s does not take %s; it takes %s (see %s --help)", c.CommandPath(), name, flagNames(c), c.CommandPath())
	}
	var bad *pflag.InvalidValueError
	if errors.As(err, &bad) {
		f := bad.GetFlag()
		return usagef("--%s %q: want %s (see %s --help)", f.Name, bad.GetValue(), wantOf(f), c.CommandPath())
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return usagef("%s needs a value (see %s --help)", strings.TrimPrefix(name, "'"), c.CommandPath())
	}
	if c.HasParent() { // fang's own prefix names cyberdesk already
		return usagef("%s: %s", strings.TrimPrefix(c.CommandPath(), c.Root().Name()+" "), msg)
	}
	return usageError{msg}
}

// wantOf says what value flag f wants, by its type.
func wantOf(f *pflag.Flag) string {
	switch t := f.Value.Type(); {
	case strings.HasPrefix(t, "int"):
		return "a whole number"
	case strings.HasPrefix(t, "uint"):
		return "a whole number, 0 or more"
	case strings.HasPrefix(t, "float"):
		return "a number"
	case t == "bool":
		return "true or false"
	case t == "duration":
		return "a duration such as 2s or 1m30s"
	}
	return "a " + f.Value.Type()
}

// flagNames lists the flags c takes.
func flagNames(c *cobra.Command) string {
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden && f.Name != "help" {
			names = append(names, "--"+f.Name)
		}
	})
	if len(names) == 0 {
		return "no flags"
	}
	return strings.Join(names, ", ")
}

// noArgs refuses any argument, naming it.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q (see %s --help)", c.CommandPath(), args[0], c.CommandPath())
	}
	return nil
}

// oneArg wants exactly one argument, what.
func oneArg(what string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) != 1 {
			return usagef("usage: %s %s (see %s --help)", c.CommandPath(), what, c.CommandPath())
		}
		return nil
	}
}

// formatFlag adds --format to fs, one of valid, and returns where it
// lands; checkFormat refuses any other.
func formatFlag(fs *pflag.FlagSet, value *string, def string, valid []string) {
	fs.StringVar(value, "format", def, "output format: "+strings.Join(valid, ", "))
}

func checkFormat(got string, valid []string) error {
	if !slices.Contains(valid, got) {
		return usagef("unknown format %q; valid formats: %s", got, strings.Join(valid, ", "))
	}
	return nil
}

// terminalWidth is the width to wrap to, or 0 (no limit) when w is not a
// terminal.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	if width, _, err := term.GetSize(f.Fd()); err == nil {
		return width
	}
	return 80
}

// version is the module's version from the build: a tag after `go
// install …@v1.2.3`, a pseudo-version with the commit after a build in a
// checkout.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		rev, dirty := "", false
		if ok {
			for _, s := range info.Settings {
				switch s.Key {
				case "vcs.revision":
					rev = s.Value
				case "vcs.modified":
					dirty = s.Value == "true"
				}
			}
		}
		if rev == "" {
			return "devel"
		}
		if dirty {
			return fmt.Sprintf("devel (%.12s, modified)", rev)
		}
		return fmt.Sprintf("devel (%.12s)", rev)
	}
	return info.Main.Version
}
