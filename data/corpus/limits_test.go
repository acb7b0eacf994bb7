package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// windows gives a file the byte-order mark and CRLF line endings a
// Windows editor might save it with.
func windows(b []byte) []byte {
	return append([]byte("\ufeff"), bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))...)
}

func exportOf(t *testing.T, ds *timeline.Dataset) string {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, ds); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestWindowsFilesLoadIdentically saves every file of the embedded corpus
// as a Windows editor might (BOM, CRLF) and checks the corpus loads to
// the same dataset, with notes and no errors; then the same for an export
// and for TimelineJS JSON and CSV.
func TestWindowsFilesLoadIdentically(t *testing.T) {
	want, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	m := corpus(t)
	manifest := m[ManifestFile].Data
	for name, f := range m {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		old, new := sha256.Sum256(f.Data), sha256.Sum256(windows(f.Data))
		manifest = bytes.ReplaceAll(manifest, []byte(hex.EncodeToString(old[:])), []byte(hex.EncodeToString(new[:])))
		f.Data = windows(f.Data)
	}
	m[ManifestFile].Data = windows(manifest)
	m[AnnotationsFile].Data = windows(m[AnnotationsFile].Data)
	c, err := Open(m, "seeds", Options{})
	if err != nil {
		t.Fatalf("a Windows-saved corpus does not load: %v", err)
	}
	for _, p := range c.Problems {
		if p.Level != schema.Note {
			t.Errorf("not just a note: %v", p)
		}
	}
	exported := exportOf(t, want)
	if got := exportOf(t, c.Dataset); got != exported {
		t.Errorf("the Windows-saved corpus loads to a different dataset")
	}

	ds, err := export.Load("export.json", windows([]byte(exported)), export.Options{})
	if err != nil {
		t.Fatalf("a Windows-saved export does not load: %v", err)
	}
	if got := exportOf(t, ds); got != exported {
		t.Errorf("the Windows-saved export loads to a different dataset")
	}

	all := make([]int, len(want.Events()))
	for i := range all {
		all[i] = i
	}
	for _, w := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return timelinejs.Write(b, want, all, "tag") },
		func(b *bytes.Buffer) error { return timelinejs.WriteCSV(b, want, all, "tag") },
	} {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatal(err)
		}
		plain, err := timelinejs.Load("t", b.Bytes(), timelinejs.Options{})
		if err != nil {
			t.Fatal(err)
		}
		win, err := timelinejs.Load("t", windows(b.Bytes()), timelinejs.Options{})
		if err != nil {
			t.Fatalf("a Windows-saved TimelineJS document does not load: %v", err)
		}
		if exportOf(t, win) != exportOf(t, plain) {
			t.Errorf("a Windows-saved TimelineJS document loads differently")
		}
	}
}

// TestCountLimits lowers the article and event limits and checks each
// loader stops past them with an error that names the file and the limit.
func TestCountLimits(t *testing.T) {
	low := schema.DefaultLimits()
	low.Events, low.Articles = 2, 1

	m := byoCorpus(map[string]string{"a": "a.txt", "b": "b.txt"}, map[string]string{"a.txt": goodArticle, "b.txt": goodArticle})
	_, err := Open(m, "corpus", Options{Limits: low})
	if err == nil || !strings.Contains(err.Error(), "corpus/manifest.json:7:1: 2 articles is over the limit of 1") {
		t.Errorf("a manifest over the article limit: %v", err)
	}

	fewEvents := schema.DefaultLimits()
	fewEvents.Events = 2
	c, err := Open(seeds.FS(), seeds.Dir, Options{Limits: fewEvents})
	if err == nil || !strings.Contains(err.Error(), "seeds/annotations.json:3335:5: 35 events is over the limit of 2") {
		t.Errorf("annotations over the event limit: %v (%v)", err, c != nil)
	}

	ds, err := Seeds()
	if err != nil {
		t.Fatal(err)
	}
	doc := exportOf(t, ds)
	all := make([]int, len(ds.Events()))
	for i := range all {
		all[i] = i
	}
	var tl bytes.Buffer
	if err := timelinejs.WriteCSV(&tl, ds, all, "tag"); err != nil {
		t.Fatal(err)
	}
	if _, err := export.Load("big.json", []byte(doc), export.Options{Limits: fewEvents}); err == nil || !strings.Contains(err.Error(), "big.json:2676:6: events[2]: more than 2 events") {
		t.Errorf("an export over the event limit: %v", err)
	}
	if _, err := timelinejs.Load("big.csv", tl.Bytes(), timelinejs.Options{Limits: fewEvents}); err == nil || !strings.Contains(err.Error(), "big.csv:5:1: 35 slides is over the limit of 2") {
		t.Errorf("a TimelineJS document over the event limit: %v", err)
	}
	if _, err := timelinejs.Read("big.csv", bytes.NewReader(tl.Bytes()), timelinejs.Options{Limits: fewEvents}); err == nil || !strings.Contains(err.Error(), "big.csv:5:1: 3 slides is over the limit of 2") {
		t.Errorf("a TimelineJS document streamed over the event limit: %v", err)
	}
	tl.Reset()
	if err := timelinejs.Write(&tl, ds, all, "tag"); err != nil {
		t.Fatal(err)
	}
	// placed at the third slide's opening brace, the line before its id
	third := bytes.Index(tl.Bytes(), []byte(`"unique_id"`))
	for range 2 {
		third += 1 + bytes.Index(tl.Bytes()[third+1:], []byte(`"unique_id"`))
	}
	want := fmt.Sprintf("big.json:%d:5: 35 slides is over the limit of 2", bytes.Count(tl.Bytes()[:third], []byte("\n")))
	if _, err := timelinejs.Load("big.json", tl.Bytes(), timelinejs.Options{Limits: fewEvents}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("a TimelineJS JSON document over the event limit: %v; want %q", err, want)
	}
}

// TestJSONFileLimit: a manifest over MaxJSONBytes is refused before it is
// read.
func TestJSONFileLimit(t *testing.T) {
	m := fstest.MapFS{ManifestFile: {Data: make([]byte, schema.MaxJSONBytes+1)}}
	_, err := Open(m, "corpus", Options{})
	if err == nil || !strings.Contains(err.Error(), "corpus/manifest.json") || !strings.Contains(err.Error(), "MaxJSONBytes") {
		t.Errorf("an oversized manifest: %v", err)
	}
}
