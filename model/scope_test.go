package model

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// shownIDs is the ids of the events the chronology lists, in order.
func shownIDs(m *Model) []string {
	var ids []string
	for _, ei := range m.events {
		ids = append(ids, m.env.ds.Events()[ei].ID)
	}
	return ids
}

// TestScopeKeyCyclesStoryBackgroundAll: b shows the story (the fixture's
// 2022 events, inside its articles' dates and three months before),
// then the background (1991, 2009), then all again; the header says how
// the events split and names the scope shown, the footer the key, and x
// clears it with the rest.
func TestScopeKeyCyclesStoryBackgroundAll(t *testing.T) {
	m := newSized(t, 120, 40)
	if header := strings.SplitN(plain(m), "\n", 2)[0]; !strings.Contains(header, "4 story, 2 background (b)") {
		t.Errorf("with no filter the header does not say how the events split: %q", header)
	}
	if !strings.Contains(ansi.Strip(m.footer()), "b scope") {
		t.Errorf("the footer does not name the scope key: %q", ansi.Strip(m.footer()))
	}
	story := []string{"2022-07-attribution", "2022-07-15-attack", "2022-09-ties", "2022-10-24-meeting"}
	background := []string{"1991-relations", "2009-nato"}
	all := append(slices.Clone(background), story...)
	for _, step := range []struct {
		scope timeline.Scope
		want  []string
		chip  string
	}{
		{timeline.ScopeStory, story, "[scope: story]"},
		{timeline.ScopeBackground, background, "[scope: background]"},
		{timeline.ScopeAll, all, ""},
	} {
		press(m, "b")
		if m.filter.Scope != step.scope || !slices.Equal(shownIDs(m), step.want) {
			t.Errorf("b: scope %v showing %v, want %v showing %v", m.filter.Scope, shownIDs(m), step.scope, step.want)
		}
		header := strings.SplitN(plain(m), "\n", 2)[0]
		if step.chip != "" && !strings.Contains(header, step.chip) {
			t.Errorf("scope %v: the header lacks %q: %q", step.scope, step.chip, header)
		}
		if step.chip == "" && strings.Contains(header, "scope") {
			t.Errorf("every event shown, the header still names a scope: %q", header)
		}
	}
	press(m, "b", "x")
	if m.filter.Scope != timeline.ScopeAll || len(m.events) != 6 {
		t.Errorf("x left scope %v and %d events", m.filter.Scope, len(m.events))
	}
}

// TestTwoHidesSingleOutletEvents: 2 shows only the events two or more
// outlets report, says so in the header, and shows every event again.
func TestTwoHidesSingleOutletEvents(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "2")
	ds := m.env.ds
	var want []string
	for i, e := range ds.Events() {
		if len(ds.EventOutlets(i)) >= 2 {
			want = append(want, e.ID)
		}
	}
	if len(want) == 0 || len(want) == len(ds.Events()) {
		t.Fatalf("the fixture needs events of one outlet and of several: %v", want)
	}
	if got := shownIDs(m); !slices.Equal(got, want) {
		t.Errorf("2 shows %v, want %v", got, want)
	}
	if header := strings.SplitN(plain(m), "\n", 2)[0]; !strings.Contains(header, "[outlets: 2 or more]") {
		t.Errorf("the header does not say single-outlet events are hidden: %q", header)
	}
	press(m, "2")
	if len(m.events) != len(ds.Events()) || m.filter.MinOutlets != 0 {
		t.Errorf("2 again shows %d events (fewest outlets %d), want all %d", len(m.events), m.filter.MinOutlets, len(ds.Events()))
	}
}

// TestOpensAtTheFirstStoryEvent: with WithStoryFirst the explorer opens
// on the story's first event, not the oldest; on the oldest when the
// filter shows only the background.
func TestOpensAtTheFirstStoryEvent(t *testing.T) {
	selected := func(m *Model) string { return m.env.ds.Events()[m.chron.Selected()].ID }
	if m := New(fixture(t), WithStoryFirst()); selected(m) != "2022-07-attribution" {
		t.Errorf("opened on %s, want the story's first event, 2022-07-attribution", selected(m))
	}
	if m := New(fixture(t)); selected(m) != "1991-relations" {
		t.Errorf("without WithStoryFirst opened on %s, want the oldest", selected(m))
	}
	if m := New(fixture(t), WithStoryFirst(), WithFilter(timeline.Filter{Scope: timeline.ScopeBackground})); selected(m) != "1991-relations" {
		t.Errorf("showing the background, opened on %s, want 1991-relations", selected(m))
	}
	m := New(fixture(t), WithStoryFirst())
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(plain(m), "▶ Jul 2022") {
		t.Errorf("at 80x24 the story's first event is not shown selected:\n%s", plain(m))
	}
}

// TestWeakCandidatesShowTheirScore: an event found automatically shows
// its score after ≈; one that a single article mentions is weak (drawn
// dim), a curated one never.
func TestWeakCandidatesShowTheirScore(t *testing.T) {
	ds := extractedFixture(t)
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	i, _ := ds.EventIndex("x-1991")
	if title, weak := m.chron.rowTitle(i); title != "[bg] ≈0.25 In 1991 relations with Israel began" || !weak {
		t.Errorf("x-1991: row title %q, weak %v; want the background mark, the score, weak", title, weak)
	}
	c, _ := ds.EventIndex("2022-07-15-attack")
	if title, weak := m.chron.rowTitle(c); title != "Cyberattack on Albania" || weak {
		t.Errorf("a curated story event: row title %q, weak %v", title, weak)
	}
	if !strings.Contains(plain(m), "≈0.25 In 1991") {
		t.Errorf("the chronology does not show the candidate's score:\n%s", plain(m))
	}
}
