package data

import (
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOpenExportLimitsMemory: opening an export to show it sets a soft
// memory limit of twice its size (at least 96 MiB), unless GOMEMLIMIT is
// set; opening it without TuneMemory leaves the limit alone.
func TestOpenExportLimitsMemory(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	file := filepath.Join(t.TempDir(), "big.json")
	for _, tc := range []struct {
		size int64
		env  string
		tune bool
		want int64
	}{
		{100 << 20, "", true, 200 << 20},
		{1 << 20, "", true, 96 << 20},
		{100 << 20, "1GiB", true, math.MaxInt64},
		{100 << 20, "", false, math.MaxInt64},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		t.Setenv("GOMEMLIMIT", tc.env)
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(file, tc.size); err != nil {
			t.Fatal(err)
		}
		Open(file, Options{Format: Export, TuneMemory: tc.tune}) // a file of zeros does not load; the limit is set first
		if got := debug.SetMemoryLimit(-1); got != tc.want {
			t.Errorf("%d bytes, GOMEMLIMIT=%q, tune %v: limit %d, want %d", tc.size, tc.env, tc.tune, got, tc.want)
		}
	}
}

// TestOpenDetects: with no format given, a directory opens as a corpus,
// an export as an export and a TimelineJS document (JSON or CSV) as one;
// a format given that the path does not have is refused, saying what was
// expected.
func TestOpenDetects(t *testing.T) {
	seeds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, w func(f *os.File) error) string {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := w(f); err != nil {
			t.Fatal(err)
		}
		return p
	}
	all := seeds.Apply(timeline.Filter{})
	exp := write("story.json", func(f *os.File) error { return export.Write(f, seeds) })
	tlJSON := write("tl.json", func(f *os.File) error { return timelinejs.Write(f, seeds, all, "tag") })
	tlCSV := write("tl.csv", func(f *os.File) error { return timelinejs.WriteCSV(f, seeds, all, "tag") })
	for path, want := range map[string]Format{exp: Export, tlJSON: TimelineJS, tlCSV: TimelineJS, "../seeds": Corpus} {
		o, err := Open(path, Options{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if o.Format != want || len(o.Dataset.Events()) != len(seeds.Events()) {
			t.Errorf("%s: format %d with %d events, want %d with %d", path, o.Format, len(o.Dataset.Events()), want, len(seeds.Events()))
		}
	}
	if _, err := Open("../seeds", Options{Format: Export}); err == nil || !strings.Contains(err.Error(), "is a directory; expected a JSON export") {
		t.Errorf("a directory as an export: %v", err)
	}
	if _, err := Open(exp, Options{Format: Corpus}); err == nil || !strings.Contains(err.Error(), "is a file; expected a corpus directory") {
		t.Errorf("a file as a corpus: %v", err)
	}
}
