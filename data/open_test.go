package data

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"syscall"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/heap"
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

// TestOpenRefusesWhatIsNotAFile: a device, a FIFO with no writer and a
// link to either are refused before they are opened, so nothing blocks
// or reads forever; the message says what the path is.
func TestOpenRefusesWhatIsNotAFile(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /dev/zero and mkfifo")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "f.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	zero := filepath.Join(dir, "zero.csv")
	os.Symlink("/dev/zero", zero)
	for path, want := range map[string]string{
		"/dev/zero": "is a device", zero: "is a device", fifo: "is a named pipe", "/dev/urandom": "is a device",
	} {
		for _, f := range []Format{Export, TimelineJS, Detect} {
			_, err := Open(path, Options{Format: f})
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "give - as the file") {
				t.Errorf("%s as %d: %v; want it refused as %q", path, f, err, want)
			}
		}
	}
}

// TestOpenConfinesACorpus: an article that is a link to a file outside
// the corpus folder is left out, saying so, and its bytes are never read.
func TestOpenConfinesACorpus(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "secret.txt")
	os.WriteFile(outside, []byte("Title\n\nA secret line that must never be read into a dataset.\n"), 0o644)
	if err := os.CopyFS(dir, os.DirFS("../internal/cli/testdata/own")); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "annotations.json"))
	if err := os.Symlink(outside, filepath.Join(dir, "01_portal.txt.link")); err != nil {
		t.Skip(err)
	}
	os.Rename(filepath.Join(dir, "01_portal.txt.link"), filepath.Join(dir, "01_portal.txt")) // the article is now the link
	o, err := Open(dir, Options{Format: Corpus})
	if err != nil {
		t.Fatal(err)
	}
	var said bool
	for _, p := range o.Problems {
		said = said || p.Level == Skip && strings.Contains(p.Error(), "01_portal.txt is a link to a file outside the corpus folder")
	}
	if !said {
		t.Errorf("the link out is not reported: %v", o.Problems)
	}
	for _, a := range o.Dataset.Articles() {
		if strings.Contains(a.Text.Verbatim(), "secret") {
			t.Error("the file outside the corpus was read")
		}
	}
}

// TestOpenStdinPlacesErrors: a document piped in is read once, and a
// problem in it is placed at its line in that one reading.
func TestOpenStdinPlacesErrors(t *testing.T) {
	o, err := Open("-", Options{Format: Export, Stdin: strings.NewReader("{\"schema\": 3,\n \"bogus\": 1}")})
	if o != nil || err == nil || !strings.Contains(err.Error(), "stdin:2:") || !strings.Contains(err.Error(), `unknown field "bogus"`) {
		t.Errorf("a bad export on stdin: %v", err)
	}
	seeds, _ := Seeds()
	var doc strings.Builder
	export.Write(&doc, seeds)
	o, err = Open("-", Options{Stdin: strings.NewReader(doc.String())})
	if err != nil || o.Format != Export || len(o.Dataset.Events()) != len(seeds.Events()) {
		t.Errorf("an export on stdin: %v", err)
	}
}

// TestOpenRefusesWhatItCannotRead: text saved as UTF-16 or UTF-32 is
// refused naming its encoding and how to convert it, wherever it sits (an
// export, a TimelineJS file, a corpus article or manifest); JSON that is
// not an object, or is cut short, says so and where.
func TestOpenRefusesWhatItCannotRead(t *testing.T) {
	utf16 := func(s string) []byte {
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return b
	}
	corpus := func(article, manifest []byte) string {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "a.txt"), article, 0o644)
		if manifest != nil {
			os.WriteFile(filepath.Join(dir, "manifest.json"), manifest, 0o644)
		}
		return dir
	}
	manifest := []byte(`{"schema": 4, "outlets": [{"id": "x", "name": "X"}], "articles": [{"id": "a", "file": "a.txt", "outlet": {"value": "x", "basis": "stated"}}]}`)
	file := func(name string, b []byte) string {
		p := filepath.Join(t.TempDir(), name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	for _, tc := range []struct {
		path   string
		format Format
		want   []string
	}{
		{file("e.json", utf16(`{"schema":4}`)), Export, []string{"e.json", "UTF-16 (little-endian)", "iconv -f UTF-16LE"}},
		{file("t.csv", utf16("Year,Month\n")), TimelineJS, []string{"t.csv", "UTF-16 (little-endian)"}},
		{file("t.json", append([]byte{0, 0, 0xfe, 0xff}, `{}`...)), TimelineJS, []string{"t.json", "UTF-32 (big-endian)", "UTF-32BE"}},
		{corpus(utf16("Text."), manifest), Corpus, []string{"a.txt", "UTF-16 (little-endian)"}},
		{corpus([]byte("Text."), utf16(string(manifest))), Corpus, []string{"manifest.json", "UTF-16"}},
		{file("null.json", []byte("null\n")), Export, []string{"null.json", "found null"}},
		{file("cut.json", []byte(`{"events": [{"id": "a"`)), TimelineJS, []string{"cut.json:1:23", "ends here, early"}},
	} {
		_, err := Open(tc.path, Options{Format: tc.format})
		for _, w := range tc.want {
			if err == nil || !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %v; want it to say %q", tc.path, err, w)
			}
		}
	}
}

// TestOpenSaysWhatIsMissing: a path with nothing there is named, with
// what was expected there, in every format.
func TestOpenSaysWhatIsMissing(t *testing.T) {
	gone := filepath.Join(t.TempDir(), "gone")
	for _, f := range []Format{Detect, Corpus, Export, TimelineJS} {
		_, err := Open(gone, Options{Format: f})
		if want := gone + ": nothing there; expected " + expected[f]; err == nil || err.Error() != want {
			t.Errorf("format %d: %v; want %q", f, err, want)
		}
	}
}

// TestOpenCorpusReportsProgress: a corpus's load says how many of the
// articles nobody annotated are read, of how many, rising to all of them,
// then once more when done (every article of the labelled corpus is one).
func TestOpenCorpusReportsProgress(t *testing.T) {
	var got []Progress
	o, err := Open("extract/testdata/labelled", Options{Format: Corpus, Progress: func(p Progress) { got = append(got, p) }})
	if err != nil {
		t.Fatal(err)
	}
	n := len(o.Dataset.Articles())
	if len(got) < 2 {
		t.Fatalf("%d reports, want at least the last article's and the end: %+v", len(got), got)
	}
	last, end := got[len(got)-2], got[len(got)-1]
	if last.Articles != n || last.Of != n || last.Done || last.Fraction() != 1 {
		t.Errorf("the last article's report %+v, want %d of %d, not done", last, n, n)
	}
	if !end.Done || end.Articles != n || end.Of != n {
		t.Errorf("the end's report %+v, want done with %d of %d", end, n, n)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Articles < got[i-1].Articles || got[i].Elapsed < got[i-1].Elapsed {
			t.Errorf("report %d went back: %+v after %+v", i, got[i], got[i-1])
		}
	}
}

// TestEndLoadWaitsForIndexes: a load readied for showing a dataset keeps
// the collector paused until the dataset's indexes are built, so that its
// first collection neither runs beside the first frame nor marks the
// events twice; then the collector runs as it did.
func TestEndLoadWaitsForIndexes(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gogc := func() int64 {
		s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
		metrics.Read(s)
		return int64(s[0].Value.Uint64())
	}
	load := heap.Ready(1<<20, 2)
	load.Expect(1 << 20) // pauses the collector until Done
	if got := gogc(); got == 100 {
		t.Fatalf("the load did not pause the collector: GOGC %d", got)
	}
	indexed := make(chan struct{})
	endLoadAfter(load, indexed)
	runtime.Gosched()
	if got := gogc(); got == 100 {
		t.Fatal("the collector runs again before the indexes are built")
	}
	close(indexed)
	for gogc() != 100 {
		runtime.Gosched() // Done runs once the indexes are built
	}
}
