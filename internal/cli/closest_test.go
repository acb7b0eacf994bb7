package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestUnknownValueAmongManyListsTheClosest: an unknown value among
// thousands names the closest few (by case-insensitive substring, then
// by a few edits) and counts the rest, instead of listing them all; a
// short list is still given whole.
func TestUnknownValueAmongManyListsTheClosest(t *testing.T) {
	var valid []string
	for i := range 3000 {
		valid = append(valid, fmt.Sprintf("actor-%04d", i))
	}
	valid = append(valid, "hillary-clinton", "bill-clinton", "clint-eastwood", "hilary-duff")
	for _, tt := range []struct {
		value    string
		want     []string // each listed
		wantNone bool
	}{
		{"Clinton", []string{"bill-clinton", "hillary-clinton"}, false},
		{"hilary-clinton", []string{"hillary-clinton"}, false},
		{"nobodyxyz", nil, true},
	} {
		msg := unknownMessage(&timeline.UnknownValueError{Facet: "actor", Value: tt.value, Valid: valid})
		if len(msg) > 300 {
			t.Errorf("%q: %d bytes: %s", tt.value, len(msg), msg)
		}
		if !strings.HasPrefix(msg, fmt.Sprintf("unknown actor %q; ", tt.value)) || !strings.Contains(msg, "`cyberdesk actors`") {
			t.Errorf("%q: %s", tt.value, msg)
		}
		for _, w := range tt.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%q: %q not named: %s", tt.value, w, msg)
			}
		}
		if tt.wantNone != strings.Contains(msg, "none of the 3,004 actor values is close") {
			t.Errorf("%q: %s", tt.value, msg)
		}
		if !tt.wantNone && !regexp.MustCompile(`\(3,00[0-3] more\)`).MatchString(msg) {
			t.Errorf("%q: the rest not counted: %s", tt.value, msg)
		}
	}
	few := &timeline.UnknownValueError{Facet: "tag", Value: "x", Valid: []string{"a", "b"}}
	if got := unknownMessage(few); got != few.Error() {
		t.Errorf("a short list: %q, want %q", got, few.Error())
	}
}

// TestUnknownEventAmongThousands: cyberdesk show with an unknown id on a
// dataset of thousands of events exits 2 with one short line.
func TestUnknownEventAmongThousands(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ds.json")
	code, out, errOut := runCLI(t, "synth", "--events", "3000")
	if code != 0 {
		t.Fatalf("synth: %d %s", code, errOut)
	}
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = runCLI(t, "show", "nope", "--dataset", path)
	if code != 2 || strings.Count(errOut, "\n") != 1 || len(errOut) > 300 || !strings.Contains(errOut, "`cyberdesk events`") {
		t.Errorf("exit %d, %d bytes:\n%s", code, len(errOut), errOut)
	}
}
