package extract

import "github.com/cyberdesk-dev/cyberdesk/timeline"

// Two events dated only by a month or a year that many of the corpus's
// mentions give (see crowdedCoarse) share it with every other happening
// of it the corpus tells: alike words ("the convention committee", "the
// platform") are the story's, not one happening's. Such events merge
// only when a mention of one says what a mention of the other says: the
// same main verb (saySame). A press release "earlier this month" and
// hearings held before the platform is drafted "in late July" are two
// happenings; two reports of a payroll fraud "in 2019", a year few
// sentences give, still merge on their words.

// crowdedMonths reports whether events a and b are both dated only by a
// month or a year many mentions give.
func (x *extractor) crowdedMonths(a, b *timeline.Event) bool {
	crowded := func(e *timeline.Event) bool {
		return e.Start.Precision >= timeline.Month && x.dateCounts[dateSpan{e.Start, e.End}] >= minCrowded
	}
	return crowded(a) && crowded(b)
}

// saySame reports whether a mention of a and a mention of b say the
// same main verb (see mentionVerb).
func saySame(a, b *cluster) bool {
	for k := range a.mentions {
		if v := mentionVerb(&a.mentions[k]); v != "" && b.saysVerb(v, "") {
			return true
		}
	}
	return false
}
