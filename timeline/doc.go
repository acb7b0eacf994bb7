// Package timeline is cyberdesk's domain: a news story told as dated events,
// the actors in them, and the quotations outlets printed, each traced back to
// the exact bytes of a source article.
//
// # Vocabulary
//
// An [Article] is one source text, published by an [Outlet]. A [Span] is a
// byte range [Start, End) of an article together with the text found there;
// every claim in a [Dataset] cites one. An [Actor] is a person, state or
// organisation that acts or speaks. An [Event] is a dated happening with the
// countries, actors and tags involved and one [Source] span per article that
// reports it. A [Quote] is one outlet's verbatim rendering of a [Statement];
// renderings of the same words in different outlets share a statement, which
// is what lets them be read side by side.
//
// # Dates
//
// A [Date] carries its [Precision]: day, week, month, year or decade, and may
// be approximate. It is never more precise than its source allows: "In
// September" is a month, "the 1990s" a decade. An event with an End spans a
// range. [Resolve] turns the date phrases news text uses ("yesterday", "On
// Monday", "Three weeks ago", "July 15") into a date, given the article's own
// publication date as the anchor.
//
// # Story and background
//
// The articles' publication dates, widened by [StoryMargin] before and
// [StoryAhead] after, are the story's [Dataset.Period]; an event in it is the story,
// one before or after it (or dated no finer than a decade) is background
// mentioned in passing ([Dataset.Scope]). An event is reported by
// outlets and articles ([Dataset.Support]), which give it a score from 0
// to 1 ([Dataset.Score]) and rank it: on one date the most reported
// found event comes first, and [Dataset.Ranked] orders any list so. An
// event found automatically that one article mentions is a weak
// candidate ([Dataset.Weak]). All are derived from the items, never
// stored: a [Filter] selects by scope ([Filter.Scope]) and by how many
// outlets report an event ([Filter.MinOutlets]).
//
// # Building a dataset
//
// A [Parts] value holds the items; [New] checks and indexes them into a
// [Dataset], which is read-only from then on: its items are read through
// methods ([Dataset.Events], [Dataset.Actors], ...) and looked up by id
// ([Dataset.Event], [Dataset.Actor], ...). New copies the events it sorts;
// [Adopt] takes the parts as they are, for loaders that hand a large
// dataset over. To change a dataset, change its [Dataset.Parts] and build
// a new one.
//
// [AdoptDeferred] returns as soon as the dataset is sorted and checked,
// for a program that shows it at once: the indexes that grow with the
// events (the search text, the posting lists, each event's countries and
// outlets) are built on a goroutine of its own, and [Dataset.Indexed]
// says when they are. Until then every method still gives the answers it
// gives after; a filter or a search reads every event instead of an
// index. [Restore] is Adopt for parts read back from what a checksum
// vouches was written from a checked dataset (the cache's): it checks
// again only what keeps the dataset's methods safe, not each event.
// [AdoptDeferredAfter] and [RestoreAfter] hold the index build until a
// channel closes, so that a program's first frame has the processors to
// itself.
//
// # Invariants
//
// New checks what a dataset needs to be navigable: unique ids, every
// reference resolving, dates well formed, events in chronological order. It
// reports every problem as a [*ValidationError] naming the item and field.
// Whether span text really matches the article bytes is the loader's concern
// (package data), since only it knows where the bytes came from.
//
// Spans are byte offsets into the article's unmodified text; that text,
// and every span's, is an [untrusted.Text], which prints only cleaned.
//
// # Querying
//
// A [Filter] selects events ([Dataset.Apply]): facets intersect posting
// lists built once, and a search scans one buffer of every event's text.
// An importer whose articles are made of its events' own text can say so
// with a [TextPlacer], and the search then reads that text in place.
// [Dataset.Coverage], [Dataset.Renderings] and the discrepancies compare
// the outlets.
//
// The package does no I/O, holds no package-level state and imports no UI
// code.
package timeline
