package extract

import "github.com/cyberdesk-dev/cyberdesk/timeline"

// reportedWeekdayTense is the tense a bare weekday ("on Friday") is
// resolved by. Reported speech keeps its future as "would": "the union
// said its strike would go ahead on Friday" is the Friday to come, though
// the sentence's tense (dateTense, which "would" leaves past, as "would be
// paid in April" says nothing of the date's own tense) reads back. "Would
// have" still looks back ("would have reopened on Monday").
func reportedWeekdayTense(text string, start int, resolve string, tense timeline.Tense) timeline.Tense {
	if tense == timeline.Future {
		return tense
	}
	if _, ok := dateWeekdayOf[resolve]; !ok {
		return tense
	}
	var buf [8]string
	before := dateWordsBefore(buf[:0], text, start, 8)
	for i, w := range before {
		if w == "would" && (i+1 == len(before) || before[i+1] != "have") {
			return timeline.Future
		}
	}
	return tense
}
