package extract

import (
	"strconv"
	"strings"
)

// Counts past ten before "ago" (dates28u): "Thirteen years ago",
// "twenty-one years ago", "a dozen years ago", "half a dozen years ago".
// datePatAgo reads the counts up to ten, in words or digits; news spells
// the larger ones out too, most of all at the start of a sentence, where
// style books want no figure. The count is handed on in digits, as
// timeline.Resolve reads counts in words only up to ten.

const datePatAgoWords = `(?i)\b(` + dateTens + `|(?:half` + dateSp + `)?a` + dateSp + `dozen)(?:-(` + dateUnits1 + `))?` +
	dateSp + `(day|week|month|year)s?` + dateSp + `ago\b`

// dateAgoWordsKeys are the words a match of datePatAgoWords starts with
// (see dateMatcher.words).
const dateAgoWordsKeys = "@tens>@unit,one,two,three,four,five,six,seven,eight,nine a>dozen half>a"

// dateBuildAgoWords reads "thirteen years ago" as "13 years ago"; "ten
// years ago" is left to datePatAgo.
func dateBuildAgoWords(text string, l []int) (dateCand, bool) {
	count := strings.ToLower(dateSquash(sub(text, l, 1)))
	n, ok := dateNumberWords[count]
	if ok && n <= 10 && sub(text, l, 2) == "" {
		return dateCand{}, false
	}
	switch count {
	case "a dozen":
		n, ok = 12, true
	case "half a dozen":
		n, ok = 6, true
	}
	if !ok {
		return dateCand{}, false
	}
	if units := sub(text, l, 2); units != "" {
		if n < 20 {
			return dateCand{}, false // "eleven-one" is no number
		}
		n += dateNumberWords[strings.ToLower(units)]
	}
	unit := strings.ToLower(sub(text, l, 3))
	return dateCand{start: l[0], end: l[1], resolve: strconv.Itoa(n) + " " + unit + "s ago", relative: true}, true
}
