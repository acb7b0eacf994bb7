// Package data opens a story for cyberdesk and writes it out again.
//
// [Open] is the one way in: it reads a corpus directory (data/corpus: the
// article texts, a manifest describing them and, optionally, curated
// annotations), a dataset written by `cyberdesk export --format json`
// (data/export) or a TimelineJS document (data/timelinejs), and returns a
// validated [timeline.Dataset]. The embedded seeds are one such corpus and
// are loaded by exactly the same code ([Seeds]). Open owns what reading a
// large file needs, so callers only say what they want.
//
// The writers sit beside their readers: export.Write, timelinejs.Write and
// timelinejs.WriteCSV, and ics.Write (iCalendar). data/extract finds
// quotations, speakers, dates and events in articles nobody annotated;
// data/corpus also drafts and completes a corpus's files (Init, Fill).
//
// Every problem is reported as an [*Error] naming the file and, where the
// problem has one, the line and column, the item id and the field.
// Loading never stops at the first problem when later ones can still be
// found.
package data
