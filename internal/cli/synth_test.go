package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
)

// runSynth runs cyberdesk synth with args and returns both outputs.
func runSynth(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"synth"}, args...)...)
	var err error
	if code != 0 {
		err = fmt.Errorf("exit %d: %s", code, errOut)
	}
	return out, errOut, err
}

func TestSynthHelp(t *testing.T) {
	out, _, err := runSynth(t, "--help")
	if err != nil || !strings.Contains(out, "EXAMPLES") || !strings.Contains(out, "--events") {
		t.Errorf("--help: %v, %q", err, out)
	}
}

func TestSynthUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{nil, "--events"},
		{[]string{"--events", "0"}, "from 1 to"},
		{[]string{"--events", "-3"}, "from 1 to"},
		{[]string{"--events", "many"}, `--events "many": want a whole number`},
		{[]string{"--events", "10", "--format", "yaml"}, "valid formats: json"},
		{[]string{"--events", "10", "--seed", "-1"}, `--seed "-1": want a whole number, 0 or more`},
		{[]string{"--events", "10", "out.json"}, "no arguments"},
		{[]string{"--bogus"}, "synth does not take --bogus"},
		{[]string{"--events", "10", "--shape", "tiny"}, "want full or short"},
	} {
		code, out, errOut := runCLI(t, append([]string{"synth"}, tt.args...)...)
		if code != exitUsage || !strings.Contains(errOut, tt.want) || out != "" {
			t.Errorf("%v: exit %d, %q, stdout %q; want exit 2 mentioning %q", tt.args, code, errOut, out, tt.want)
		}
	}
}

func TestSynthIsDeterministic(t *testing.T) {
	for _, format := range synthFormats {
		args := []string{"--events", "300", "--seed", "4", "--format", format}
		a, _, err := runSynth(t, args...)
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		b, _, _ := runSynth(t, args...)
		c, _, _ := runSynth(t, "--events", "300", "--seed", "5", "--format", format)
		switch {
		case a == "":
			t.Errorf("%s: no output", format)
		case a != b:
			t.Errorf("%s: the same flags gave different output", format)
		case a == c:
			t.Errorf("%s: seeds 4 and 5 gave the same output", format)
		}
	}
	lines, _, _ := runSynth(t, "--events", "300", "--format", "lines")
	if n := strings.Count(lines, "\n"); n != 300 {
		t.Errorf("--format lines: %d lines for 300 events", n)
	}
	for _, format := range synthFormats {
		short, _, err := runSynth(t, "--events", "300", "--shape", "short", "--format", format)
		if full, _, _ := runSynth(t, "--events", "300", "--format", format); err != nil || len(short) >= len(full) {
			t.Errorf("--shape short --format %s: %d bytes (%v), want fewer than full's %d", format, len(short), err, len(full))
		}
	}
}

func TestSynthDefaultsToJSONSeedOne(t *testing.T) {
	a, _, _ := runSynth(t, "--events", "50")
	b, _, _ := runSynth(t, "--events", "50", "--seed", "1", "--format", "json")
	if a != b {
		t.Error("without --seed and --format, want seed 1 and json")
	}
	if _, err := export.Load("stdout", []byte(a), export.Options{}); err != nil {
		t.Errorf("the JSON does not load back: %v", err)
	}
}

func TestSynthWritesFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "synth.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, "synth", "--events", "200", "-o", path); code != exitUsage || !strings.Contains(errOut, "exists; give --force") {
		t.Errorf("-o onto a file: exit %d, %q; want it refused without --force", code, errOut)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Error("-o without --force changed the file")
	}
	out, _, err := runSynth(t, "--events", "200", "-o", path, "--force")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "wrote "+path+": 200 events") {
		t.Errorf("stdout %q; want what was written", out)
	}
	got, _ := os.ReadFile(path)
	want, _, _ := runSynth(t, "--events", "200")
	if string(got) != want {
		t.Errorf("-o wrote %d bytes, not the %d stdout gets", len(got), len(want))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the directory, want only the output: no temporary file left", len(entries))
	}
	missing := filepath.Join(dir, "no", "such", "dir", "synth.json")
	var u usageError
	if _, _, err := runSynth(t, "--events", "10", "-o", missing); err == nil || errors.As(err, &u) {
		t.Errorf("-o into a missing directory: %v; want a runtime error", err)
	}
}
