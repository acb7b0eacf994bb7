package timelinejs

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// synthCSV is n synthetic events as a TimelineJS CSV, grouped by tag.
func synthCSV(t testing.TB, n int) []byte {
	t.Helper()
	ds, err := timeline.New(synth.Parts(synth.Options{Events: n, Seed: 7}))
	if err != nil {
		t.Fatal(err)
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	var b bytes.Buffer
	if err := WriteCSV(&b, ds, all, "tag"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sameAsLoad fails unless ReadTimelineJS, streaming src, builds what
// LoadTimelineJS builds from it, export for export, or both refuse it;
// reread is how it may read src again.
func sameAsLoad(t *testing.T, name string, src []byte, reread func() ([]byte, error)) {
	t.Helper()
	want, werr := Load(name, src, Options{})
	got, gerr := Read(name, bytes.NewReader(src), Options{Size: int64(len(src)), Reread: reread})
	if werr != nil || gerr != nil {
		if werr == nil || gerr == nil {
			t.Fatalf("%s: LoadTimelineJS: %v\nReadTimelineJS: %v", name, werr, gerr)
		}
		return
	}
	var a, b bytes.Buffer
	if err := export.Write(&a, want); err != nil {
		t.Fatal(err)
	}
	if err := export.Write(&b, got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("%s: the streamed dataset differs from the one read whole:\n%s", name, firstDiff(a.String(), b.String()))
	}
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return "whole:    " + a[max(i-80, 0):min(i+80, len(a))] + "\nstreamed: " + b[max(i-80, 0):min(i+80, len(b))]
}

// TestReadTimelineJSMatchesLoad: streamed a batch of rows at a time, a CSV
// gives the dataset LoadTimelineJS gives reading it whole, over several
// batches, with and without a title row, and for TimelineJS's own sample.
func TestReadTimelineJSMatchesLoad(t *testing.T) {
	src := synthCSV(t, 2*wordsBatch+300)
	sameAsLoad(t, "synth.csv", src, nil)

	header, rest, _ := bytes.Cut(src, []byte("\n"))
	titleRow, rows, _ := bytes.Cut(rest, []byte("\n"))
	if !bytes.Contains(titleRow, []byte(",title,")) {
		t.Fatalf("the second row is not the title: %.100s", titleRow)
	}
	noTitle := append(append(slices.Clone(header), '\n'), rows...)
	sameAsLoad(t, "untitled.csv", noTitle, nil)

	sample, err := os.ReadFile(filepath.Join("testdata", "samples", "women_in_computing.csv"))
	if err != nil {
		t.Fatal(err)
	}
	sameAsLoad(t, "women_in_computing.csv", sample, nil)
	sameAsLoad(t, "bom.csv", append([]byte("\uFEFF\n"), sample...), nil)
	sameAsLoad(t, "crlf.csv", bytes.ReplaceAll(sample, []byte("\n"), []byte("\r\n")), nil)

	// A JSON document is read whole.
	js, err := os.ReadFile(filepath.Join("testdata", "samples", "women_in_computing.json"))
	if err != nil {
		t.Fatal(err)
	}
	sameAsLoad(t, "women_in_computing.json", js, nil)
}

// TestReadTimelineJSLateTitle: a title row after the first batch of slides
// cannot start the article as it is streamed, so the file is read again
// and loaded whole; without a way to reread it, that is an error.
func TestReadTimelineJSLateTitle(t *testing.T) {
	src := synthCSV(t, wordsBatch+10)
	header, rest, _ := bytes.Cut(src, []byte("\n"))
	titleRow, rows, _ := bytes.Cut(rest, []byte("\n"))
	late := append(append(append(slices.Clone(header), '\n'), rows...), append(titleRow, '\n')...)

	rereads := 0
	sameAsLoad(t, "late.csv", late, func() ([]byte, error) { rereads++; return late, nil })
	if rereads != 1 {
		t.Errorf("reread %d times, want once", rereads)
	}
	if _, err := Read("late.csv", bytes.NewReader(late), Options{Size: 0, Reread: nil}); !errors.Is(err, errTitleLate) {
		t.Errorf("a late title without a reread: %v, want %v", err, errTitleLate)
	}
}

// TestReadTimelineJSErrors: every document LoadTimelineJS refuses,
// ReadTimelineJS refuses with the same placed errors when it can read
// the file again, and refuses still when it cannot.
func TestReadTimelineJSErrors(t *testing.T) {
	for _, tc := range errorCases() {
		t.Run(tc.name, func(t *testing.T) {
			src := []byte(tc.src)
			_, want := Load(tc.file, src, Options{})
			_, got := Read(tc.file, iotest.OneByteReader(bytes.NewReader(src)), Options{Size: int64(len(src)), Reread: func() ([]byte, error) { return src, nil }})
			if got == nil || got.Error() != want.Error() {
				t.Errorf("with a reread:\n%v\nwant:\n%v", got, want)
			}
			if _, err := Read(tc.file, bytes.NewReader(src), Options{Size: 0, Reread: nil}); err == nil {
				t.Error("without a reread: no error")
			} else if !strings.Contains(err.Error(), tc.file) {
				t.Errorf("without a reread: %v does not name %s", err, tc.file)
			}
		})
	}
}

// TestReadTimelineJSErrorAhead: a slide refused in the second batch,
// while the reader is a batch ahead, stops the build and the reader and
// is placed as a whole read places it.
func TestReadTimelineJSErrorAhead(t *testing.T) {
	src := synthCSV(t, 3*wordsBatch)
	lines := bytes.SplitAfter(src, []byte("\n"))
	at := wordsBatch + 100 // a row of the second batch
	bad := []byte("2022,,,,,,,,," + strings.Repeat("x", schema.MaxLineBytes+1) + ",,,,,,,,\n")
	src = slices.Concat(bytes.Join(lines[:at], nil), bad, bytes.Join(lines[at:], nil))

	_, want := Load("ahead.csv", src, Options{})
	if want == nil || !strings.Contains(want.Error(), "ahead.csv:"+strconv.Itoa(at+1)+":") {
		t.Fatalf("read whole: %v, want a headline refused at line %d", want, at+1)
	}
	_, got := Read("ahead.csv", bytes.NewReader(src), Options{Size: int64(len(src)), Reread: func() ([]byte, error) { return src, nil }})
	if got == nil || got.Error() != want.Error() {
		t.Errorf("streamed:\n%v\nwant:\n%v", got, want)
	}
	if _, err := Read("ahead.csv", bytes.NewReader(src), Options{Size: int64(len(src)), Reread: nil}); err == nil || !strings.Contains(err.Error(), "headline of") {
		t.Errorf("streamed, without a reread: %v, want the headline refused", err)
	}
}

// TestReadTimelineJSRereadFails: when the file cannot be read again, the
// problems found while streaming are returned.
func TestReadTimelineJSRereadFails(t *testing.T) {
	src := "Year,Headline\n2022,A\n2022,\"B\"x\n"
	_, err := Read("q.csv", strings.NewReader(src), Options{Size: 0, Reread: func() ([]byte, error) { return nil, os.ErrNotExist }})
	if err == nil || !strings.Contains(err.Error(), "q.csv:3:") {
		t.Errorf("got %v, want the streamed error at line 3", err)
	}
}

// FuzzReadTimelineJS: streaming and reading whole agree on every input:
// both refuse it, or both build the same dataset.
func FuzzReadTimelineJS(f *testing.F) {
	if src, err := os.ReadFile(filepath.Join("testdata", "samples", "women_in_computing.csv")); err == nil {
		f.Add(src)
	}
	f.Add([]byte("Year,Headline,Type\n2022,x,\n,T,title\n"))
	f.Add([]byte("Year,Month,Day,Display Date,Headline,Text,Group,Unique ID\n2022,9,5,wk 2022-09-05,<b>x</b>,<p>a. b</p>,Tag,u\n2022,,,,y,,,u\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		sameAsLoad(t, "fuzz.csv", src, nil)
	})
}

// FuzzMakeIDs holds makeIDs to the two-map version it replaced, on lists of
// ids (split at commas; empty for none) that repeat and collide with the
// slide-N ids it makes.
func FuzzMakeIDs(f *testing.F) {
	f.Add("a,dup,dup,,slide-6,")
	f.Add("slide-2,,slide-2,slide-1,slide-1-2,")
	f.Add(",,slide-3,slide-3-2,slide-3")
	f.Fuzz(func(t *testing.T, list string) {
		ids := strings.Split(list, ",")
		if len(ids) > 64 {
			return
		}
		refs := make([]slideRef, len(ids))
		for k := range refs {
			refs[k].n = int32(k + 1)
		}
		got, want := slices.Clone(ids), slices.Clone(ids)
		makeIDs(got, refs)
		makeIDsRef(want, refs)
		if !slices.Equal(got, want) {
			t.Errorf("makeIDs(%q) = %q, want %q", ids, got, want)
		}
	})
}

// makeIDsRef is makeIDs as it was, with a map of counts and a set of ids taken.
func makeIDsRef(ids []string, refs []slideRef) {
	count := map[string]int{}
	for _, id := range ids {
		if id != "" {
			count[id]++
		}
	}
	taken := map[string]bool{}
	for k, id := range ids {
		if id != "" && count[id] == 1 {
			taken[id] = true
		} else {
			ids[k] = ""
		}
	}
	for k := range ids {
		if ids[k] != "" {
			continue
		}
		n := strconv.Itoa(int(refs[k].n))
		id := "slide-" + n
		for i := 2; taken[id]; i++ {
			id = "slide-" + n + "-" + strconv.Itoa(i)
		}
		ids[k], taken[id] = id, true
	}
}
