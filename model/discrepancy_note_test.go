package model

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// An extracted discrepancy (a date or an attribution cyberdesk read in
// articles nobody annotated) is not called curated.
func TestKindNoteSaysWhoFoundIt(t *testing.T) {
	for _, c := range []struct {
		d    timeline.Discrepancy
		want string
	}{
		{timeline.Discrepancy{}, "curated"},
		{timeline.Discrepancy{Derived: true}, "comparing the outlets' quotations"},
		{timeline.Discrepancy{Extracted: true, Kind: timeline.DiscrepancyAttribution}, "found automatically"},
	} {
		if got := kindNote(&c.d); !strings.Contains(got, c.want) {
			t.Errorf("kindNote(%+v) = %q, want it to say %q", c.d, got, c.want)
		}
	}
}
