package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// TestHostileCorpusCannotReachTheTerminal lists and exports a corpus full
// of escape sequences and invisible characters (testdata/hostile) in every
// format: no output may carry a byte or rune a terminal acts on.
func TestHostileCorpusCannotReachTheTerminal(t *testing.T) {
	const dir = "testdata/hostile"
	var runs [][]string
	for _, f := range exportFormats {
		runs = append(runs, []string{"export", "--format", f, "--corpus", dir})
	}
	for _, cmd := range []string{"events", "actors", "quotes", "outlets"} {
		for _, f := range formats {
			runs = append(runs, []string{cmd, "--format", f, "--corpus", dir})
		}
	}
	runs = append(runs, []string{"coverage", "--corpus", dir}, []string{"discrepancies", "--corpus", dir})
	for _, args := range runs {
		code, out, errOut := runCLI(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errOut)
		}
		if args[len(args)-3] == "ics" {
			out = strings.ReplaceAll(out, "\r\n", "\n") // iCalendar's lines end in CRLF (RFC 5545)
		}
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			if bad := unsafeRune(s); bad != "" {
				t.Errorf("%v: %s carries %s", args, name, bad)
			}
		}
	}
	// The quote itself survives, marked where something was taken out.
	if _, out, _ := runCLI(t, "quotes", "--corpus", dir); !strings.Contains(out, "We are back ⌧ and ⌧ safe") {
		t.Errorf("the cleaned quote is missing or unmarked:\n%s", out)
	}
}

// unsafeRune names the first rune in s a terminal could act on, or "".
// Tab and newline are fine; the joiners U+200C/D are kept on purpose.
func unsafeRune(s string) string {
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == '\n', r == '\t', r == 0x200C, r == 0x200D:
		case r < 0x20, r >= 0x7F && r <= 0x9F, r == 0x2028, r == 0x2029, unicode.Is(unicode.Cf, r):
			return fmt.Sprintf("U+%04X", r)
		}
	}
	return ""
}

// TestHostileErrorsCannotReachTheTerminal: an error message quotes what it
// found, here a file name and a corpus directory carrying escape
// sequences; what reaches stderr is cleaned.
func TestHostileErrorsCannotReachTheTerminal(t *testing.T) {
	dir := t.TempDir()
	evil := dir + "/news\x1b]0;pwned\x07\u202e.json"
	if err := os.WriteFile(evil, []byte(`{"events": [{"start_date": {"year": 2022, "month": 13}}]}`), 0o644); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	for _, args := range [][]string{
		{"events", "--timelinejs", evil},
		{"events", "--dataset", evil},
		{"events", "--corpus", dir + "/\x1b[2Jgone"},
		{"corpus", "check", dir + "/\x1b[2Jgone"},
	} {
		code, _, errOut := runCLI(t, args...)
		if code == 0 {
			t.Errorf("%q: exit 0", args)
		}
		if !strings.Contains(errOut, "cyberdesk") {
			t.Errorf("%q: no message: %q", args, errOut)
		}
		if bad := unsafeRune(errOut); bad != "" {
			t.Errorf("%q: stderr carries %s: %q", args, bad, errOut)
		}
	}
}

// evil is a value a hostile caller might pass: a title change, a bell, a
// screen clear, a right-to-left override and a C1 next-line.
const evil = "\x1b]0;PWNED\x07\x1b[2J\u202e\u0085x"

// TestEveryCommandCleansWhatItEchoes runs every command in the tree with
// a flag it does not take, every flag it does take given evil as its
// value, and evil as its argument, all from a folder where writing is
// harmless; then writes files under a path carrying evil, drafting from
// a saved page whose every field carries it, and adds and refreshes
// pages so named. Stdout and
// stderr are checked rune by rune: nothing a terminal acts on reaches
// either, whatever the command made of the input.
func TestEveryCommandCleansWhatItEchoes(t *testing.T) {
	t.Chdir(t.TempDir())
	var runs [][]string
	var visit func(c *cobra.Command, path []string)
	visit = func(c *cobra.Command, path []string) {
		for _, sub := range c.Commands() {
			visit(sub, append(slices.Clip(path), sub.Name()))
		}
		if !c.Runnable() {
			return
		}
		runs = append(runs, append(slices.Clip(path), "--"+evil), append(slices.Clip(path), evil))
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if f.NoOptDefVal == "" { // takes a value
				runs = append(runs, append(slices.Clip(path), "--"+f.Name, evil))
			}
		})
	}
	visit(newRoot(nil, nil, nil), nil)
	if err := os.Mkdir(evil, 0o755); err != nil {
		t.Skipf("this file system refuses the name: %v", err)
	}
	os.WriteFile(evil+"/a.txt", []byte("A title\n\nBy "+evil+"\n\nMarch 4, 2023. Text.\n"), 0o644)
	hostilePage := `<html><head><meta property="og:type" content="article"><meta property="og:site_name" content="` + evil + `">
<title>` + evil + `</title><meta name="author" content="` + evil + `"></head><body><h1>` + evil + `</h1><p>` + strings.Repeat("Words of the article. ", 40) + `</p></body></html>`
	os.WriteFile(evil+"/b.html", []byte(hostilePage), 0o644)
	os.WriteFile(evil+".html", []byte(hostilePage+"<p>saved again</p>"), 0o644)
	runs = append(runs,
		[]string{"corpus", "init", evil}, []string{"corpus", "check", evil}, []string{"corpus", "fill", evil},
		[]string{"corpus", "add", evil, evil + ".html", evil + "/a.txt", evil + "/none.html", evil + "/b.html"},
		[]string{"corpus", "add", "--refresh", evil, evil + ".html"}, []string{"corpus", "refresh", evil, evil},
		[]string{"synth", "--events", "3", "-o", evil + "/s.json"},
		[]string{"events", "--dataset", evil + "/s.json", "--country", evil},
	)
	for _, args := range runs {
		_, out, errOut := runCLI(t, args...)
		for name, s := range map[string]string{"stdout": out, "stderr": errOut} {
			if bad := unsafeRune(s); bad != "" {
				t.Errorf("%q: %s carries %s: %q", args, name, bad, s)
			}
		}
	}
	if len(runs) < 100 {
		t.Errorf("only %d runs: the command tree was not walked", len(runs))
	}
}
