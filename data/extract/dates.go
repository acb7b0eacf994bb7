package extract

import (
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Date is a date phrase found in an article and the dates it denotes.
type Date struct {
	Start, End int           // byte range of the phrase in the text
	Phrase     string        // text[Start:End], exactly
	From, To   timeline.Date // what Resolve returned; To is zero unless the phrase names a stretch
	Relative   bool          // read against the article's publication date ("yesterday", "on Sunday", "in September")
	Tense      timeline.Tense
	// Names is set when the phrase names the noun after it ("the November
	// inspection report"), not when its sentence happened: it is a date
	// to list, not one to date a sentence by (see datingDates).
	Names bool
}

// FindDates returns the date phrases in text in order of position, each
// resolved against published (may be zero: then relative phrases are
// skipped).
//
// The finder only finds and normalises phrases; [timeline.Resolve] decides
// what they mean, and a phrase it rejects is left out. Where phrases
// overlap, the longest wins ("Sept. 1, 2022", not "2022"). A leading "on"
// is kept before a weekday, and "in" or "since" before a month alone, a
// year or a decade, as the seed annotations record them ("on Sunday", "In
// September", "since 1991", "in the 1990s"); a date with a day or a month
// and year is kept bare ("June 30, 2022", "March 2023"). Phrase is always
// the text's own bytes.
//
// Tense is Future when the words shortly before the phrase in its sentence
// look ahead ("will", "is to", "are to", "to be", "slated", "scheduled",
// "expected to", "plans to", "next"), or, for a phrase that opens its
// sentence, when such words follow it closely ("On Monday, Rama will
// meet"); else Past.
//
// A year named only to place a quarter, a half or a period ("the 1988
// third quarter", "the year-ago period"), or compared with in a passage
// that reports a quarter ("net rose from $3 million a year earlier"), is
// left out: what it names is a part of a year, which a date cannot hold
// (dateNamesPart, dateComparesPart).
func FindDates(text string, published timeline.Date) []Date {
	// Settle overlaps as the candidates come, in order of position, longest
	// first: of overlapping phrases the longest wins, and of phrases with
	// the same range the one whose matcher comes first in dateMatchers. A
	// candidate that would lose to the phrase already kept is dropped
	// before it is resolved, whether or not it would resolve.
	var kept []dateKept
	// Resolve is pure: within one call, a phrase read the same way always
	// resolves the same. resolved holds each reading's index in readings,
	// or -1 if it does not resolve.
	var resolved map[dateResolveKey]int32
	var readings [][2]timeline.Date
	dateScan(text, func(c dateCand) {
		if c.relative && published.IsZero() {
			return
		}
		n := len(kept)
		overlaps := n > 0 && c.start < kept[n-1].end
		if overlaps && c.end-c.start <= kept[n-1].end-kept[n-1].start {
			return
		}
		if !dateWordEdges(text, c.start, c.end) {
			return
		}
		tense := dateTense(text, c.start, c.end)
		rtense := reportedWeekdayTense(text, c.start, c.resolve, tense) // user28p: see user_ahead.go
		r := int32(dateAfterPending)
		if c.read.kind != dateAfter {
			key := dateResolveKey{phrase: c.resolve, tense: rtense, read: c.read}
			if c.read.kind == dateMonthOnly || c.read.kind == dateMonthDay {
				key.lean = dateLeanOf(text, c.start, c.end)
				if key.lean == leanNone && scheduledPhrase(text, c.start, c.end) {
					key.lean = leanScheduled // prec28d: see dates_ahead.go
				}
			}
			var ok bool
			if r, ok = resolved[key]; !ok {
				r = -1
				if from, to, ok := c.read.read(c.resolve, published, rtense, key.lean); ok {
					r = int32(len(readings))
					readings = append(readings, [2]timeline.Date{from, to})
				}
				if resolved == nil {
					resolved = map[dateResolveKey]int32{}
				}
				resolved[key] = r
			}
			if r < 0 {
				return
			}
		}
		k := dateKept{start: c.start, end: c.end, reading: r, relative: c.relative, tense: tense, read: c.read}
		if overlaps {
			kept[n-1] = k
		} else {
			kept = append(kept, k)
		}
	})
	return dateKeptOut(text, published, kept, readings)
}

// dateKeptOut reads the phrases that count from the date last named
// ("two days later") and returns the kept phrases as Dates.
func dateKeptOut(text string, published timeline.Date, kept []dateKept, readings [][2]timeline.Date) []Date {
	if len(kept) == 0 {
		return nil
	}
	out := make([]Date, 0, len(kept))
	for _, k := range kept {
		var from, to timeline.Date
		relative := k.relative
		if k.reading == dateAfterPending {
			ref, ok := dateLastNamedFor(text, out, k.start, k.read.unit)
			if k.read.clause {
				// "a year after it was announced": whose happening the
				// pronoun's verb tells, the article's words do not say;
				// the corpus may (see readAnchored)
				continue
			}
			if k.read.anchor != "" {
				ref, ok = dateOfHappening(text, out, k.start, dateAnchorStems(k.read), k.read.unit)
			} else if dateComparesNow(text, out, k) || !ok && k.read.orNow {
				// read from the article's date after all
				ref, ok, relative = published, !published.IsZero(), true
			}
			if !ok {
				continue
			}
			if from, ok = k.read.readAfter(ref); !ok {
				continue
			}
		} else {
			from, to = readings[k.reading][0], readings[k.reading][1]
		}
		out = append(out, Date{
			Start: k.start, End: k.end, Phrase: text[k.start:k.end],
			From: from, To: to, Relative: relative, Tense: k.tense,
		})
		out[len(out)-1].Names = dateNamesNoun(text, k.start, k.end, from.Precision) || dateInAppositive(text, k.start, k.end) || // user28p: see user_noundate.go
			datesADeadline(text, k.start, k.end, from, to, published) // see dates_deadline.go
		if dateNamesPart(text, k.start, k.end, from.Precision) || from.Precision == timeline.Year && dateComparesPart(text, k.start, k.end) {
			out = out[:len(out)-1]
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// dateLastNamed is the date the text last named before at, the date a
// sentence is about when it says "two days later": the last phrase found,
// if it lies in the same paragraph or the one before.
func dateLastNamed(text string, found []Date, at int) (timeline.Date, bool) {
	if len(found) == 0 {
		return timeline.Date{}, false
	}
	last := found[len(found)-1]
	breaks := 0
	for i := last.End; i < at; i++ {
		if text[i] == '\n' && (i+1 == at || text[i+1] != '\n') {
			breaks++
		}
	}
	return last.From, breaks <= 1
}

// dateLastNamedFor is dateLastNamed for a phrase counting in unit: where
// the date last named is coarser than unit and its sentence named a date
// fine enough before it, that one ("surfaced on March 3, …, wiping out
// its profit for 2024. The following day …" counts from March 3: the
// year is the figures', not the happening's).
func dateLastNamedFor(text string, found []Date, at int, unit timeline.Precision) (timeline.Date, bool) {
	n := len(found)
	if n < 2 || unit == timeline.PrecisionNone || found[n-1].From.Precision <= unit {
		return dateLastNamed(text, found, at)
	}
	lo := dateSentenceStart(text, found[n-1].Start)
	for i := n - 2; i >= 0 && found[i].Start >= lo; i-- {
		if found[i].From.Precision <= unit && found[i].To.IsZero() {
			if _, ok := dateLastNamed(text, found, at); !ok {
				return timeline.Date{}, false
			}
			return found[i].From, true
		}
	}
	return dateLastNamed(text, found, at)
}

// dateAfterPending marks a kept phrase read only once the phrases before
// it are known.
const dateAfterPending = -2

type dateResolveKey struct {
	phrase string
	tense  timeline.Tense
	read   dateRead
	lean   dateLean
}

// dateKept is a phrase FindDates keeps, until a longer one overlapping it
// comes.
type dateKept struct {
	start, end int
	reading    int32 // index in readings
	relative   bool
	tense      timeline.Tense
	read       dateRead
}
