package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A year named only to place a quarter, a half or a period in it ("the
// 1988 third quarter", "the year-ago period", "the first half of 1990",
// "the quarter a year ago") does not name that year: what the phrase
// means is a part of the year that a date cannot hold. The finder leaves
// such a phrase out rather than list the year as if the text had named it.

// datePartNouns are the parts of a year a date cannot hold.
var datePartNouns = map[string]bool{"quarter": true, "quarters": true, "half": true, "halves": true, "period": true}

// datePartModifiers may stand between a year and the part it qualifies:
// "the 1988 third quarter", "this year's fiscal first quarter", "the
// year-earlier nine months".
var datePartModifiers = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "final": true, "last": true,
	"latest": true, "fiscal": true, "comparable": true, "corresponding": true, "same": true,
	"two": true, "three": true, "six": true, "nine": true,
}

// datePartCompounds after "quarter" or "half" make it part of another
// word: "quarter-finals", "a quarter-century", "half marathon", "half-time".
var datePartCompounds = map[string]bool{
	"final": true, "finals": true, "finalist": true, "finalists": true, "marathon": true, "time": true,
	"century": true, "mile": true, "miles": true, "hour": true, "hours": true, "point": true, "points": true,
	"brother": true, "sister": true, "price": true, "life": true, "staff": true, "percent": true, "inch": true,
}

// dateHalves name a half of a year.
var dateHalves = map[string]bool{"first": true, "second": true, "last": true, "final": true}

// dateDeterminers before a year make it qualify the noun after it ("the
// 1988 period"); without one, "In 1988 half the staff left" names 1988.
var dateDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true, "that": true, "a": true, "an": true,
}

// dateNamesPart reports whether the phrase at [s, e), read as a date of
// precision p, only places a part of a year: a quarter, a half or a
// period it qualifies ("the 1988 quarter", "this year's third quarter",
// "the year-ago period", "the year-earlier nine months"), or one it
// follows ("the third quarter of 1984", "the quarter a year ago", "the
// corresponding period last year").
func dateNamesPart(text string, s, e int, p timeline.Precision) bool {
	if p != timeline.Year {
		return false
	}
	var buf [4]string
	// after: the phrase qualifies the part
	after := dateWordsAfter(buf[:0], text, e, 4)
	adjectival := strings.Contains(text[s:e], "-") || dateDeterminers[datePrevWord(text, s)]
	if len(after) > 0 && after[0] == "'s" {
		adjectival, after = true, after[1:]
	}
	if adjectival {
		for i, w := range after {
			if datePartNouns[w] || w == "months" && i > 0 {
				// the part is the head of its phrase: not "the 2019
				// quarter-finals", nor "the 2019 half marathon" (a
				// half of a year has its ordinal: "the 1990 first half")
				if i+1 < len(after) && datePartCompounds[after[i+1]] {
					break
				}
				return w != "half" || i > 0 && dateHalves[after[i-1]]
			}
			if !datePartModifiers[w] {
				break
			}
		}
	}
	// before: the part is named first
	if datePartNouns[datePrevWord(text, s)] {
		return true
	}
	before := dateWordsBefore(buf[:0], text, s, 4)
	n := len(before)
	if n > 0 && before[n-1] == "the" {
		n--
	}
	if n < 2 || before[n-1] != "of" || !datePartNouns[before[n-2]] || before[n-2] == "period" {
		return false
	}
	// "the third quarter of 1984" and "the first two quarters of 1990",
	// not "a quarter of 2019 sales" or "three quarters of 2019 sales"
	return n < 3 || !dateFractionWords[before[n-3]] || n >= 4 && dateOrdinals[before[n-4]]
}

// dateYearBefore are the phrases that compare with the same time a year
// before.
var dateYearBefore = map[string]bool{
	"a year ago": true, "a year earlier": true, "one year ago": true, "one year earlier": true,
	"year-ago": true, "year-earlier": true, "year ago": true, "year earlier": true,
}

// dateComparisonWords in a sentence make it compare figures.
var dateComparisonWords = map[string]bool{"from": true, "than": true, "compared": true, "versus": true, "vs": true, "against": true}

// dateComparesPart reports whether the phrase at [s, e) compares with the
// same part of the year before, one a date cannot hold: "net rose to $9
// million from $7 million a year earlier" in a passage reporting a
// quarter means that quarter a year before, not the year. The phrase must
// compare with a year before ("a year ago", "year-earlier", "last
// year's"), in a sentence that compares (a figure or a word such as
// "from" or "than"; "year-ago" and "year-earlier" compare by
// themselves), and the last period the passage names before it must be a
// quarter or a half rather than a stretch of months or a year ("For the
// nine months, ... a year earlier" compares those months, whose year a
// date holds).
func dateComparesPart(text string, s, e int) bool {
	phrase := dateSquash(text[s:e])
	if !dateYearBefore[phrase] && !(phrase == "last year" && (strings.HasPrefix(text[e:], "'s") || strings.HasPrefix(text[e:], "’s"))) {
		return false
	}
	if !strings.Contains(phrase, "-") {
		words := dateWordsBefore(nil, text, s, 40)
		words = append(words, dateWordsAfter(nil, text, e, 40)...)
		compares := false
		for _, w := range words {
			if dateComparisonWords[w] || dateIsDigit(w[0]) {
				compares = true
				break
			}
		}
		if !compares {
			return false
		}
	}
	return dateLastPeriodIsPart(text, s, e)
}

// dateLastPeriodIsPart reports whether the last period named in the
// stretch of text before the phrase at [i, e) is a quarter or a half, rather than months or
// a year ("the nine months", "the fiscal year", "the full year"), in a
// report of accounts (a game has quarters and halves too).
func dateLastPeriodIsPart(text string, i, e int) bool {
	words := strings.FieldsFunc(strings.ToLower(text[max(0, i-datePeriodReach):i]), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for j := len(words) - 1; j >= 0; j-- {
		prev, next := "", ""
		if j > 0 {
			prev = words[j-1]
		}
		if j+1 < len(words) {
			next = words[j+1]
		}
		switch w := words[j]; w {
		case "quarter", "quarters":
			// not a fraction ("a quarter of", "three quarters") or part
			// of another word ("a quarter-century low")
			if !dateFractionWords[prev] && !datePartCompounds[next] {
				return dateAccounts(words, text, e)
			}
		case "half":
			if prev == "first" || prev == "second" {
				return dateAccounts(words, text, e)
			}
		case "months":
			return false
		case "year":
			if dateYearSpans[prev] && next != "ago" && next != "earlier" && next != "end" {
				return false
			}
		}
	}
	return false
}

// dateAccounts reports whether words, or those of the sentence after e,
// report a business's accounts, whose quarters and halves are parts of a
// year, rather than a game's.
func dateAccounts(words []string, text string, e int) bool {
	var buf [8]string
	account := func(w string) bool { return dateAccountWords[w] }
	return slices.ContainsFunc(words, account) || slices.ContainsFunc(dateWordsAfter(buf[:0], text, e, 8), account)
}

// dateAccountWords are the words of a report of accounts.
var dateAccountWords = map[string]bool{
	"profit": true, "profits": true, "earnings": true, "earned": true, "net": true, "revenue": true,
	"revenues": true, "sales": true, "income": true, "loss": true, "losses": true, "dividend": true,
	"share": true, "results": true, "fiscal": true,
}

// datePeriodReach is how far back dateLastPeriodIsPart looks for the
// period a passage reports: a few sentences.
const datePeriodReach = 1200

// dateYearSpans before "year" make it the period a passage reports: "for
// the year", "the fiscal year", "the full year", "for this year".
var dateYearSpans = map[string]bool{"the": true, "fiscal": true, "full": true, "calendar": true, "this": true}

// dateComparesNow reports whether the phrase k, counting back from a date
// ("a year earlier"), compares a figure with the past of the time the
// article reports rather than with a date an earlier sentence named:
// "Sales were $3.1 million, compared with $2.9 million a year earlier"
// counts from the article's date even where the sentence before named
// one. The comparison word must come before the phrase in its sentence,
// and no date be named between the sentence's start and the phrase.
func dateComparesNow(text string, found []Date, k dateKept) bool {
	if k.read.n >= 0 || k.read.dayName {
		return false // "the previous Friday" is the one before a day named
	}
	start := dateSentenceStart(text, k.start)
	if len(found) > 0 && found[len(found)-1].End > start {
		return false
	}
	for _, w := range dateWords(nil, text[start:k.start], 40, false) {
		if dateComparisonWords[w] {
			return true
		}
	}
	return false
}

// dateSentenceStart returns where the sentence holding i starts: after the
// last full stop, question or exclamation mark (not an abbreviation's) or
// line break before it, looking back at most a few hundred bytes.
func dateSentenceStart(text string, i int) int {
	lo := max(0, i-400)
	win := text[lo:i]
	for j := len(win) - 1; j >= 0; j-- {
		c := win[j]
		if c == '\n' || c == '\r' {
			return lo + j + 1
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && dateSpaceAfter(win, j+1) && !dateAbbrevBefore(win, j) {
			return lo + j + 1
		}
	}
	return lo
}

// dateOrdinals before a count of quarters or halves make them parts of a
// year in order: "the first two quarters".
var dateOrdinals = map[string]bool{"first": true, "last": true, "final": true, "next": true, "past": true}

// dateFractionWords before "quarter" make it a fraction, not a quarter of
// a year.
var dateFractionWords = map[string]bool{"a": true, "one": true, "two": true, "three": true}
