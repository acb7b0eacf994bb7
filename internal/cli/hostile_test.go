package cli

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
