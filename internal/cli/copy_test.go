package cli

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/model"
)

// TestExplorerCopiesWhatCiteprints: the explorer's y copies, for Lapid's
// "shared threat" quote and for an event, exactly what `cyberdesk cite`
// prints for the same id.
func TestExplorerCopiesWhatCitePrints(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	var qid string
	for _, q := range ds.Quotes() {
		if q.Speaker == "yair-lapid" && strings.Contains(q.Span.Text.Verbatim(), "shared threat") {
			qid = q.ID
		}
	}
	if qid == "" {
		t.Fatal("no Lapid quote on the shared threat")
	}
	m := model.New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	keys := func(ks ...string) tea.Cmd {
		var cmd tea.Cmd
		for _, k := range ks {
			var msg tea.KeyPressMsg
			switch k {
			case "tab":
				msg = tea.KeyPressMsg{Code: tea.KeyTab}
			case "enter":
				msg = tea.KeyPressMsg{Code: tea.KeyEnter}
			default:
				msg = tea.KeyPressMsg{Code: rune(k[0]), Text: k}
			}
			_, cmd = m.Update(msg)
		}
		return cmd
	}
	copied := func(cmd tea.Cmd) string {
		t.Helper()
		if cmd == nil {
			t.Fatal("y returned no command")
		}
		return fmt.Sprint(cmd())
	}
	// The event Lapid said it at, found by search, then its quotes.
	keys("/")
	for _, r := range "shared threat" {
		keys(string(r))
	}
	keys("enter")
	event := m.SelectedEvent()
	_, want, _ := runCLI(t, "cite", event)
	if got := copied(keys("y")); got != want {
		t.Errorf("y on event %s copied\n%s\ncyberdesk cite prints\n%s", event, got, want)
	}
	keys("tab", "tab")
	for range 20 {
		got := copied(keys("y"))
		if strings.Contains(got, "quoted by The Mideast Update") && strings.Contains(got, "shared threat") {
			_, want, _ := runCLI(t, "cite", qid)
			if got != want {
				t.Errorf("y on quote %s copied\n%s\ncyberdesk cite prints\n%s", qid, got, want)
			}
			return
		}
		keys("j")
	}
	t.Fatalf("never reached Lapid's quote in The Mideast Update in the quotes of %s", event)
}

// TestExplorerCopiesADiscrepancySideAsCiteDoes: y on a side of a
// discrepancy copies what `cyberdesk cite DISCREPANCY-ID#N` prints.
func TestExplorerCopiesADiscrepancySideAsCiteDoes(t *testing.T) {
	ds, err := data.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	m := model.New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press := func(msg tea.KeyPressMsg) tea.Cmd { _, cmd := m.Update(msg); return cmd }
	press(tea.KeyPressMsg{Code: 'd', Text: "d"})
	press(tea.KeyPressMsg{Code: tea.KeyEnter})
	cmd := press(tea.KeyPressMsg{Code: 'y', Text: "y"})
	if cmd == nil {
		t.Fatal("y on a discrepancy side returned no command")
	}
	got := fmt.Sprint(cmd())
	var sides []string
	for _, d := range ds.Discrepancies() {
		for n := range d.Sides {
			id := fmt.Sprintf("%s#%d", d.ID, n+1)
			code, want, errOut := runCLI(t, "cite", id)
			if code != 0 {
				t.Fatalf("cite %s: exit %d: %s", id, code, errOut)
			}
			if got == want {
				return
			}
			sides = append(sides, id)
		}
	}
	t.Errorf("y on a discrepancy side copied\n%s\nwhich is what cyberdesk cite prints for none of %v", got, sides)
}
