package extract

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Two habits of narrative copy that tell a day by the story's own
// sequence rather than by the calendar (rec28r).
//
// "On the Monday, the water company had to close its intake", after "On
// January 12, a tank split open": the Monday is the first one after the
// day the text last named, not the Monday before the article. A
// weekday after "the" with no other word between ("the following
// Monday" is datePatFollowing's) counts from the date last named, as
// "the following day" does; with none in reach it is left undated. "By
// the Wednesday morning", after "Ten days ago, a fire broke out", counts
// the same way (dates28u): "by" sets the day things stood by, and "the"
// says it is the story's Wednesday, not the calendar's last.
//
// "Children on their way to Sunday football", "walking to Friday
// prayers": a weekday after "to", before a lower-case noun, names a weekly habit, not the day of the
// sentence's happening; read as a date it misdates its sentence and every
// "a day later" that counts from it. (After "a" or "his" it dates the
// noun in American copy: "said at a Saturday rally", "in his Monday
// speech"; after "for", often a day to come: "campaigning for Tuesday
// primaries".)

const datePatTheWeekday = `(?i)\b(?:on|by)` + dateSp + `the` + dateSp + `(` + dateWeekdays + `)\b`

// dateBuildTheWeekday reads "on the Monday" (or "by the Monday") as the first Monday after
// the day the text last named; "on the Monday before the vote", "on the
// Monday of that week" count from what follows, and are left to the
// weekday alone.
func dateBuildTheWeekday(text string, l []int) (dateCand, bool) {
	if l[1] < len(text) && text[l[1]] == '-' {
		return dateCand{}, false
	}
	if next := strings.ToLower(dateNextWord(text, l[1])); dateTheWeekdayStops[next] || dateWeekdayTitles[next] || dateNamesAfter(text, l[1]) {
		return dateCand{}, false
	}
	r := dateRead{kind: dateAfter, unit: timeline.Day, weekday: dateWeekdayOf[strings.ToLower(sub(text, l, 1))], dayName: true, n: 1}
	return dateCand{start: l[0], end: l[1], read: r}, true
}

// dateNamesAfter reports whether a lower-case noun follows the weekday
// ending at e, or a day part and then one: "on the Sunday morning shows"
// are the programmes, not a day.
func dateNamesAfter(text string, e int) bool {
	next := dateNextWord(text, e)
	if dateDayParts[next] {
		e = strings.Index(text[e:], next) + e + len(next)
		next = dateNextWord(text, e)
	}
	return next != "" && next == strings.ToLower(next) && dateIsWordByte(next[0]) && !wordTables().stop[next]
}

// dateTheWeekdayStops after "on the Monday" make the weekday count from
// something other than the day last named.
var dateTheWeekdayStops = set(`before after of following preceding when`)

// dateWeekdayModifies reports whether the bare weekday at [s, e) (no
// "on" before it) names a weekly habit, the lower-case noun after it:
// "to Sunday football". A day part ("to Sunday morning") or a word that
// is no noun leaves it a date.
func dateWeekdayModifies(text string, s, e int) bool {
	if prev := datePrevWord(text, s); !dateWeekdayModifiers[prev] || dateCompoundTo[datePrevWord(text, s-len(prev)-1)] {
		return false
	}
	if e >= len(text) || text[e] != ' ' {
		return false // "to Monday's hearing"
	}
	next := dateNextWord(text, e)
	if next == "" || next != strings.ToLower(next) || !dateIsWordByte(next[0]) || strings.ContainsAny(next, "'’") {
		return false
	}
	return !dateTimeNouns[next] && !dateDayParts[next] && !wordTables().stop[next]
}

// dateWeekdayModifiers stand before a weekday that names a habit.
var dateWeekdayModifiers = set(`to`)

// dateCompoundTo make "to" a preposition of time: "prior to Wednesday".
var dateCompoundTo = set(`prior up due owing close back from until`)

// dateDayParts after a weekday keep it a date: "Sunday morning".
var dateDayParts = set(`morning mornings afternoon evening night nights lunchtime midday noon midnight dawn`)

// dateScheduledPresent are verbs in the present that, when a date hangs
// on them, say a happening is on the calendar: "The trial opens on
// September 15" written in May is this September's, not last; "The
// contract expires June 30". Read only as the word the date hangs on.
var dateScheduledPresent = set(`opens begins starts resumes reopens ends expires happens`)
