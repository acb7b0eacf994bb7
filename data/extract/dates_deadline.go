package extract

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// deadlineWords, before a date phrase, make it a deadline: "by the end
// of the year", "before Friday", "until March", "between now and June".
var deadlineWords = set(`by before until till through thru`)

// datesADeadline reports whether the phrase at [s, e), read as from..to,
// sets a deadline still to come when the article was published: "is
// expected to sign the measure by the end of the year", said on 30
// June, says when something must be done by, not when anything
// happened, so it dates neither the statement nor what it tells of
// (issue 28). A deadline already past ("by March 1, 30 states had
// voted") dates the state it tells of, and stays.
func datesADeadline(text string, s, e int, from, to timeline.Date, published timeline.Date) bool {
	if published.IsZero() || from.IsZero() {
		return false
	}
	prev := datePrevWord(text, s)
	if strings.HasPrefix(strings.ToLower(text[s:e]), "by ") || strings.HasPrefix(strings.ToLower(text[s:e]), "before ") {
		prev = "by" // the phrase holds its own preposition
	}
	if !deadlineWords[prev] && !(prev == "and" && strings.HasSuffix(strings.ToLower(strings.TrimRight(text[:max(0, s-len("and "))], " ")), "now")) {
		return false
	}
	if after := text[e:]; strings.HasPrefix(after, "’s") || strings.HasPrefix(after, "'s") {
		return false // "before Saturday's match": the date names the match, which the words tell of
	}
	if rescheduled(text[max(0, s-60):s]) {
		return false // "adjourned sentencing until June 20": when it is to happen
	}
	// the period begins after the article's day ("by March 15", "until
	// 2017"), or is a part of one that holds it, read approximately ("by
	// the end of the year", "until later this month"): "until this year"
	// ran out before it
	return from.First().After(published.Last()) || from.Approx && from.Last().After(published.Last())
}

// rescheduleStems open the verbs that move a happening to a later date:
// after them "until June 20" is when it is to happen, not a deadline.
var rescheduleStems = []string{"adjourn", "postpon", "delay", "defer", "put off", "push back", "pushed back", "moved", "reschedul", "suspend"}

// rescheduled reports whether the words before a deadline word, in its
// clause, move a happening to the date after it.
func rescheduled(before string) bool {
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	l := strings.ToLower(before)
	for _, st := range rescheduleStems {
		if strings.Contains(l, st) {
			return true
		}
	}
	return false
}
