package synth

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Shape is what each synthetic event looks like.
type Shape uint8

// The shapes [Parts] makes.
const (
	// Full events have the real data's shape: a title and summary of a
	// sentence each, countries, actors, tags, and one or two sources in
	// articles of many outlets. As a TimelineJS CSV that is about 400
	// bytes a row.
	Full Shape = iota
	// Short events are a spreadsheet's slides: a short headline, one
	// short line of text, a date and a tag, reported by one outlet in one
	// article made of their own text, as a TimelineJS import makes one.
	// As a TimelineJS CSV ([WriteShortCSV]) that is about 120 bytes a row:
	// where a load's cost per event, not per byte, shows.
	Short
)

// shortPairs are the short shape's headlines and texts. Slots as in
// themes; each pair names at most two countries.
var shortPairs = []pair{
	{"{Attack} hits {a1} {target}", "It was offline for {dur}."},
	{"{C1} blames {c2} for {attack}", "Talks on {topic} are off, {city1} said."},
	{"{a1} {official} visits {city2}", "Talks centred on {topic}."},
	{"{C1} expels {a2} diplomats", "The move follows {reason}."},
	{"{a1} {org} reports data leak", "Files were taken from the {target}."},
	{"{C1} and {c2} sign {topic} pact", "The deal runs for {dur}, the {org} said."},
	{"{Alliance} warns {c1} of {threat}", "A report is due in {dur}."},
	{"{a1} police arrest {num} over {attack}", "The {target} was hit for {dur}."},
	{"{C1} recalls envoy to {c2}", "The recall follows {reason}."},
	{"{a1} {org} restores {target}", "Service was back after {dur}."},
}

// shortOutlet and shortArticle are the one outlet and article of the
// short shape.
const (
	shortOutlet  = "synth-wire"
	shortArticle = "synth-slides"
)

// shortParts makes n events of the Short shape.
func (g *generator) shortParts(n int, p *timeline.Parts) {
	whens := make([]dates, n)
	order := make([]uint64, n)
	for i := range whens {
		whens[i] = g.when()
		order[i] = uint64(whens[i].key)<<32 | uint64(i)
	}
	slices.Sort(order)
	events := make([]timeline.Event, n)
	sources := make([]timeline.Source, n)
	tags := timeline.Tags()
	width := len(strconv.Itoa(n))
	titles := make([]int32, n) // each title's length, until the text is whole
	var text strings.Builder
	text.Grow(n * 80)
	var x eventCtx
	for i := range events {
		e := &events[i]
		x.c1 = uint8(g.pick(len(countryList), true))
		for x.c2 = x.c1; x.c2 == x.c1; {
			x.c2 = uint8(g.pick(len(countryList), true))
		}
		g.slots(&x)
		pr := shortPairs[g.r.IntN(len(shortPairs))]
		g.buf = g.expand(g.buf[:0], pr[0], &x)
		t := len(g.buf)
		g.buf = append(g.buf, '\n')
		g.buf = g.expand(g.buf, pr[1], &x)
		e.ID = idOf("ev", i+1, width)
		w := &whens[order[i]&(1<<32-1)]
		e.Start, e.End = w.start, w.end
		e.Tags = tags[g.r.IntN(len(tags)):][:1:1]
		start := text.Len()
		text.Write(g.buf)
		sources[i] = timeline.Source{Span: timeline.Span{Article: shortArticle, Start: start, End: text.Len()}}
		titles[i] = int32(t)
		e.Sources = sources[i : i+1 : i+1]
		text.WriteString("\n\n")
	}
	all := text.String()
	for i := range events {
		e, s := &events[i], &sources[i]
		t := int(titles[i])
		s.Text = untrusted.Text(all[s.Start:s.End])
		e.Title, e.Summary = all[s.Start:s.Start+t], all[s.Start+t+1:s.End]
	}
	p.Outlets = []timeline.Outlet{{ID: shortOutlet, Name: "Synth Wire"}}
	t := events[n-1].Start.First()
	p.Articles = []timeline.Article{{
		ID: shortArticle, File: "synth/slides.txt", Outlet: shortOutlet, Title: "Synthetic slides",
		Published: timeline.DayDate(t.Year(), t.Month(), t.Day()), Text: untrusted.Text(all),
	}}
	p.Events = events
}

// ShortCSV is the TimelineJS CSV of n events of the Short shape made
// from seed, as `cyberdesk synth --shape short --format csv` writes it:
// what the readers' tests and benchmarks import.
func ShortCSV(n int, seed uint64) ([]byte, error) {
	ds, err := timeline.New(Parts(Options{Events: n, Seed: seed, Shape: Short}))
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = WriteShortCSV(&b, ds)
	return b.Bytes(), err
}

// WriteShortCSV writes the events of ds, which should be of the Short
// shape, as the TimelineJS template's CSV: a date, the title as the
// headline, the summary as the text and the first tag as the group, one
// row each, with no title row. Other events are written the same way, so
// it writes any dataset, only less faithfully than a TimelineJS writer.
func WriteShortCSV(w io.Writer, ds *timeline.Dataset) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{
		"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
		"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
		"Media Thumbnail", "Type", "Group", "Background",
	})
	row := make([]string, 18)
	for i := range ds.Events() {
		e := &ds.Events()[i]
		clear(row)
		row[0], row[1], row[2] = csvDate(e.Start)
		row[4], row[5], row[6] = csvDate(e.End)
		if needsDisplay(e.Start) || needsDisplay(e.End) {
			row[8] = timeline.FormatRange(e.Start, e.End)
		}
		row[9], row[10] = untrusted.CleanLine(e.Title), untrusted.CleanLine(e.Summary)
		if len(e.Tags) > 0 {
			row[16] = untrusted.CleanLine(e.Tags[0])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvDate is the year, month and day d's precision knows, as the
// template's cells: a week is its Monday, a decade its first year.
func csvDate(d timeline.Date) (y, m, day string) {
	itoa := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	switch d.Precision {
	case timeline.PrecisionNone:
		return "", "", ""
	case timeline.Day, timeline.Week:
		return itoa(d.Year()), itoa(int(d.Month())), itoa(d.Day())
	case timeline.Month:
		return itoa(d.Year()), itoa(int(d.Month())), ""
	}
	return itoa(d.Year()), "", ""
}

// needsDisplay reports whether year, month and day alone misstate d, so
// the display date must say it.
func needsDisplay(d timeline.Date) bool {
	return d.Precision == timeline.Week || d.Precision == timeline.Decade || d.Approx
}

// WriteShortLines writes one line per event of ds, for fzf and less, with
// what an imported slide holds and a search finds in it: the date, the
// title, the summary and the tags (WriteLines also names countries,
// actors and outlets, which a Short event does not have but for its one
// outlet).
//
//	2022-09-07  Title — Summary  #tag
func WriteShortLines(w io.Writer, ds *timeline.Dataset) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for i := range ds.Events() {
		e := &ds.Events()[i]
		writeHead(bw, e)
		bw.WriteString(" ")
		for _, t := range e.Tags {
			bw.WriteString(" #")
			bw.WriteString(oneLine(t))
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}
