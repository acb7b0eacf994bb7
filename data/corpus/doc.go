// Package corpus reads a corpus directory: one UTF-8 text file per
// article, a manifest.json describing them (outlet, title, byline, date,
// each stated with the words that state it or inferred with the reason)
// and, optionally, an annotations.json of curated actors, events,
// statements, quotes and discrepancies. The embedded seeds are one such
// corpus ([Seeds]).
//
// [Open] leaves out an article it cannot read and says why (Level Skip),
// notes a text it normalised (a byte-order mark, CRLF), and loads the
// rest; what the annotations cite must load, or nothing does. Every span
// is checked byte for byte against its article. Articles no annotation
// cites are read by data/extract. With WithSeeds the embedded corpus is
// merged in, outlets and actors unified by id or name.
//
// [Init] drafts a manifest for a folder of texts, and [Fill] completes
// hand-written annotations (span offsets from their text, each actor's
// mentions from its aliases); both return the new file's bytes for the
// caller to write.
package corpus
