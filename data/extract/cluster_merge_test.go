package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestOutletsReportingAHappeningInOtherWordsAreOneEvent: two outlets
// report the rescue of the same nine miners in other words, naming
// nobody in common, one of them a day late; joined one at a time, the
// reports start two events. Read as wholes, the two share the rare words
// of the story ("nine", "alive", the pit) and merge, the day's clash kept
// as a date discrepancy. A third outlet's report of that day naming the
// pit and its owner but another happening (a dividend) stays apart.
func TestOutletsReportingAHappeningInOtherWordsAreOneEvent(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Nine of the trapped miners were brought up alive from the flooded Garrow colliery on Thursday.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Rescue teams recovered nine trapped miners alive from the Garrow colliery on Wednesday.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Dunmore Coal, which owns the Garrow colliery, paid its shareholders a dividend on Thursday.\n")},
	)
	up, recovered := eventCiting(&parts, "a", "brought up alive"), eventCiting(&parts, "b", "recovered nine")
	if up < 0 || up != recovered {
		t.Fatalf("the nine brought up alive are event %d, the nine recovered alive %d; want one", up, recovered)
	}
	if div := eventCiting(&parts, "c", "dividend"); div == up {
		t.Errorf("the owner's dividend joined the rescue")
	}
	if n := len(parts.Events[up].Sources); n != 2 {
		t.Errorf("the rescue has %d sources, want 2", n)
	}
	found := false
	for _, d := range parts.Discrepancies {
		if d.Kind == timeline.DiscrepancyDate && len(d.Sides) == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("the rescue's two days are no date discrepancy: %+v", parts.Discrepancies)
	}
}

// TestAlikeReportsTooFarApartOrByOneOutletStayApart: the same two
// reports as above, three days apart, are two happenings; a day apart
// but both by one outlet, the outlet meant two days (it would not get
// its own day wrong).
func TestAlikeReportsTooFarApartOrByOneOutletStayApart(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	for _, c := range []struct {
		name, outletB, dayB string
	}{
		{"three days apart", "o2", "Monday"},
		{"one outlet", "o1", "Wednesday"},
	} {
		parts := withOtherNews(published,
			timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Nine of the trapped miners were brought up alive from the flooded Garrow colliery on Thursday.\n")},
			timeline.Article{ID: "b", Outlet: c.outletB, Published: published, Text: untrusted.Text(
				"Rescue teams recovered nine trapped miners alive from the Garrow colliery on " + c.dayB + ".\n")},
			timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Dunmore Coal, which owns the Garrow colliery, paid its shareholders a dividend on Thursday.\n")},
		)
		up, recovered := eventCiting(&parts, "a", "brought up alive"), eventCiting(&parts, "b", "recovered nine")
		if up < 0 || recovered < 0 || up == recovered {
			t.Errorf("%s: the two reports are events %d and %d, want two", c.name, up, recovered)
		}
	}
}

// TestReportsSharingOnlyAPlaceStayApart: the rescue and the owner's
// dividend, the same day, share the pit's name and nothing else; the
// story names the pit often, so its name tells little: alike by less
// than mergeThreshold, they stay two events.
func TestReportsSharingOnlyAPlaceStayApart(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := withOtherNews(published,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Nine of the trapped miners were brought up alive from the flooded Garrow colliery on Thursday.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"The Garrow colliery opened in 1911.\n\nInspectors visited the Garrow colliery in January.\n\n" +
				"The Garrow colliery flooded on Tuesday.\n\nRescuers reached the Garrow colliery on Wednesday.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"Dunmore Coal, which owns the Garrow colliery, paid its shareholders a dividend on Thursday.\n")},
	)
	up, div := eventCiting(&parts, "a", "brought up alive"), eventCiting(&parts, "c", "dividend")
	if up < 0 || div < 0 || up == div {
		t.Errorf("the rescue and the dividend are events %d and %d, want two", up, div)
	}
}
