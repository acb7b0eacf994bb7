package extract

import "strings"

// Three frames in which a bare weekday names a day still to come, though
// no "will" or "to be" says so (dates28u). Read from the article's date
// a bare weekday otherwise looks back, to the last such day.
//
// A present schedule: "Completion is expected on Friday", "the hearing
// is due on Monday"; or a verb in the present simple that the weekday
// hangs on, such as a fixture or a sitting, "the side travels to the
// coast on Saturday", "the council meets on Tuesday". News tells what
// happened in the past tense; its present simple with a weekday is the
// calendar.
//
// A present perfect with its complement: "has called both sides to talks
// on Saturday". The present perfect takes no past day of its own ("has
// called on Saturday" is no English), so the day dates what the call is
// for, which lies ahead.
//
// A call for a happening the weekday names in the possessive: "called for
// a march before Saturday's match", "urged fans to shun Sunday's game".
// "Saturday's" modifies the noun after it, not the call; what is called
// for is still to come when the call is made. A bare weekday after such a
// call is left alone: "called for calm on Saturday" most often dates the
// call.

// dateWeekdayAhead reports whether the bare weekday phrase at [start,
// end) ("Friday", "on Friday") stands in one of the frames above.
func dateWeekdayAhead(text string, start, end int) bool {
	phrase := strings.Fields(strings.ToLower(text[start:end]))
	if len(phrase) == 0 || len(phrase) > 2 || len(phrase) == 2 && phrase[0] != "on" {
		return false // "next Friday" says its own way
	}
	if _, ok := dateWeekdayOf[phrase[len(phrase)-1]]; !ok {
		return false
	}
	var buf [10]string
	before := dateWordsBefore(buf[:0], text, start, 10)
	if len(phrase) == 2 {
		before = append(before, phrase[0])
	}
	possessive := strings.HasPrefix(text[end:], "'s ") || strings.HasPrefix(text[end:], "’s ")
	return (datePresentSchedule(text, start, before) || dateCallAhead(before, possessive)) && !dateInCaption(text, start)
}

// dateInCaption reports whether the line holding text[at] is a photo
// caption (furnCaption): a caption tells in the present what the picture
// shows, which has happened ("X arrives at parliament on Tuesday.
// Picture: …"), so none of the frames above reads it ahead.
func dateInCaption(text string, at int) bool {
	lo := strings.LastIndexByte(text[:at], '\n') + 1
	hi := strings.IndexByte(text[at:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += at
	}
	line := strings.TrimSpace(text[lo:hi])
	_, ok := furnCaption(line, furnLower(line))
	return ok
}

// datePresentSchedule reads the words before a weekday for a present
// schedule: "is expected", "are due" before it, or a verb of
// dateScheduleVerbs that it hangs on, with at most a place between
// ("travels to Leeds on"). A past word between says the sentence looks
// back, and a determiner before the verb makes it a noun ("the votes on
// Tuesday"), as a capital does a title ("told Face the Nation on
// Sunday").
func datePresentSchedule(text string, start int, before []string) bool {
	n := len(before)
	for i := n - 1; i >= max(0, n-6); i-- {
		w := before[i]
		if dateLooksBack(w) {
			return false
		}
		if dateScheduleStates[w] && i > 0 && datePresentBe[before[i-1]] {
			return true
		}
		if dateScheduleVerbs[w] {
			return (i == 0 || !dateNounMarkers[before[i-1]]) && dateLowerBefore(text, start, w)
		}
	}
	return false
}

// dateCallAhead reads the words before a weekday for a call whose
// complement holds it: a call verb, then "for" or "to" before the
// weekday. The call must be in the present or the present perfect, or
// the weekday in the possessive.
func dateCallAhead(before []string, possessive bool) bool {
	n := len(before)
	complement := false
	for i := n - 1; i >= 0; i-- {
		w := before[i]
		if dateCallComplements[w] {
			complement = true
			continue
		}
		if !dateCallVerbs[w] {
			if dateLooksBack(w) || w == "and" || w == "but" {
				return false
			}
			continue
		}
		if !complement || i == n-1 {
			return false
		}
		if possessive {
			return true
		}
		if strings.HasSuffix(w, "s") {
			return i == 0 || !dateNounMarkers[before[i-1]]
		}
		return i > 0 && (before[i-1] == "has" || before[i-1] == "have")
	}
	return false
}

// dateLowerBefore reports whether the last whole word w (lower-case)
// before i in text is written in lower case there.
func dateLowerBefore(text string, i int, w string) bool {
	win := text[max(0, i-120):i]
	for j := len(win); j > 0; {
		k := lastIndexFoldASCII(win[:j], w)
		if k < 0 {
			return false
		}
		if (k == 0 || !dateIsAlnum(win[k-1])) && (k+len(w) == len(win) || !dateIsAlnum(win[k+len(w)])) {
			return win[k] == w[0]
		}
		j = k + len(w) - 1
	}
	return false
}

// dateLooksBack reports whether w puts its sentence in the past.
func dateLooksBack(w string) bool {
	return datePastWords[w] || dateSaid[w] || datePastForm(w)
}

// datePresentBe are the present forms of "be" before a dateScheduleStates.
var datePresentBe = set(`is are am 's`)

// dateScheduleStates after "is" say a thing is on the calendar.
var dateScheduleStates = set(`expected due set scheduled planned slated`)

// dateScheduleVerbs in the present simple put a weekday on the calendar:
// fixtures, sittings, openings, journeys.
var dateScheduleVerbs = set(`travel travels play plays meet meets convene convenes resume resumes reopen reopens
	kick kicks vote votes sit sits return returns fly flies arrive arrives depart departs`)

// dateNounMarkers before a verb of dateScheduleVerbs make it a noun.
var dateNounMarkers = set(`the a an its his her their our your my this that these those of for on in at to with no amid despite`)

// dateCallVerbs call for a happening still to come.
var dateCallVerbs = set(`call calls called urge urges urged summon summons summoned invite invites invited`)

// dateCallComplements open what a call is for: "called for a march",
// "called both sides to talks".
var dateCallComplements = set(`for to`)
