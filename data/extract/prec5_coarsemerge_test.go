package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestSaySame: events dated only by a month or a year merge on a main
// verb one mention of each says (see mergeable); on PolNeAR, a press
// release and a committee's hearings of one July stay apart.
func TestSaySame(t *testing.T) {
	mk := func(s string) *cluster {
		a := &timeline.Article{ID: s, Text: untrusted.Text(s)}
		return &cluster{mentions: []mention{{article: a, start: 0, end: len(s), from: 0, to: len(s)}}}
	}
	said, held, said2 := mk("The committee approved its draft."), mk("The committee held public hearings."), mk("The harbour committee approved the draft plan.")
	if saySame(said, held) {
		t.Error("approved and held say the same")
	}
	if !saySame(said, said2) {
		t.Error("approved and approved do not say the same")
	}
}
