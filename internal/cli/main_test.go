package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/model"
)

// runCLI runs cyberdesk with args, stdin and stdout as plain files (not
// terminals), and returns the exit code and both outputs.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	stdin, _ := os.Open(os.DevNull)
	defer stdin.Close()
	stdout, _ := os.Create(dir + "/out")
	stderr, _ := os.Create(dir + "/err")
	code := Run(args, stdin, stdout, stderr)
	stdout.Close()
	stderr.Close()
	out, _ := os.ReadFile(dir + "/out")
	errOut, _ := os.ReadFile(dir + "/err")
	return code, string(out), string(errOut)
}

func TestNoTerminalNoTUI(t *testing.T) {
	code, out, errOut := runCLI(t)
	if code == 0 {
		t.Error("exit 0 without a terminal")
	}
	if out != "" {
		t.Errorf("wrote %q to stdout; it must stay clean", out)
	}
	if strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "cyberdesk export") {
		t.Errorf("want a one-line explanation pointing at export, got %q", errOut)
	}
}

func TestExportJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "export", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Articles []struct{ ID, File, Outlet, Title string } `json:"articles"`
		Events   []struct {
			ID    string
			Start struct{ Date, Precision string }
		} `json:"events"`
		Quotes []struct{ ID, Speaker, Statement string } `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	if len(doc.Articles) != 5 || len(doc.Events) < 30 || len(doc.Quotes) < 30 {
		t.Errorf("export has %d articles, %d events, %d quotes", len(doc.Articles), len(doc.Events), len(doc.Quotes))
	}
	if !strings.HasPrefix(doc.Articles[0].File, "seeds/") {
		t.Errorf("article file %q is not a repository path", doc.Articles[0].File)
	}
	_, again, _ := runCLI(t, "export", "--format", "json")
	if again != out {
		t.Error("two exports differ")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--country", "Atlantis"}, "AL (Albania)"},
		{[]string{"--outlet", "Pravda"}, "The Times of Israel (times-of-israel)"},
		{[]string{"--bogus"}, "cyberdesk does not take --bogus"},
		{[]string{"export", "--format", "yaml"}, "valid formats: json"},
		{[]string{"frobnicate"}, "unknown command"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, errOut, tt.want)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	if code, out, errOut := runCLI(t, "--help"); code != 0 || !strings.Contains(out, "EXAMPLES") || errOut != "" {
		t.Errorf("--help: exit %d, stdout %q, stderr %q; want the help on stdout", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "--version"); code != 0 || !strings.HasPrefix(out, "cyberdesk ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

// The TUI and the CLI give the same events for the same filter flags:
// both resolve them with filters.resolve and apply them with timeline.
func TestTUIAndCLIShowTheSameEvents(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{"--country", "al", "--outlet", "times of israel"},
		{"--country", "IR,US", "--since", "2022-09"},
		{"--actor", "Lapid"},
		{"--tag", "cyberattack,sanctions", "--until", "2022"},
		{"--search", "state aggression"},
		{"--since", "2022-09-05", "--until", "2022-09-30"},
	}
	for _, flags := range cases {
		t.Run(strings.Join(flags, " "), func(t *testing.T) {
			fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
			var c filters
			c.register(fs, eventFilters)
			if err := fs.Parse(flags); err != nil {
				t.Fatal(err)
			}
			f, err := c.resolve(ds)
			if err != nil {
				t.Fatal(err)
			}
			m := model.New(ds, model.WithFilter(f))
			m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			tui := m.ShownEvents()

			code, out, errOut := runCLI(t, append([]string{"events", "--format", "json"}, flags...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var rows []struct{ ID string }
			if err := json.Unmarshal([]byte(out), &rows); err != nil {
				t.Fatal(err)
			}
			var cli []string
			for _, r := range rows {
				cli = append(cli, r.ID)
			}
			if len(tui) == 0 || !slices.Equal(tui, cli) {
				t.Errorf("TUI shows %v\nCLI lists %v", tui, cli)
			}
			if header := ansi.Strip(m.View().Content); !strings.Contains(header, itoa(len(tui))+" of "+itoa(len(ds.Events()))+" events") {
				t.Errorf("the header does not count %d events", len(tui))
			}
		})
	}
}

// TestTypedSearchMatchesTheCLIs: what the explorer's / finds, typed,
// is what events --search lists, for words in titles, in quotes and in
// source passages alone ("severed" stands only in a passage).
func TestTypedSearchMatchesTheCLIs(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"severed", "state aggression", "cyberattack", "shared threat"} {
		m := model.New(ds)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
		for _, r := range q {
			m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		tui := m.ShownEvents()
		code, out, errOut := runCLI(t, "events", "--format", "json", "--search", q)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var rows []struct{ ID string }
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		var cli []string
		for _, r := range rows {
			cli = append(cli, r.ID)
		}
		if len(tui) == 0 || !slices.Equal(tui, cli) {
			t.Errorf("%q: the explorer finds %v\nevents --search lists %v", q, tui, cli)
		}
	}
}

// TestRealDatasetFitsEverySize drives the model over the embedded dataset
// through every event at the sizes of the layout matrix.
func TestRealDatasetFitsEverySize(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range [][2]int{{60, 18}, {80, 24}, {120, 40}, {160, 48}, {200, 60}} {
		m := model.New(ds)
		m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for i := 0; i < len(ds.Events()); i++ {
			for _, k := range []string{"", "enter", "j", "enter", "esc", "esc"} {
				if k != "" {
					m.Update(keyPress(k))
				}
				lines := strings.Split(m.View().Content, "\n")
				if len(lines) != sz[1] {
					t.Fatalf("%dx%d event %d: %d lines", sz[0], sz[1], i, len(lines))
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > sz[0] {
						t.Fatalf("%dx%d event %d: line too wide: %q", sz[0], sz[1], i, ansi.Strip(l))
					}
				}
			}
			m.Update(keyPress("j"))
		}
	}
}

func keyPress(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestMain keeps the tests' cache out of the user's: every file a test
// opens is kept, if at all, in a folder of the run's own.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cyberdesk-cli-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestTheCacheKeepsAFile: a file a command opens is kept in the cache
// (XDG_CACHE_HOME/cyberdesk) once the answer is given, and the next
// command gives the same answer from it; --no-cache neither reads nor
// keeps it; a file under the least size is not kept.
func TestTheCacheKeepsAFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	kept := filepath.Join(dir, "cache", "cyberdesk")
	entries := func() int {
		e, _ := os.ReadDir(kept)
		return len(e)
	}
	big := filepath.Join(dir, "big.csv")
	if code, _, errOut := runCLI(t, "synth", "--events", "20000", "--format", "timelinejs-csv", "-o", big); code != 0 {
		t.Fatal(errOut)
	}
	if st, _ := os.Stat(big); st.Size() < cacheLeast {
		t.Fatalf("%d bytes: too small to be kept", st.Size())
	}
	args := []string{"events", "--timelinejs", big, "--search", "phishing", "--format", "json"}
	code, fresh, errOut := runCLI(t, append(args, "--no-cache")...)
	if code != 0 || entries() != 0 {
		t.Fatalf("--no-cache: exit %d (%s), %d entries kept", code, errOut, entries())
	}
	if code, out, errOut := runCLI(t, args...); code != 0 || out != fresh || entries() != 1 {
		t.Fatalf("first: exit %d (%s), the same answer %v, %d entries kept; want one", code, errOut, out == fresh, entries())
	}
	e, _ := os.ReadDir(kept)
	entry := filepath.Join(kept, e[0].Name())
	written, _ := os.Stat(entry)
	if code, out, _ := runCLI(t, args...); code != 0 || out != fresh || entries() != 1 {
		t.Errorf("from the cache: exit %d, the same answer %v, %d entries", code, out == fresh, entries())
	}
	if used, _ := os.Stat(entry); !used.ModTime().After(written.ModTime()) {
		t.Error("the entry was not used (a load marks it used)")
	}
	small := filepath.Join(dir, "small.csv")
	runCLI(t, "synth", "--events", "50", "--format", "timelinejs-csv", "-o", small)
	runCLI(t, "events", "--timelinejs", small)
	if entries() != 1 {
		t.Errorf("a small file was kept: %d entries", entries())
	}
}
