package timelinejs

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func TestTimelineJSGolden(t *testing.T) {
	ds := testkit.Seeds(t, corpus.Seeds)
	out := testkit.WriteTwice(t, func(w io.Writer) error { return Write(w, ds, testkit.Albanian(ds), "tag") })
	if !json.Valid(out) || !bytes.HasSuffix(out, []byte("}\n")) {
		t.Error("not one JSON document ending in a newline")
	}
	golden.RequireEqual(t, out)
}

func TestTimelineJSCSVGolden(t *testing.T) {
	ds := testkit.Seeds(t, corpus.Seeds)
	var b bytes.Buffer
	if err := WriteCSV(&b, ds, testkit.Albanian(ds), "country"); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, b.Bytes())
}

func TestWriteTimelineJSGroups(t *testing.T) {
	ds := testkit.Seeds(t, corpus.Seeds)
	i, _ := ds.EventIndex("2022-09-05-albania-cuts-ties")
	for _, tc := range []struct{ group, want string }{
		{"", ""},
		{"tag", "diplomacy"},
		{"country", "Albania"},
		{"outlet", "All Israel News"},
	} {
		var b bytes.Buffer
		if err := Write(&b, ds, []int{i}, tc.group); err != nil {
			t.Fatalf("group %q: %v", tc.group, err)
		}
		var doc jsonDoc
		if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Events[0].Group; got != tc.want {
			t.Errorf("group %q: got %q, want %q", tc.group, got, tc.want)
		}
	}
	if err := Write(io.Discard, ds, []int{i}, "actor"); err == nil {
		t.Error("group \"actor\": no error")
	}
	if err := WriteCSV(io.Discard, ds, []int{len(ds.Events())}, ""); err == nil {
		t.Error("an event index out of range: no error")
	}
}

// TestTimelineJSRoundTrip exports every event and reads the export back.
// The spreadsheet template has no id column, so from CSV the events come
// back as slide-N, N their place in the export.
func TestTimelineJSRoundTrip(t *testing.T) {
	ds := testkit.Seeds(t, corpus.Seeds)
	all := ds.Apply(timeline.Filter{})
	for _, tc := range []struct {
		name  string
		write func(io.Writer, *timeline.Dataset, []int, string) error
	}{{"cyberdesk.json", Write}, {"cyberdesk.csv", WriteCSV}} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b, ds, all, "tag"); err != nil {
				t.Fatal(err)
			}
			back, err := Load(tc.name, b.Bytes(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(back.Events()) != len(ds.Events()) {
				t.Fatalf("%d events back, want %d", len(back.Events()), len(ds.Events()))
			}
			for _, got := range back.Events() {
				want := original(t, ds, all, got.ID)
				if got.Start != want.Start || got.End != want.End {
					t.Errorf("%s: dates %s, want %s", got.ID, timeline.FormatRange(got.Start, got.End), timeline.FormatRange(want.Start, want.End))
				}
				if got.Title != want.Title || got.Summary != want.Summary || got.DateNote != "" {
					t.Errorf("%s: title %q, summary %q, note %q; want %q, %q, no note", got.ID, got.Title, got.Summary, got.DateNote, want.Title, want.Summary)
				}
				if !slices.Equal(got.Tags, want.Tags[:1]) {
					t.Errorf("%s: tags %v, want the first of %v", got.ID, got.Tags, want.Tags)
				}
			}
		})
	}
}

// original finds the event an imported one came from: by id, or for
// "slide-N" the Nth event exported.
func original(t *testing.T, ds *timeline.Dataset, exported []int, id string) *timeline.Event {
	t.Helper()
	if e, ok := ds.Event(id); ok {
		return e
	}
	var n int
	if _, err := fmt.Sscanf(id, "slide-%d", &n); err != nil || n < 1 || n > len(exported) {
		t.Fatalf("imported event %q matches no exported one", id)
	}
	return &ds.Events()[exported[n-1]]
}

// TestLoadTimelineJSSamples opens TimelineJS's own sample timeline in both
// forms: every slide an event, its HTML reduced to text.
func TestLoadTimelineJSSamples(t *testing.T) {
	dir := filepath.Join("testdata", "samples") // copies; see its README.md
	var loaded []*timeline.Dataset
	for _, name := range []string{"women_in_computing.json", "women_in_computing.csv"} {
		path := filepath.Join(dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := Load(path, src, Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := countSlides(t, name, src); len(ds.Events()) != want {
			t.Errorf("%s: %d events, want all %d slides", name, len(ds.Events()), want)
		}
		checkPlain(t, name, ds)
		loaded = append(loaded, ds)
	}
	j, c := loaded[0], loaded[1]
	for i := range j.Events() {
		if a, b := j.Events()[i], c.Events()[i]; a.Title != b.Title || a.Summary != b.Summary || a.Start != b.Start || a.End != b.End {
			t.Errorf("the JSON and CSV forms differ:\n%+v\n%+v", a, b)
		}
	}
	if j.Outlets()[0].Name != "Women in Computing" {
		t.Errorf("outlet %q, want the title's headline", j.Outlets()[0].Name)
	}
	checkEvent(t, j, "slide-1", "Ada Lovelace", "1815-12-10–1852-11-27", "Women have been programming since before it was a thing.")
	checkEvent(t, j, "slide-2", "Edith Clarke: Bucking the Trend", "1948-03-14", "Edith Clarke: Bucking the Trend")
	checkEvent(t, j, "slide-3", "...And the women who made it work", "Jul 1943–1946", "")
	checkEvent(t, j, "slide-5", "Rózsa Péter writes recursion", "1951", "")
	checkEvent(t, j, "slide-10", `"The Mother of the Internet"`, "1985", "")
	if a := j.Articles()[0].Text; !strings.Contains(a.Verbatim(), "Apollo Project. Videos from Vimeo") || strings.Contains(a.Verbatim(), "tl-note") {
		t.Errorf("the article text keeps markup or glues sentences:\n%s", a)
	}
}

// countSlides counts a sample's event slides from the raw file.
func countSlides(t *testing.T, name string, src []byte) int {
	t.Helper()
	if strings.HasSuffix(name, ".json") {
		var doc struct{ Events []json.RawMessage }
		if err := json.Unmarshal(src, &doc); err != nil {
			t.Fatal(err)
		}
		return len(doc.Events)
	}
	rows, err := csv.NewReader(bytes.NewReader(src)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range rows[1:] {
		if r[0] != "" && r[15] != "title" {
			n++
		}
	}
	return n
}

var entity = regexp.MustCompile(`&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);`)

func checkPlain(t *testing.T, name string, ds *timeline.Dataset) {
	t.Helper()
	for _, e := range ds.Events() {
		for _, s := range []string{e.Title, e.Summary} {
			if s == "" || strings.ContainsAny(s, "<>\n") || entity.MatchString(s) {
				t.Errorf("%s: %s: %q is not one line of plain text", name, e.ID, s)
			}
		}
	}
}

func checkEvent(t *testing.T, ds *timeline.Dataset, id, title, dates, summary string) {
	t.Helper()
	e, ok := ds.Event(id)
	if !ok {
		t.Fatalf("no event %s", id)
	}
	if e.Title != title || timeline.FormatRange(e.Start, e.End) != dates || summary != "" && e.Summary != summary {
		t.Errorf("%s: %q %s %q, want %q %s %q", id, e.Title, timeline.FormatRange(e.Start, e.End), e.Summary, title, dates, summary)
	}
}

func TestTimelineJSCSVNeutralisesFormulas(t *testing.T) {
	ds := testkit.Handmade(t)
	all := ds.Apply(timeline.Filter{})
	var b bytes.Buffer
	if err := WriteCSV(&b, ds, all, "tag"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b.Bytes())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := []string{"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
		"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background"}
	if !slices.Equal(rows[0], header) {
		t.Fatalf("header %q, want %q", rows[0], header)
	}
	if rows[1][15] != "title" {
		t.Errorf("first row's type is %q, want title", rows[1][15])
	}
	i := slices.IndexFunc(rows, func(r []string) bool { return strings.Contains(r[9], "SUM") })
	if i < 0 {
		t.Fatal("no =SUM(1) row")
	}
	if got := rows[i]; got[9] != "'=SUM(1)" || got[0] != "2022" || got[1] != "10" || got[2] != "24" || got[16] != "statement" {
		t.Errorf("row %q: want the headline neutralised as '=SUM(1) and the date cells untouched", got)
	}
	back, err := Load("handmade.csv", b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(back.Events(), func(e timeline.Event) bool { return e.Title == "=SUM(1)" }) {
		t.Error("reading the sheet back does not restore the title =SUM(1)")
	}
}

func TestTimelineJSEscapesHTML(t *testing.T) {
	ds := testkit.Handmade(t)
	i, _ := ds.EventIndex("escapes")
	var b bytes.Buffer
	if err := Write(&b, ds, []int{i}, ""); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<b>") || !strings.Contains(b.String(), "&lt;b&gt;stays&lt;/b&gt; text &amp; so on") {
		t.Errorf("the summary's markup is not escaped:\n%s", b.String())
	}
	back, err := Load("escapes.json", b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Events()[0].Summary; got != "Markup <b>stays</b> text & so on" {
		t.Errorf("summary back %q: escaped text must decode to what it was", got)
	}
}

// TestTimelineJSDisplayDates checks that every date notation cyberdesk
// writes reads back at its precision, from the y/m/d fields TimelineJS
// carries plus the display date.
func TestTimelineJSDisplayDates(t *testing.T) {
	day := func(y, m, d int) timeline.Date { return timeline.DayDate(y, time.Month(m), d) }
	approx := func(d timeline.Date) timeline.Date { d.Approx = true; return d }
	week := timeline.WeekDate(2022, 9, 5)
	month := timeline.MonthDate(1943, 7)
	year := timeline.YearDate
	decade := timeline.DecadeDate(1990)
	for _, tc := range []struct {
		name             string
		start, end       timeline.Date
		wantStart, wantE timeline.Date // zero: as given
	}{
		{name: "day", start: day(2022, 7, 15)},
		{name: "week", start: week},
		{name: "approx week", start: approx(week)},
		{name: "approx month", start: approx(month)},
		{name: "approx year", start: approx(year(2007))},
		{name: "decade", start: decade},
		{name: "approx decade", start: approx(decade)},
		{name: "years", start: year(1939), end: year(1945)},
		{name: "month to year", start: month, end: year(1946)},
		{name: "days in a month", start: day(2022, 10, 23), end: day(2022, 10, 25)},
		{name: "approx days in a month", start: approx(day(2022, 10, 23)), end: approx(day(2022, 10, 25))},
		{name: "approx first day only", start: approx(day(2022, 10, 23)), end: day(2022, 10, 25)},
		{name: "approx last day only", start: day(2022, 10, 23), end: approx(day(2022, 11, 2))},
		{name: "week to day", start: week, end: day(2022, 9, 20)},
		{name: "end equal to start", start: week, end: week},
		{name: "decade to year", start: approx(decade), end: approx(year(2003))},
		// FormatRange writes both as "c. 2020–2022"; the reading is both.
		{name: "approx first year only", start: approx(year(2020)), end: year(2022),
			wantStart: approx(year(2020)), wantE: approx(year(2022))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			display := timeline.FormatRange(tc.start, tc.end)
			start, _, _ := fieldsDate(fieldsOf(tc.start))
			end, _, _ := fieldsDate(fieldsOf(tc.end))
			gotS, gotE, note := applyDisplay(display, start, end)
			wantS, wantE := tc.start, tc.end
			if !tc.wantStart.IsZero() {
				wantS, wantE = tc.wantStart, tc.wantE
			}
			if gotS != wantS || gotE != wantE || note != "" {
				t.Errorf("%q read back as %+v – %+v (note %q), want %+v – %+v", display, gotS, gotE, note, wantS, wantE)
			}
		})
	}
	if _, _, note := applyDisplay("Summer 1943", month, timeline.Date{}); note != "Summer 1943" {
		t.Errorf("a display date in other words: note %q, want it kept", note)
	}
	if s, _, note := applyDisplay("1990s", year(1995), timeline.Date{}); s != year(1995) || note != "1990s" {
		t.Errorf("a display date naming other days than y/m/d: got %v, note %q; want the fields and the note", s, note)
	}
}

func fieldsOf(d timeline.Date) [3]string {
	y, m, day := csvDate(d)
	return [3]string{y, m, day}
}

func TestTimelineJSPlainText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", "plain"},
		{"<p>One</p><p>Two</p>", "One\nTwo"},
		{"a<br>b<br/>c", "a\nb\nc"},
		{"<ul><li>x</li><li>y</li></ul>", "x\ny"},
		{"Take <a href=\"u\">Ada</a>: yes", "Take Ada: yes"},
		{"A &amp; B &lt;b&gt; &#39;q&#39; &eacute;", "A & B <b> 'q' é"},
		{"x<script>alert('<p>')</script>y<style>p{}</style>z", "xyz"},
		{"  lots \n of\t space  ", "lots of space"},
		{"<a title=\"x>y\">link</a>", "link"},
		{"a <!-- note --> b", "a b"},
		{"3 < 4 and 5 > 4", "3 < 4 and 5 > 4"},
		{"red &#27;[31mtext&#x1b;[0m", "red ⌧text⌧"}, // entities decoded first, then cleaned
		{"bidi\u202eflip", "bidi⌧flip"},
		{"End.<span>Next", "End. Next"},
		{"<p>open tag <b", "open tag"},
	} {
		if got := plain(tc.in); got != tc.want {
			t.Errorf("plain(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzPlainFastPaths checks the shortcuts for text without markup and
// for text already on one line against the general code.
func FuzzPlainFastPaths(f *testing.F) {
	for _, s := range []string{"plain", "  lots \n of\t space  ", "a  b", "\u00a0nbsp\u0085", "x\x1b[31m", "bidi\u202e", "é ü"} {
		f.Add(s)
	}
	f.Add("<p>a &amp; b</p>")
	f.Add(" lead")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
		if !strings.ContainsAny(s, "<&") {
			if got, want := plain(s), plainHTML(s); got != want {
				t.Errorf("plain(%q) = %q, the general path gives %q", s, got, want)
			}
		}
		if simple(s) {
			if got := oneLine(untrusted.Clean(s)); got != s || strings.ContainsAny(s, "<&") {
				t.Errorf("simple(%q), but cleaned on one line it is %q", s, got)
			}
		}
		if got, want := string(appendPlain([]byte("x"), s)), "x"+plain(s); got != want {
			t.Errorf("appendPlain(%q) = %q, want %q", s, got, want)
		}
	})
}

// plainHTMLRef is the oracle FuzzPlainHTML holds plainHTML to: a copy of
// plainHTML as first written, paragraph by paragraph through
// strings.Fields, kept unchanged on purpose (change plainHTML, not this).
func plainHTMLRef(s string) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	tagged := false
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		text := untrusted.Clean(html.UnescapeString(s[:i]))
		if tagged && glued([]byte(cur.String()), text) {
			cur.WriteByte(' ')
		}
		cur.WriteString(text)
		s, tagged = s[i:], false
		if s == "" {
			break
		}
		name, n := tagAt(s)
		if n == 0 {
			cur.WriteByte('<')
			s = s[1:]
			continue
		}
		s = s[n:]
		switch {
		case name == "script" || name == "style":
			s = skipElement(s, name)
		case blockTag(strings.TrimPrefix(name, "/")):
			flush()
		case name == "td" || name == "th":
			cur.WriteByte(' ')
		default:
			tagged = true
		}
	}
	flush()
	return strings.Join(paras, "\n")
}

// FuzzPlainHTML holds plainHTML, and appendOneLine, to the reference.
func FuzzPlainHTML(f *testing.F) {
	for _, s := range []string{"<p>One</p><p>Two</p>", "a<br>b", "A &amp; B &#x85; &nbsp;x", "End.<span>Next", " \u00a0<p> \u2003 </p>x\xff y", "<td>a</td><td>b</td>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := plainHTML(s), plainHTMLRef(s); got != want {
			t.Errorf("plainHTML(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendOneLine([]byte("x"), []byte(s))), "x"+strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("appendOneLine(x, %q) = %q, want %q", s, got, want)
		}
	})
}

func TestLoadTimelineJSIDs(t *testing.T) {
	src := `{"events": [
		{"unique_id": "a", "start_date": {"year": 2001}, "text": {"headline": "A"}},
		{"unique_id": "dup", "start_date": {"year": 2002}, "text": {"headline": "B"}},
		{"unique_id": "dup", "start_date": {"year": 2003}, "text": {"headline": "C"}},
		{"start_date": {"year": 2004}, "text": {"text": "<p>Only a text, no headline.</p>"}, "group": "Pioneers"},
		{"unique_id": "slide-6", "start_date": {"year": 2005}},
		{"start_date": {"year": 2006}, "display_date": "early 2006"}
	]}`
	ds, err := Load("ids.json", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids, titles []string
	for _, e := range ds.Events() {
		ids, titles = append(ids, e.ID), append(titles, e.Title)
	}
	if want := []string{"a", "slide-2", "slide-3", "slide-4", "slide-6", "slide-6-2"}; !slices.Equal(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
	if want := []string{"A", "B", "C", "Only a text, no headline.", "Untitled slide 5", "Untitled slide 6"}; !slices.Equal(titles, want) {
		t.Errorf("titles %q, want %q", titles, want)
	}
	if e, _ := ds.Event("slide-4"); !slices.Equal(e.Tags, []string{"pioneers"}) || !slices.Equal(ds.ExtraTags(), []string{"pioneers"}) {
		t.Errorf("group Pioneers: tags %v, extra tags %v; want pioneers", e.Tags, ds.ExtraTags())
	}
	if e, _ := ds.Event("slide-6-2"); e.DateNote != "early 2006" {
		t.Errorf("display date in other words: note %q", e.DateNote)
	}
}

// errorCase is a document LoadTimelineJS refuses, and what its error says.
type errorCase struct{ name, file, src, want string }

func errorCases() []errorCase {
	const header = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
	const title = ",,,,,,,,,My timeline,,,,,,title,,\n"
	return []errorCase{
		{"broken JSON", "broken.json", "{\"events\": [\n  {\"start_date\": {\"year\": 2022}\n  \"text\": {}}]}", `broken.json:3:3: invalid JSON: invalid character '"' after object key:value pair`},
		{"trailing data", "t.json", `{"events": []} x`, "t.json:1:16: unexpected data after the JSON document"},
		{"empty", "empty.json", "", "empty.json: empty file"},
		{"JSON array", "a.json", `[{"start_date": {"year": 2000}}]`, "a.json: a JSON array"},
		{"only space", "space.csv", "\uFEFF \n\t", "space.csv: empty file"},
		{"no events", "none.json", `{"title": {"text": {"headline": "T"}}}`, "none.json: no events"},
		{"empty events", "none.json", `{"events": []}`, "none.json: no events"},
		{"only a header", "none.csv", header + title, "none.csv: no events"},
		{"month 13", "women.csv", header + title + "2022,13,1,,,,,,,X,,,,,,,,\n", `women.csv:3:6: slide 1: start date: month "13" is not 1-12`},
		{"after blank lines and a cell of two lines", "m.csv", header + "\n\n2022,1,1,,,,,,,\"Two\nlines\",,,,,,,,\n2022,13,1,,,,,,,X,,,,,,,,\n",
			`m.csv:6:6: slide 2: start date: month "13" is not 1-12`},
		{"no such day", "d.csv", header + "2022,2,30,,,,,,,X,,,,,,,,\n", `d.csv:2:8: slide 1: start date: day "30": date "2022-02-30": no such day 2022-02-30`},
		{"year zero", "y.json", `{"events": [{"start_date": {"year": 0}}]}`, `y.json:1:13: slide 1: start date: year "0" is not 1-9999`},
		{"negative year", "y.csv", header + "-500,,,,,,,,,X,,,,,,,,\n", `y.csv:2:1: slide 1: start date: year "-500" is not 1-9999`},
		{"huge year", "y.csv", header + "99999999999999999999999,,,,,,,,,X,,,,,,,,\n", `is not a whole number`},
		{"day without month", "d.json", `{"events": [{"start_date": {"year": "2022", "day": "3"}}]}`, "slide 1: start date: a day without a month"},
		{"end before start", "e.csv", header + "2022,,,,2021,,,,,X,,,,,,,,\n", `e.csv:2:9: slide 1: end date 2021 is before the start date 2022`},
		{"bad end", "e.json", `{"events": [{"start_date": {"year": 2022}, "end_date": {"year": 2023, "month": "x"}}]}`, `slide 1: end date: month "x" is not a whole number`},
		{"no start date", "s.json", "{\"events\": [\n {\"start_date\": {\"year\": 1}},\n {\"text\": {\"headline\": \"H\"}}]}", "s.json:3:2: slide 2: no start date"},
		{"row without a year", "r.csv", header + ",,,,,,,,,A headline,,,,,,,,\n", "r.csv:2:1: slide 1: no start date"},
		{"event not an object", "o.json", `{"events": [1]}`, "o.json:1:13: slide 1: want an object, found a JSON number"},
		{"text not an object", "o.json", `{"events": [{"start_date": {"year": 2000}, "text": "hi"}]}`, "o.json:1:44: slide 1: text: want an object, found a JSON string"},
		{"events not an array", "o.json", `{"events": {"a": 1}}`, "o.json:1:12: events: want an array of slides"},
		{"headline not text", "o.json", `{"events": [{"start_date": {"year": 2000}, "text": {"headline": true}}]}`, "slide 1: want a string or a number, found true"},
		{"no Year column", "h.csv", "Headline,Text\nA,B\n", `h.csv:1:1: the header row has no "year" column`},
		{"broken quote", "q.csv", header + "2022,1,1,,,,,,,\"X\"Y,,,,,,,,\n", `q.csv:2:`},
		{"two titles", "t.csv", header + title + title + "2022,,,,,,,,,X,,,,,,,,\n", "t.csv:3:1: a second title row"},
		{"headline too long", "l.csv", header + "2022,,,,,,,,," + strings.Repeat("x", schema.MaxLineBytes+1) + ",,,,,,,,\n", "l.csv:2:14: slide 1: headline of 65537 bytes; expected at most 65536"},
		{"text too long", "l.json", `{"events": [{"start_date": {"year": 2000}, "text": {"text": "` + strings.Repeat("x", schema.MaxLineBytes+1) + `"}}]}`, "l.json:1:13: slide 1: text of 65537 bytes"},
	}
}

func TestLoadTimelineJSErrors(t *testing.T) {
	for _, tc := range errorCases() {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := Load(tc.file, []byte(tc.src), Options{})
			if err == nil {
				t.Fatalf("no error; %d events", len(ds.Events()))
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error:\n%v\nwant it to contain:\n%s", err, tc.want)
			}
			for _, e := range schema.Flatten(err) {
				var de *schema.Error
				if !errors.As(e, &de) || de.File != tc.file {
					t.Errorf("%v is not a *data.Error naming %s", e, tc.file)
				}
			}
		})
	}
}

func TestLoadTimelineJSReportsEveryProblem(t *testing.T) {
	src := `{"events": [{"start_date": {"year": 2022, "month": 13}}, {"start_date": {"year": -1}}, {"start_date": {"year": 2000}}]}`
	_, err := Load("two.json", []byte(src), Options{})
	if n := len(schema.Flatten(err)); n != 2 {
		t.Errorf("%d problems reported, want 2:\n%v", n, err)
	}
}

func TestLoadTimelineJSRefusesHugeInput(t *testing.T) {
	_, err := Load("huge.json", make([]byte, schema.MaxTimelineJSBytes+1), Options{})
	if err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("a document over the size limit: %v", err)
	}
}

// FuzzLoadTimelineJS: no input may panic, and what loads is a dataset.
func FuzzLoadTimelineJS(f *testing.F) {
	dir := filepath.Join("testdata", "samples")
	for _, name := range []string{"women_in_computing.json", "women_in_computing.csv"} {
		if src, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(`{"events": [{"start_date": {"year": "2022", "month": 9, "day": 5}, "display_date": "wk 2022-09-05", "text": {"headline": "<b>x</b>"}}]}`))
	f.Add([]byte("Year,Headline,Type\n2022,x,\n,T,title\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		ds, err := Load("fuzz", src, Options{})
		if err == nil && (ds == nil || len(ds.Events()) == 0) {
			t.Fatal("no error and no events")
		}
		testkit.CheckErrorsPlaced(t, err, "fuzz", src)
	})
}

// TestTimelineJSPositionsAgreeWithLineCol checks the forward-scanning
// position finder against lineCol, asked in and out of document order, by
// byte offset and by line and byte column.
func TestTimelineJSPositionsAgreeWithLineCol(t *testing.T) {
	src := []byte("ab\ncdé€\n\nxyz\xff\nlast line ü")
	p := &positions{src: src}
	for _, off := range []int{0, 1, 3, 5, 7, 10, 11, 12, 16, 17, 2, 4, 8, 18, 25, 0, len(src)} {
		wl, wc := schema.LineCol(src, int64(off))
		if l, c := p.resolve(cellPlace{off: int64(off)}); l != wl || c != wc {
			t.Errorf("offset %d: %d:%d, want %d:%d", off, l, c, wl, wc)
		}
		start := bytes.LastIndexByte(src[:off], '\n') + 1
		if l, c := p.resolve(cellPlace{line: wl, byteCol: off - start + 1}); l != wl || c != wc {
			t.Errorf("line %d byte %d: %d:%d, want %d:%d", wl, off-start+1, l, c, wl, wc)
		}
	}
}

// TestTimelineJSEventsShareTheArticle: an imported event's title,
// summary and source text are slices of the article the import builds,
// so the rows' text can be freed once loaded.
func TestTimelineJSEventsShareTheArticle(t *testing.T) {
	csv := "Year,Month,Day,Headline,Text,Group\n2022,7,15,Servers down,Government servers went down on Friday.,Outage\n2022,9,7,,Ties cut.,diplomacy\n"
	ds, err := Load("share.csv", []byte(csv), Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := ds.Articles()[0].Text.Verbatim()
	inside := func(s string) bool {
		p, start := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return len(s) > 0 && p >= start && p+uintptr(len(s)) <= start+uintptr(len(text))
	}
	for _, e := range ds.Events() {
		if !inside(e.Title) || !inside(e.Summary) || !inside(e.Sources[0].Text.Verbatim()) {
			t.Errorf("event %s: title %v, summary %v, source %v inside the article", e.ID, inside(e.Title), inside(e.Summary), inside(e.Sources[0].Text.Verbatim()))
		}
	}
}
