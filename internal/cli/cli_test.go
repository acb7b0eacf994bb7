package cli

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"

	"github.com/cyberdesk-dev/cyberdesk/data"
)

// CSV reads back with encoding/csv: a header, then one record per event.
func TestCSVReadsBack(t *testing.T) {
	_, out, _ := runCLI(t, "events", "--format", "csv", "--outlet", "Times of Israel")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 19 || recs[0][0] != "Date" || recs[0][1] != "ID" {
		t.Fatalf("%d records, header %v; want a header and ToI's 18 events", len(recs), recs[0])
	}
	for _, r := range recs {
		if len(r) != len(recs[0]) {
			t.Fatalf("ragged record %v", r)
		}
	}
	if got := spreadsheetSafe("=HYPERLINK(\"x\")"); got != "'=HYPERLINK(\"x\")" {
		t.Errorf("a formula cell is not neutralised: %q", got)
	}
	for _, s := range []string{"+1", "-1", "@SUM", "\tx", "\rx"} {
		if spreadsheetSafe(s)[0] != '\'' {
			t.Errorf("%q is not neutralised", s)
		}
	}
}

// On a terminal the table wraps to its width.
func TestTableWrapsToTheTerminal(t *testing.T) {
	l := &report{cols: []string{"ID", "Words"}, rows: [][]any{{"a", strings.Repeat("word ", 40)}, {"b", []string{"x", "y"}}}}
	var b strings.Builder
	if err := l.writeTable(&b, 50); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) < 6 {
		t.Errorf("the long cell should wrap over several lines:\n%s", b.String())
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 50 {
			t.Errorf("line wider than 50: %q", l)
		}
	}
}

func TestMarkdownEscapesPipesAndHTML(t *testing.T) {
	l := &report{cols: []string{"A"}, rows: [][]any{{"a|b <script>x</script>"}}}
	var b strings.Builder
	if err := l.writeMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `a\|b &lt;script&gt;`) {
		t.Errorf("not escaped: %q", b.String())
	}
}

func TestEveryCommandHasHelpWithExamples(t *testing.T) {
	for _, cmd := range [][]string{{"--help"}, {"events", "--help"}, {"actors", "--help"}, {"outlets", "--help"},
		{"countries", "--help"}, {"tags", "--help"}, {"quotes", "--help"}, {"show", "--help"}, {"coverage", "--help"}, {"discrepancies", "--help"}, {"export", "--help"},
		{"cite", "--help"}, {"corpus", "--help"}, {"corpus", "init", "--help"}, {"corpus", "add", "--help"}, {"corpus", "refresh", "--help"}, {"corpus", "check", "--help"},
		{"corpus", "fill", "--help"}, {"synth", "--help"}, {"help", "events"}} {
		code, out, errOut := runCLI(t, cmd...)
		if code != 0 || !strings.Contains(out, "EXAMPLES") || errOut != "" {
			t.Errorf("%v: exit %d, help on stdout without examples:\n%s\nstderr: %s", cmd, code, out, errOut)
		}
		// written to a file, the help's lines end at their last word
		for l := range strings.Lines(out) {
			if strings.HasSuffix(strings.TrimSuffix(l, "\n"), " ") {
				t.Errorf("%v: a help line ends in spaces: %q", cmd, l)
				break
			}
		}
	}
}

func TestUnknownValuesAndFormats(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"events", "--tag", "weather"}, "valid values"},
		{[]string{"events", "--format", "xml"}, "valid formats"},
		{[]string{"events", "--since", "Sept"}, "2022-09"},
		{[]string{"show", "no-such-event"}, "valid values"},
		{[]string{"quotes", "--statement", "nope"}, "valid values"},
		{[]string{"export", "--format", "pdf"}, "valid formats"},
		{[]string{"export", "--group", "mood"}, "valid groups"},
		{[]string{"events", "--dataset", "a.json", "--timelinejs", "b.csv"}, "give one of"},
	} {
		code, _, errOut := runCLI(t, c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 mentioning %q", c.args, code, errOut, c.want)
		}
	}
	if code, _, errOut := runCLI(t, "events", "--dataset", "/no/such/file.json"); code != 1 || !strings.Contains(errOut, "/no/such/file.json") {
		t.Errorf("a missing dataset: exit %d, %q; want exit 1 naming the file", code, errOut)
	}
}

// The interchange formats through the command line: each export writes,
// and a newsroom's TimelineJS file opens in every command.
func TestExportFormatsAndTimelineJSInput(t *testing.T) {
	for _, f := range []string{"timelinejs", "timelinejs-csv", "ics"} {
		code, out, errOut := runCLI(t, "export", "--format", f, "--country", "AL", "--group", "outlet")
		if code != 0 || len(out) < 1000 {
			t.Errorf("export --format %s: exit %d, %d bytes: %s", f, code, len(out), errOut)
		}
	}
	for _, file := range []string{"women_in_computing.json", "women_in_computing.csv"} {
		path := "../../data/timelinejs/testdata/samples/" + file
		code, out, errOut := runCLI(t, "events", "--format", "csv", "--timelinejs", path)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if code != 0 || err != nil || len(recs) != 11 {
			t.Errorf("%s: exit %d, %d records (want a header and 10 events): %v %s", file, code, len(recs), err, errOut)
		}
	}
	// Round trip through the command line: export TimelineJS, open it.
	dir := t.TempDir()
	_, doc, _ := runCLI(t, "export", "--format", "timelinejs")
	if err := os.WriteFile(dir+"/t.json", []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	_, a, _ := runCLI(t, "events", "--format", "json")
	_, b, errOut := runCLI(t, "events", "--format", "json", "--timelinejs", dir+"/t.json")
	type dated struct {
		ID         string
		Start, End *jsonDate
	}
	var before, after []dated
	if json.Unmarshal([]byte(a), &before) != nil || json.Unmarshal([]byte(b), &after) != nil {
		t.Fatalf("unreadable JSON: %s", errOut)
	}
	if !slices.EqualFunc(before, after, func(x, y dated) bool {
		return x.ID == y.ID && *x.Start == *y.Start && (x.End == nil) == (y.End == nil) && (x.End == nil || *x.End == *y.End)
	}) {
		t.Errorf("events changed through TimelineJS:\n%v\n%v", before, after)
	}
}

// TestLoadingProgress: on a terminal, a load that takes over a third of a
// second draws its progress on one line, redrawn in place (the bar, the
// bytes and events read, the time left, then the checking), erased once
// the file is loaded; a shorter one draws nothing, and a pipe gets
// nothing.
func TestLoadingProgress(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pty:", err)
	}
	defer ptmx.Close()
	pty.Setsize(ptmx, &pty.Winsize{Cols: 160, Rows: 24})
	got := make(chan string)
	go func() { b, _ := io.ReadAll(ptmx); got <- string(b) }()
	report, done := loadProgress(tty, "/some/where/big.csv")
	report(data.Progress{Read: 1 << 20, Size: 100 << 20, Elapsed: time.Second / 4}) // too soon
	report(data.Progress{Read: 40 << 20, Size: 100 << 20, Events: 412345, Elapsed: time.Second / 2, Left: 750 * time.Millisecond})
	report(data.Progress{Read: 100 << 20, Size: 100 << 20, Events: 1000000, Elapsed: time.Second})
	report(data.Progress{Read: 100 << 20, Size: 100 << 20, Events: 1000000, Elapsed: time.Second, Done: true})
	done()
	tty.Close()
	out := <-got
	for _, want := range []string{
		"\r\x1b[Kcyberdesk: loading big.csv [", "] 40%  40 of 100 MB · 412,345 events · 0.8 s left",
		"] 100%  100 of 100 MB · 1,000,000 events · checking them", "\r\x1b[K",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("on a terminal, %q does not hold %q", out, want)
		}
	}
	if strings.Count(out, "cyberdesk: loading") != 2 || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Errorf("on a terminal: %q; want two lines drawn, then erased", out)
	}

	ptmx2, tty2, _ := pty.Open()
	defer ptmx2.Close()
	go func() { b, _ := io.ReadAll(ptmx2); got <- string(b) }()
	report, done = loadProgress(tty2, "quick.csv")
	report(data.Progress{Read: 1, Size: 1, Elapsed: time.Millisecond, Done: true})
	done()
	tty2.Close()
	if out := <-got; out != "" {
		t.Errorf("a quick load drew %q", out)
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	report, done = loadProgress(w, "big.csv")
	if report != nil {
		report(data.Progress{Read: 1, Size: 2, Elapsed: time.Second})
	}
	done()
	w.Close()
	if b, _ := io.ReadAll(r); len(b) > 0 {
		t.Errorf("on a pipe: %q", b)
	}
}
