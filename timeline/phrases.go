package timeline

// DatePhrase is a phrase of an article that names a date ("last month",
// "Sept. 14, 2023", "the following day") and the date it denotes, read
// against the right anchor: the article's own date, or the date the text
// has just named. End is zero unless the phrase names a stretch of time
// ("1939-1945", "World War II").
//
// A dataset lists every date phrase found in the articles nobody
// annotated, whether or not an event cites it, so that what the reader
// understood can be checked against the text; curated datasets list
// none, their events' sources carry the phrases that matter.
type DatePhrase struct {
	Span Span
	Date Date
	End  Date
}
