package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestMergeableKeepsCrowdedMonthsApart: two events dated only by a
// month many mentions give, alike in words but saying different main
// verbs, are two happenings (see crowdedMonths); the same two events on
// a month few mentions give merge on their words, and so do two that
// say one verb on the crowded month.
func TestMergeableKeepsCrowdedMonthsApart(t *testing.T) {
	july := timeline.MonthDate(2025, 7)
	mk := func(id, outlet, text string) (timeline.Event, *cluster) {
		a := &timeline.Article{ID: id, Outlet: outlet, Text: untrusted.Text(text)}
		m := mention{article: a, outlet: outlet, start: 0, end: len(text), from: 0, to: len(text), date: Date{From: july}}
		e := timeline.Event{Start: july, Sources: []timeline.Source{{Span: spanOf(a, 0, len(text)), Extracted: true}}, Extracted: true}
		return e, newExtractedCluster(&m)
	}
	merge := func(crowd int, second string) bool {
		x := &extractor{parts: &timeline.Parts{}, dateCounts: map[dateSpan]int{{july, timeline.Date{}}: crowd}}
		for _, c := range []struct{ id, outlet, text string }{
			{"a", "o1", "The harbour committee issued a statement on the ferry timetable and the quay fees."},
			{"b", "o2", second},
		} {
			e, cl := mk(c.id, c.outlet, c.text)
			x.parts.Events = append(x.parts.Events, e)
			x.clusters = append(x.clusters, cl)
		}
		alike := &likeness{terms: map[string]float64{"ferri": 1, "timetabl": 1, "quai": 1, "fee": 1}, norm: 4}
		_, ok := x.mergeable(0, 1, func(int) *likeness { return alike })
		return ok
	}
	held := "The harbour committee held hearings on the ferry timetable and the quay fees."
	if merge(minCrowded, held) {
		t.Error("a statement and hearings of a crowded month merge")
	}
	if !merge(minCrowded-1, held) {
		t.Error("a statement and hearings of a month few mentions give do not merge on their words")
	}
	if !merge(minCrowded, "The harbour committee issued new rules on the ferry timetable and the quay fees.") {
		t.Error("two reports saying one verb on a crowded month do not merge")
	}
}
