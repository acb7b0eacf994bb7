package present

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestOutletMarks(t *testing.T) {
	outlets := []timeline.Outlet{
		{ID: "toi", Name: "The Times of Israel"},
		{ID: "tw", Name: "Tehran Wire"},        // T is taken: W, its next word
		{ID: "tt", Name: "Tirana Times"},       // T taken: I, a later letter
		{ID: "ww", Name: "W"},                  // every letter taken
		{ID: "jp", Name: "the jerusalem post"}, // lower case: the mark is upper
	}
	want := map[string]string{"toi": "T", "tw": "W", "tt": "I", "ww": "?", "jp": "J"}
	got := OutletMarks(outlets)
	for id, w := range want {
		if got[id] != w {
			t.Errorf("mark of %s = %q, want %q", id, got[id], w)
		}
	}
}
