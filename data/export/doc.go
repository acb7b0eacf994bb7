// Package export writes a dataset as one JSON document (schema in
// README.md) and reads it back.
//
// [Write] is deterministic: the same dataset gives the same bytes. What
// the dataset derives (each statement's renderings, the wording
// discrepancies) is written for scripts, and derived again, not read,
// when the document is loaded.
//
// [Read] streams a document of any size: its outline is cut without
// decoding (stream.go), and its events, the bulk of a large export, are
// decoded a batch at a time on other goroutines by a small decoder of
// their own that hands anything unusual to the JSON v2 decoder
// (fastevent.go). [Load] reads a document held whole and places every
// problem at its line and column; Read, on a problem, reads the file
// again when its caller can, to place it the same way.
package export
