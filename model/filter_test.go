package model

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestBackgroundFilterAgreesAndNeverWaits types a search into a model
// that filters in the background and one that filters at once. Keys are
// handled without waiting for the filters; the filters then answer in the
// worst order, oldest last. Only the newest answer may count, and it must
// equal the foreground answer.
func TestBackgroundFilterAgreesAndNeverWaits(t *testing.T) {
	fg := newSized(t, 120, 40)
	bg := newSized(t, 120, 40, WithBackgroundFilterOver(0))
	var pending []tea.Cmd
	for _, k := range []string{"/", "t", "h", "r", "backspace", "r", "e", "a", "t"} {
		press(fg, k)
		bg.update(keyMsg(k))
		if bg.pending != nil {
			pending = append(pending, bg.pending)
			bg.pending = nil
		}
	}
	if len(pending) != 8 {
		t.Fatalf("%d filters started for 8 edits of the search", len(pending))
	}
	if !bg.filtering() || !strings.Contains(plain(bg), "filtering…") {
		t.Error("the header does not say a filter is running")
	}
	if got := bg.filter.Search; got != "threat" {
		t.Errorf("the search box holds %q before any filter answered, want %q", got, "threat")
	}
	slices.Reverse(pending)
	answered := 0
	for _, cmd := range pending {
		if msg := cmd(); msg != nil {
			answered++
			bg.Update(msg)
		}
	}
	if answered != 1 {
		t.Errorf("%d cancelled filters still answered", answered-1)
	}
	if bg.filtering() || strings.Contains(plain(bg), "filtering…") {
		t.Error("still filtering after the newest filter answered")
	}
	if !slices.Equal(bg.events, fg.events) || len(fg.events) == 0 {
		t.Errorf("background %v, foreground %v", bg.events, fg.events)
	}
	if plain(bg) != plain(fg) {
		t.Errorf("the screens differ:\n%s\n---\n%s", plain(bg), plain(fg))
	}
}

// TestStaleAnswerIsIgnored: an older filter that finishes after a newer
// one started does not replace what the newer one will show.
func TestStaleAnswerIsIgnored(t *testing.T) {
	m := newSized(t, 120, 40, WithBackgroundFilterOver(0))
	m.update(keyMsg("/"))
	m.update(keyMsg("z"))
	stale := filteredMsg{gen: m.filterJob.gen, filter: m.filter, events: []int{}}
	m.pending = nil
	m.update(keyMsg("backspace"))
	m.Update(stale)
	if len(m.events) == 0 {
		t.Error("a stale answer emptied the list")
	}
}
