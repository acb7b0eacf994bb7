// Package timelinejs reads and writes Knight Lab's TimelineJS format
// (https://timeline.knightlab.com): a JSON document, or the rows of its
// Google Sheets template saved as CSV, told apart by content.
//
// # Reading
//
// A TimelineJS document has no articles, outlets or spans, so reading one
// makes them up: the document is one outlet and one article, whose text is
// every slide's headline and plain text in turn (each slide's HTML reduced
// to text, htmltext.go), and each event cites the block of that text its
// own slide became. Read is a pipeline, bytes → rows → slides → events: a
// CSV is read a row at a time on a goroutine of its own, a batch of rows
// ahead of the build (stream.go), cut into slides (read.go), whose dates
// are read at their precision (dates.go), and built into events a batch at
// a time (build.go). Because the import's article is made of its events'
// own text, it tells the search so (timeline.TextPlacer), and the search
// reads titles and summaries where they are.
//
// Load reads a document held whole and places every problem at its line
// and column; Read streams and, on a problem, reads the file again (when
// its caller can) to place it the same way.
//
// Given a way to reopen the file (Options.Reopen), Read reads a CSV on
// every processor instead (parallel.go): a window of rows at a time, cut
// at record ends into a part a processor (records.go), each part read into
// its slides' blocks and events without allocating for a row (part.go),
// then placed side by side again in the article and the events' one
// array. It builds the dataset the sequential reading builds, export for
// export, byte for byte; where that reading would report a problem, or a
// row's text depends on the rows before it, it gives the document to that
// reading, from the start. A row over the row limit it refuses itself, as
// early and with the same error.
//
// # Writing
//
// Write and WriteCSV write the events a filter selects as the JSON
// document or as the template's CSV. Dates keep their precision through
// year, month and day being present or not, and through display_date
// written in cyberdesk's own notation ("wk 2022-09-05", "c. 1990s") where
// year, month and day alone cannot say it. A CSV cell a spreadsheet would
// run as a formula is neutralised.
package timelinejs
