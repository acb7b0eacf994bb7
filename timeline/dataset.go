package timeline

import (
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// Span is a byte range [Start, End) of an article and the text found there.
type Span struct {
	Article string // article id
	Start   int
	End     int
	Text    untrusted.Text
}

// Article is one source text.
type Article struct {
	ID        string
	File      string // path the text was read from, for citations
	Outlet    string // outlet id
	Title     string
	Byline    string // "" when the article names no author
	Published Date
	// PublishedBasis says how the date is known: "stated" (the text says
	// it) or "inferred" (worked out from clues); "" where no one said.
	PublishedBasis string
	URL            string         // where the article was published, where known
	Text           untrusted.Text // the article, byte for byte
}

// Outlet is a publication.
type Outlet struct {
	ID      string
	Name    string
	Country string // ISO 3166-1 alpha-2, or "" where unknown
}

// ActorKind classifies an actor.
type ActorKind string

// Actor kinds, a controlled vocabulary.
const (
	Person       ActorKind = "person"
	State        ActorKind = "state"
	Government   ActorKind = "government"
	Agency       ActorKind = "agency"
	Organisation ActorKind = "organisation"
	Alliance     ActorKind = "alliance"
	Group        ActorKind = "group"
	Company      ActorKind = "company"
	Media        ActorKind = "media"
)

// ActorKinds returns every valid [ActorKind], in display order; the slice
// is the caller's.
func ActorKinds() []ActorKind { return slices.Clone(actorKinds[:]) }

var actorKinds = [...]ActorKind{Person, State, Government, Agency, Organisation, Alliance, Group, Company, Media}

// Role is a title an article gives an actor, with the words that give it.
type Role struct {
	Title  string
	Source Span
}

// Actor is a person, state or organisation that acts or speaks.
type Actor struct {
	ID       string
	Name     string
	Kind     ActorKind
	Country  string // ISO 3166-1 alpha-2, or "" where none applies
	Roles    []Role
	Aliases  []string
	Mentions []Span
	// Extracted marks an actor cyberdesk created from a name it found
	// attributed to a quotation, not one a curator described.
	Extracted bool
}

// Tags returns the controlled vocabulary for [Event.Tags]; the slice is
// the caller's.
func Tags() []string { return slices.Clone(tags[:]) }

// IsTag reports whether t is one of [Tags].
func IsTag(t string) bool { return slices.Contains(tags[:], t) }

var tags = [...]string{
	"cyberattack", "diplomacy", "sanctions", "visit", "meeting", "statement",
	"history", "cooperation", "refugees", "investigation", "security", "alliance",
}

// Source is the passage of one article that reports an event.
type Source struct {
	Span
	When    string // the date phrase inside the passage, if it dates the event
	Caption bool   // the passage is a photo caption, not article prose
	Tense   Tense  // which way When points when it names a weekday, a month or a day of a month without its year
	// Extracted marks a passage found automatically: a sentence that
	// reports the event, most often with a date phrase and a known actor,
	// sometimes with the undated sentence after it that tells it again.
	Extracted bool
	// Basis marks the source whose date phrase (When) gives the event
	// its date: the most precise one. An event has at most one, and
	// curated events, whose dates the curator gives, need none.
	Basis bool
}

// Event is a dated happening.
type Event struct {
	ID      string
	Title   string
	Summary string // one line, in cyberdesk's own words
	Start   Date
	End     Date // zero unless the event spans a range
	// Extracted marks an event built automatically from the dated
	// sentences that report it in articles nobody annotated; its title is
	// made from them. It sits beside the dates, in the padding they
	// leave, so it costs no space.
	Extracted bool
	DateNote  string
	Countries []string
	Actors    []string
	Tags      []string
	Sources   []Source
}

// FromCaption reports whether every source of e is a photo caption.
func (e *Event) FromCaption() bool {
	for _, s := range e.Sources {
		if !s.Caption {
			return false
		}
	}
	return len(e.Sources) > 0
}

// Statement is something said once and rendered by one or more outlets.
type Statement struct {
	ID      string
	Speaker string // actor id
	Label   string // a short name for it, in cyberdesk's words
	Events  []string
	// Extracted marks a statement cyberdesk grouped automatically from
	// extracted quotations; its label is the first words of one of them.
	Extracted bool
}

// Quote is one outlet's verbatim rendering of (part of) a statement.
type Quote struct {
	ID          string
	Statement   string
	Speaker     string // actor id
	Span        Span   // the quoted words, without the quote marks
	Attribution Span   // the words crediting the speaker; zero if none cited
	// Extracted marks a quotation found automatically, with its speaker
	// attributed from the surrounding words, not by a curator. Score, from
	// 0 to 1, is the share of its words found in the rendering it was
	// grouped with (1 when it begins a statement or continues one split by
	// an attribution).
	Extracted bool
	Score     float64
}

// Parts is what a dataset is made of, before [New] indexes and checks it.
type Parts struct {
	Articles   []Article
	Outlets    []Outlet
	Countries  map[string]string // ISO code -> name
	Actors     []Actor
	Events     []Event
	Statements []Statement
	Quotes     []Quote
	// ExtraTags widens the tag vocabulary beyond [Tags] for this dataset,
	// for data imported from elsewhere (a TimelineJS group, say).
	ExtraTags []string
	// Discrepancies are the curated ones; [New] adds those it derives
	// (and drops any marked Derived it is given).
	Discrepancies []Discrepancy
	// Placer, when not nil, says which events' text opens their first
	// source's passage, so the search can read it there.
	Placer TextPlacer
	// Dates are the date phrases found in articles nobody annotated, in
	// order of article and position; curated datasets have none.
	Dates []DatePhrase
	// IDsMade says the loader made every event's id itself, each one
	// distinct and none empty, as an importer numbering its slides does.
	// The table that finds an event by its id, which checks that, is then
	// built with the indexes ([AdoptDeferred] builds them after a first
	// frame), unless a statement names events: those need it at once.
	IDsMade bool
}

// A TextPlacer knows which events' searchable text, their title and then,
// after a newline, their summary, opens their first source's passage: an
// importer that builds its articles out of the events' own text does. The
// search then looks for words where that text already is instead of in a
// lower-cased copy. [New] checks every claim against the passage, so a
// wrong one costs memory, never a wrong answer.
type TextPlacer interface {
	TextOpensSource(e *Event) bool
}
