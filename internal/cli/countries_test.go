package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestCountriesAndTagsListWhatTheFiltersTake: every code `countries`
// lists is one --country takes, with as many events as `events --country`
// gives (under the same filter, the story's); every tag `tags` lists is one --tag takes, counted the same way;
// and an unknown country among many points to the command.
func TestCountriesAndTagsListWhatTheFiltersTake(t *testing.T) {
	eventsOf := func(flag, v string) int {
		code, out, errOut := runCLI(t, "events", flag, v, "--scope", "story", "--format", "json")
		if code != 0 {
			t.Fatalf("events %s %s: exit %d: %s", flag, v, code, errOut)
		}
		var evs []json.RawMessage
		if err := json.Unmarshal([]byte(out), &evs); err != nil {
			t.Fatal(err)
		}
		return len(evs)
	}
	var countries []countryItem
	code, out, _ := runCLI(t, "countries", "--scope", "story", "--format", "json")
	if err := json.Unmarshal([]byte(out), &countries); code != 0 || err != nil || len(countries) < 3 {
		t.Fatalf("countries: exit %d, %v:\n%s", code, err, out)
	}
	for _, c := range countries {
		if n := eventsOf("--country", c.Code); n != c.Events {
			t.Errorf("countries says %s has %d events; events --country %s gives %d", c.Code, c.Events, c.Code, n)
		}
	}
	var tags []tagItem
	code, out, _ = runCLI(t, "tags", "--scope", "story", "--format", "json")
	if err := json.Unmarshal([]byte(out), &tags); code != 0 || err != nil || len(tags) != len(timeline.Tags()) {
		t.Fatalf("tags: exit %d, %v:\n%s", code, err, out)
	}
	for _, tg := range tags {
		if n := eventsOf("--tag", tg.Tag); n != tg.Events {
			t.Errorf("tags says %s has %d events; events --tag %s gives %d", tg.Tag, tg.Events, tg.Tag, n)
		}
	}
	if code, out, _ := runCLI(t, "countries", "--country", "AL"); code != 0 || !strings.Contains(out, "Albania") || strings.Contains(out, "Israel") {
		t.Errorf("countries --country AL: exit %d, want Albania alone:\n%s", code, out)
	}
	many := &timeline.UnknownValueError{Facet: "country", Value: "XX", Valid: make([]string, shortList+1)}
	if msg := unknownMessage(many); !strings.Contains(msg, "`cyberdesk countries`") {
		t.Errorf("an unknown country among many does not point to the list: %q", msg)
	}
}
