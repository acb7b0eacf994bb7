package extract_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/seeds"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// plainSeeds writes the five embedded articles and their manifest, but
// not their annotations, into a new folder: the seeds as a user's corpus
// nobody annotated.
func plainSeeds(t testing.TB) string {
	t.Helper()
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
	return dir
}

// datesAgree reports whether two events' date ranges overlap.
func datesAgree(a, b timeline.Event) bool {
	last := func(e timeline.Event) timeline.Date {
		if e.End.IsZero() {
			return e.Start
		}
		return e.End
	}
	return !a.Start.First().After(last(b).Last()) && !b.Start.First().After(last(a).Last())
}

// touches reports whether two spans share a byte.
func touches(a, b timeline.Span) bool {
	return a.Article == b.Article && a.Start < b.End && b.Start < a.End
}

// matchesCurated reports whether an extracted event is the curated one:
// their dates agree and it cites a passage the curated one cites, or
// overlaps one.
func matchesCurated(x, c timeline.Event) bool {
	if !datesAgree(x, c) {
		return false
	}
	for _, s := range x.Sources {
		for _, t := range c.Sources {
			if touches(s.Span, t.Span) {
				return true
			}
		}
	}
	return false
}

// TestEventsOnSeedsAsPlainCorpus opens the five embedded articles without
// their annotations and scores the events extracted against the curated
// ones: recall is the share of curated events some extracted event
// matches, precision the share of extracted events that match one.
func TestEventsOnSeedsAsPlainCorpus(t *testing.T) {
	dir := plainSeeds(t)
	c, err := corpus.Open(os.DirFS(dir), dir, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	curated, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	got := c.Dataset.Events()
	found := 0
	for _, ce := range curated.Events() {
		hit := false
		for _, x := range got {
			if matchesCurated(x, ce) {
				hit = true
				break
			}
		}
		if hit {
			found++
		} else {
			t.Logf("not found: %s %s", ce.ID, ce.Title)
		}
	}
	right := 0
	for _, x := range got {
		hit := false
		for _, ce := range curated.Events() {
			if matchesCurated(x, ce) {
				hit = true
				break
			}
		}
		if hit {
			right++
		} else {
			t.Logf("matches no curated event: %s %q (%s)", x.ID, x.Title, x.Sources[0].Text)
		}
	}
	recall, precision := float64(found)/float64(len(curated.Events())), float64(right)/float64(max(1, len(got)))
	t.Logf("seeds as a plain corpus: %d of %d curated events found (recall %.2f); %d of %d extracted events match one (precision %.2f)",
		found, len(curated.Events()), recall, right, len(got), precision)
	// Floors a little under what it measures (README, "How well it reads").
	if recall < 0.83 || precision < 0.78 {
		t.Errorf("recall %.2f, precision %.2f; want at least 0.83 and 0.78", recall, precision)
	}
}
