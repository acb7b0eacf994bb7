package cli

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data"
)

// The coverage command's counts are checked against the dataset counted
// directly: for each outlet, the events with a source in one of its
// articles.
func TestCoverageCommandCountsMatchTheDataset(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	perOutlet := map[string]int{}
	single := 0
	for _, e := range ds.Events() {
		seen := map[string]bool{}
		for _, s := range e.Sources {
			seen[ds.ArticleOutlet(s.Article).ID] = true
		}
		for o := range seen {
			perOutlet[o]++
		}
		if len(seen) == 1 {
			single++
		}
	}
	code, out, errOut := runCLI(t, "coverage")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var totals []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "Reported by") {
			totals = strings.Fields(l[strings.Index(l, "Reported by")+len("Reported by"):])
		}
	}
	if len(totals) != len(ds.Outlets()) {
		t.Fatalf("totals row %q, want one count per outlet", totals)
	}
	for i, o := range ds.Outlets() {
		if totals[i] != strconv.Itoa(perOutlet[o.ID]) {
			t.Errorf("%s: %s events in the matrix, %d in the dataset", o.ID, totals[i], perOutlet[o.ID])
		}
	}
	if got := strings.Count(out, " ◆\n"); got != single {
		t.Errorf("%d events flagged as reported by one outlet, want %d", got, single)
	}
	if !strings.Contains(out, strconv.Itoa(len(ds.Events()))+" events\n") || strings.Contains(out, "\x1b") {
		t.Errorf("want every event and no escape sequences when piped:\n%s", out)
	}
	// A filter narrows the rows; an unknown value is a usage error.
	if _, out, _ := runCLI(t, "coverage", "--outlet", "Jerusalem Post"); !strings.Contains(out, strconv.Itoa(perOutlet["jerusalem-post"])+" events\n") {
		t.Errorf("--outlet: want %d events:\n%s", perOutlet["jerusalem-post"], out)
	}
	if code, _, errOut := runCLI(t, "coverage", "--outlet", "Pravda"); code != 2 || !strings.Contains(errOut, "valid values") {
		t.Errorf("unknown outlet: exit %d, %q", code, errOut)
	}
}

func TestDiscrepanciesCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "discrepancies")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"mek-arrangement-year [date]", "“Albania agreed in 2013 to take in members",
		"norms-quote-attribution [attribution]", "rama-extreme-response-wording [wording]",
		"has “a” where the other has “an”", "11 discrepancies",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if _, out, _ := runCLI(t, "discrepancies", "--kind", "number"); !strings.Contains(out, "2 discrepancies") {
		t.Errorf("--kind number: want the 2 number discrepancies:\n%s", out)
	}
	if code, _, errOut := runCLI(t, "discrepancies", "--kind", "mood"); code != 2 || !strings.Contains(errOut, "valid kinds") {
		t.Errorf("unknown kind: exit %d, %q", code, errOut)
	}
}

// TestDiscrepanciesCommandFilters: the command applies the filters it
// accepts, listing the discrepancies about the events they select, and
// refuses an unknown value as every other command does.
func TestDiscrepanciesCommandFilters(t *testing.T) {
	code, out, errOut := runCLI(t, "discrepancies", "--actor", "Lapid")
	if code != 0 || !strings.HasSuffix(out, "3 discrepancies\n") {
		t.Fatalf("--actor Lapid: exit %d, %q, %s", code, lastLine(out), errOut)
	}
	for _, id := range []string{"lapid-shared-threat-wording", "lapid-historical-obligation-wording", "lapid-holocaust-rescue-wording"} {
		if !strings.Contains(out, id+" [") {
			t.Errorf("--actor Lapid leaves out %s", id)
		}
	}
	if strings.Contains(out, "mek-arrangement-year") {
		t.Errorf("--actor Lapid lists a discrepancy about the MEK")
	}
	if code, out, _ := runCLI(t, "discrepancies", "--search", "sanctions"); code != 0 || !strings.Contains(out, "norms-quote-attribution [") || !strings.HasSuffix(out, "2 discrepancies\n") {
		t.Errorf("--search sanctions: exit %d, %q; want the norms quote's attribution and the ministry's name", code, lastLine(out))
	}
	if code, _, errOut := runCLI(t, "discrepancies", "--country", "ZZZZ"); code != exitUsage || !strings.Contains(errOut, `unknown country "ZZZZ"`) {
		t.Errorf("--country ZZZZ: exit %d, %q; want exit %d naming the value", code, errOut, exitUsage)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
