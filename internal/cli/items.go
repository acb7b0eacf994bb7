package cli

import (
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The JSON every command writes: one shape per kind of item, typed
// (booleans, integers, null, arrays), with the export's field names where
// they mean the same. README's "From scripts" has a table of them; a
// change here changes that table.

// jsonDate is a date as the export writes it: {"date": "2022-09",
// "precision": "month", "approx": true}.
type jsonDate struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Approx    bool   `json:"approx,omitempty"`
}

// dateOf is d as JSON, or nil (null) when there is none.
func dateOf(d timeline.Date) *jsonDate {
	if d.IsZero() {
		return nil
	}
	return &jsonDate{Date: d.ISO(), Precision: d.Precision.String(), Approx: d.Approx}
}

// jsonSpan is a cited passage: bytes [start, end) of an article and the
// text found there.
type jsonSpan struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

func spanOf(s timeline.Span) jsonSpan {
	return jsonSpan{Article: s.Article, Start: s.Start, End: s.End, Text: s.Text.Verbatim()}
}

// eventItem is an event in a listing.
type eventItem struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Summary  string    `json:"summary"`
	Start    *jsonDate `json:"start"`
	End      *jsonDate `json:"end"`
	DateNote string    `json:"date_note,omitempty"`
	// Countries are those the event names; Involves adds its actors'
	// (what --country matches).
	Countries []string `json:"countries"`
	Involves  []string `json:"involves"`
	Actors    []string `json:"actors"`
	Tags      []string `json:"tags"`
	Outlets   []string `json:"outlets"`
	Sources   int      `json:"sources"`
	Extracted bool     `json:"extracted"`
	// Scope is story or background; Score how many outlets and articles
	// report the event (see timeline.Dataset.Score).
	Scope string  `json:"scope"`
	Score float64 `json:"score"`
}

func eventOf(ds *timeline.Dataset, i int) eventItem {
	e := &ds.Events()[i]
	return eventItem{
		ID: e.ID, Title: e.Title, Summary: e.Summary, Start: dateOf(e.Start), End: dateOf(e.End), DateNote: e.DateNote,
		Countries: list(e.Countries), Involves: list(ds.EventCountries(i)), Actors: list(e.Actors), Tags: list(e.Tags),
		Outlets: list(ds.EventOutlets(i)), Sources: len(e.Sources), Extracted: e.Extracted,
		Scope: ds.Scope(i).String(), Score: ds.Score(i),
	}
}

// list is s, or an empty list where s is nil: JSON has [], never null,
// for a list.
func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
