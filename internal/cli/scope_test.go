package cli

import (
	"slices"
	"strings"
	"testing"
)

// TestScopeAndMinOutletsFlags: --scope story and --scope background split
// the seeds' events in two (the WWII refuge in the background, the cut in
// ties in the story), each event listed with its scope and score;
// --min-outlets 2 keeps only events two outlets report; the commands that
// take --country take both and select less with them; a wrong value is a
// usage error.
func TestScopeAndMinOutletsFlags(t *testing.T) {
	ids := func(events []map[string]any) []string {
		var out []string
		for _, e := range events {
			out = append(out, e["id"].(string))
		}
		return out
	}
	all := jsonOf[[]map[string]any](t, "events")
	story := jsonOf[[]map[string]any](t, "events", "--scope", "story")
	background := jsonOf[[]map[string]any](t, "events", "--scope", "background")
	if len(story) == 0 || len(background) == 0 || len(story)+len(background) != len(all) {
		t.Fatalf("%d story and %d background events of %d", len(story), len(background), len(all))
	}
	for scope, events := range map[string][]map[string]any{"story": story, "background": background} {
		for _, e := range events {
			if e["scope"] != scope {
				t.Errorf("--scope %s lists %v, of scope %v", scope, e["id"], e["scope"])
			}
			if s, ok := e["score"].(float64); !ok || s <= 0 || s > 1 {
				t.Errorf("%v: score %v, want a number in (0, 1]", e["id"], e["score"])
			}
		}
	}
	if !slices.Contains(ids(background), "1939-wwii-refuge") || !slices.Contains(ids(story), "2022-09-05-albania-cuts-ties") {
		t.Errorf("the WWII refuge must be background and the cut in ties the story: %v / %v", ids(background), ids(story))
	}
	if got := jsonOf[[]map[string]any](t, "events", "--scope", "all"); !slices.Equal(ids(got), ids(all)) {
		t.Error("--scope all lists other events than no --scope")
	}
	two := jsonOf[[]map[string]any](t, "events", "--min-outlets", "2")
	if len(two) == 0 || len(two) == len(all) {
		t.Fatalf("--min-outlets 2 keeps %d of %d events", len(two), len(all))
	}
	for _, e := range two {
		if n := len(e["outlets"].([]any)); n < 2 {
			t.Errorf("--min-outlets 2 lists %v, which %d outlet reports", e["id"], n)
		}
	}
	for _, args := range [][]string{{"coverage"}, {"discrepancies"}, {"quotes"}, {"actors"}, {"outlets"}, {"export", "--format", "csv"}} {
		_, whole, _ := runCLI(t, args...)
		code, some, errOut := runCLI(t, append(slices.Clone(args), "--scope", "background", "--min-outlets", "2")...)
		if code != 0 || some == whole {
			t.Errorf("%v --scope background --min-outlets 2: exit %d (%s), the same output: %v", args, code, errOut, some == whole)
		}
	}
	for _, bad := range [][]string{{"--scope", "history"}, {"--min-outlets", "-1"}, {"--min-outlets", "two"}} {
		code, _, errOut := runCLI(t, append([]string{"events"}, bad...)...)
		if code != exitUsage || !strings.Contains(errOut, bad[0]) {
			t.Errorf("events %v: exit %d, %q; want a usage error naming the flag", bad, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "export", "--format", "json", "--scope", "story"); code != exitUsage {
		t.Errorf("export --format json --scope story: exit %d (%s); the JSON export takes no filters", code, errOut)
	}
	if code, _, errOut := runCLI(t, "export", "--format", "json", "--scope", "all"); code != 0 {
		t.Errorf("export --format json --scope all, the default: exit %d (%s)", code, errOut)
	}
}

// TestEventsSortScore: --sort score lists the same events, the most
// reported first: outlets never rise down the list, nor articles among
// events of as many outlets; a wrong value is a usage error.
func TestEventsSortScore(t *testing.T) {
	byDate := jsonOf[[]map[string]any](t, "events")
	ranked := jsonOf[[]map[string]any](t, "events", "--sort", "score")
	if len(ranked) != len(byDate) {
		t.Fatalf("%d events ranked, %d in date order", len(ranked), len(byDate))
	}
	outlets := func(e map[string]any) int { return len(e["outlets"].([]any)) }
	for k := 1; k < len(ranked); k++ {
		a, b := ranked[k-1], ranked[k]
		if outlets(b) > outlets(a) || outlets(b) == outlets(a) && b["score"].(float64) > a["score"].(float64) {
			t.Errorf("%v (%d outlets, score %v) ranked after %v (%d outlets, score %v)",
				b["id"], outlets(b), b["score"], a["id"], outlets(a), a["score"])
		}
	}
	if ranked[0]["id"] == byDate[0]["id"] {
		t.Errorf("--sort score starts with %v, as date order does", ranked[0]["id"])
	}
	if code, _, errOut := runCLI(t, "events", "--sort", "outlets"); code != exitUsage || !strings.Contains(errOut, "--sort") {
		t.Errorf("events --sort outlets: exit %d, %q; want a usage error", code, errOut)
	}
}
