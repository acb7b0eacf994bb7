package schema

import "github.com/cyberdesk-dev/cyberdesk/internal/untrusted"

// The JSON documents cyberdesk reads and writes. One vocabulary serves the
// corpus manifest, the annotations file and the export, so a dataset written
// by `cyberdesk export --format json` reads back with the same types.

// Version is the version of the JSON documents this package writes.
// Readers accept every version up to it. Version 2 added statements'
// renderings and the discrepancies to the export; a version 1 export reads
// the same, without them (they are derived again on load). Version 3 added
// the export's extra_tags, the tags an imported dataset uses beyond
// [timeline.Tags]. Version 4 added each article's url and the basis of
// its publication date. Version 5 added each event's scope and score,
// a source's basis and a discrepancy's extracted mark; a reader derives
// the scope and score again, so older exports read the same.
const Version = 5

// Date is a date at a precision: {"date": "2022-09", "precision": "month"}.
type Date struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Approx    bool   `json:"approx,omitempty"`
}

// Span cites bytes [Start, End) of an article, with the text found there.
// Nth is an authoring aid, never written: corpus fill reads it to find the
// nth occurrence of Text.
type Span struct {
	Article string         `json:"article"`
	Start   int            `json:"start"`
	End     int            `json:"end"`
	Text    untrusted.Text `json:"text"`
	Nth     int            `json:"nth,omitempty"`
}

// Manifest describes the articles of a corpus directory.
type Manifest struct {
	Schema    int               `json:"schema"`
	Countries map[string]string `json:"countries,omitempty"` // names of the outlets' country codes
	Outlets   []Outlet          `json:"outlets"`
	Articles  []ManifestItem    `json:"articles"`
}

type Outlet struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	// Basis says how the country is known: "stated" in a corpus text, or
	// "inferred" with Note giving the reasoning.
	Basis string `json:"basis,omitempty"`
	Note  string `json:"note,omitempty"`
}

// ManifestItem is one article with the provenance of each of its fields.
type ManifestItem struct {
	ID        string   `json:"id"`
	File      string   `json:"file"`
	SHA256    string   `json:"sha256"`
	Outlet    Fact     `json:"outlet"`
	Title     Fact     `json:"title"`
	Byline    Fact     `json:"byline"`
	Published DateFact `json:"published"`
	Furniture []Span   `json:"furniture,omitempty"`
	// URL is where the article was published, where known.
	URL string `json:"url,omitempty"`
	// Page is the saved web page the text was read from, kept beside it;
	// absent for an article that came as text.
	Page *PageFile `json:"page,omitempty"`
}

// PageFile is a saved page kept in a corpus folder, with the checksum of
// the bytes its article's text was read from: when the page's bytes no
// longer match, the text is out of date (corpus refresh reads it again).
type PageFile struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// Fact is a field value and how it is known. Basis is "stated" (Evidence
// quotes the article saying it) or "inferred" (Note explains; Evidence, if
// any, is the clue in the text). For an article kept as a page, a field
// the page's markup states (a meta tag, JSON-LD) is "stated" with Note
// naming the tag and its line in the page, and Evidence, where the same
// words are in the text, citing them.
type Fact struct {
	Value    string `json:"value"`
	Basis    string `json:"basis"`
	Evidence *Span  `json:"evidence,omitempty"`
	Note     string `json:"note,omitempty"`
}

type DateFact struct {
	Value    Date   `json:"value"`
	Basis    string `json:"basis"`
	Evidence *Span  `json:"evidence,omitempty"`
	Note     string `json:"note,omitempty"`
}

// Annotations is the curated layer over a corpus.
type Annotations struct {
	Schema     int               `json:"schema"`
	Countries  map[string]string `json:"countries"`
	Actors     []Actor           `json:"actors"`
	Statements []Statement       `json:"statements"`
	Quotes     []Quote           `json:"quotes"`
	Events     []Event           `json:"events"`
	// Discrepancies are the curated points where outlets differ on a fact.
	// Differences in the wording of a quotation are derived, not written.
	Discrepancies []Discrepancy `json:"discrepancies,omitempty"`
}

type Actor struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Country  string   `json:"country,omitempty"`
	Aliases  []string `json:"aliases"`
	Roles    []Role   `json:"roles"`
	Mentions []Span   `json:"mentions"`
	// Extracted marks what cyberdesk found itself in an unannotated
	// article (here, an actor for a new name), not what a curator wrote.
	Extracted bool `json:"extracted,omitempty"`
}

type Role struct {
	Title  string `json:"title"`
	Source Span   `json:"source"`
}

type Statement struct {
	ID        string   `json:"id"`
	Speaker   string   `json:"speaker"`
	Label     string   `json:"label"`
	Events    []string `json:"events"`
	Extracted bool     `json:"extracted,omitempty"`
}

type Quote struct {
	ID          string `json:"id"`
	Statement   string `json:"statement"`
	Speaker     string `json:"speaker"`
	Span        Span   `json:"span"`
	Attribution *Span  `json:"attribution,omitempty"`
	Extracted   bool   `json:"extracted,omitempty"`
	// Score is how surely an extracted quote renders its statement, from
	// 0 to 1.
	Score float64 `json:"score,omitempty"`
}

type Event struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Start     Date     `json:"start"`
	End       *Date    `json:"end"`
	DateNote  string   `json:"date_note,omitempty"`
	Countries []string `json:"countries"`
	Actors    []string `json:"actors"`
	Tags      []string `json:"tags"`
	Sources   []Source `json:"sources"`
	Extracted bool     `json:"extracted,omitempty"`
	// Scope and Score are written for every event, for whoever reads the
	// file: "story" or "background" ([timeline.Dataset.Scope]), and how
	// well the articles support it, 0 to 1 ([timeline.Dataset.Score]).
	// Both are derived from the rest (the articles' dates, the sources),
	// so a reader checks them and derives them again.
	Scope string  `json:"scope,omitempty"`
	Score float64 `json:"score,omitempty"`
}

type Source struct {
	Span      Span   `json:"span"`
	Caption   bool   `json:"caption,omitempty"`
	When      string `json:"when,omitempty"`
	Tense     string `json:"tense,omitempty"` // "future" for a weekday that looks ahead
	Extracted bool   `json:"extracted,omitempty"`
	// Basis marks the source whose date phrase gives the event its date.
	Basis bool `json:"basis,omitempty"`
}

type Discrepancy struct {
	ID          string  `json:"id"`
	Kind        string  `json:"kind"`
	Description string  `json:"description"`
	Statement   string  `json:"statement,omitempty"` // export only: a wording discrepancy's statement
	Derived     bool    `json:"derived,omitempty"`   // export only: computed, not curated
	Sides       []Claim `json:"sides"`
	// Extracted marks a discrepancy found in articles nobody annotated:
	// their dates for one event cannot all be right.
	Extracted bool `json:"extracted,omitempty"`
}

// DatePhrase is a date phrase found in an article and the date it
// denotes; End only for a phrase that names a stretch of time.
type DatePhrase struct {
	Span Span  `json:"span"`
	Date Date  `json:"date"`
	End  *Date `json:"end,omitempty"`
}

// Claim is one side of a discrepancy: what it says, and where.
type Claim struct {
	Reading string `json:"reading"`
	Span    Span   `json:"span"`
}
