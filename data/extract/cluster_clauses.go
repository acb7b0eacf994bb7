package extract

import "strings"

// A sentence that dates two happenings in two clauses a comma and a
// conjunction join ("X said it on Wednesday at a rally, and he repeated
// it on the radio on Thursday") reports one in each: each date dates its
// own clause. mentionsOf reads each group of dates from the words
// between the groups around it; joinedClauses moves those bounds to the
// joint between the clauses, so that neither mention holds the other's
// words ("at a rally, and he repeated it …" is not the Thursday's
// happening, nor "… at a rally" the Wednesday's title).

// clauseJoints join two clauses of one sentence.
var clauseJoints = []string{", and ", ", but ", ", while ", ", then "}

// joinedClauses returns lo and hi, the words between the date groups
// before and after g, moved to the joint between g's clause and its
// neighbours' when one stands between them: the last joint before g's
// first date, and the last before the next group's (the joint nearest
// it, so both mentions split at one place).
func joinedClauses(view string, lo, hi int, g []Date) (int, int) {
	first, last := g[0].Start, g[len(g)-1].End
	if lo > first || last > hi {
		return lo, hi
	}
	if _, e := lastJoint(view[lo:first]); e >= 0 {
		lo += e
	}
	if s, _ := lastJoint(view[last:hi]); s >= 0 {
		hi = last + s
	}
	return lo, hi
}

// lastJoint returns where the last clause joint of t starts and ends, -1
// when t holds none.
func lastJoint(t string) (start, end int) {
	start, end = -1, -1
	for _, j := range clauseJoints {
		if i := strings.LastIndex(t, j); i > start {
			start, end = i, i+len(j)
		}
	}
	return start, end
}
