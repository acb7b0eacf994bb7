package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestDatedSentence: a date in a paragraph dates its sentence, one in a
// caption too (said so); one in other page furniture, or a dateline,
// dates none; and dateSubjects reads a subject only where it finds one.
func TestDatedSentence(t *testing.T) {
	text := "VELEN, March 3 (Nordwire) - Pilots walked out on Monday. The union said so.\nSign up for our briefing on Friday.\nPilots at the quay on Tuesday."
	furniture := []Furniture{
		{Start: strings.Index(text, "Sign up"), End: strings.Index(text, "\nPilots at"), Kind: Boilerplate},
		{Start: strings.Index(text, "Pilots at"), End: len(text), Kind: Caption},
	}
	dates := FindDates(text, timeline.DayDate(2025, 3, 7))
	paras := paragraphs(text)
	mask := []byte(text)
	want := map[string]struct {
		sentence string
		caption  bool
	}{
		"Monday":  {"Pilots walked out on Monday.", false},
		"Tuesday": {"Pilots at the quay on Tuesday.", true},
	}
	subjects := dateSubjects(text, mask, paras, furniture, dates)
	for i, d := range dates {
		_, s, e, caption, ok := datedSentence(text, mask, paras, furniture, d)
		w, dated := want[strings.TrimPrefix(d.Phrase, "on ")]
		if ok != dated || ok && (!strings.HasSuffix(strings.TrimSpace(text[s:e]), w.sentence) || caption != w.caption) {
			t.Errorf("%q: got %v %q caption %v, want %v %q caption %v", d.Phrase, ok, text[s:e], caption, dated, w.sentence, w.caption)
		}
		if s := subjects[i]; !ok && (s.group || s.event != nil || s.verb != 0 || s.head != "") {
			t.Errorf("%q: a subject read for a date that dates no sentence", d.Phrase)
		}
	}
}
