package timelinejs

import (
	"encoding/csv"
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// sourceID is the id of the one outlet and the one article an imported
// TimelineJS document becomes.
const sourceID = "timelinejs"

// csvHeader is the TimelineJS Google Sheets template's header row.
func csvHeader() []string {
	return []string{
		"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
		"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
		"Media Thumbnail", "Type", "Group", "Background",
	}
}

// outSlide is one slide to write, in either form. Headline, text, display and
// group are HTML, already escaped.
type outSlide struct {
	id                             string
	start, end                     timeline.Date
	display, headline, text, group string
}

// Write writes the events with the given indexes (into ds.Events,
// in the order given) as a TimelineJS JSON document, after a title slide.
// group names what each slide's TimelineJS group is: "" for none, "tag" (the
// first tag), "country" (the first country's name) or "outlet" (the outlet
// of the first source). The output is deterministic, indented JSON.
func Write(w io.Writer, ds *timeline.Dataset, events []int, group string) error {
	title, slides, err := slidesOf(ds, events, group)
	if err != nil {
		return err
	}
	doc := jsonDoc{Title: jsonSlideOf(title), Events: []jsonSlide{}}
	for _, s := range slides {
		doc.Events = append(doc.Events, *jsonSlideOf(s))
	}
	b, err := schema.EncodeJSON(doc)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// WriteCSV writes the same slides as [Write] as the
// TimelineJS Google Sheets template, in CSV: the header row, the title row,
// then one row per event. A text cell that a spreadsheet would read as a
// formula gets a leading apostrophe.
func WriteCSV(w io.Writer, ds *timeline.Dataset, events []int, group string) error {
	title, slides, err := slidesOf(ds, events, group)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader()); err != nil {
		return err
	}
	if err := cw.Write(csvRow(title, "title")); err != nil {
		return err
	}
	for _, s := range slides {
		if err := cw.Write(csvRow(s, "")); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// slidesOf builds the title slide and one slide per event.
func slidesOf(ds *timeline.Dataset, events []int, group string) (outSlide, []outSlide, error) {
	groupOf, err := grouper(ds, group)
	if err != nil {
		return outSlide{}, nil, err
	}
	slides := make([]outSlide, 0, len(events))
	for _, i := range events {
		if i < 0 || i >= len(ds.Events()) {
			return outSlide{}, nil, fmt.Errorf("event index %d is out of range (the dataset has %d events)", i, len(ds.Events()))
		}
		slides = append(slides, eventSlide(ds, i, groupOf(i)))
	}
	return titleSlide(ds, events), slides, nil
}

// grouper returns what gives each event's TimelineJS group.
func grouper(ds *timeline.Dataset, group string) (func(i int) string, error) {
	switch group {
	case "":
		return func(int) string { return "" }, nil
	case "tag":
		return func(i int) string { return firstOf(ds.Events()[i].Tags) }, nil
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

func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// titleSlide says, deterministically, how many events the timeline shows
// and which outlets report them.
func titleSlide(ds *timeline.Dataset, events []int) outSlide {
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
	text := present.Count(len(events), "event", "events")
	if len(names) > 0 {
		text += ", reported by " + listNames(names)
	}
	return outSlide{headline: "cyberdesk timeline", text: "<p>" + escapeHTML(text) + ".</p>"}
}

// listNames joins names as prose: "A", "A and B", "A, B and C".
func listNames(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func eventSlide(ds *timeline.Dataset, i int, group string) outSlide {
	e := &ds.Events()[i]
	s := outSlide{
		id: untrusted.Clean(e.ID), start: e.Start, end: e.End,
		headline: escapeHTML(e.Title), text: eventHTML(ds, e), group: escapeHTML(group),
	}
	if needsDisplay(e.Start) || needsDisplay(e.End) {
		s.display = escapeHTML(timeline.FormatRange(e.Start, e.End))
	}
	return s
}

// needsDisplay reports whether year, month and day alone misstate d.
func needsDisplay(d timeline.Date) bool {
	return d.Precision == timeline.Week || d.Precision == timeline.Decade || d.Approx
}

// eventHTML is a slide's text: the summary, then each source's passage
// with the outlet and date it comes from.
func eventHTML(ds *timeline.Dataset, e *timeline.Event) string {
	var b strings.Builder
	b.WriteString("<p>" + escapeHTML(e.Summary) + "</p>")
	for _, src := range e.Sources {
		passage := strings.ReplaceAll(escapeHTML(src.Text.String()), "\n", "<br>")
		fmt.Fprintf(&b, "<blockquote><p>%s</p><p>— %s</p></blockquote>", passage, escapeHTML(present.Credit(ds, src)))
	}
	return b.String()
}

// escapeHTML makes text from data safe inside TimelineJS's HTML.
func escapeHTML(s string) string { return html.EscapeString(untrusted.Clean(s)) }

// jsonDoc is the part of the TimelineJS JSON format cyberdesk writes.
type jsonDoc struct {
	Title  *jsonSlide  `json:"title,omitempty"`
	Events []jsonSlide `json:"events"`
}

type jsonSlide struct {
	UniqueID    string    `json:"unique_id,omitempty"`
	StartDate   *jsonDate `json:"start_date,omitempty"`
	EndDate     *jsonDate `json:"end_date,omitempty"`
	DisplayDate string    `json:"display_date,omitempty"`
	Text        jsonText  `json:"text"`
	Group       string    `json:"group,omitempty"`
}

type jsonDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type jsonText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

func jsonSlideOf(s outSlide) *jsonSlide {
	return &jsonSlide{
		UniqueID: s.id, StartDate: jsonDateOf(s.start), EndDate: jsonDateOf(s.end),
		DisplayDate: s.display, Text: jsonText{Headline: s.headline, Text: s.text}, Group: s.group,
	}
}

// jsonDateOf gives the year, month and day d's precision knows: a week
// is its Monday, a decade its first year.
func jsonDateOf(d timeline.Date) *jsonDate {
	if d.IsZero() {
		return nil
	}
	j := &jsonDate{Year: d.Year()}
	switch d.Precision {
	case timeline.Day, timeline.Week:
		j.Month, j.Day = int(d.Month()), d.Day()
	case timeline.Month:
		j.Month = int(d.Month())
	}
	return j
}

func csvRow(s outSlide, typ string) []string {
	y, m, d := csvDate(s.start)
	ey, em, ed := csvDate(s.end)
	safe := cellSafe
	return []string{
		y, m, d, "", ey, em, ed, "", safe(s.display), safe(s.headline), safe(s.text),
		"", "", "", "", typ, safe(s.group), "",
	}
}

func csvDate(d timeline.Date) (y, m, day string) {
	j := jsonDateOf(d)
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

// formulaStarts are the characters that make a spreadsheet read a cell
// as a formula.
const formulaStarts = "=+-@\t\r"

// cellSafe stops a spreadsheet from reading a text cell as a formula.
func cellSafe(s string) string {
	if s != "" && strings.ContainsRune(formulaStarts, rune(s[0])) {
		return "'" + s
	}
	return s
}

// cellUnsafe undoes cellSafe, as a spreadsheet does on import.
func cellUnsafe(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStarts, rune(s[1])) {
		return s[1:]
	}
	return s
}

// slide is one slide as read from either form, before it is checked.
// Headline, text, display and group are HTML.
