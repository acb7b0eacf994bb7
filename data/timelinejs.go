package data

// TimelineJS (https://timeline.knightlab.com) reads a timeline either as a
// JSON document or as the rows of its Google Sheets template. This file
// writes both forms from a dataset and reads both back into one.
//
// A TimelineJS document has no articles, outlets or spans, so reading one
// makes them up: the document is one outlet and one article, whose text is
// every slide's headline and plain text in turn; each event cites the block
// of that text its own slide became. Dates keep their precision through
// year/month/day being present or not, and through display_date written in
// cyberdesk's own notation ("wk 2022-09-05", "c. 1990s") where y/m/d alone
// cannot say it.

import (
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// tlSourceID is the id of the one outlet and the one article an imported
// TimelineJS document becomes.
const tlSourceID = "timelinejs"

// tlCSVHeader is the TimelineJS Google Sheets template's header row.
func tlCSVHeader() []string {
	return []string{
		"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
		"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
		"Media Thumbnail", "Type", "Group", "Background",
	}
}

// tlOut is one slide to write, in either form. Headline, text, display and
// group are HTML, already escaped.
type tlOut struct {
	id                             string
	start, end                     timeline.Date
	display, headline, text, group string
}

// WriteTimelineJS writes the events with the given indexes (into ds.Events,
// in the order given) as a TimelineJS JSON document, after a title slide.
// group names what each slide's TimelineJS group is: "" for none, "tag" (the
// first tag), "country" (the first country's name) or "outlet" (the outlet
// of the first source). The output is deterministic, indented JSON.
func WriteTimelineJS(w io.Writer, ds *timeline.Dataset, events []int, group string) error {
	title, slides, err := tlExport(ds, events, group)
	if err != nil {
		return err
	}
	doc := tlJSONDoc{Title: tlJSONSlideOf(title), Events: []tlJSONSlide{}}
	for _, s := range slides {
		doc.Events = append(doc.Events, *tlJSONSlideOf(s))
	}
	b, err := encodeJSON(doc)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// WriteTimelineJSCSV writes the same slides as [WriteTimelineJS] as the
// TimelineJS Google Sheets template, in CSV: the header row, the title row,
// then one row per event. A text cell that a spreadsheet would read as a
// formula gets a leading apostrophe.
func WriteTimelineJSCSV(w io.Writer, ds *timeline.Dataset, events []int, group string) error {
	title, slides, err := tlExport(ds, events, group)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(tlCSVHeader()); err != nil {
		return err
	}
	if err := cw.Write(tlCSVRow(title, "title")); err != nil {
		return err
	}
	for _, s := range slides {
		if err := cw.Write(tlCSVRow(s, "")); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// tlExport builds the title slide and one slide per event.
func tlExport(ds *timeline.Dataset, events []int, group string) (tlOut, []tlOut, error) {
	groupOf, err := tlGrouper(ds, group)
	if err != nil {
		return tlOut{}, nil, err
	}
	slides := make([]tlOut, 0, len(events))
	for _, i := range events {
		if i < 0 || i >= len(ds.Events()) {
			return tlOut{}, nil, fmt.Errorf("event index %d is out of range (the dataset has %d events)", i, len(ds.Events()))
		}
		slides = append(slides, tlEventSlide(ds, i, groupOf(i)))
	}
	return tlTitleSlide(ds, events), slides, nil
}

// tlGrouper returns what gives each event's TimelineJS group.
func tlGrouper(ds *timeline.Dataset, group string) (func(i int) string, error) {
	switch group {
	case "":
		return func(int) string { return "" }, nil
	case "tag":
		return func(i int) string { return tlFirst(ds.Events()[i].Tags) }, nil
	case "country":
		return func(i int) string {
			if cs := ds.EventCountries(i); len(cs) > 0 {
				return ds.CountryName(cs[0])
			}
			return ""
		}, nil
	case "outlet":
		return func(i int) string {
			if srcs := ds.Events()[i].Sources; len(srcs) > 0 {
				return ds.ArticleOutlet(srcs[0].Article).Name
			}
			return ""
		}, nil
	}
	return nil, fmt.Errorf("group %q: want tag, country, outlet or none", group)
}

func tlFirst(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// tlTitleSlide says, deterministically, how many events the timeline shows
// and which outlets report them.
func tlTitleSlide(ds *timeline.Dataset, events []int) tlOut {
	reporting := map[string]bool{}
	for _, i := range events {
		for _, o := range ds.EventOutlets(i) {
			reporting[o] = true
		}
	}
	var names []string
	for _, o := range ds.Outlets() {
		if reporting[o.ID] {
			names = append(names, o.Name)
		}
	}
	text := tlCount(len(events), "event", "events")
	if len(names) > 0 {
		text += ", reported by " + tlList(names)
	}
	return tlOut{headline: "cyberdesk timeline", text: "<p>" + tlEscape(text) + ".</p>"}
}

func tlCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// tlList joins names as prose: "A", "A and B", "A, B and C".
func tlList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func tlEventSlide(ds *timeline.Dataset, i int, group string) tlOut {
	e := &ds.Events()[i]
	s := tlOut{
		id: untrusted.Clean(e.ID), start: e.Start, end: e.End,
		headline: tlEscape(e.Title), text: tlEventHTML(ds, e), group: tlEscape(group),
	}
	if tlNeedsDisplay(e.Start) || tlNeedsDisplay(e.End) {
		s.display = tlEscape(timeline.FormatRange(e.Start, e.End))
	}
	return s
}

// tlNeedsDisplay reports whether year, month and day alone misstate d.
func tlNeedsDisplay(d timeline.Date) bool {
	return d.Precision == timeline.Week || d.Precision == timeline.Decade || d.Approx
}

// tlEventHTML is a slide's text: the summary, then each source's passage
// with the outlet and date it comes from.
func tlEventHTML(ds *timeline.Dataset, e *timeline.Event) string {
	var b strings.Builder
	b.WriteString("<p>" + tlEscape(e.Summary) + "</p>")
	for _, src := range e.Sources {
		passage := strings.ReplaceAll(tlEscape(src.Text.String()), "\n", "<br>")
		fmt.Fprintf(&b, "<blockquote><p>%s</p><p>— %s</p></blockquote>", passage, tlEscape(tlCite(ds, src)))
	}
	return b.String()
}

// tlCite names where a passage comes from: "Outlet, 2022-10-23", and
// "(photo caption)" when it is one.
func tlCite(ds *timeline.Dataset, src timeline.Source) string {
	cite := ds.ArticleOutlet(src.Article).Name
	if a, ok := ds.Article(src.Article); ok {
		cite += ", " + a.Published.String()
	}
	if src.Caption {
		cite += " (photo caption)"
	}
	return cite
}

// tlEscape makes text from data safe inside TimelineJS's HTML.
func tlEscape(s string) string { return html.EscapeString(untrusted.Clean(s)) }

// tlJSONDoc is the part of the TimelineJS JSON format cyberdesk writes.
type tlJSONDoc struct {
	Title  *tlJSONSlide  `json:"title,omitempty"`
	Events []tlJSONSlide `json:"events"`
}

type tlJSONSlide struct {
	UniqueID    string      `json:"unique_id,omitempty"`
	StartDate   *tlJSONDate `json:"start_date,omitempty"`
	EndDate     *tlJSONDate `json:"end_date,omitempty"`
	DisplayDate string      `json:"display_date,omitempty"`
	Text        tlJSONText  `json:"text"`
	Group       string      `json:"group,omitempty"`
}

type tlJSONDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tlJSONText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

func tlJSONSlideOf(s tlOut) *tlJSONSlide {
	return &tlJSONSlide{
		UniqueID: s.id, StartDate: tlJSONDateOf(s.start), EndDate: tlJSONDateOf(s.end),
		DisplayDate: s.display, Text: tlJSONText{Headline: s.headline, Text: s.text}, Group: s.group,
	}
}

// tlJSONDateOf gives the year, month and day d's precision knows: a week
// is its Monday, a decade its first year.
func tlJSONDateOf(d timeline.Date) *tlJSONDate {
	if d.IsZero() {
		return nil
	}
	j := &tlJSONDate{Year: d.Year()}
	switch d.Precision {
	case timeline.Day, timeline.Week:
		j.Month, j.Day = int(d.Month()), d.Day()
	case timeline.Month:
		j.Month = int(d.Month())
	}
	return j
}

func tlCSVRow(s tlOut, typ string) []string {
	y, m, d := tlCSVDate(s.start)
	ey, em, ed := tlCSVDate(s.end)
	safe := tlCellSafe
	return []string{
		y, m, d, "", ey, em, ed, "", safe(s.display), safe(s.headline), safe(s.text),
		"", "", "", "", typ, safe(s.group), "",
	}
}

func tlCSVDate(d timeline.Date) (y, m, day string) {
	j := tlJSONDateOf(d)
	if j == nil {
		return "", "", ""
	}
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	return itoa(j.Year), itoa(j.Month), itoa(j.Day)
}

// tlFormulaStarts are the characters that make a spreadsheet read a cell
// as a formula.
const tlFormulaStarts = "=+-@\t\r"

// tlCellSafe stops a spreadsheet from reading a text cell as a formula.
func tlCellSafe(s string) string {
	if s != "" && strings.ContainsRune(tlFormulaStarts, rune(s[0])) {
		return "'" + s
	}
	return s
}

// tlCellUnsafe undoes tlCellSafe, as a spreadsheet does on import.
func tlCellUnsafe(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(tlFormulaStarts, rune(s[1])) {
		return s[1:]
	}
	return s
}

// tlSlide is one slide as read from either form, before it is checked.
// Headline, text, display and group are HTML.
