package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestVoiceOf(t *testing.T) {
	for _, c := range []struct {
		clause  string
		verb    string
		passive bool
	}{
		{"Coastguard officers detained three sailors", "detain", false},
		{"The three sailors were detained", "detain", true},
		{"The two men had been charged with theft", "charg", true},
		{"The crews were searching the harbour", "search", false},
		{"The pair", "", false},
	} {
		v, p := voiceOf(c.clause)
		if want, _ := contentStem(c.verb + "ed"); c.verb != "" && v != want && v != c.verb {
			t.Errorf("voiceOf(%q) verb %q, want the stem of %q", c.clause, v, c.verb)
		}
		if c.verb == "" && v != "" {
			t.Errorf("voiceOf(%q) verb %q, want none", c.clause, v)
		}
		if p != c.passive {
			t.Errorf("voiceOf(%q) passive %v, want %v", c.clause, p, c.passive)
		}
	}
}

// TestOneActionInTwoVoices: one outlet tells who detained the sailors,
// another that they were detained, a third the same action by the same
// subject a day off: one event, the third's date a discrepancy. Another
// subject's action of that kind, in the same voice, stays apart.
func TestOneActionInTwoVoices(t *testing.T) {
	published := timeline.DayDate(2025, 3, 6) // a Thursday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Coastguard officers detained three sailors at the quay on Tuesday on suspicion of smuggling.\n\n" +
					"Farmers blocked the ring road with tractors on Monday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"The trio were detained on Tuesday near the lighthouse.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Coastguard officers detained three sailors on March 5, and the cargo was seized.\n\n" +
					"Mayor Ines Varga opened a footbridge over the river on February 20.\n\n" +
					"The harbour board approved a crane contract on Wednesday.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	active, passive := eventCiting(&parts, "a", "Coastguard officers detained"), eventCiting(&parts, "b", "The trio were detained")
	if active < 0 || passive < 0 {
		t.Fatalf("the detention's reports are sources of events %d and %d", active, passive)
	}
	if active != passive {
		t.Errorf("who detained the sailors and that they were detained are events %d and %d, want one", active, passive)
	}
	if i := eventCiting(&parts, "c", "detained three sailors on March 5"); i != active {
		t.Errorf("the detention a day off is event %d, want %d", i, active)
	} else if e := parts.Events[i]; e.Start != timeline.DayDate(2025, 3, 4) {
		t.Errorf("the detention is dated %v, want the two outlets' Tuesday", e.Start)
	}

	// the same verb in one voice, two subjects: two happenings
	parts.Articles[1].Text = untrusted.Text("Police detained a cyclist on Tuesday near the lighthouse.\n")
	parts.Events = nil
	Into(&parts, []string{"a", "b", "c"}, Options{})
	if i, j := eventCiting(&parts, "a", "Coastguard officers detained"), eventCiting(&parts, "b", "detained a cyclist"); i == j {
		t.Errorf("the police's detention of a cyclist joined the coastguard's of three sailors (event %d)", i)
	}
}
