package extract

import (
	"strconv"
	"strings"
	"time"
)

// The patterns of the forms the finder knows, and the table of matchers
// built from them.

const (
	dateSp        = `[ \t\x{00A0}]+`
	dateMonthFull = `january|february|march|april|may|june|july|august|september|october|november|december`
	dateMonthAbbr = `jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`
	dateMonth     = `((?:` + dateMonthFull + `)\b|(?:` + dateMonthAbbr + `)\b\.?)`
	dateDay       = `(\d{1,2})(?:st|nd|rd|th)?\b`
	dateYear      = `(\d{4})\b`
	dateYearSep   = `(?:,[ \t\x{00A0}]*|` + dateSp + `)`
	dateOf        = `(?:of` + dateSp + `)?`
)

const (
	datePatMDY     = `(?i)\b` + dateMonth + dateSp + dateDay + dateYearSep + dateYear
	datePatDMY     = `(?i)\b` + dateDay + dateSp + dateOf + dateMonth + dateYearSep + dateYear
	datePatMD      = `(?i)\b` + dateMonth + dateSp + dateDay
	datePatDM      = `(?i)\b` + dateDay + dateSp + dateOf + dateMonth
	datePatMY      = `(?i)\b` + dateMonth + `,?` + dateSp + dateOf + dateYear
	datePatMonth   = `(?i)\b(?:(in|since)` + dateSp + `)?(?:(early|late|mid)(?:` + dateSp + `|-))?(` + dateMonthFull + `)\b`
	datePatYear    = `(?i)\b(?:(in|since)` + dateSp + `)?(\d{4})\b`
	datePatISO     = `\b(\d{4})-(\d{2})-(\d{2})\b`
	datePatDecade  = `(?i)\b(?:(?:in|since)` + dateSp + `)?(?:the` + dateSp + `)?([12]\d\d0)s\b`
	datePatDecMod  = `(?i)\b(early|mid|late)(?:` + dateSp + `|-)([12]\d\d0)s\b`
	datePatWar     = `(?i)\b(?:world` + dateSp + `war` + dateSp + `(?:ii|two|2)|second` + dateSp + `world` + dateSp + `war|wwii|ww2)\b`
	datePatRel     = `(?i)\b(?:yesterday|today|tomorrow|(?:(?:earlier|later)` + dateSp + `)?this` + dateSp + `(?:week|year)|last` + dateSp + `(?:week|year))\b`
	datePatAgo     = `(?i)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})` + dateSp + `(day|week|month|year)s?` + dateSp + `ago\b`
	datePatWeekday = `(?i)\b(?:on` + dateSp + `)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`
)

// dateReSpace finds the spaces dateSquash turns into one.
var dateReSpace = lazyRegexp(dateSp)

// dateMatchers lists every form the finder knows. Overlaps are settled by
// length afterwards; order only decides between phrases with the same
// range.
var dateMatchers = [...]dateMatcher{
	{pattern: datePatMDY, words: "@month>#d12", build: func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[2], l[3], l[4], l[5], l[6], l[7])
	}},
	{pattern: datePatDMY, words: "#d12>of,@month", build: func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[4], l[5], l[2], l[3], l[6], l[7])
	}},
	{pattern: datePatMD, words: "@month>#d12", build: func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[2], l[3], l[4], l[5])
	}},
	{pattern: datePatDM, words: "#d12>of,@month", build: func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[4], l[5], l[2], l[3])
	}},
	{pattern: datePatMY, words: "@month>of,#d4", build: dateBuildMonthYear},
	{pattern: datePatMonth, words: "in>early,late,mid,@monthfull since>early,late,mid,@monthfull early>@monthfull late>@monthfull mid>@monthfull @monthfull", build: dateBuildMonthAlone},
	{pattern: datePatYear, words: "in>#d4 since>#d4 #d4", build: dateBuildYear},
	{pattern: datePatISO, words: "#d4>#d12", build: func(text string, l []int) (dateCand, bool) {
		m, _ := strconv.Atoi(text[l[4]:l[5]])
		if m < 1 || m > 12 {
			return dateCand{}, false
		}
		phrase := strings.ToLower(time.Month(m).String()) + " " + text[l[6]:l[7]] + ", " + text[l[2]:l[3]]
		return dateCand{start: l[0], end: l[1], resolve: phrase}, true
	}},
	{pattern: datePatDecade, words: "in>the,#decade since>the,#decade the>#decade #decade", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: text[l[2]:l[3]] + "s"}, true
	}},
	{pattern: datePatDecMod, words: "early>#decade mid>#decade late>#decade", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: strings.ToLower(text[l[2]:l[3]]) + " " + text[l[4]:l[5]] + "s"}, true
	}},
	{pattern: datePatWar, words: "world>war second>world wwii ww2", build: func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: "world war ii"}, true
	}},
	{pattern: datePatRel, words: "yesterday today tomorrow earlier>this later>this this>week,year last>week,year", build: func(text string, l []int) (dateCand, bool) {
		if dateTitled(text, l[0], l[1]) || dateOfAnAge(text, l[0], l[1]) {
			return dateCand{}, false
		}
		p := dateSquash(text[l[0]:l[1]])
		// Resolve knows "earlier this year" but not "earlier this week".
		p = strings.TrimPrefix(strings.TrimPrefix(p, "earlier "), "later ")
		return dateCand{start: l[0], end: l[1], resolve: p, relative: true}, true
	}},
	{pattern: datePatAgo, words: "a>@unit one>@unit two>@unit three>@unit four>@unit five>@unit six>@unit seven>@unit eight>@unit nine>@unit ten>@unit #d13>@unit", build: dateBuildAgo},
	{pattern: datePatAgoWords, words: dateAgoWordsKeys, build: dateBuildAgoWords}, // dates28u: see dates_rec5_ago.go
	{pattern: datePatWeekday, words: "on>@weekday @weekday", build: dateBuildWeekday},
	{pattern: datePatPeriod, words: "early>this,next,last late>this,next,last earlier>this,next,last later>this,next,last this>week,month,year next>week,month,year last>week,month,year", build: dateBuildPeriod},
	{pattern: datePatMonthShift, words: "last>@monthfull next>@monthfull this>@monthfull coming>@monthfull", build: dateBuildMonthShift},
	{pattern: datePatMonthOfYear, words: "@monthfull>last,next,this", build: dateBuildMonthOfYear},
	{pattern: datePatWeekdayShift, words: "this>last,next,this,coming,@weekday last>@weekday next>@weekday coming>@weekday", build: dateBuildWeekdayShift},
	{pattern: datePatWeekdayDate, words: "on>@weekday @weekday>@month", build: dateBuildWeekdayDate},
	{pattern: datePatDayPart, words: "this>morning,afternoon,evening tonight last>night", build: dateBuildDayPart},
	{pattern: datePatWeekend, words: "at>the over>the during>the last>weekend this>weekend", build: dateBuildWeekend},
	{pattern: datePatWeekdayDayDate, words: "on>@weekday", build: dateBuildWeekdayDayDate},
	{pattern: datePatAfter, words: "a>@unit an>@unit one>@unit two>@unit three>@unit four>@unit five>@unit six>@unit seven>@unit eight>@unit nine>@unit ten>@unit #d12>@unit", build: dateBuildAfter},
	{pattern: datePatTheWeekday, words: "on>the by>the", build: dateBuildTheWeekday}, // rec28r: see dates_rec4.go
	{pattern: datePatFollowing, words: "the>following,next,previous,preceding,same that>day,week,month,year,morning,afternoon,evening,night", build: dateBuildFollowing},
	{pattern: datePatAnchored, words: dateAnchoredWords, build: dateBuildAnchored},
	{pattern: datePatMidweek, words: "midweek mid>week", build: dateBuildMidweek},
	{pattern: datePatInThe, words: "earlier>in later>in", build: dateBuildInThe},
	{pattern: datePatYearPart, words: "early>#d4 mid>#d4 late>#d4", build: dateBuildYearPart},
	{pattern: datePatSpelledYear, words: "nineteen>@tens the>year", build: dateBuildSpelledYear},
	{pattern: datePatMonthSpelled, words: "@monthfull>nineteen", build: dateBuildMonthSpelled},
	{pattern: datePatDecadeWord, words: "the>early,mid,late,@decades,#decade2", build: dateBuildDecadeWord},
	{pattern: datePatPartOf, words: "the>end,beginning,start,middle end>of beginning>of start>of middle>of", build: dateBuildPartOf},
	{pattern: datePatYearEnd, words: "year", build: dateBuildYearEnd},
	{pattern: datePatCurrent, words: "the>current", build: dateBuildCurrent},
	{pattern: datePatMonthFirst, words: "the>first,1st", build: dateBuildMonthFirst},
}
