package timelinejs

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// TestAStrayQuoteIsNamed: one stray quote in an unquoted cell, followed
// by more than the row limit of ordinary rows. The parallel reader finds
// rows' ends by counting quotes, so to it the rest of the file is one
// over-long row; what the user is told is what the sequential reader
// says, the bare quote on its line.
func TestAStrayQuoteIsNamed(t *testing.T) {
	lines := strings.SplitAfter(string(shortCSV(t, 30000)), "\n")
	for _, line := range []int{2, 11} { // the first row, and one after others
		doc := strings.Join(lines[:line-1], "") + "2022,2,3,,,,,,,A 5\" floppy,,,,,,,,\n" + strings.Join(lines[line-1:], "")
		if len(doc) < 3*rowCells*(schema.Limits{}).OrDefault().LineBytes/2 {
			t.Fatalf("the document (%d bytes) is not past the row limit", len(doc))
		}
		readBoth(t, "stray.csv", []byte(doc), 0, 0)
		_, err := Read("stray.csv", strings.NewReader(doc), Options{Size: int64(len(doc))})
		if at := "stray.csv:" + strconv.Itoa(line) + ":"; err == nil || !strings.Contains(err.Error(), at) || !strings.Contains(err.Error(), `bare "`) {
			t.Errorf("%v, want the bare quote at %s", err, at)
		}
	}
}
