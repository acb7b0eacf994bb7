package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tunedCorpora are the development stories the pre-checks are tried on
// (not the blind ones).
var tunedCorpora = []string{"events", "events-heldout", "events-heldout2", "events-heldout3", "events-heldout4",
	"events-heldout5", "events-heldout6", "events-heldout7", "events-heldout14", "events-heldout15",
	"events-heldout16", "events-heldout17", "labelled", "heldout"}

// precheckTexts returns, for every line of the tuned stories, the line
// from each of its starts of a sentence or quotation on, and a few texts
// made to test each condition of the pre-checks.
func precheckTexts(t *testing.T) []string {
	out := []string{
		`"We will not back down from this fight," said Mara Holt, the mayor.`,
		`“We will not back down from this fight,” Mara Holt told reporters.`,
		`“She wants answers from the board,” the lawyer, Jonas Berg, said.`,
		`“We will not back down from this fight”, argued Ana Brel on Monday.`,
		`“We will not back down “from this fight,” said Mara Holt.`,
		`“We will not back down from this fight,” the crowd chanted.`,
		`On Tuesday in Berea, after winning, Gov. Ana Brel (R-OS), said, “The count goes on as planned.”`,
		`Ana Brel says, "The count goes on as planned."`,
		`Ana Brel said “The count goes on as planned.”`,
	}
	for _, dir := range tunedCorpora {
		files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for line := range strings.Lines(string(b)) {
				out = append(out, line)
				for i := 1; i < len(line); i++ {
					if strings.HasPrefix(line[i:], `"`) || strings.HasPrefix(line[i:], "“") || strings.HasPrefix(line[i-1:], " ") && i > 1 && line[i-2] == '.' {
						out = append(out, line[i:])
					}
				}
			}
		}
	}
	return out
}

// The pre-checks pass every text their pattern matches, so that a title
// never changes for them, and turn away most of the others.
func TestTitlePrechecksPassEveryMatch(t *testing.T) {
	texts := precheckTexts(t)
	led, said, ledPassed, saidPassed := 0, 0, 0, 0
	for _, s := range texts {
		if reQuoteLed().MatchString(s) || reQuoteLedAppos().MatchString(s) {
			led++
			if !mayLeadWithQuote(s) {
				t.Errorf("mayLeadWithQuote(%q) = false, but the pattern matches", s)
			}
		}
		if mayLeadWithQuote(s) {
			ledPassed++
		}
		if reSaidQuote().MatchString(s) {
			said++
			if !maySayBeforeQuote(s) {
				t.Errorf("maySayBeforeQuote(%q) = false, but the pattern matches", s)
			}
		}
		if maySayBeforeQuote(s) {
			saidPassed++
		}
	}
	if led < 5 || said < 2 {
		t.Fatalf("only %d quote-led and %d said-quote texts of %d: the test reads too little", led, said, len(texts))
	}
	if ledPassed > len(texts)/4 || saidPassed > len(texts)/4 {
		t.Errorf("the pre-checks pass %d and %d of %d texts: they turn too few away", ledPassed, saidPassed, len(texts))
	}
	t.Logf("%d texts: %d quote-led (%d passed), %d said-quote (%d passed)", len(texts), led, ledPassed, said, saidPassed)
}
