package data

import "github.com/cyberdesk-dev/cyberdesk/data/internal/schema"

// Error is one problem found in a file: its place, the item and field it
// concerns, and what it did to the load ([Level]).
type Error = schema.Error

// Level says what a problem did to the load.
type Level = schema.Level

// Levels of [Error].
const (
	Fatal = schema.Fatal // nothing loads until it is fixed
	Skip  = schema.Skip  // the article it concerns is left out; the rest loads
	Note  = schema.Note  // the text was normalised, or looks damaged; it loads, nothing is lost
)

// Limits are the most a reader takes in (see the Max constants).
type Limits = schema.Limits

// The limits on what cyberdesk reads. Each is far above what a real file
// needs and far below what would exhaust memory; past one, loading stops
// with an error naming the file (and the line, where there is one) and the
// limit, instead of running out of memory. SECURITY.md lists them.
const (
	MaxArticleBytes    = schema.MaxArticleBytes    // the largest article text
	MaxLineBytes       = schema.MaxLineBytes       // the longest line of an article, or TimelineJS cell
	MaxArticles        = schema.MaxArticles        // the most articles a manifest may list
	MaxEvents          = schema.MaxEvents          // the most events a dataset may hold
	MaxJSONBytes       = schema.MaxJSONBytes       // the largest manifest or annotations file
	MaxDatasetBytes    = schema.MaxDatasetBytes    // the largest JSON export
	MaxTimelineJSBytes = schema.MaxTimelineJSBytes // the largest TimelineJS document
)

// SchemaVersion is the version of the JSON documents cyberdesk writes;
// readers accept every version up to it.
const SchemaVersion = schema.Version
