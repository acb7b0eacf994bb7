package corpus

import (
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The real statement groups, classified: each outlet's rendering against
// the other's. Read against the texts: AIN quotes only "shared threat";
// AIN writes "a historical", TMU "an historical"; AIN's ellipsis stands for
// JPost's "that is unwanted but totally forced on us," and JPost's for
// AIN's list of what the attack threatened; ToI drops MEMO's "It was".
func TestRenderingsOfTheRealStatements(t *testing.T) {
	ds := loadSeeds(t)
	want := map[string]map[string]timeline.Class{
		"lapid-shared-threat": {
			"all-israel-news": timeline.Partial,
			"mideast-update":  timeline.Fuller,
		},
		"lapid-historical-obligation": {
			"all-israel-news": timeline.Reworded | timeline.Punctuation,
			"mideast-update":  timeline.Reworded | timeline.Punctuation,
		},
		"lapid-holocaust-rescue": {
			"all-israel-news": timeline.Trimmed | timeline.Punctuation,
			"mideast-update":  timeline.Fuller | timeline.Punctuation,
		},
		"rama-extreme-response": {
			"all-israel-news": timeline.Reworded | timeline.Elided | timeline.Fuller | timeline.Punctuation,
			"jerusalem-post":  timeline.Reworded | timeline.Elided | timeline.Fuller | timeline.Punctuation,
		},
		"rama-state-aggression": {
			"middle-east-monitor": timeline.Fuller,
			"times-of-israel":     timeline.Trimmed,
		},
		"iran-fm-denial": {
			"all-israel-news": timeline.Trimmed | timeline.Punctuation,
			"times-of-israel": timeline.Fuller | timeline.Punctuation,
		},
	}
	multi := 0
	for si, s := range ds.Statements() {
		rs := ds.Renderings(si)
		if len(rs) < 2 {
			continue
		}
		multi++
		w, ok := want[s.ID]
		if !ok {
			t.Errorf("statement %s has %d renderings and no expectation here", s.ID, len(rs))
			continue
		}
		for _, r := range rs {
			if r.Class != w[r.Outlet] {
				t.Errorf("%s, %s against %s: %v, want %v", s.ID, r.Outlet, r.Against, r.Class, w[r.Outlet])
			}
		}
	}
	if multi != len(want) {
		t.Errorf("%d statements quoted by several outlets, want %d", multi, len(want))
	}
	// The telling differences, word for word.
	diffs := func(id, outlet string) []string {
		si := slices.IndexFunc(ds.Statements(), func(s timeline.Statement) bool { return s.ID == id })
		for _, r := range ds.Renderings(si) {
			if r.Outlet == outlet {
				var out []string
				for _, d := range r.Differences {
					out = append(out, d.Op.String()+" "+d.Here+"|"+d.There)
				}
				return out
			}
		}
		return nil
	}
	for _, c := range []struct{ id, outlet, want string }{
		{"lapid-historical-obligation", "all-israel-news", "changed a|an"},
		{"rama-extreme-response", "all-israel-news", "elided |that is unwanted but totally forced on us,"},
		{"rama-extreme-response", "jerusalem-post", "changed thatthreatened|that threatened"},
		{"rama-extreme-response", "jerusalem-post", "dropped |up"},
		{"rama-state-aggression", "times-of-israel", "dropped |It was"},
	} {
		if got := diffs(c.id, c.outlet); !slices.Contains(got, c.want) {
			t.Errorf("%s, %s: differences %q lack %q", c.id, c.outlet, got, c.want)
		}
	}
}

func TestDiscrepancies(t *testing.T) {
	ds := loadSeeds(t)
	curated := map[string]timeline.DiscrepancyKind{
		"mek-arrangement-year":     timeline.DiscrepancyDate,
		"mek-members-number":       timeline.DiscrepancyNumber,
		"wartime-jews-number":      timeline.DiscrepancyNumber,
		"norms-quote-attribution":  timeline.DiscrepancyAttribution,
		"sanctioned-ministry-name": timeline.DiscrepancyName,
	}
	wording := 0
	for _, d := range ds.Discrepancies() {
		if d.Derived {
			wording++
			if d.Kind != timeline.DiscrepancyWording {
				t.Errorf("%s: derived with kind %s", d.ID, d.Kind)
			}
			continue
		}
		kind, ok := curated[d.ID]
		if !ok || kind != d.Kind {
			t.Errorf("curated %s (%s) unexpected", d.ID, d.Kind)
		}
		delete(curated, d.ID)
	}
	for id := range curated {
		t.Errorf("curated discrepancy %s missing", id)
	}
	// Every statement whose renderings differ has a wording discrepancy.
	if wording != 6 {
		t.Errorf("%d wording discrepancies, want one for each of the 6 statements quoted differently", wording)
	}
	// The sides say what the description says: the years and numbers are
	// in the cited words.
	for _, c := range []struct{ id, reading, inSpan string }{
		{"mek-arrangement-year", "2014: accepted", "2014"},
		{"mek-arrangement-year", "2013: agreed", "2013"},
		{"mek-members-number", "up to 3,000 reside", "up to 3,000"},
		{"wartime-jews-number", "200 before, 2,000 after", "200 Jewish residents"},
	} {
		found := false
		for _, d := range ds.Discrepancies() {
			for _, s := range d.Sides {
				if d.ID == c.id && s.Reading == c.reading {
					found = strings.Contains(s.Text.Verbatim(), c.inSpan)
				}
			}
		}
		if !found {
			t.Errorf("%s: no side read %q citing %q", c.id, c.reading, c.inSpan)
		}
	}
}
