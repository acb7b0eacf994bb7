package timelinejs

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// readBoth reads src sequentially (Read without Reopen, as main did) and
// in parallel (with Reopen), in windows of window bytes cut in parts
// parts (0: the defaults), and fails unless both give the same export,
// byte for byte, or the same error. It reports whether the parallel
// reading kept to itself, or handed the document to the sequential one.
func readBoth(t *testing.T, name string, src []byte, window, parts int) (parallel bool) {
	t.Helper()
	reread := func() ([]byte, error) { return src, nil }
	want, werr := Read(name, bytes.NewReader(src), Options{Size: int64(len(src)), Reread: reread})
	reopened := 0
	got, gerr := Read(name, bytes.NewReader(src), Options{Size: int64(len(src)), Reread: reread,
		Reopen: func() (io.ReadCloser, error) { reopened++; return io.NopCloser(bytes.NewReader(src)), nil },
		window: window, parts: parts})
	if werr != nil || gerr != nil {
		if werr == nil || gerr == nil || werr.Error() != gerr.Error() {
			t.Fatalf("%s (window %d, %d parts):\nsequential: %v\nparallel:   %v", name, window, parts, werr, gerr)
		}
		return reopened == 0
	}
	// the reader cleans only rows that are not simple: every event must
	// still be as cleaning would leave it
	for _, e := range got.Events() {
		for _, s := range []string{e.Title, e.Summary, e.DateNote} {
			if c := untrusted.CleanLine(s); c != s {
				t.Fatalf("%s (window %d, %d parts): event %s holds %q, which cleaning makes %q", name, window, parts, e.ID, s, c)
			}
		}
	}
	var a, b bytes.Buffer
	if err := export.Write(&a, want); err != nil {
		t.Fatal(err)
	}
	if err := export.Write(&b, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("%s (window %d, %d parts): the parallel reading differs:\n%s", name, window, parts, firstDiff(a.String(), b.String()))
	}
	return reopened == 0
}

// shortCSV is n synthetic slides of the Short shape, as synth writes them.
func shortCSV(t testing.TB, n int) []byte {
	t.Helper()
	b, err := synth.ShortCSV(n, 9)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParallelMatchesSequential: read in windows cut in parts on every
// processor, a CSV gives the dataset the sequential reader gives, export
// for export, byte for byte: synthetic files of both shapes, TimelineJS's
// sample, with a BOM, with CRLF, with quoted newlines (CRLF ones too) and
// doubled quotes, with rows that span every window's end (windows of a
// few rows), titles, eras, blank rows, ids, tags in any case, entities
// and markup. The documents it hands on are read again sequentially, to
// the same dataset or the same placed problems.
func TestParallelMatchesSequential(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join("testdata", "samples", "women_in_computing.csv"))
	if err != nil {
		t.Fatal(err)
	}
	header := strings.Join(csvHeader(), ",") + ",Unique ID\n"
	odd := header + strings.Join([]string{
		`,,,,,,,,,"The ""odd"" one",<p>Its title row&#39;s text</p>,,,,,Title,,,`,
		`2022,9,7,,,,,,,"Two
lines, one cell","<p>A <b>quoted</b>
newline</p><p>and a ""quote""</p>",,,,,,Cyber Attack,,`,
		"2022,9,8,,,,,,,\"CRLF\r\ninside\",\"text\r\nhere\",,,,,,diplomacy,,",
		`,,,,,,,,,,,,,,,,,,`,
		`1990,,,,2000,,,,,An era,,,,,,era,,,`,
		`2022,9,9,,,,,,wk 2022-09-05,A week,Some text.,,,,,,VISIT,,id-1`,
		`2021,1,,,,,,,c. Jan 2021,Approximate,&lt;b&gt; stays text,,,,,,,,id-1`,
		`2023,,,,,,,,,,First line of the body only. It is long enough to be cut when it runs over eighty characters of text.,,,,,,,,`,
		`1999,12,31,,2000,1,2,,,A range,,,,,,,,,slide-3`,
		`1998,1,1,,,,,,,The id made for the second slide,,,,,,,,,slide-2`,
		`2020,2,29,,,,,,,Leap day,"<ul><li>one</li><li>two</li></ul>",,,,,,Tag With Spaces,,`,
		// cells cleaning changes: a bidi override, an escape, a no-break
		// space, a tab, in a title, a body and a date note
		"2020,3,1,,,,,,c. Mar\u00a02020\u202e,Over\u202eride \x1b[31mred,Body\twith a tab\u00a0and more.,,,,,,,,",
		// cells with white space around them, ASCII and not
		" 2020 , 4 ,1\u00a0,,,,,,, Padded title ,\" Padded body. \",,,,,,\tVisit ,,",
		"2020,4,2,,,,,,,\u2003Em-spaced title\u2003 , Body ,,,,,, ,,",
		"2020,3,2,,,,,,,Plain title,\u202eA body that is long enough to be summarised by its first sentence. It goes on well past two hundred bytes of text so that the summary is cut from it and is not the whole body at all; more words follow here.,,,,,,,,",
	}, "\n") + "\n"
	short := shortCSV(t, 3000)
	full := synthCSV(t, 1500)
	// every third row's text of two lines, quoted, some CRLF: records
	// that hold newlines fall across every kind of cut
	var newlines bytes.Buffer
	records, err := csv.NewReader(bytes.NewReader(short)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	w := csv.NewWriter(&newlines)
	for i, r := range records {
		if i > 0 && i%3 == 0 {
			r[10] = strings.Replace(r[10], " ", []string{"\n", "\r\n"}[i/3%2], 1)
		}
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	for _, tt := range []struct {
		name string
		src  []byte
	}{
		{"synth.csv", full},
		{"short.csv", short},
		{"sample.csv", sample},
		{"odd.csv", []byte(odd)},
		{"bom.csv", append([]byte("\uFEFF"), short...)},
		{"crlf.csv", bytes.ReplaceAll(full, []byte("\n"), []byte("\r\n"))},
		{"crlf-odd.csv", []byte(strings.ReplaceAll(odd, "\n", "\r\n"))},
		{"no-newline-at-end.csv", bytes.TrimSuffix(short, []byte("\n"))},
		{"cr-at-end.csv", append(bytes.TrimSuffix(short, []byte("\n")), '\r')},
		{"blank-lines.csv", bytes.ReplaceAll(short[:4000], []byte("\n"), []byte("\n\n\r\n"))},
		{"newlines.csv", newlines.Bytes()},
	} {
		longest := longestRecord(t, tt.src)
		for _, cut := range []struct{ window, parts int }{{0, 0}, {0, 3}, {700, 2}, {1500, 4}, {4096, 1}, {4096, 7}} {
			kept := readBoth(t, tt.name, tt.src, cut.window, cut.parts)
			// a window must hold a whole record; else the parallel
			// reading has no reason to hand the document on
			if !kept && (cut.window == 0 || longest <= cut.window) {
				t.Errorf("%s (window %d, %d parts): handed to the sequential reader", tt.name, cut.window, cut.parts)
			}
		}
	}
}

// longestRecord is the length in bytes of src's longest CSV record, as
// encoding/csv reads them.
func longestRecord(t *testing.T, src []byte) int {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(src))
	r.FieldsPerRecord = -1
	longest := 0
	for from := int64(0); ; {
		_, err := r.Read()
		if err == io.EOF {
			return longest
		}
		if err != nil {
			t.Fatal(err)
		}
		longest = max(longest, int(r.InputOffset()-from))
		from = r.InputOffset()
	}
}

// TestParallelHandsOnProblems: a document with a problem, or a row the
// parallel reading leaves to the sequential one, gives what the
// sequential reader gives: the problems placed at their line and column,
// or the same dataset.
func TestParallelHandsOnProblems(t *testing.T) {
	src := string(shortCSV(t, 400))
	lines := strings.SplitAfter(src, "\n")
	with := func(at int, row string) []byte {
		return []byte(strings.Join(slices.Concat(lines[:at], []string{row + "\n"}, lines[at:]), ""))
	}
	for _, tc := range errorCases() {
		readBoth(t, tc.file, []byte(tc.src), 0, 0)
		readBoth(t, tc.file, []byte(tc.src), 64, 2)
	}
	for name, row := range map[string]string{
		"bad-day.csv":       "2022,2,30,,,,,,,No such day,,,,,,,,",
		"bare-quote.csv":    `2022,2,3,,,,,,,A "bare" quote,,,,,,,,`,
		"late-title.csv":    ",,,,,,,,,A late title,,,,,,title,,",
		"untitled.csv":      "2022,3,4,,,,,,,,,,,,,,,",
		"second-title.csv":  ",,,,,,,,,Another title,,,,,,title,,",
		"end-before.csv":    "2022,3,4,,2021,,,,,Backwards,,,,,,,,",
		"long-headline.csv": "2022,3,4,,,,,,," + strings.Repeat("x", 70000) + ",,,,,,,,",
		"unterminated.csv":  `2022,3,4,,,,,,,"never closed,,,,,,,,`,
	} {
		for _, at := range []int{1, 200, len(lines) - 1} {
			src := with(at, row)
			if name == "second-title.csv" {
				src = with(1, ",,,,,,,,,A title,,,,,,title,,")
				src = []byte(strings.Replace(string(src), lines[100], lines[100]+row+"\n", 1))
			}
			readBoth(t, name, src, 0, 0)
			readBoth(t, name, src, 2048, 3)
		}
	}
}

// TestFieldReaderReadsAsEncodingCSV: the records the parallel reading cuts
// are encoding/csv's, field for field, or it refuses what encoding/csv
// refuses (see also FuzzFieldReader).
func TestFieldReaderReadsAsEncodingCSV(t *testing.T) {
	for _, in := range []string{
		"a,b,c\n", "a,b,c", "a,\"b\nc\",d\n", "\"a\"\"b\",c\r\n", "\n\na\n\r\nb\r", "a,\"\",\n", "a,\"x\r\ny\"\r\n",
		"a,b\"c\n", "\"a\"b\n", "\"open\n", "a\rb,c\n", ",\n", "\"\"\n", "x,\"y\"\r", "\r", "\"a\r\"\n",
	} {
		fieldReaderAgrees(t, []byte(in))
	}
}

func FuzzFieldReader(f *testing.F) {
	for _, in := range []string{"a,b\n", "a,\"b\r\nc\",\"d\"\"\"\n", "x\r\n\r\ny", "\"a\"b", "a,b\"\n"} {
		f.Add([]byte(in))
	}
	f.Fuzz(fieldReaderAgrees)
}

func fieldReaderAgrees(t *testing.T, in []byte) {
	r := csv.NewReader(bytes.NewReader(in))
	r.FieldsPerRecord = -1
	want, werr := r.ReadAll()
	fr := fieldReader{b: in, eof: true, most: len(in) + 1}
	var got [][]string
	var gerr error
	for {
		ok, err := fr.next()
		if err != nil {
			gerr = err
			break
		}
		if !ok {
			break
		}
		rec := []string{}
		for _, f := range fr.fields {
			rec = append(rec, string(f))
		}
		got = append(got, rec)
	}
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("%q: encoding/csv %v, fieldReader %v", in, werr, gerr)
	}
	if werr == nil && fmt.Sprintf("%q", got) != fmt.Sprintf("%q", want) {
		t.Fatalf("%q: fieldReader %q, encoding/csv %q", in, got, want)
	}
	// cut into parts at record ends, the records are the same
	if werr == nil && len(in) > 0 {
		var again [][]string
		from := 0
		for _, end := range cutRecords(in, 3) {
			fr := fieldReader{b: in[from:end], eof: end == len(in), most: len(in) + 1}
			for {
				ok, err := fr.next()
				if err != nil {
					t.Fatalf("%q cut at %v: %v", in, cutRecords(in, 3), err)
				}
				if !ok {
					break
				}
				rec := []string{}
				for _, f := range fr.fields {
					rec = append(rec, string(f))
				}
				again = append(again, rec)
			}
			from = end
		}
		if fmt.Sprintf("%q", again) != fmt.Sprintf("%q", want) {
			t.Fatalf("%q cut at %v: %q, want %q", in, cutRecords(in, 3), again, want)
		}
	}
}

// FuzzReadParallel: on any document the parallel reading and the
// sequential one agree: the same dataset, or the same problems.
func FuzzReadParallel(f *testing.F) {
	f.Add(shortCSV(f, 30), 300, 2)
	if src, err := os.ReadFile(filepath.Join("testdata", "samples", "women_in_computing.csv")); err == nil {
		f.Add(src, 0, 0)
	}
	for _, tc := range errorCases() {
		f.Add([]byte(tc.src), 50, 3)
	}
	f.Fuzz(func(t *testing.T, src []byte, window, parts int) {
		if window < 0 || window > 1<<16 || parts < 0 || parts > 8 {
			return
		}
		readBoth(t, "fuzz.csv", src, window, parts)
	})
}

// TestParallelAllocatesLittle: the parallel reading's allocations do not
// grow with the rows but for their events' one array (BenchmarkRead shows
// allocs/op).
func TestParallelAllocatesLittle(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	small, large := shortCSV(t, 20_000), shortCSV(t, 80_000)
	count := func(src []byte) float64 {
		return testing.AllocsPerRun(2, func() {
			if _, err := Read("a.csv", bytes.NewReader(src), Options{Size: int64(len(src)), Reopen: func() (io.ReadCloser, error) {
				return nil, errors.New("not reopened")
			}, parts: 2}); err != nil {
				t.Fatal(err)
			}
		})
	}
	a, b := count(small), count(large)
	if perRow := (b - a) / 60_000; perRow > 0.05 {
		t.Errorf("%.0f allocations for 20,000 rows, %.0f for 80,000: %.3f a row", a, b, perRow)
	}
}

// BenchmarkRead reads 100,000 slides of each shape, sequentially and on
// every processor, as --timelinejs does (with the indexes built), and
// reports the allocations a slide (the indexes' included).
func BenchmarkRead(b *testing.B) {
	const slides = 100_000
	for _, shape := range []struct {
		name string
		src  func(testing.TB, int) []byte
	}{{"short", shortCSV}, {"full", synthCSV}} {
		src := shape.src(b, slides)
		for _, parallel := range []bool{false, true} {
			b.Run(fmt.Sprintf("%s/parallel=%v", shape.name, parallel), func(b *testing.B) {
				opt := Options{Size: int64(len(src))}
				if parallel {
					opt.Reopen = func() (io.ReadCloser, error) { return nil, errors.New("not reopened") }
				}
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					if _, err := Read("bench.csv", bytes.NewReader(src), opt); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N)/slides, "allocs/event")
			})
		}
	}
}

// TestAppendRangeIsFormatRange: the date notation notation compares with
// is timeline.FormatRange's, for dates of every precision, approximate or
// not, single or ranges, and years of every width.
func TestAppendRangeIsFormatRange(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 9))
	date := func() timeline.Date {
		y := []int{1, 7, 99, 999, 1990, 2022, 9999}[r.IntN(7)]
		var d timeline.Date
		switch r.IntN(6) {
		case 0:
			return d
		case 1:
			d = timeline.DayDate(y, time.Month(1+r.IntN(12)), 1+r.IntN(28))
		case 2:
			d = timeline.WeekDate(y, time.Month(1+r.IntN(12)), 1+r.IntN(28))
		case 3:
			d = timeline.MonthDate(y, time.Month(1+r.IntN(12)))
		case 4:
			d = timeline.YearDate(y)
		default:
			d = timeline.DecadeDate(y / 10 * 10)
		}
		if r.IntN(3) == 0 {
			d = d.Approximate()
		}
		return d
	}
	for range 100_000 {
		a, b := date(), date()
		if r.IntN(3) == 0 && a.Precision == timeline.Day {
			b = timeline.DayDate(a.Year(), a.Month(), 1+r.IntN(28))
			b.Approx = a.Approx
		}
		if got, want := string(appendRange(nil, a, b)), timeline.FormatRange(a, b); got != want {
			t.Fatalf("%#v to %#v: %q, want %q", a, b, got, want)
		}
	}
}

// TestLaterIsCompare: the order the parts keep their latest start by is
// timeline.Compare's.
func TestLaterIsCompare(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	date := func() timeline.Date {
		y, m, d := 1990+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28)
		switch r.IntN(5) {
		case 0:
			return timeline.DayDate(y, m, d)
		case 1:
			return timeline.WeekDate(y, m, d)
		case 2:
			return timeline.MonthDate(y, m)
		case 3:
			return timeline.YearDate(y)
		}
		return timeline.DecadeDate(1990)
	}
	for range 100_000 {
		a, b := date(), date()
		if got, want := later(a, b), timeline.Compare(a, b) > 0; got != want {
			t.Fatalf("later(%v, %v) = %v, Compare says %v", a, b, got, want)
		}
	}
}
