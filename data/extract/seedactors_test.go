package extract_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestActorsOnSeedsAsPlainCorpus opens the five embedded articles as a
// user's corpus would be, without their annotations, and counts the
// curated actors the extractor finds by name: an extracted actor goes by
// the curated name or one of its aliases (case, apostrophe style and a
// leading "the" aside).
func TestActorsOnSeedsAsPlainCorpus(t *testing.T) {
	dir := t.TempDir()
	entries, err := fs.ReadDir(seeds.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".txt") || n == "manifest.json" {
			b, err := fs.ReadFile(seeds.FS(), n)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	c, err := corpus.Open(os.DirFS(dir), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	curated, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	norm := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		return strings.TrimPrefix(s, "the ")
	}
	var names []string
	for _, a := range c.Dataset.Actors() {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			names = append(names, norm(n))
		}
	}
	found := 0
	for _, a := range curated.Actors() {
		if slices.ContainsFunc(append([]string{a.Name}, a.Aliases...), func(n string) bool { return slices.Contains(names, norm(n)) }) {
			found++
		} else {
			t.Logf("not found: %s (%s)", a.Name, a.Kind)
		}
	}
	t.Logf("seeds as a plain corpus: %d of %d curated actors found by name, among %d actors", found, len(curated.Actors()), len(c.Dataset.Actors()))
	for _, a := range c.Dataset.Actors() {
		if a.Kind == timeline.Person && strings.Contains(a.Name, "House") {
			t.Errorf("%q is not a person", a.Name)
		}
	}
	if found < 41 {
		t.Errorf("%d of %d curated actors found by name, want at least 41", found, len(curated.Actors()))
	}
}
