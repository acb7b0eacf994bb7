// Package cache keeps the datasets cyberdesk loads from large files, so
// that opening an unchanged file again takes a moment instead of a read.
//
// An entry is one file in the cache folder (os.UserCacheDir()/cyberdesk
// for the command line), named after the path of the file it was loaded
// from, holding the dataset in a form built to be mapped into memory and
// read where it lies: the articles' texts and every string inline, the
// events as records read on every processor, their strings pointing into
// the mapping. It is keyed by the file's path, size and modification
// time and a hash of its first and last blocks ([Key]); an entry for a
// file that has changed in any of these is never served.
//
// An entry is untrusted input, like any file: one that is corrupt (a
// checksum of every block and of the footer: every byte but the footer's
// length and end mark, which must agree with them), cut short, foreign,
// of another version, or made to harm is refused and removed, never
// served, and the file is loaded again. Every length and place in it is
// checked before it is used. An entry whose checksums match is what
// cyberdesk wrote from a dataset it had cleaned and checked, so its
// events are not cleaned or checked one by one again (timeline.Restore):
// what keeps the dataset's methods safe on an entry made to harm with
// checksums to match is checked still (each event has a title, a start
// and a source, its spans lie in their articles, and every country, actor
// and tag its lists name is known, each string once), and the rest of
// the dataset is cleaned and checked as a loaded one is.
//
// Entries are written once a file has loaded, through internal/atomicfile
// (a temporary file, synced and renamed into place), readable only by
// their owner. The folder is held to a size ([Dir.Max]): once an entry is
// written, the least recently used go until the rest fit.
package cache
