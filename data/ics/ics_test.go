package ics

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestICSGolden(t *testing.T) {
	ds := testkit.Seeds(t, corpus.Seeds)
	out := testkit.WriteTwice(t, func(w io.Writer) error { return Write(w, ds, testkit.Albanian(ds)) })
	golden.RequireEqual(t, out)
}

// TestICSIsValid checks the RFC 5545 rules on the whole real dataset and
// on the handmade one: CRLF line ends, folding, one VEVENT per exactly
// dated event, the rest named in the calendar's description.
func TestICSIsValid(t *testing.T) {
	for name, ds := range map[string]*timeline.Dataset{"seeds": testkit.Seeds(t, corpus.Seeds), "handmade": testkit.Handmade(t)} {
		t.Run(name, func(t *testing.T) {
			all := ds.Apply(timeline.Filter{})
			var b bytes.Buffer
			if err := Write(&b, ds, all); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			icsCheckLines(t, out)
			lines, _ := icsLines(ds, all)
			unfolded := strings.ReplaceAll(out, "\r\n ", "")
			if want := strings.Join(lines, "\r\n") + "\r\n"; unfolded != want {
				t.Errorf("folded lines do not rejoin to the content lines")
			}
			icsCheckEvents(t, ds, all, strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n"))
		})
	}
}

func icsCheckLines(t *testing.T, out string) {
	t.Helper()
	if !strings.HasSuffix(out, "\r\n") || strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") ||
		strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\r") {
		t.Error("a line does not end in CRLF, or a bare CR or LF is left")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > icsMaxLine {
			t.Errorf("%d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold splits a UTF-8 sequence: %q", l)
		}
	}
}

func icsCheckEvents(t *testing.T, ds *timeline.Dataset, all []int, lines []string) {
	t.Helper()
	var desc string
	var vevents int
	var start string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "X-WR-CALDESC:"):
			desc = icsUnescape(strings.TrimPrefix(l, "X-WR-CALDESC:"))
		case l == "BEGIN:VEVENT":
			vevents++
		case strings.HasPrefix(l, "DTSTART;VALUE=DATE:"):
			start = strings.TrimPrefix(l, "DTSTART;VALUE=DATE:")
		case strings.HasPrefix(l, "DTEND;VALUE=DATE:"):
			if end := strings.TrimPrefix(l, "DTEND;VALUE=DATE:"); len(end) != 8 || end <= start {
				t.Errorf("DTEND %s is not after DTSTART %s", end, start)
			}
		}
	}
	want := 0
	for _, i := range all {
		e := &ds.Events()[i]
		if e.Start.Precision == timeline.Day && !e.Start.Approx {
			want++
		} else if !strings.Contains(desc, timeline.FormatRange(e.Start, e.End)+" "+e.Title) {
			t.Errorf("%s is not a VEVENT and not named in X-WR-CALDESC", e.ID)
		}
	}
	if vevents != want || want == 0 {
		t.Errorf("%d VEVENTs, want %d (one per event dated to the day)", vevents, want)
	}
}

// icsUnescape undoes icsText, for reading the description back.
func icsUnescape(s string) string {
	return strings.NewReplacer(`\\`, `\`, `\;`, ";", `\,`, ",", `\n`, "\n").Replace(s)
}

func TestICSEscapesText(t *testing.T) {
	ds := testkit.Handmade(t)
	i, _ := ds.EventIndex("escapes")
	lines, err := icsLines(ds, []int{i})
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(lines, "\n")
	for _, want := range []string{
		`SUMMARY:Commas\, semicolons\; back\\slashes`,
		`DESCRIPTION:Markup <b>stays</b> text & so on\n\nWire\, Inc.\; "Daily"\, 2022-10-25: Report\, with commas\; semicolons \\ backslashes. A second line.`,
		"DTSTART;VALUE=DATE:20221020",
		"DTEND;VALUE=DATE:20221023",
		"CATEGORIES:security,diplomacy",
		"DTSTAMP:20221025T000000Z",
		"UID:escapes@cyberdesk",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no line %q in:\n%s", want, joined)
		}
	}
}

func TestICSFoldNeverSplitsUTF8(t *testing.T) {
	for _, line := range []string{
		"SUMMARY:" + strings.Repeat("é", 100),
		"SUMMARY:" + strings.Repeat("€", 100),
		"SUMMARY:a" + strings.Repeat("𝄞", 50),
		"SUMMARY:" + strings.Repeat("x", 200),
		"SHORT:x",
	} {
		folded := icsFold(line)
		for _, l := range strings.Split(folded, "\r\n") {
			if len(l) > icsMaxLine || !utf8.ValidString(l) {
				t.Errorf("fold of %q gives %d octets %q", line[:12], len(l), l)
			}
		}
		if strings.ReplaceAll(folded, "\r\n ", "") != line {
			t.Errorf("fold of %q does not unfold to it", line[:12])
		}
	}
}

func TestICSRejectsBadIndexes(t *testing.T) {
	ds := testkit.Handmade(t)
	if err := Write(&bytes.Buffer{}, ds, []int{-1}); err == nil {
		t.Error("event index -1: no error")
	}
}
