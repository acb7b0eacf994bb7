package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// files reads every file under dir, by its path there.
func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameExcept fails for every file of before that after does not hold byte
// for byte, but for those named, and for every file after has that before
// did not, but for those named.
func sameExcept(t *testing.T, step string, before, after map[string]string, changed ...string) {
	t.Helper()
	for name, b := range before {
		if a, ok := after[name]; !slices.Contains(changed, name) && (!ok || a != b) {
			t.Errorf("%s changed %s", step, name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok && !slices.Contains(changed, name) {
			t.Errorf("%s wrote %s", step, name)
		}
	}
}

// onlyAdded reports whether after is before with lines put in, and no
// line of before changed or lost.
func onlyAdded(before, after string) bool {
	a := strings.Split(after, "\n")
	i := 0
	for _, l := range strings.Split(before, "\n") {
		for i < len(a) && a[i] != l {
			i++
		}
		if i == len(a) {
			return false
		}
		i++
	}
	return true
}

// TestAddAndRefreshTouchNothingElse: on a corpus someone has worked on
// (a manifest and annotations in their own layout, notes of their own, a
// page the manifest does not name), corpus add writes the page it is given, its text, and the
// manifest with lines put in and none changed; corpus refresh, after one
// text is edited and one page saved again, writes that page's text, the
// manifest and the annotations, and only their numbers change. Every
// other file keeps its bytes, and the corpus loads after each.
func TestAddAndRefreshTouchNothingElse(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/own")); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "my notes.md"), []byte("to do: ask the ministry\n"), 0o644)
	// the user's own layout: tabs, as their editor writes JSON
	for _, f := range []string{"manifest.json", "annotations.json"} {
		p := filepath.Join(dir, f)
		b, _ := os.ReadFile(p)
		var tabbed bytes.Buffer
		if err := json.Indent(&tabbed, bytes.TrimSpace(b), "", "\t"); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(p, tabbed.Bytes(), 0o644)
	}
	saved := t.TempDir()
	for _, p := range []string{"harbour-times.html", "harbour-times-front.html"} {
		b, err := os.ReadFile("../../data/page/testdata/" + p)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(saved, p), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "front.html"), []byte("<p>not added</p>"), 0o644)

	before := files(t, dir)
	code, out, errOut := runCLI(t, "corpus", "add", dir, filepath.Join(saved, "harbour-times.html"))
	if code != 0 || !strings.Contains(out, `added article "harbour-times"`) {
		t.Fatalf("add: exit %d\n%s%s", code, out, errOut)
	}
	after := files(t, dir)
	sameExcept(t, "add", before, after, "manifest.json", "harbour-times.html", "harbour-times.txt")
	if !onlyAdded(before["manifest.json"], after["manifest.json"]) {
		t.Errorf("add changed lines of the manifest:\n%s", after["manifest.json"])
	}
	if code, out, _ := runCLI(t, "corpus", "check", dir); code != 0 || !strings.HasPrefix(out, dir+": 3 articles load, 0 left out") {
		t.Errorf("check after add: exit %d\n%s", code, out)
	}

	// one text edited by hand, one page saved again with a paragraph more
	before = after
	text := filepath.Join(dir, "01_portal.txt")
	os.WriteFile(text, []byte("UPDATED 14:05\n"+before["01_portal.txt"]), 0o644)
	page := strings.Replace(before["harbour-times.html"], "<p>Buses ran extra", "<p>A first line may reopen on Thursday.</p>\n    <p>Buses ran extra", 1)
	os.WriteFile(filepath.Join(dir, "harbour-times.html"), []byte(page), 0o644)
	edited := files(t, dir)
	code, out, errOut = runCLI(t, "corpus", "refresh", dir)
	if code != 0 || !strings.Contains(out, `refreshed article "01-portal"`) || !strings.Contains(out, `refreshed article "harbour-times"`) {
		t.Fatalf("refresh: exit %d\n%s%s", code, out, errOut)
	}
	after = files(t, dir)
	sameExcept(t, "refresh", edited, after, "manifest.json", "annotations.json", "harbour-times.txt")
	if !strings.Contains(after["harbour-times.txt"], "A first line may reopen on Thursday.") {
		t.Error("the page's text was not read again")
	}
	if after["annotations.json"] == before["annotations.json"] {
		t.Error("the spans into the edited text did not move")
	}
	for _, f := range []string{"manifest.json", "annotations.json"} {
		b, a := strings.Split(before[f], "\n"), strings.Split(after[f], "\n")
		if len(a) != len(b) {
			t.Errorf("%s: %d lines, was %d", f, len(a), len(b))
			continue
		}
		for i := range b {
			if b[i] != a[i] && !digitsOnly(b[i], a[i]) {
				t.Errorf("%s line %d changed beyond a number or a checksum:\n%s\n%s", f, i+1, b[i], a[i])
			}
		}
	}
	if code, out, _ := runCLI(t, "corpus", "check", dir); code != 0 || !strings.HasPrefix(out, dir+": 3 articles load, 0 left out") {
		t.Errorf("check after refresh: exit %d\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "corpus", "refresh", dir); code != 0 || !strings.Contains(out, "nothing changed") || strings.Contains(out, "wrote") {
		t.Errorf("a second refresh: exit %d\n%s", code, out)
	}
}

// digitsOnly reports whether a and b differ only in digits and in the
// hex of a checksum.
func digitsOnly(a, b string) bool {
	strip := func(s string) string {
		if i := strings.Index(s, `"sha256": "`); i >= 0 {
			s = s[:i]
		}
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, s)
	}
	return strip(a) == strip(b)
}

// TestAddAndRefreshSayWhatTheyCannotDo: a page that is not an article, a
// file of a kind cyberdesk does not read and a new version of a page
// without --refresh are refused, each on a line saying why, with exit 1;
// what could be added is added.
func TestAddAndRefreshSayWhatTheyCannotDo(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/own")); err != nil {
		t.Fatal(err)
	}
	pages := "../../data/page/testdata/"
	code, out, errOut := runCLI(t, "corpus", "add", dir, pages+"harbour-times-front.html", pages+"README.md", pages+"kessel-post.html")
	if code != 1 || !strings.Contains(out, `added article "kessel-post"`) || !strings.Contains(out, "harbour-times-front.html: not an article") ||
		!strings.Contains(out, "README.md: not a .txt, .html or .htm file") || !strings.Contains(errOut, "not everything could be done") {
		t.Errorf("add: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ := runCLI(t, "corpus", "add", dir, pages+"kessel-post.html"); code != 0 || !strings.Contains(out, `in the manifest already as article "kessel-post", as it is; nothing to add`) || strings.Contains(out, "wrote") {
		t.Errorf("add again: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, "corpus", "add", dir); code != 2 || !strings.Contains(errOut, "usage: cyberdesk corpus add DIR FILE...") {
		t.Errorf("add with no file: exit %d %s", code, errOut)
	}
	if code, out, _ := runCLI(t, "corpus", "refresh", dir, "nope"); code != 1 || !strings.Contains(out, "nope: not an article of") {
		t.Errorf("refresh of an unknown article: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, "corpus", "add", t.TempDir(), pages+"kessel-post.html"); code != 1 || !strings.Contains(errOut, "manifest.json: not there; cyberdesk corpus init") {
		t.Errorf("add without a manifest: exit %d %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "corpus", "init", dir); code != 1 || !strings.Contains(errOut, "corpus init never overwrites a manifest: to add articles, run cyberdesk corpus add") {
		t.Errorf("init over a manifest: exit %d %s", code, errOut)
	}
}
