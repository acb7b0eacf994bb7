// Package schema is the JSON vocabulary cyberdesk's documents share, and
// what every reader of them needs: the corpus manifest, its annotations
// and the JSON export are written with the same types ([Span], [Date],
// [Event], ...), so a dataset exported reads back with them.
//
// A [Reader] turns those items into [timeline.Parts] and builds the
// dataset, recording each problem as an [*Error] that names the file, the
// line and column where it has one, the item and the field; loading never
// stops at the first problem when later ones can still be found. [Limits]
// are the most any reader takes in, and [Clean] makes every one-line
// field safe before a dataset is built.
//
// The package is internal to data: its readers (data/corpus, data/export,
// data/timelinejs) use it, and package data re-exports what callers see.
package schema
