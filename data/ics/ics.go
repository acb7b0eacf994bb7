// Package ics writes events as an iCalendar file (RFC 5545): one
// all-day event for each event known to the day, and a calendar note
// naming those that are not.
package ics

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// icsMaxLine is the longest content line RFC 5545 allows, in octets,
// without its CRLF.
const icsMaxLine = 75

// Write writes the events with the given indexes (into ds.Events) as an
// iCalendar file (RFC 5545). Each event known to the exact day becomes an
// all-day VEVENT; the others (a week, a month, a year, an approximate day)
// cannot sit on a calendar, so the calendar's description names them. The
// output is deterministic: DTSTAMP is the latest article's publication
// date, not the time of writing.
func Write(w io.Writer, ds *timeline.Dataset, events []int) error {
	lines, err := icsLines(ds, events)
	if err != nil {
		return err
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(icsFold(l) + "\r\n")
	}
	_, err = io.WriteString(w, b.String())
	return err
}

// icsLines is the calendar's content lines, unfolded and without CRLF.
func icsLines(ds *timeline.Dataset, events []int) ([]string, error) {
	var onDays, off []int
	for _, i := range events {
		if i < 0 || i >= len(ds.Events()) {
			return nil, fmt.Errorf("event index %d is out of range (the dataset has %d events)", i, len(ds.Events()))
		}
		if icsOnCalendar(ds.Events()[i].Start) {
			onDays = append(onDays, i)
		} else {
			off = append(off, i)
		}
	}
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//cyberdesk//cyberdesk//EN",
		"CALSCALE:GREGORIAN",
		"X-WR-CALNAME:cyberdesk timeline",
		"X-WR-CALDESC:" + icsText(icsCalendarNote(ds, len(onDays), off)),
	}
	stamp := icsStamp(ds)
	for _, i := range onDays {
		lines = append(lines, icsEvent(ds, &ds.Events()[i], stamp)...)
	}
	return append(lines, "END:VCALENDAR"), nil
}

// icsOnCalendar reports whether an event starting on d has a day to sit on.
func icsOnCalendar(d timeline.Date) bool {
	return d.Precision == timeline.Day && !d.Approx
}

// icsCalendarNote says what the calendar holds and names each event it
// leaves out, with its date.
func icsCalendarNote(ds *timeline.Dataset, onDays int, off []int) string {
	note := "cyberdesk: " + present.Count(onDays, "event", "events") + ", each on its day."
	if len(off) == 0 {
		return note
	}
	names := make([]string, len(off))
	for k, i := range off {
		e := &ds.Events()[i]
		names[k] = timeline.FormatRange(e.Start, e.End) + " " + e.Title
	}
	verb := "are not at day precision and are not"
	if len(off) == 1 {
		verb = "is not at day precision and is not"
	}
	return fmt.Sprintf("%s %s %s in this calendar: %s.", note, present.Count(len(off), "event", "events"), verb, strings.Join(names, "; "))
}

// icsStamp is DTSTAMP: the latest article publication, at midnight UTC, so
// the same dataset always gives the same file.
func icsStamp(ds *timeline.Dataset) string {
	var latest time.Time
	for _, a := range ds.Articles() {
		if t := a.Published.First(); t.After(latest) {
			latest = t
		}
	}
	return latest.Format("20060102T150405Z")
}

func icsEvent(ds *timeline.Dataset, e *timeline.Event, stamp string) []string {
	last := e.Start.Last()
	if !e.End.IsZero() {
		last = e.End.Last()
	}
	lines := []string{
		"BEGIN:VEVENT",
		"UID:" + icsText(e.ID+"@cyberdesk"),
		"DTSTAMP:" + stamp,
		"DTSTART;VALUE=DATE:" + e.Start.First().Format("20060102"),
		"DTEND;VALUE=DATE:" + last.AddDate(0, 0, 1).Format("20060102"), // exclusive
		"SUMMARY:" + icsText(e.Title),
		"DESCRIPTION:" + icsText(icsDescription(ds, e)),
	}
	if len(e.Tags) > 0 {
		tags := make([]string, len(e.Tags))
		for k, t := range e.Tags {
			tags[k] = icsText(t)
		}
		lines = append(lines, "CATEGORIES:"+strings.Join(tags, ","))
	}
	return append(lines, "END:VEVENT")
}

// icsDescription is the summary, a blank line, then one line per source:
// "Outlet, date: passage".
func icsDescription(ds *timeline.Dataset, e *timeline.Event) string {
	var b strings.Builder
	b.WriteString(e.Summary + "\n")
	for _, src := range e.Sources {
		b.WriteString("\n" + present.Credit(ds, src) + ": " + untrusted.CleanLine(src.Text.Verbatim()))
	}
	return b.String()
}

// icsText cleans s and escapes it as an RFC 5545 TEXT value (3.3.11).
func icsText(s string) string {
	s = untrusted.Clean(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', ';', ',':
			b.WriteRune('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icsFold folds a content line into lines of at most 75 octets, each
// continuation starting with a space (RFC 5545 3.1), and never inside a
// UTF-8 sequence.
func icsFold(line string) string {
	var b strings.Builder
	limit := icsMaxLine
	for len(line) > limit {
		cut := limit
		for !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut] + "\r\n ")
		line = line[cut:]
		limit = icsMaxLine - 1 // the leading space counts
	}
	b.WriteString(line)
	return b.String()
}
