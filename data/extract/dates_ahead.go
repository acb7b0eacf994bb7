package extract

import (
	"strings"
	"time"
)

// A scheduled happening named by its month, or its month and day, without
// a year ("the Nov. 8 election", "the June 7 primary", "the convention in
// July") is most often one still to come: news names a vote or a hearing
// ahead of it for months, and one past only for a while after. So a
// phrase naming one, in a sentence that says neither way (see dateLeanOf),
// leans ahead (leanScheduled): it is read as the next such month or day
// when that comes within dateAheadScheduled, unless the last one is
// recent, within dateSoon, as "the Nov. 8 election" is in December. A
// sentence that looks back ("won the March 15 primary") keeps the past
// reading.

// dateAheadScheduled is how far ahead a scheduled happening named
// without its year may lie and still be read as coming: about eleven
// months, as the Nov. 8 election is named from the January before.
const dateAheadScheduled = 335 * 24 * time.Hour

// scheduledNouns name happenings set for a day or a month ahead.
var scheduledNouns = set(`election elections vote votes voting primary primaries caucus caucuses debate debates
	convention conventions deadline deadlines hearing hearings summit summits inauguration referendum runoff
	runoffs ballot trial sentencing showdown`)

// scheduledStops end the words that may stand between a date phrase and
// the noun it dates ("the Nov. 8 U.S. presidential election").
var scheduledStops = set(`the a an and or but to of in on at for with by from that which who when as is was are were
	will would has had have its his her their after before since`)

// schedulePreps stand between a scheduled noun and its date: "the
// election on Nov. 8", "a deadline of Dec. 1".
var schedulePreps = set(`on of for`)

// scheduledPhrase reports whether the date phrase at [start, end) of text
// dates a scheduled happening: it modifies a scheduled noun within three
// words after it ("the Nov. 8 general election"), or follows one and a
// preposition ("the primary on June 7"). "In" is no such preposition: "at
// a debate in August" reads a past one as often as one to come.
func scheduledPhrase(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	after := strings.Fields(text[end:min(len(text), end+60)])
	for k, w := range after {
		if k == 4 {
			break
		}
		l := strings.ToLower(strings.Trim(w, ",;:.!?“”\"'’()"))
		if scheduledNouns[l] {
			return true
		}
		if scheduledStops[l] || strings.ContainsAny(w, ",;:!?()“”\"") || strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 {
			break
		}
	}
	before := strings.Fields(text[max(0, start-40):start])
	phrase := strings.Fields(strings.ToLower(text[start:end]))
	if len(phrase) > 0 && schedulePreps[phrase[0]] {
		before = append(before, phrase[0])
	}
	if n := len(before); n >= 2 && schedulePreps[strings.ToLower(before[n-1])] {
		w := before[n-2]
		return !strings.ContainsAny(w, ",;:.!?") && scheduledNouns[strings.ToLower(strings.Trim(w, "“”\"'’()"))]
	}
	return false
}
