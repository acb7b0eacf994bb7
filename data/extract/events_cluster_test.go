package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Corpora of articles by several outlets on one story each, with the
// happenings they report in clusters.json: eventsDir was written to tune
// the clustering on, eventsHeldoutDir after it (and tuned on since);
// eventsHeldout2Dir to eventsHeldout19Dir were each
// written by someone who had not seen the rules, to measure the round of
// tuning after them (README, "How well it reads", says which were
// looked at since).
const (
	eventsDir         = "testdata/events"
	eventsHeldoutDir  = "testdata/events-heldout"
	eventsHeldout2Dir = "testdata/events-heldout2"
	eventsHeldout3Dir = "testdata/events-heldout3"
	eventsHeldout4Dir = "testdata/events-heldout4"
	eventsHeldout5Dir = "testdata/events-heldout5"
	eventsHeldout6Dir = "testdata/events-heldout6"
	eventsHeldout7Dir = "testdata/events-heldout7"
	eventsHeldout8Dir = "testdata/events-heldout8"
	eventsHeldout9Dir = "testdata/events-heldout9"
	// written blind while the ninth round of rules was made, and
	// measured only after it
	eventsHeldout10Dir = "testdata/events-heldout10"
	eventsHeldout11Dir = "testdata/events-heldout11"
	eventsHeldout12Dir = "testdata/events-heldout12"
	eventsHeldout13Dir = "testdata/events-heldout13"
	// written blind by helper write14 (issue 28), measured blind once
	// (F1 0.53 and 0.60), then opened to the eighteenth round as tuned
	// stories: recall lost on them is what the tuned ones did not teach
	eventsHeldout14Dir = "testdata/events-heldout14"
	eventsHeldout15Dir = "testdata/events-heldout15"
	// written blind by helper write16 (issue 28) during the eighteenth
	// round, measured blind after it and the nineteenth (0.76 and 0.65),
	// then opened to the twentieth round as tuned stories
	eventsHeldout16Dir = "testdata/events-heldout16"
	eventsHeldout17Dir = "testdata/events-heldout17"
	// written blind by helper write18 (issue 28) during the twentieth
	// round: a hospital ransomware attack and a city flood below a dam
	eventsHeldout18Dir = "testdata/events-heldout18"
	eventsHeldout19Dir = "testdata/events-heldout19"
)

type goldClusters struct {
	Clusters []struct {
		ID       string         `json:"id"`
		Date     string         `json:"date"`
		Mentions []labelledText `json:"mentions"`
	} `json:"clusters"`
}

// bcubed scores the events extracted from the corpus in dir against its
// clusters.json: each labelled mention is an item, its extracted cluster
// the event citing its sentence (a mention no event cites is a cluster
// of its own). Precision and recall are averaged over the items. Unless
// blind, the mentions no event cites are logged.
func bcubed(t *testing.T, dir string, blind bool) (precision, recall float64, ds *timeline.Dataset, tally string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, "clusters.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldClusters
	if err := json.Unmarshal(src, &gold); err != nil {
		t.Fatal(err)
	}
	c := openLabelled(t, dir, corpus.Options{})
	ds = c.Dataset
	type item struct{ gold, got string }
	var items []item
	for _, g := range gold.Clusters {
		for _, m := range g.Mentions {
			s := spanIn(t, ds, m)
			// the event citing its sentence; of two (a sentence reporting
			// two happenings), the one whose dates agree with the label's
			got := "none:" + m.Article + ":" + m.Text
			date, err := timeline.ParseDate(g.Date, precisionOf(g.Date))
			if err != nil {
				t.Fatalf("cluster %s: %v", g.ID, err)
			}
			for _, e := range ds.Events() {
				if slices.ContainsFunc(e.Sources, func(src timeline.Source) bool {
					return src.Article == s.Article && src.Start <= s.Start && s.End <= src.End
				}) && (got[:5] == "none:" || datesAgree(e, timeline.Event{Start: date})) {
					got = e.ID
				}
			}
			if got[:5] == "none:" && !blind {
				t.Logf("no event cites %s: %q", m.Article, m.Text)
			}
			items = append(items, item{g.ID, got})
		}
	}
	for _, i := range items {
		both, same, sameGot := 0, 0, 0
		for _, j := range items {
			if j.gold == i.gold {
				same++
			}
			if j.got == i.got {
				sameGot++
				if j.gold == i.gold {
					both++
				}
			}
		}
		precision += float64(both) / float64(sameGot)
		recall += float64(both) / float64(same)
	}
	n := float64(len(items))
	return precision / n, recall / n, ds, lossTally(items, func(i item) (string, string) { return i.gold, i.got })
}

// lossTally counts, without naming any, where a story's items went: how
// many no event cites, and how many labelled happenings are split over
// more than one event or share one with another. Blind stories log only
// this, so a round can tell a reading loss from a joining one.
func lossTally[T any](items []T, key func(T) (gold, got string)) string {
	uncited := 0
	events := map[string]map[string]bool{}     // gold -> events
	happenings := map[string]map[string]bool{} // event -> golds
	for _, i := range items {
		g, e := key(i)
		if strings.HasPrefix(e, "none:") {
			uncited++
			continue
		}
		if events[g] == nil {
			events[g] = map[string]bool{}
		}
		events[g][e] = true
		if happenings[e] == nil {
			happenings[e] = map[string]bool{}
		}
		happenings[e][g] = true
	}
	split, shared := 0, 0
	for _, es := range events {
		if len(es) > 1 {
			split++
		}
	}
	for _, gs := range happenings {
		if len(gs) > 1 {
			shared++
		}
	}
	return fmt.Sprintf("%d of %d mentions uncited; %d happenings split over events; %d events holding more than one", uncited, len(items), split, shared)
}

// precisionOf is the precision of an ISO date as clusters.json writes it.
func precisionOf(iso string) timeline.Precision {
	switch len(iso) {
	case 4:
		return timeline.Year
	case 7:
		return timeline.Month
	}
	return timeline.Day
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestEventClustersOnLabelledStories scores how the extracted events
// group the labelled mentions, by B-cubed F1. Floors a little under what
// each corpus measures (README, "How well it reads").
func TestEventClustersOnLabelledStories(t *testing.T) {
	for _, c := range []struct {
		dir   string
		floor float64
		// blind: no tuning round reads this story, so neither its events
		// nor the mentions no event cites are logged; only its score is
		blind bool
	}{
		{eventsDir, 0.95, false},
		{eventsHeldoutDir, 0.85, false},
		{eventsHeldout2Dir, 0.85, false},
		{eventsHeldout3Dir, 0.86, false},
		{eventsHeldout4Dir, 0.87, false},
		{eventsHeldout5Dir, 0.93, false},
		{eventsHeldout6Dir, 0.93, false},
		{eventsHeldout7Dir, 0.82, false},
		{eventsHeldout8Dir, 0.66, true},
		{eventsHeldout9Dir, 0.83, true},
		{eventsHeldout10Dir, 0.79, true},
		{eventsHeldout11Dir, 0.93, true},
		{eventsHeldout12Dir, 0.78, true},
		{eventsHeldout13Dir, 0.74, true},
		{eventsHeldout14Dir, 0.65, false},
		{eventsHeldout15Dir, 0.70, false},
		{eventsHeldout16Dir, 0.84, false},
		{eventsHeldout17Dir, 0.66, false},
		{eventsHeldout18Dir, 0.57, true},
		{eventsHeldout19Dir, 0.60, true},
	} {
		t.Run(filepath.Base(c.dir), func(t *testing.T) {
			p, r, ds, tally := bcubed(t, c.dir, c.blind)
			for _, e := range ds.Events() {
				if c.blind {
					break
				}
				t.Logf("%s %s %q (%d sources) %s", e.ID, timeline.FormatRange(e.Start, e.End), e.Title, len(e.Sources), e.DateNote)
			}
			t.Logf("%s: B-cubed precision %.2f, recall %.2f, F1 %.2f; %s", c.dir, p, r, f1(p, r), tally)
			if got := f1(p, r); got < c.floor {
				t.Errorf("B-cubed F1 %.2f, want at least %.2f", got, c.floor)
			}
		})
	}
}

// eventCiting returns the event citing the labelled text.
func eventCiting(t *testing.T, ds *timeline.Dataset, l labelledText) timeline.Event {
	t.Helper()
	s := spanIn(t, ds, l)
	for _, e := range ds.Events() {
		for _, src := range e.Sources {
			if src.Article == s.Article && src.Start <= s.Start && s.End <= src.End {
				return e
			}
		}
	}
	t.Fatalf("no event cites %s: %q", l.Article, l.Text)
	return timeline.Event{}
}

// TestEventDatesOnLabelledStory: an event is dated by its most precise
// source, a more precise one refines it and the note says which article,
// and sources that cannot both be right become a date discrepancy citing
// each side.
func TestEventDatesOnLabelledStory(t *testing.T) {
	c := openLabelled(t, eventsDir, corpus.Options{})
	ds := c.Dataset
	talks := eventCiting(t, ds, labelledText{Article: "mt", Text: "are due to meet in Geneva next week"})
	if got := timeline.FormatRange(talks.Start, talks.End); got != "2024-03-12" {
		t.Errorf("the Geneva talks are dated %s, want 2024-03-12 (refined from the week of 2024-03-11)", got)
	}
	if !strings.Contains(talks.DateNote, "(co)") || !strings.Contains(talks.DateNote, "refines") {
		t.Errorf("the Geneva talks' note does not say which article refines the date: %q", talks.DateNote)
	}
	if bases := slices.DeleteFunc(slices.Clone(talks.Sources), func(s timeline.Source) bool { return !s.Basis }); len(bases) != 1 || bases[0].Article != "co" || bases[0].When == "" {
		t.Errorf("the Geneva talks' sources marked as dating it: %+v, want co's, with its date phrase", bases)
	}
	for _, want := range []struct {
		label labelledText
		date  string
		sides []string // articles, the basis first
	}{
		{labelledText{Article: "nw", Text: "ordered the sluice gates of the Brenn Dam closed"}, "2024-03-04", []string{"nw", "dl"}},
		{labelledText{Article: "mt", Text: "Hundreds of Batvian farmers blocked"}, "2024-03-07", []string{"mt", "co"}},
	} {
		e := eventCiting(t, ds, want.label)
		if got := timeline.FormatRange(e.Start, e.End); got != want.date {
			t.Errorf("%q is dated %s, want %s", e.Title, got, want.date)
		}
		i := slices.IndexFunc(ds.Discrepancies(), func(d timeline.Discrepancy) bool {
			return d.Kind == timeline.DiscrepancyDate && slices.ContainsFunc(d.Sides, func(c timeline.Claim) bool {
				return slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Span == c.Span })
			})
		})
		if i < 0 {
			t.Errorf("no date discrepancy for %q", e.Title)
			continue
		}
		d := ds.Discrepancies()[i]
		if !d.Extracted {
			t.Errorf("%s is not marked as found automatically", d.ID)
		}
		var sides []string
		for _, s := range d.Sides {
			sides = append(sides, s.Article)
		}
		if !slices.Equal(sides, want.sides) {
			t.Errorf("%s cites %v, want %v", d.ID, sides, want.sides)
		}
		for _, s := range e.Sources {
			if s.Article == want.sides[1] && s.When != "" {
				t.Errorf("%q: the clashing source cites its date phrase %q as the event's", e.Title, s.When)
			}
		}
	}
}

// TestEventTitlesAreWhole: every extracted event's title is short, opens
// with neither a relative word nor a conjunction, ends on no function
// word or ellipsis, and is unique among the events of its day: on the
// labelled stories and the seeds as a plain corpus, every one; on
// PolNeAR, when it is beside the repository (not with -short), all but
// 1% (18 of 4,380 open with "which" or "who" where the sentence reader
// starts a sentence inside another).
func TestEventTitlesAreWhole(t *testing.T) {
	dirs := []string{eventsDir, eventsHeldoutDir, plainSeeds(t)}
	if _, ok := polnearArticles(t); ok && !testing.Short() {
		dirs = append(dirs, polnearCorpus(t))
	}
	polnear := len(dirs) == 4
	opens := map[string]bool{"who": true, "which": true, "whose": true, "whom": true, "and": true, "but": true, "or": true, "so": true}
	ends := map[string]bool{"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "at": true, "for": true,
		"by": true, "with": true, "from": true, "and": true, "or": true, "but": true, "which": true, "who": true}
	for _, dir := range dirs {
		c, err := corpus.Open(os.DirFS(dir), dir, corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		bad, extracted := 0, 0
		for _, e := range c.Dataset.Events() {
			if !e.Extracted {
				continue
			}
			extracted++
			ws := strings.Fields(e.Title)
			first, last := strings.ToLower(ws[0]), strings.ToLower(strings.Trim(ws[len(ws)-1], ",;:."))
			if len(ws) > 16 || opens[first] || ends[last] || strings.Contains(e.Title, "…") {
				bad++
				t.Logf("%s: %q is not a whole title", dir, e.Title)
			}
			key := e.Start.ISO() + e.Start.Precision.String() + strings.ToLower(e.Title)
			if other, dup := seen[key]; dup {
				t.Errorf("%s: %s and %s share the title %q on %s", dir, other, e.ID, e.Title, e.Start.ISO())
			}
			seen[key] = e.ID
		}
		allowed := 0
		if polnear && dir == dirs[3] {
			allowed = extracted / 100
		}
		if bad > allowed {
			t.Errorf("%s: %d of %d titles are not whole, want at most %d", dir, bad, extracted, allowed)
		}
	}
}

// polnearCorpus writes the PolNeAR texts as a corpus a user would make,
// with the publication dates of their metadata.
func polnearCorpus(t *testing.T) string {
	t.Helper()
	arts, _ := polnearArticles(t)
	dir := t.TempDir()
	var items []string
	for _, a := range arts {
		if err := os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text.Verbatim()), 0o644); err != nil {
			t.Fatal(err)
		}
		items = append(items, `{"id": "`+a.ID+`", "file": "`+a.ID+`.txt",
  "outlet": {"value": "o", "basis": "inferred", "note": "test"},
  "title": {"value": "T", "basis": "inferred", "note": "test"},
  "byline": {"value": "", "basis": "inferred", "note": "test"},
  "published": {"value": {"date": "`+a.Published.ISO()+`", "precision": "day"}, "basis": "inferred", "note": "test"}}`)
	}
	m := `{"schema": 2, "outlets": [{"id": "o", "name": "Outlet"}], "articles": [` + strings.Join(items, ",\n") + `]}`
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(m), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
