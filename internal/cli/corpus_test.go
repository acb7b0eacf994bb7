package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpusWorkflow is what an analyst does with new articles: drop them
// in a directory, draft a manifest, see what is missing, fill it in,
// check again, and list what cyberdesk found.
func TestCorpusWorkflow(t *testing.T) {
	dir := t.TempDir()
	article := "Port restarts after attack\nBy Ana Writer\nStavna, March 4, 2023\n“We are back,” Interior Minister Jana Kovac said on Friday.\n"
	if err := os.WriteFile(filepath.Join(dir, "port.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.txt"), []byte("Caf\xe9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, "corpus", "init", dir); code != 0 || !strings.Contains(out, "wrote") {
		t.Fatalf("init: exit %d, %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "corpus", "init", dir); code != 1 || !strings.Contains(errOut, "never overwrites") {
		t.Errorf("a second init: exit %d, %q; want exit 1 refusing to overwrite", code, errOut)
	}
	code, out, _ := runCLI(t, "corpus", "check", dir)
	if code != 1 || !strings.Contains(out, `article "port": outlet: missing`) || !strings.Contains(out, "broken.txt:1:4") {
		t.Errorf("check of a draft: exit %d, want 1 listing the missing outlet and the bad byte:\n%s", code, out)
	}
	path := filepath.Join(dir, "manifest.json")
	src, _ := os.ReadFile(path)
	filled := strings.Replace(string(src), `"outlets": []`, `"outlets": [{"id": "wire", "name": "Test Wire"}]`, 1)
	filled = strings.ReplaceAll(filled, `"value": "",
        "basis": "inferred",
        "note": "TODO: the id`, `"value": "wire",
        "basis": "inferred",
        "note": "TODO: the id`)
	if err := os.WriteFile(path, []byte(filled), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, "corpus", "check", dir)
	if code != 1 || !strings.HasPrefix(out, dir+": 1 article loads, 1 left out; 1 outlet, ") || !strings.Contains(out, "1 quote") {
		t.Errorf("check with one article still broken: exit %d, want 1 and a summary:\n%s", code, out)
	}
	code, out, errOut := runCLI(t, "quotes", "--corpus", dir, "--format", "csv")
	// what loads is listed; the status says the corpus was not whole
	if code != 1 || !strings.Contains(out, "We are back") || !strings.Contains(out, "Jana Kovac") || !strings.Contains(errOut, "broken.txt") ||
		!strings.Contains(errOut, "1 article(s) of "+dir+" left out; run: cyberdesk corpus check") {
		t.Errorf("quotes --corpus: exit %d, want 1, the quote on stdout, the left-out file and how many on stderr:\n%s\n%s", code, out, errOut)
	}
	// Mend the broken file (as iconv would) and date it: all is well.
	if err := os.WriteFile(filepath.Join(dir, "broken.txt"), []byte("Café\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src, _ = os.ReadFile(path)
	mended := strings.Replace(string(src), `"date": "",
          "precision": ""`, `"date": "2023-03-05",
          "precision": "day"`, 1)
	if err := os.WriteFile(path, []byte(mended), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := runCLI(t, "corpus", "check", dir); code != 0 {
		t.Errorf("check of a clean corpus: exit %d:\n%s", code, out)
	}
	// Fill the offsets of a hand-written span; a second fill has nothing
	// to add and leaves the file alone.
	ann := filepath.Join(dir, "annotations.json")
	os.WriteFile(ann, []byte(`{"schema": 4, "actors": [{"id": "kovac", "name": "Jana Kovac", "kind": "person", "aliases": ["Kovac"],
  "roles": [{"title": "Interior Minister", "source": {"article": "port", "text": "Interior Minister"}}]}]}`), 0o640)
	if code, out, errOut := runCLI(t, "corpus", "fill", dir); code != 0 || !strings.Contains(out, "wrote "+ann) {
		t.Fatalf("fill: exit %d, %q %q", code, out, errOut)
	}
	before, _ := os.Stat(ann)
	if code, out, errOut := runCLI(t, "corpus", "fill", dir); code != 0 || !strings.Contains(out, "is complete already; left as it was") {
		t.Errorf("a second fill: exit %d, %q %q", code, out, errOut)
	}
	if after, _ := os.Stat(ann); !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) || after.Mode().Perm() != 0o640 {
		t.Errorf("a fill with nothing to add rewrote the file or its mode (%v)", after.Mode().Perm())
	}
}

func TestCorpusUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"corpus", "tidy", "x"}, "the corpus commands are init, add, refresh, check and fill"},
		{[]string{"corpus", "check"}, "usage: cyberdesk corpus"},
		{[]string{"events", "--with-seeds"}, "--with-seeds merges"},
		{[]string{"events", "--corpus", "a", "--dataset", "b.json"}, "give one of"},
	} {
		code, _, errOut := runCLI(t, c.args...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 mentioning %q", c.args, code, errOut, c.want)
		}
	}
	if code, _, errOut := runCLI(t, "events", "--corpus", "/no/such/dir"); code != 1 || !strings.Contains(errOut, "/no/such/dir: nothing there; expected a corpus directory") {
		t.Errorf("a missing corpus: exit %d, %q; want exit 1 saying nothing is there", code, errOut)
	}
}

// TestCorpusCheckListsOneProblemALine: when nothing loads, check says so
// on its first line, with how many are left out, then lists each problem
// on a line of its own, in the order of the manifest; no line says the
// rest of the corpus loads.
func TestCorpusCheckListsOneProblemALine(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(dir, f), []byte("A title\n\nText.\n"), 0o644)
	}
	if code, _, errOut := runCLI(t, "corpus", "init", dir); code != 0 {
		t.Fatal(errOut)
	}
	code, out, _ := runCLI(t, "corpus", "check", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 5 || !strings.HasPrefix(lines[0], dir+": 0 articles load, 2 left out; nothing to explore") {
		t.Fatalf("exit %d, want 1 and five lines:\n%s", code, out)
	}
	if strings.Contains(out, "the rest of the corpus loads") {
		t.Errorf("a line says the rest loads when none does:\n%s", out)
	}
	last := 0
	for _, l := range lines[1:] {
		var line, col int
		if _, err := fmt.Sscanf(strings.TrimPrefix(l, dir+"/manifest.json:"), "%d:%d:", &line, &col); err != nil || line < last {
			t.Errorf("%q: not placed in the manifest after line %d", l, last)
		}
		last = line
	}
}

// TestCorpusInitReadsOutletAndDateFromNames: a folder whose every file is
// named <outlet>_<yyyy-mm-dd>_<title> gets each article's outlet and date
// from its name, inferred and saying so, and the outlets listed; check
// then finds nothing missing. A folder where one name breaks the pattern
// is not read that way, and check lists the same problem of many articles
// once, with how many and where the first are, keeping exit 1.
func TestCorpusInitReadsOutletAndDateFromNames(t *testing.T) {
	names := []string{"harbour-times_2023-03-04_port-restarts.txt", "harbour-times_2023-03-06_port-strike-ends.txt",
		"valley-wire_2023-03-05_port-back-at-work.txt", "valley-wire_2023-03-09_ferry-schedule.txt"}
	write := func(dir string, names []string) {
		for i, n := range names { // a dateline that is not the publication date: the name's date wins
			body := fmt.Sprintf("Port story %d\nStavna, March %d, 2023\nThe port reopened.\n", i, 20+i)
			if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	dir := t.TempDir()
	write(dir, names)
	if code, out, errOut := runCLI(t, "corpus", "init", dir); code != 0 || strings.Contains(out, "TODO") || strings.Contains(out, "lack an outlet") ||
		!strings.Contains(out, "2 outlets (harbour-times, valley-wire) are named by their ids, give each its name under outlets") {
		t.Fatalf("init: exit %d, %q %q", code, out, errOut)
	}
	one := t.TempDir()
	write(one, names[:2])
	if code, out, errOut := runCLI(t, "corpus", "init", one); code != 0 || !strings.Contains(out, "the outlet harbour-times is named by its id, give it its name under outlets") {
		t.Errorf("init of one outlet's articles: exit %d, %q %q", code, out, errOut)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "manifest.json"))
	m := string(src)
	for _, want := range []string{`"id": "harbour-times"`, `"id": "valley-wire"`, `"value": "valley-wire"`, `"date": "2023-03-09"`,
		`the outlet's id is the first part of the file's name (valley-wire_2023-03-09_ferry-schedule.txt)`, `the date in the file's name (harbour-times_2023-03-04_port-restarts.txt)`} {
		if !strings.Contains(m, want) {
			t.Errorf("the manifest lacks %s:\n%s", want, m)
		}
	}
	if strings.Contains(m, `"date": "2023-03-2`) {
		t.Errorf("a date in the text beat the name's date:\n%s", m)
	}
	if code, out, _ := runCLI(t, "corpus", "check", dir); code != 0 || !strings.HasPrefix(out, dir+": 4 articles load, 0 left out; 2 outlets") {
		t.Errorf("check: exit %d:\n%s", code, out)
	}

	odd := t.TempDir()
	write(odd, append(names, "notes.txt"))
	if code, _, errOut := runCLI(t, "corpus", "init", odd); code != 0 {
		t.Fatal(errOut)
	}
	if src, _ := os.ReadFile(filepath.Join(odd, "manifest.json")); strings.Contains(string(src), `"valley-wire"`) {
		t.Errorf("one name breaking the pattern still had the outlets read from the names:\n%s", src)
	}
	code, out, _ := runCLI(t, "corpus", "check", odd)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 1 || len(lines) != 2 || !strings.HasPrefix(lines[1], "5 articles: outlet: missing;") || strings.Count(out, "outlet: missing") != 1 ||
		!strings.Contains(lines[1], `article "harbour-times-2023-03-04-port-restarts"`) || !strings.HasSuffix(lines[1], " and 2 more") {
		t.Errorf("check of 5 articles lacking an outlet: exit %d, want 1 and the problem once with its count:\n%s", code, out)
	}
}

// TestCorpusRefreshDraftsEmptyFieldsFromNames: a manifest whose outlets
// and dates are still empty (as init left them before it read names) gets
// them from the names on refresh; what the user wrote stays, byte for byte.
func TestCorpusRefreshDraftsEmptyFieldsFromNames(t *testing.T) {
	dir := t.TempDir()
	names := []string{"harbour-times_2023-03-04_port-restarts.txt", "valley-wire_2023-03-05_port-back.txt", "valley-wire_2023-03-09_ferry.txt"}
	for i, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(fmt.Sprintf("Port story %d\n\nThe port reopened.\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errOut := runCLI(t, "corpus", "init", dir); code != 0 {
		t.Fatal(errOut)
	}
	path := filepath.Join(dir, "manifest.json")
	src, _ := os.ReadFile(path)
	// Undo what init drafted from the names, as a manifest made before it
	// did would be; the user names the first article's outlet themselves.
	var m map[string]any
	if err := json.Unmarshal(src, &m); err != nil {
		t.Fatal(err)
	}
	m["outlets"] = []any{map[string]any{"id": "ht", "name": "Harbour Times"}}
	for i, a := range m["articles"].([]any) {
		a := a.(map[string]any)
		a["outlet"] = map[string]any{"value": "", "basis": "inferred", "note": "TODO"}
		a["published"] = map[string]any{"value": map[string]any{"date": "", "precision": ""}, "basis": "inferred", "note": "TODO"}
		if i == 0 {
			a["outlet"] = map[string]any{"value": "ht", "basis": "inferred", "note": "I know this one"}
		}
	}
	src, _ = json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runCLI(t, "corpus", "refresh", dir); code != 0 || !strings.Contains(out, "the outlet of 2 articles and the date of 3") {
		t.Fatalf("refresh: exit %d, %q %q", code, out, errOut)
	}
	after, _ := os.ReadFile(path)
	for _, want := range []string{`"note": "I know this one"`, `"id": "ht"`, `"value": "valley-wire"`, `"date": "2023-03-09"`} {
		if !strings.Contains(string(after), want) {
			t.Errorf("after refresh the manifest lacks %s:\n%s", want, after)
		}
	}
	if strings.Contains(string(after), `"value": "harbour-times"`) {
		t.Errorf("refresh wrote over the outlet the user gave:\n%s", after)
	}
	if code, out, _ := runCLI(t, "corpus", "check", dir); code != 0 {
		t.Errorf("check after refresh: exit %d:\n%s", code, out)
	}
}
