package data

import "github.com/cyberdesk-dev/cyberdesk/timeline"

// The JSON documents cyberdesk reads and writes. One vocabulary serves the
// corpus manifest, the annotations file and the export, so a dataset written
// by `cyberdesk export --format json` reads back with the same types.

// SchemaVersion is the version of the JSON documents this package writes.
// Readers accept every version up to it. Version 2 added statements'
// renderings and the discrepancies to the export; a version 1 export reads
// the same, without them (they are derived again on load). Version 3 added
// the export's extra_tags, the tags an imported dataset uses beyond
// timeline.Tags.
const SchemaVersion = 3

// jsonDate is a date at a precision: {"date": "2022-09", "precision": "month"}.
type jsonDate struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Approx    bool   `json:"approx,omitempty"`
}

// jsonSpan cites bytes [Start, End) of an article, with the text found there.
// Nth is an authoring aid, never written: see cmd spanfill.
type jsonSpan struct {
	Article string       `json:"article"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
	Text    timeline.Raw `json:"text"`
	Nth     int          `json:"nth,omitempty"`
}

// manifest describes the articles of a corpus directory.
type manifest struct {
	Schema    int               `json:"schema"`
	Countries map[string]string `json:"countries,omitempty"` // names of the outlets' country codes
	Outlets   []jsonOutlet      `json:"outlets"`
	Articles  []manifestItem    `json:"articles"`
}

type jsonOutlet struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	// Basis says how the country is known: "stated" in a corpus text, or
	// "inferred" with Note giving the reasoning.
	Basis string `json:"basis,omitempty"`
	Note  string `json:"note,omitempty"`
}

// manifestItem is one article with the provenance of each of its fields.
type manifestItem struct {
	ID        string     `json:"id"`
	File      string     `json:"file"`
	SHA256    string     `json:"sha256"`
	Outlet    fact       `json:"outlet"`
	Title     fact       `json:"title"`
	Byline    fact       `json:"byline"`
	Published dateFact   `json:"published"`
	Furniture []jsonSpan `json:"furniture,omitempty"`
}

// fact is a field value and how it is known. Basis is "stated" (Evidence
// quotes the article saying it) or "inferred" (Note explains; Evidence, if
// any, is the clue in the text).
type fact struct {
	Value    string    `json:"value"`
	Basis    string    `json:"basis"`
	Evidence *jsonSpan `json:"evidence,omitempty"`
	Note     string    `json:"note,omitempty"`
}

type dateFact struct {
	Value    jsonDate  `json:"value"`
	Basis    string    `json:"basis"`
	Evidence *jsonSpan `json:"evidence,omitempty"`
	Note     string    `json:"note,omitempty"`
}

// annotations is the curated layer over a corpus.
type annotations struct {
	Schema     int               `json:"schema"`
	Countries  map[string]string `json:"countries"`
	Actors     []jsonActor       `json:"actors"`
	Statements []jsonStatement   `json:"statements"`
	Quotes     []jsonQuote       `json:"quotes"`
	Events     []jsonEvent       `json:"events"`
	// Discrepancies are the curated points where outlets differ on a fact.
	// Differences in the wording of a quotation are derived, not written.
	Discrepancies []jsonDiscrepancy `json:"discrepancies,omitempty"`
}

type jsonActor struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Country  string     `json:"country,omitempty"`
	Aliases  []string   `json:"aliases"`
	Roles    []jsonRole `json:"roles"`
	Mentions []jsonSpan `json:"mentions"`
	// Extracted marks what cyberdesk found itself in an unannotated
	// article (here, an actor for a new name), not what a curator wrote.
	Extracted bool `json:"extracted,omitempty"`
}

type jsonRole struct {
	Title  string   `json:"title"`
	Source jsonSpan `json:"source"`
}

type jsonStatement struct {
	ID        string   `json:"id"`
	Speaker   string   `json:"speaker"`
	Label     string   `json:"label"`
	Events    []string `json:"events"`
	Extracted bool     `json:"extracted,omitempty"`
}

type jsonQuote struct {
	ID          string    `json:"id"`
	Statement   string    `json:"statement"`
	Speaker     string    `json:"speaker"`
	Span        jsonSpan  `json:"span"`
	Attribution *jsonSpan `json:"attribution,omitempty"`
	Extracted   bool      `json:"extracted,omitempty"`
	// Score is how surely an extracted quote renders its statement, from
	// 0 to 1.
	Score float64 `json:"score,omitempty"`
}

type jsonEvent struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Summary   string       `json:"summary"`
	Start     jsonDate     `json:"start"`
	End       *jsonDate    `json:"end"`
	DateNote  string       `json:"date_note,omitempty"`
	Countries []string     `json:"countries"`
	Actors    []string     `json:"actors"`
	Tags      []string     `json:"tags"`
	Sources   []jsonSource `json:"sources"`
	Extracted bool         `json:"extracted,omitempty"`
}

type jsonSource struct {
	Span      jsonSpan `json:"span"`
	Caption   bool     `json:"caption,omitempty"`
	When      string   `json:"when,omitempty"`
	Tense     string   `json:"tense,omitempty"` // "future" for a weekday that looks ahead
	Extracted bool     `json:"extracted,omitempty"`
}

type jsonDiscrepancy struct {
	ID          string      `json:"id"`
	Kind        string      `json:"kind"`
	Description string      `json:"description"`
	Statement   string      `json:"statement,omitempty"` // export only: a wording discrepancy's statement
	Derived     bool        `json:"derived,omitempty"`   // export only: computed, not curated
	Sides       []jsonClaim `json:"sides"`
}

// jsonDatePhrase is a date phrase found in an article and the date it
// denotes; End only for a phrase that names a stretch of time.
type jsonDatePhrase struct {
	Span jsonSpan  `json:"span"`
	Date jsonDate  `json:"date"`
	End  *jsonDate `json:"end,omitempty"`
}

// jsonClaim is one side of a discrepancy: what it says, and where.
type jsonClaim struct {
	Reading string   `json:"reading"`
	Span    jsonSpan `json:"span"`
}
