package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// listings are the commands that print in every format, with the
// arguments that make each print something worth checking.
var listings = map[string][]string{
	"events":           {"events", "--country", "IR", "--since", "2022-09"},
	"actors":           {"actors", "--country", "AL"},
	"outlets":          {"outlets", "--country", "IR"},
	"quotes":           {"quotes", "--speaker", "Lapid"},
	"quotes_statement": {"quotes", "--statement", "lapid-historical-obligation"},
	"show":             {"show", "2022-09-05-albania-cuts-ties"},
	"coverage":         {"coverage", "--country", "IR", "--since", "2022-09"},
	"discrepancies":    {"discrepancies", "--actor", "Lapid"},
}

// TestCLIGolden holds the table, CSV and Markdown forms of every listing
// as golden files (update with go test ./internal/cli -update).
func TestCLIGolden(t *testing.T) {
	for name, args := range listings {
		for _, format := range []string{"table", "csv", "md"} {
			t.Run(name+"_"+format, func(t *testing.T) {
				code, out, errOut := runCLI(t, append(slices.Clone(args), "--format", format)...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				if strings.Contains(out, "\x1b") {
					t.Error("escape sequences in piped output")
				}
				golden.RequireEqual(t, []byte(out))
			})
		}
	}
}

// TestEveryListingEveryFormat prints every listing in every format: JSON
// parses, NDJSON parses a line at a time, CSV reads back as a rectangle.
func TestEveryListingEveryFormat(t *testing.T) {
	for name, args := range listings {
		for _, format := range formats {
			t.Run(name+"_"+format, func(t *testing.T) {
				code, out, errOut := runCLI(t, append(slices.Clone(args), "--format", format)...)
				if code != 0 || out == "" {
					t.Fatalf("exit %d, %d bytes: %s", code, len(out), errOut)
				}
				switch format {
				case "json":
					if !json.Valid([]byte(out)) {
						t.Errorf("not JSON:\n%s", out)
					}
				case "ndjson":
					for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
						if !json.Valid([]byte(l)) || strings.ContainsAny(l, "\n") {
							t.Errorf("a line that is not one JSON value: %q", l)
						}
					}
				case "csv":
					recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
					if err != nil || len(recs) < 2 {
						t.Fatalf("%d records: %v", len(recs), err)
					}
				}
			})
		}
	}
}

// jsonOf runs a command with --format json and decodes what it prints.
func jsonOf[T any](t *testing.T, args ...string) T {
	t.Helper()
	code, out, errOut := runCLI(t, append(args, "--format", "json")...)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut)
	}
	var v T
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	return v
}

// TestJSONIsTyped: booleans are booleans, counts integers, dates the
// export's date object, an absent end null, lists arrays.
func TestJSONIsTyped(t *testing.T) {
	events := jsonOf[[]map[string]any](t, "events")
	approx := 0
	for _, e := range events {
		start, ok := e["start"].(map[string]any)
		if !ok || start["date"] == nil || start["precision"] == nil {
			t.Fatalf("%v: start is not a date object: %v", e["id"], e["start"])
		}
		if a, ok := start["approx"]; ok {
			if a != true {
				t.Errorf("%v: approx %v, want true or absent", e["id"], a)
			}
			approx++
		}
		if _, ok := e["extracted"].(bool); !ok {
			t.Errorf("%v: extracted is %T, want a boolean", e["id"], e["extracted"])
		}
		if n, ok := e["sources"].(float64); !ok || n != float64(int(n)) || n < 1 {
			t.Errorf("%v: sources %v, want a count", e["id"], e["sources"])
		}
		for _, k := range []string{"countries", "involves", "actors", "tags", "outlets"} {
			if _, ok := e[k].([]any); !ok {
				t.Errorf("%v: %s is %T, want an array", e["id"], k, e[k])
			}
		}
		if end, ok := e["end"]; !ok || end != nil && !isDate(end) {
			t.Errorf("%v: end %v, want null or a date", e["id"], end)
		}
	}
	if approx == 0 || approx == len(events) {
		t.Errorf("%d of %d events approximate; the seeds have some of each", approx, len(events))
	}
	for _, o := range jsonOf[[]map[string]any](t, "outlets") {
		if n, ok := o["events"].(float64); !ok || n != float64(int(n)) {
			t.Errorf("outlet %v: events %v, want an integer", o["id"], o["events"])
		}
		for _, a := range o["articles"].([]any) {
			if !isDate(a.(map[string]any)["published"]) {
				t.Errorf("outlet %v: an article's published is not a date object", o["id"])
			}
		}
	}
	st := jsonOf[map[string]any](t, "quotes", "--statement", "lapid-historical-obligation")
	if st["id"] != "lapid-historical-obligation" || len(st["renderings"].([]any)) != 2 {
		t.Errorf("quotes --statement is not one statement with its renderings: %v", st)
	}
	for _, r := range st["renderings"].([]any) {
		if _, ok := r.(map[string]any)["class"].([]any); !ok {
			t.Errorf("a rendering's class is not a list: %v", r)
		}
	}
	cov := jsonOf[map[string]any](t, "coverage")
	if rows, ok := cov["rows"].([]any); !ok || len(rows) == 0 || !isBool(rows[0].(map[string]any)["single"]) {
		t.Errorf("coverage rows: %v", cov["rows"])
	}
	show := jsonOf[map[string]any](t, "show", "2022-09-05-albania-cuts-ties")
	if srcs, ok := show["sources"].([]any); !ok || len(srcs) != 4 || !isBool(srcs[0].(map[string]any)["caption"]) {
		t.Errorf("show's sources: %v", show["sources"])
	}
	for _, d := range jsonOf[[]map[string]any](t, "discrepancies") {
		if !isBool(d["derived"]) {
			t.Errorf("discrepancy %v: derived is %T", d["id"], d["derived"])
		}
	}
	for _, a := range jsonOf[[]map[string]any](t, "actors") {
		if _, ok := a["events"].(float64); !ok {
			t.Errorf("actor %v: events is %T", a["id"], a["events"])
		}
	}
}

func isDate(v any) bool {
	m, ok := v.(map[string]any)
	return ok && m["date"] != nil && m["precision"] != nil
}

func isBool(v any) bool { _, ok := v.(bool); return ok }

// TestQuotesListsEveryQuote: with no filter, every quote, including those
// no event is linked to; --speaker is who spoke, --actor the events.
func TestQuotesListsEveryQuote(t *testing.T) {
	all := jsonOf[[]map[string]any](t, "quotes")
	if len(all) != 35 {
		t.Errorf("%d quotes, want the 35 curated", len(all))
	}
	for _, q := range jsonOf[[]map[string]any](t, "quotes", "--speaker", "Lapid") {
		if q["speaker"] != "yair-lapid" {
			t.Errorf("--speaker Lapid lists a quote by %v", q["speaker"])
		}
	}
	byActor := jsonOf[[]map[string]any](t, "quotes", "--actor", "Lapid")
	if !slices.ContainsFunc(byActor, func(q map[string]any) bool { return q["speaker"] != "yair-lapid" }) {
		t.Error("--actor Lapid lists only Lapid's words; it selects the quotes about his events")
	}
}

// TestActorsCountry: --country lists that country's actors; --in-events
// the actors of the events involving it.
func TestActorsCountry(t *testing.T) {
	own := jsonOf[[]map[string]any](t, "actors", "--country", "AL")
	for _, a := range own {
		if a["country"] != "AL" {
			t.Errorf("--country AL lists %v of %v", a["id"], a["country"])
		}
	}
	inEvents := jsonOf[[]map[string]any](t, "actors", "--country", "AL", "--in-events")
	if !slices.ContainsFunc(inEvents, func(a map[string]any) bool { return a["id"] == "yair-lapid" }) || len(inEvents) <= len(own) {
		t.Errorf("--in-events lists %d actors, want the actors of Albania's events, Lapid among them", len(inEvents))
	}
}

// TestFlagsGoEitherSide: a flag before the command means what it means
// after it.
func TestFlagsGoEitherSide(t *testing.T) {
	for _, c := range [][2][]string{
		{{"--country", "IR", "events"}, {"events", "--country", "IR"}},
		{{"--with-seeds", "--corpus", "testdata/hostile", "events", "--format", "json"}, {"events", "--format", "json", "--corpus", "testdata/hostile", "--with-seeds"}},
		{{"--format", "csv", "quotes", "--speaker", "Lapid"}, {"quotes", "--speaker", "Lapid", "--format", "csv"}},
		{{"--since", "2022-10", "coverage"}, {"coverage", "--since", "2022-10"}},
		{{"--kind", "number", "discrepancies"}, {"discrepancies", "--kind", "number"}},
		{{"--style", "md", "cite", "2022-07-15-july-cyberattack#1"}, {"cite", "2022-07-15-july-cyberattack#1", "--style", "md"}},
	} {
		c1, before, e1 := runCLI(t, c[0]...)
		c2, after, e2 := runCLI(t, c[1]...)
		if c1 != 0 || c2 != 0 || before != after {
			t.Errorf("%v gives exit %d, %q\n%v gives exit %d, %q", c[0], c1, e1, c[1], c2, e2)
		}
	}
}

// flagValues are values that change what a command prints, for each flag.
var flagValues = map[string][]string{
	"country": {"IR"}, "outlet": {"Times of Israel"}, "actor": {"Lapid"}, "tag": {"sanctions"},
	"since": {"2022-10"}, "until": {"2022-08"}, "search": {"cyber"}, "speaker": {"Rama"},
	"kind": {"number"}, "in-events": nil, "format": {"json"}, "style": {"bibtex"},
	"group": {"outlet"}, "seed": {"2"}, "with-seeds": nil, "scope": {"background"}, "min-outlets": {"4"}, "sort": {"score"},
}

// TestEveryFlagChangesTheOutput: every flag a listing command takes
// changes what it prints, given a value; and every source or filter flag a
// command does not take is refused with exit 2.
func TestEveryFlagChangesTheOutput(t *testing.T) {
	dir := t.TempDir()
	export := filepath.Join(dir, "synth.json")
	if code, _, errOut := runCLI(t, "synth", "--events", "40", "-o", export); code != 0 {
		t.Fatal(errOut)
	}
	tl := filepath.Join(dir, "tl.csv")
	if code, _, errOut := runCLI(t, "synth", "--events", "40", "--format", "timelinejs-csv", "-o", tl); code != 0 {
		t.Fatal(errOut)
	}
	sources := map[string][]string{"dataset": {export}, "timelinejs": {tl}, "corpus": {"testdata/hostile"}}
	base := map[string][]string{
		"events": {"events"}, "actors": {"actors"}, "outlets": {"outlets"}, "quotes": {"quotes"},
		"show": {"show", "2022-10-23-rama-meets-lapid"}, "coverage": {"coverage"}, "discrepancies": {"discrepancies"},
		"export": {"export", "--format", "timelinejs"}, "cite": {"cite", "2022-07-15-july-cyberattack"},
	}
	root := newRoot(os.Stdin, os.Stdout, os.Stderr)
	for name, args := range base {
		cmd := findSub(root, name)
		_, plain, _ := runCLI(t, args...)
		cmd.Flags().VisitAll(func(f *pflag.Flag) {
			if f.Name == "help" {
				return
			}
			t.Run(name+" --"+f.Name, func(t *testing.T) {
				args, want := args, plain
				with := append(slices.Clone(args), "--"+f.Name)
				switch {
				case f.Name == "no-cache":
					t.Skip("--no-cache changes where a dataset comes from, never what is printed (TestTheCacheKeepsAFile)")
				case f.Name == "in-events":
					args = []string{"actors", "--country", "AL"}
					_, want, _ = runCLI(t, args...)
					with = append(slices.Clone(args), "--in-events")
				case f.Name == "with-seeds":
					with = append(with, "--corpus", "testdata/hostile")
					_, want, _ = runCLI(t, append(slices.Clone(args), "--corpus", "testdata/hostile")...)
				case f.Name == "statement":
					if name == "quotes" {
						with = append(with, "lapid-true-friend")
					}
				case sources[f.Name] != nil:
					with = append(with, sources[f.Name]...)
				case name == "export" && f.Name == "format":
					with = append(with, "ics")
				case name == "events" && f.Name == "until":
					with = append(with, "2022-08")
				default:
					with = append(with, flagValues[f.Name]...)
				}
				if name == "show" && sources[f.Name] != nil {
					t.Skip("the synthetic files hold other events; show's source flags are tried in TestShowOpensAnyDataset")
				}
				code, got, errOut := runCLI(t, with...)
				if code == exitUsage {
					return // refused
				}
				if got == want {
					t.Errorf("%v prints the same as %v (exit %d, %s)", with, args, code, errOut)
				}
			})
		})
		for _, shared := range []string{"corpus", "dataset", "timelinejs", "country", "outlet", "actor", "tag", "since", "until", "search", "scope", "min-outlets"} {
			if cmd.Flags().Lookup(shared) != nil {
				continue
			}
			code, _, errOut := runCLI(t, append(slices.Clone(args), "--"+shared, "x")...)
			if code != exitUsage || !strings.Contains(errOut, "does not take --"+shared) {
				t.Errorf("%s --%s: exit %d, %q; want it refused", name, shared, code, errOut)
			}
		}
	}
}

// TestShowOpensAnyDataset: show takes --corpus, as every command does.
func TestShowOpensAnyDataset(t *testing.T) {
	events := jsonOf[[]map[string]any](t, "events", "--corpus", "testdata/hostile")
	if len(events) == 0 {
		t.Fatal("the hostile corpus has no events")
	}
	id := events[0]["id"].(string)
	if code, out, errOut := runCLI(t, "show", id, "--corpus", "testdata/hostile"); code != 0 || !strings.Contains(out, "Sources") {
		t.Errorf("show %s --corpus: exit %d, %s", id, code, errOut)
	}
}

// TestDateFlags: an impossible day says why, an inverted range names both
// dates, and a range keeps the events whose dates overlap it.
func TestDateFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"events", "--since", "2022-02-30"}, "February 2022 has 28 days"},
		{[]string{"events", "--since", "2022-10", "--until", "2022-09"}, "--until 2022-09 ends before --since 2022-10 begins"},
		{[]string{"events", "--since", "Sept"}, "want a date as 2022, 2022-09 or 2022-09-05"},
	} {
		code, out, errOut := runCLI(t, c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, %q; want exit 2 and one line saying %q", c.args, code, errOut, c.want)
		}
	}
	// A year-precision event overlaps September 2022.
	for _, e := range jsonOf[[]map[string]any](t, "events", "--since", "2022-09", "--until", "2022-09") {
		if e["id"] == "2022-albania-weighs-nato-treaty" {
			return
		}
	}
	t.Error("a range leaves out an event whose year overlaps it")
}

// TestErrorsAreOneLine: a wrong flag, command or value gives one line
// naming it and what is valid, on stderr, exit 2.
func TestErrorsAreOneLine(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"events", "--bogus"}, "cyberdesk events does not take --bogus; it takes --actor"},
		{[]string{"--bogus"}, "cyberdesk does not take --bogus"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"; the commands are`},
		{[]string{"help", "frobnicate"}, `unknown command "frobnicate"; the commands are actors,`},
		{[]string{"help", "corpus", "frobnicate"}, `unknown command "frobnicate"; the commands are add, check,`},
		{[]string{"events", "--format", "yaml"}, "valid formats: table, json, ndjson, csv, md"},
		{[]string{"synth", "--events", "many"}, `cyberdesk: --events "many": want a whole number (see cyberdesk synth --help)`},
		{[]string{"events", "--min-outlets", "two"}, `cyberdesk: --min-outlets "two": want a whole number (see cyberdesk events --help)`},
		{[]string{"--min-outlets", "two"}, `cyberdesk: --min-outlets "two": want a whole number (see cyberdesk --help)`},
		{[]string{"events", "--min-outlets"}, `cyberdesk: --min-outlets needs a value (see cyberdesk events --help)`},
		{[]string{"show"}, "usage: cyberdesk show EVENT-ID"},
		{[]string{"corpus"}, "cyberdesk corpus needs a command: init, add, refresh, check or fill"},
		{[]string{"export", "--format", "json", "--country", "AL"}, "the JSON export is the whole dataset"},
		{[]string{"cite", "nothing"}, `no quote, event or discrepancy has the id "nothing"`},
		{[]string{"cite", "2022-07-15-july-cyberattack#9"}, "has 4 sources; give 2022-07-15-july-cyberattack#1 to 2022-07-15-july-cyberattack#4"},
		{[]string{"cite", "2022-07-15-july-cyberattack", "--style", "apa"}, "valid styles: text, md, bibtex, csl-json"},
	} {
		code, out, errOut := runCLI(t, c.args...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line saying %q", c.args, code, out, errOut, c.want)
		}
	}
}

// TestHelpExamplesRun runs every example in every command's help, in a
// home folder whose ~/news/albania is a small corpus of the tests' own
// (testdata/own); a pipe's other end and a redirection are left out, and
// the explorer, which needs a terminal, is started by the pty tests.
func TestHelpExamplesRun(t *testing.T) {
	home := t.TempDir()
	corpus := filepath.Join(home, "news", "albania")
	if err := os.CopyFS(corpus, os.DirFS("testdata/own")); err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(corpus, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	// a saved page for corpus add's examples
	if err := os.CopyFS(filepath.Join(home, "Downloads"), os.DirFS("../../data/page/testdata")); err != nil {
		t.Fatal(err)
	}
	os.Rename(filepath.Join(home, "Downloads", "harbour-times.html"), filepath.Join(home, "Downloads", "trams.html"))
	t.Chdir(home)
	root := newRoot(os.Stdin, os.Stdout, os.Stderr)
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		for _, ex := range strings.Split(c.Example, "\n") {
			ex = strings.TrimSpace(strings.Split(strings.Split(ex, "|")[0], ">")[0])
			if !strings.HasPrefix(ex, "cyberdesk") {
				continue
			}
			args := shellWords(t, strings.ReplaceAll(strings.TrimPrefix(ex, "cyberdesk"), "~", home))
			if len(args) == 0 || strings.HasPrefix(commandFirst(root, args)[0], "-") {
				continue // the explorer
			}
			if args[0] == "corpus" && args[1] == "init" {
				os.Remove(filepath.Join(corpus, "manifest.json")) // init never overwrites one
			}
			code, _, errOut := runCLI(t, args...)
			if code != 0 {
				t.Errorf("%s (in %s's help): exit %d: %s", ex, c.CommandPath(), code, errOut)
			}
			if err := os.WriteFile(filepath.Join(corpus, "manifest.json"), manifest, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(root)
}

// shellWords splits a command line as a shell would, for the examples:
// words, and double-quoted strings.
func shellWords(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
			}
			inWord = false
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out
}

// TestCompletionAndManPage: the bash completion script is valid bash,
// and the man page is roff that man renders.
func TestCompletionAndManPage(t *testing.T) {
	code, script, errOut := runCLI(t, "completion", "bash")
	if code != 0 || !strings.Contains(script, "cyberdesk") {
		t.Fatalf("completion bash: exit %d: %s", code, errOut)
	}
	if bash, err := exec.LookPath("bash"); err == nil {
		f := filepath.Join(t.TempDir(), "cyberdesk.bash")
		os.WriteFile(f, []byte(script), 0o644)
		if out, err := exec.Command(bash, "-n", f).CombinedOutput(); err != nil {
			t.Errorf("bash -n: %v\n%s", err, out)
		}
	}
	code, page, errOut := runCLI(t, "man")
	if code != 0 || !strings.HasPrefix(page, ".TH CYBERDESK 1") || !strings.Contains(page, "discrepancies") {
		t.Fatalf("man: exit %d, %.60q: %s", code, page, errOut)
	}
	man, err := exec.LookPath("man")
	if err != nil {
		t.Skip("no man here to render the page")
	}
	cmd := exec.Command(man, "-l", "-")
	cmd.Stdin = strings.NewReader(page)
	cmd.Env = append(os.Environ(), "MANWIDTH=80", "MAN_KEEP_FORMATTING=0")
	out, err := cmd.Output()
	out = regexp.MustCompile(".\b").ReplaceAll(out, nil) // man's bold and underline, written over
	if err != nil || !bytes.Contains(out, []byte("SYNOPSIS")) || !bytes.Contains(out, []byte("Where the outlets' accounts differ")) {
		t.Errorf("man -l: %v\n%.400s", err, out)
	}
}

// TestFlagValueErrorsHideTheParser: a flag given a value it cannot take
// says which flag and what it wants, with neither the command named twice
// nor the parser's own words.
func TestFlagValueErrorsHideTheParser(t *testing.T) {
	for _, args := range [][]string{
		{"events", "--min-outlets", "two"},
		{"synth", "--events", "many"},
		{"synth", "--events", "10", "--seed", "x"},
		{"events", "--since"},
	} {
		_, _, errOut := runCLI(t, args...)
		for _, bad := range []string{"strconv", "ParseInt", "ParseUint", "invalid syntax", "cyberdesk: cyberdesk", "flag:"} {
			if strings.Contains(errOut, bad) {
				t.Errorf("%v: %q says %q", args, errOut, bad)
			}
		}
	}
}

// TestWrongSourceSaysWhichToUse: a cyberdesk export given as --timelinejs
// is named as an export and --dataset suggested, in one line; a folder
// with no manifest, given as --corpus or to corpus check, is said not to
// be a corpus yet, and corpus init suggested.
func TestWrongSourceSaysWhichToUse(t *testing.T) {
	dir := t.TempDir()
	_, export, _ := runCLI(t, "export", "--format", "json")
	path := filepath.Join(dir, "ds.json")
	if err := os.WriteFile(path, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "articles")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"events", "--timelinejs", path}, path + " is a cyberdesk export, not a TimelineJS file: open it with --dataset " + path},
		{[]string{"events", "--corpus", empty}, empty + " is not a corpus yet: it has no manifest.json; to draft one for the articles in it, run `cyberdesk corpus init " + empty + "`"},
		{[]string{"corpus", "check", empty}, "run `cyberdesk corpus init " + empty + "`"},
	} {
		code, out, errOut := runCLI(t, tt.args...)
		if code != 1 || out != "" || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and one line saying %q", tt.args, code, out, errOut, tt.want)
		}
	}
}
