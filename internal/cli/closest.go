package cli

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// shortList is the most valid values an unknown value's error lists
// whole; past it, the closest few are listed and the rest counted.
const (
	shortList = 50
	closestN  = 5
)

// listedBy is the command that lists each facet's values.
var listedBy = map[string]string{
	"actor":     "cyberdesk actors",
	"outlet":    "cyberdesk outlets",
	"event":     "cyberdesk events",
	"statement": "cyberdesk quotes",
	"country":   "cyberdesk countries",
	"tag":       "cyberdesk tags",
}

// unknownMessage is what an unknown value's error says: every valid value
// when they are few, else the closest few to the value given, the count
// of the rest and the command that lists them all.
func unknownMessage(u *timeline.UnknownValueError) string {
	if len(u.Valid) <= shortList {
		return u.Error()
	}
	near := closest(u.Value, u.Valid, closestN)
	var b strings.Builder
	fmt.Fprintf(&b, "unknown %s %q; ", u.Facet, u.Value)
	if len(near) == 0 {
		fmt.Fprintf(&b, "none of the %s %s values is close", thousands(len(u.Valid)), u.Facet)
	} else {
		fmt.Fprintf(&b, "the closest: %s (%s more)", strings.Join(near, ", "), thousands(len(u.Valid)-len(near)))
	}
	if c, ok := listedBy[u.Facet]; ok {
		fmt.Fprintf(&b, "; list them all with `%s`", c)
	}
	return b.String()
}

// closest is up to n of valid nearest to v: those that hold v, whatever
// the case, shortest first, then those a few edits from it, nearest first.
func closest(v string, valid []string, n int) []string {
	want := strings.ToLower(v)
	type cand struct {
		s    string
		rank int
	}
	var cands []cand
	limit := max(1, len([]rune(want))/3)
	for _, s := range valid {
		low := strings.ToLower(s)
		switch {
		case want != "" && strings.Contains(low, want):
			cands = append(cands, cand{s, -1_000_000 + len(s)})
		default:
			if d := editDistance(want, low, limit); d <= limit {
				cands = append(cands, cand{s, d})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(a.rank, b.rank) })
	var out []string
	for _, c := range cands[:min(n, len(cands))] {
		out = append(out, c.s)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b in runes, or
// limit+1 once it is sure to pass limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			sub := prev[j-1]
			if ra[i-1] != rb[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
