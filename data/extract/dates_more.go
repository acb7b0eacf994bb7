package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The forms read by dateRead rather than timeline.Resolve: periods named
// from the article's date, months and weekdays with "last" or "next",
// dates counted from the date last named, and years and decades in words.

const (
	dateWeekdays = `monday|tuesday|wednesday|thursday|friday|saturday|sunday`
	dateTens     = `ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`
	dateUnits1   = `one|two|three|four|five|six|seven|eight|nine`
	dateDecades  = `twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties`

	datePatPeriod       = `(?i)\b(?:(early|late|earlier|later)` + dateSp + `)?(this|next|last)` + dateSp + `(week|month|year)\b`
	datePatMonthShift   = `(?i)\b(last|next|this|coming)` + dateSp + `(` + dateMonthFull + `)\b`
	datePatMonthOfYear  = `(?i)\b(` + dateMonthFull + `)` + dateSp + `(last|next|this)` + dateSp + `year\b`
	datePatWeekdayShift = `(?i)\b(?:this` + dateSp + `)?(last|next|this|coming)` + dateSp + `(` + dateWeekdays + `)\b`
	datePatWeekdayDate  = `(?i)\b(?:on` + dateSp + `)?(` + dateWeekdays + `),?` + dateSp + dateMonth + dateSp + dateDay
	datePatDayPart      = `(?i)\b(?:this` + dateSp + `(morning|afternoon|evening)|(tonight)|last` + dateSp + `(night))\b`
	datePatWeekend      = `(?i)\b(?:(?:at|over|during)` + dateSp + `the|(last|this))` + dateSp + `weekend\b`
	// "on Monday 3 March", "on Sunday, 2 March 2025": the day before the
	// month, after "on" (a page's own date line, "Thursday 13 April
	// 2023", is read as its date alone, as corpus init cites it)
	datePatWeekdayDayDate = `(?i)\bon` + dateSp + `(` + dateWeekdays + `),?` + dateSp + dateDay + dateSp + dateOf + dateMonth
	datePatAfter          = `(?i)\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})` + dateSp + `(day|week|month|year)s?` + dateSp + `(later|earlier)\b`
	datePatFollowing      = `(?i)\b(?:the` + dateSp + `(following|next|previous|preceding|same)` + dateSp + `(day|week|month|year|` + dateWeekdays + `)|that` + dateSp + `(day|week|month|year|morning|afternoon|evening|night))\b`
	datePatInThe          = `(?i)\b(earlier|later)` + dateSp + `in` + dateSp + `the` + dateSp + `(day|week|month|year)\b`
	datePatYearPart       = `(?i)\b(early|mid|late)(?:` + dateSp + `|-)(\d{4})\b`
	datePatSpelledYear    = `(?i)\b(?:nineteen(?:` + dateSp + `|-)(` + dateTens + `)(?:(?:-|` + dateSp + `)(` + dateUnits1 + `))?|the` + dateSp + `year` + dateSp + `two` + dateSp + `thousand)\b`
	datePatMonthSpelled   = `(?i)\b(` + dateMonthFull + `),?` + dateSp + `nineteen(?:` + dateSp + `|-)(` + dateTens + `)(?:(?:-|` + dateSp + `)(` + dateUnits1 + `))?\b`
	datePatDecadeWord     = `(?i)\bthe` + dateSp + `(?:(early|mid|late)(?:-|` + dateSp + `))?(?:(` + dateDecades + `)|['’]?(\d)0s)\b`
	datePatPartOf         = `(?i)\b(?:the` + dateSp + `)?(end|beginning|start|middle)` + dateSp + `of` + dateSp + `(?:(?:(the|this|next|last)` + dateSp + `)?(week|month|year)|(\d{4})|(` + dateMonthFull + `))\b`
	datePatMonthFirst     = `(?i)\bthe` + dateSp + `(?:first|1st)` + dateSp + `of` + dateSp + `(?:the|this)` + dateSp + `month\b`
	datePatCurrent        = `(?i)\bthe` + dateSp + `current` + dateSp + `(?:fiscal` + dateSp + `)?(week|month|year)\b`
	datePatYearEnd        = `(?i)\byear(?:(?:-|` + dateSp + `|['’]s` + dateSp + `)end|-(ago|earlier))\b`
)

var dateNumberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var dateUnitOf = map[string]timeline.Precision{"day": timeline.Day, "week": timeline.Week, "month": timeline.Month, "year": timeline.Year,
	"morning": timeline.Day, "afternoon": timeline.Day, "evening": timeline.Day, "night": timeline.Day} // "that evening": the day last named

var dateShift = map[string]int{"last": -1, "previous": -1, "preceding": -1, "next": 1, "following": 1, "coming": 1, "this": 0, "the": 0, "same": 0}

// dateDurationWords before "the next year" or "the last month" make it a
// stretch of time, not a date: "over the next year".
var dateDurationWords = map[string]bool{"over": true, "within": true, "for": true, "during": true, "throughout": true, "through": true, "in": true, "past": true}

// sub returns the lower-cased text of submatch i, "" if it did not take part.
func sub(text string, l []int, i int) string {
	if l[2*i] < 0 {
		return ""
	}
	return strings.ToLower(text[l[2*i]:l[2*i+1]])
}

func dateBuildPeriod(text string, l []int) (dateCand, bool) {
	if datePrevWord(text, l[0]) == "the" {
		return dateCand{}, false // "the last month" is a stretch of time
	}
	if dateTitled(text, l[0], l[1]) {
		return dateCand{}, false
	}
	mod := sub(text, l, 1)
	r := dateRead{kind: datePeriod, unit: dateUnitOf[sub(text, l, 3)], n: dateShift[sub(text, l, 2)], approx: mod == "early" || mod == "late"}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

// dateBuildCurrent reads "the current year" as the anchor's year (and so
// for a week or a month); "the current fiscal year" too, about, as a
// fiscal year need not be the calendar's.
// dateBuildMonthFirst reads "the first of the month": the first day of
// the article's month.
func dateBuildMonthFirst(text string, l []int) (dateCand, bool) {
	return dateCand{start: l[0], end: l[1], relative: true, read: dateRead{kind: dateMonthFirst}}, true
}

func dateBuildCurrent(text string, l []int) (dateCand, bool) {
	fiscal := strings.Contains(strings.ToLower(text[l[0]:l[1]]), "fiscal")
	return dateCand{start: l[0], end: l[1], relative: true, read: dateRead{kind: datePeriod, unit: dateUnitOf[sub(text, l, 1)], approx: fiscal}}, true
}

// dateMonthOK reports whether a month token may be a month: May and March
// only capitalised.
func dateMonthOK(tok string) (time.Month, bool) {
	name, wordLike, ok := dateMonthName(tok)
	if !ok || wordLike && !dateCapital(tok) {
		return 0, false
	}
	return dateMonths[name], true
}

func dateBuildMonthShift(text string, l []int) (dateCand, bool) {
	m, ok := dateMonthOK(text[l[4]:l[5]])
	if !ok {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], relative: true, read: dateRead{kind: dateMonthShift, month: m, n: dateShift[sub(text, l, 1)]}}, true
}

func dateBuildMonthOfYear(text string, l []int) (dateCand, bool) {
	m, ok := dateMonthOK(text[l[2]:l[3]])
	if !ok {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], relative: true, read: dateRead{kind: dateMonthOfYear, month: m, n: dateShift[sub(text, l, 2)]}}, true
}

var dateWeekdayOf = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

func dateBuildWeekdayShift(text string, l []int) (dateCand, bool) {
	r := dateRead{kind: dateWeekdayShift, weekday: dateWeekdayOf[sub(text, l, 2)], n: dateShift[sub(text, l, 1)]}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

// dateBuildWeekdayDate reads "Saturday, April 25": the day of the month,
// in the year it falls on that weekday; with a year after it, that date.
func dateBuildWeekdayDate(text string, l []int) (dateCand, bool) {
	return weekdayDate(text, l, l[4], l[5], l[6], l[7])
}

// dateBuildWeekdayDayDate reads "Monday 3 March" as dateBuildWeekdayDate
// reads "Monday, March 3".
func dateBuildWeekdayDayDate(text string, l []int) (dateCand, bool) {
	return weekdayDate(text, l, l[6], l[7], l[4], l[5])
}

// weekdayDate reads a weekday named with a day of a month, the month at
// text[m0:m1] and the day at text[d0:d1].
func weekdayDate(text string, l []int, m0, m1, d0, d1 int) (dateCand, bool) {
	m, ok := dateMonthOK(text[m0:m1])
	if !ok || !dateNumberEnds(text, d1) {
		return dateCand{}, false
	}
	day, _ := strconv.Atoi(text[d0:d1])
	if loc := dateReYearAfter().FindStringSubmatchIndex(text[l[1]:min(len(text), l[1]+12)]); loc != nil && dateNumberEnds(text, l[1]+loc[1]) {
		phrase := dateMonthLower[m] + " " + strconv.Itoa(day) + ", " + text[l[1]+loc[2]:l[1]+loc[3]]
		return dateCand{start: l[0], end: l[1] + loc[1], resolve: phrase}, true
	}
	r := dateRead{kind: dateMonthDay, month: m, day: day, weekday: dateWeekdayOf[sub(text, l, 1)], dayName: true}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

// dateBuildDayPart reads "this morning", "this afternoon", "this evening"
// and "tonight" as the article's day, "last night" as the day before.
func dateBuildDayPart(text string, l []int) (dateCand, bool) {
	if dateTitled(text, l[0], l[1]) {
		return dateCand{}, false
	}
	day := "today"
	if sub(text, l, 3) == "night" {
		day = "yesterday"
	}
	return dateCand{start: l[0], end: l[1], resolve: day, relative: true}, true
}

// dateBuildWeekend reads "at the weekend", "over the weekend" and "last
// weekend" (see dateRead.weekend); "this weekend" only in the future.
func dateBuildWeekend(text string, l []int) (dateCand, bool) {
	r := dateRead{kind: dateWeekend}
	switch sub(text, l, 1) {
	case "last":
		r.n = -1
	case "this":
		if dateTense(text, l[0], l[1]) != timeline.Future {
			return dateCand{}, false
		}
	}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

// dateReYearAfter finds a year just after a day of a month.
var dateReYearAfter = lazyRegexp(`^,?[ \t]+(\d{4})\b`)

func dateBuildAfter(text string, l []int) (dateCand, bool) {
	n, ok := dateNumberWords[sub(text, l, 1)]
	if !ok {
		n, _ = strconv.Atoi(text[l[2]:l[3]])
	}
	if sub(text, l, 3) == "earlier" {
		n = -n
	}
	return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateAfter, unit: dateUnitOf[sub(text, l, 2)], n: n}}, true
}

func dateBuildFollowing(text string, l []int) (dateCand, bool) {
	if dateDurationWords[datePrevWord(text, l[0])] && sub(text, l, 1) != "same" {
		return dateCand{}, false // "over the next year" is a stretch of time
	}
	if l[1] < len(text) && text[l[1]] == '-' {
		return dateCand{}, false // "the next day-long meeting"
	}
	unit := sub(text, l, 2) + sub(text, l, 3) // "that day": group 3
	if wd, ok := dateWeekdayOf[unit]; ok {
		// "the previous Friday": the Friday before the day last named;
		// "the same Friday", the one in its week. ("That Friday" is not
		// read: "that" is as often a conjunction, "said that Friday's
		// debate".)
		r := dateRead{kind: dateAfter, unit: timeline.Day, weekday: wd, dayName: true, n: dateShift[sub(text, l, 1)]}
		return dateCand{start: l[0], end: l[1], read: r}, true
	}
	return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateAfter, unit: dateUnitOf[unit], n: dateShift[sub(text, l, 1)]}}, true
}

// dateBuildInThe reads "later in the day" or "earlier in the year": the
// day or year the text last named, or, with none in reach, the article's.
func dateBuildInThe(text string, l []int) (dateCand, bool) {
	return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateAfter, unit: dateUnitOf[sub(text, l, 2)], orNow: true}}, true
}

func dateBuildYearPart(text string, l []int) (dateCand, bool) {
	y, _ := strconv.Atoi(text[l[4]:l[5]])
	if y < 1000 || y > 2099 || !dateNumberEnds(text, l[5]) || dateNextIsUnit(text, l[5]) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateYearOnly, year: y, approx: true}}, true
}

func dateBuildSpelledYear(text string, l []int) (dateCand, bool) {
	if dateNextIsUnit(text, l[1]) {
		return dateCand{}, false // "nineteen ninety-six people"
	}
	y := 2000
	if l[2] >= 0 {
		y = 1900 + dateNumberWords[sub(text, l, 1)] + dateNumberWords[sub(text, l, 2)]
	}
	return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateYearOnly, year: y}}, true
}

// dateBuildMonthSpelled reads a month and a year in words, as a transcript
// writes them: "January nineteen ninety-seven".
func dateBuildMonthSpelled(text string, l []int) (dateCand, bool) {
	m, ok := dateMonthOK(text[l[2]:l[3]])
	if !ok || dateNextIsUnit(text, l[1]) {
		return dateCand{}, false
	}
	y := 1900 + dateNumberWords[sub(text, l, 2)] + dateNumberWords[sub(text, l, 3)]
	return dateCand{start: l[0], end: l[1], resolve: dateMonthLower[m] + " " + strconv.Itoa(y)}, true
}

var dateDecadeOf = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

func dateBuildDecadeWord(text string, l []int) (dateCand, bool) {
	d := dateDecadeOf[sub(text, l, 2)]
	if l[6] >= 0 {
		// "the mid-20s" is as often a rating, a percentage or an age as a
		// decade: two digits name one only with the apostrophe that
		// stands for its century ("the late '80s")
		if r, _ := utf8.DecodeLastRuneInString(text[:l[6]]); r != '\'' && r != '’' {
			return dateCand{}, false
		}
		d = int(text[l[6]]-'0') * 10
	}
	r := dateRead{kind: dateDecadeWord, year: d, approx: l[2] >= 0}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

func dateBuildPartOf(text string, l []int) (dateCand, bool) {
	c := dateCand{start: l[0], end: l[1], relative: true}
	switch {
	case l[8] >= 0:
		y, _ := strconv.Atoi(text[l[8]:l[9]])
		if y < 1000 || y > 2099 || !dateNumberEnds(text, l[9]) {
			return dateCand{}, false
		}
		c.relative, c.read = false, dateRead{kind: dateYearOnly, year: y, approx: true}
	case l[10] >= 0:
		m, ok := dateMonthOK(text[l[10]:l[11]])
		if !ok {
			return dateCand{}, false
		}
		c.read = dateRead{kind: dateMonthOnly, month: m, approx: true}
	default:
		shift := sub(text, l, 2)
		if shift == "" {
			shift = "this" // "the end of year"
		}
		c.read = dateRead{kind: datePeriod, unit: dateUnitOf[sub(text, l, 3)], n: dateShift[shift], approx: true}
	}
	return c, true
}

// dateBuildYearEnd reads "year-end" as the anchor's year, and "year-ago"
// and "year-earlier" ("year-earlier results") as the year before.
func dateBuildYearEnd(text string, l []int) (dateCand, bool) {
	r := dateRead{kind: datePeriod, unit: timeline.Year, approx: true}
	if l[2] >= 0 {
		r = dateRead{kind: datePeriod, unit: timeline.Year, n: -1}
	}
	return dateCand{start: l[0], end: l[1], relative: true, read: r}, true
}

// dateTitled reports whether the phrase at [s, e) is capitalised word by
// word where no sentence starts: the name of a programme or a paper
// ("ABC's "This Week"", "USA Today"), not a date. After a preposition it
// is a date in a headline ("Meeting Scheduled For Next Week").
func dateTitled(text string, s, e int) bool {
	if dateTitlePreps[datePrevWord(text, s)] {
		return false
	}
	for i := s; i < e; i++ {
		if (i == s || text[i-1] == ' ' || text[i-1] == '\t') && text[i] != ' ' && text[i] != '\t' && !(text[i] >= 'A' && text[i] <= 'Z') {
			return false
		}
	}
	return !dateSentenceOpens(text, s)
}

// dateTitlePreps before a capitalised phrase make it a date ("on" does
// not: "he spoke on This Week").
var dateTitlePreps = map[string]bool{
	"for": true, "by": true, "until": true, "till": true, "since": true, "from": true,
	"before": true, "after": true, "through": true,
}

// dateSentenceOpens reports whether a sentence may start at i: after
// nothing but spaces and opening quotes or brackets, the text or a line
// starts there, or a sentence, a clause or a dash ends before them.
func dateSentenceOpens(text string, i int) bool {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch r {
		case ' ', '\t', '\u00a0', '"', '“', '‘', '(', '[', '`':
			i -= size
			continue
		case '\n', '\r', '.', '!', '?', ':', ';', '-', '–', '—', '_', ')':
			return true
		}
		return false
	}
	return true
}

// dateOfAnAge reports whether "today" or "tomorrow" at [s, e) names an
// age rather than a day: after a noun and "of" ("the people of
// tomorrow", "the Europe of today"), not after "as of" or a part of a day
// ("the end of today").
func dateOfAnAge(text string, s, e int) bool {
	w := strings.ToLower(text[s:e])
	if w != "today" && w != "tomorrow" {
		return false
	}
	var buf [2]string
	before := dateWordsBefore(buf[:0], text, s, 2)
	return len(before) == 2 && before[1] == "of" && !dateOfDay[before[0]]
}

// dateOfDay before "of today" or "of tomorrow" leave it a day.
var dateOfDay = map[string]bool{
	"as": true, "end": true, "close": true, "start": true, "beginning": true, "rest": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "events": true, "news": true,
}

// dateBuildAgo reads "a week ago" (a week, approximately), "exactly a
// week ago" (the day seven days before the article's: "exactly" says
// the day as well as the count) and "a week ago today" or "two weeks
// ago yesterday" (counted from that day: the day as well).
func dateBuildAgo(text string, l []int) (dateCand, bool) {
	c := dateCand{start: l[0], end: l[1], resolve: dateSquash(text[l[0]:l[1]]), relative: true}
	before := strings.ToLower(text[max(0, l[0]-8):l[0]])
	exactly := strings.HasSuffix(before, "exactly ")
	from, after := agoFrom(text[l[1]:])
	if !exactly && after == 0 || !strings.EqualFold(sub(text, l, 2), "week") {
		return c, true
	}
	n, ok := dateNumberWords[strings.ToLower(sub(text, l, 1))]
	if !ok {
		n, _ = strconv.Atoi(sub(text, l, 1))
	}
	if n < 1 {
		return c, true
	}
	if exactly {
		c.start = l[0] - len("exactly ")
	}
	c.end += after
	c.resolve = strconv.Itoa(7*n+from) + " days ago"
	return c, true
}

// agoFrom reads the day that "ago" counts from when one follows it: "
// today" (0 days before the article's) or " yesterday" (1), and how many
// bytes of rest that takes; 0, 0 otherwise.
func agoFrom(rest string) (days, n int) {
	for _, w := range [...]struct {
		word string
		days int
	}{{"today", 0}, {"yesterday", 1}} {
		if len(rest) > len(w.word) && rest[0] == ' ' && strings.EqualFold(rest[1:1+len(w.word)], w.word) &&
			(len(rest) == 1+len(w.word) || !isWordRune(rune(rest[1+len(w.word)]))) {
			return w.days, 1 + len(w.word)
		}
	}
	return 0, 0
}
