package extract

import "slices"

// A poll, a survey or a count of delegates is told by its figures: two
// outlets' sentences on the same day naming the same candidates and a
// poll report one poll only when a figure of one stands in the other
// ("leads by 271 pledged delegates" and "led by nearly 300 pledged
// delegates" are two counts; "66 percent of likely women voters" and "a
// poll of 400 Latino voters" two polls). So a mention from an outlet the
// event does not cite yet that reports a tally with figures joins an event
// whose other outlets give figures only when they share one.

// tallyWords name what a figure counts in a poll's or a count's report.
var tallyWords = stemSet(`poll polls survey surveys percent percentage points delegates`)

// stemSet is the set of the content stems of words.
func stemSet(words string) map[string]bool {
	out := map[string]bool{}
	for w := range set(words) {
		if s, _ := contentStem(w); s != "" {
			out[s] = true
		}
	}
	return out
}

// figuresDisagree reports whether m reports a tally whose figures no
// mention of cl from another outlet shares, though some give figures.
func figuresDisagree(m *mention, cl *cluster) bool {
	if !slices.ContainsFunc(m.stems, func(s string) bool { return tallyWords[s] }) {
		return false
	}
	mine := figures(m.stems)
	if len(mine) == 0 {
		return false
	}
	seen := false
	for k := range cl.mentions {
		o := &cl.mentions[k]
		if o.outlet == m.outlet {
			continue
		}
		theirs := figures(o.stems)
		if len(theirs) == 0 {
			continue
		}
		if slices.ContainsFunc(mine, func(s string) bool { return slices.Contains(theirs, s) }) {
			return false
		}
		seen = true
	}
	return seen
}

// figures are the stems of ss that stand for numbers (see numberAt).
func figures(ss []string) []string {
	var out []string
	for _, s := range ss {
		if len(s) > 1 && s[0] == '#' {
			out = append(out, s)
		}
	}
	return out
}
