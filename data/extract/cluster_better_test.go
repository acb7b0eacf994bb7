package extract

import "testing"

// TestAnAgreeingDateComesBeforeAClash: of two events a mention may join,
// one its article has not reported comes first, then one whose dates
// agree with the mention's before one whose dates clash (which would make
// a date discrepancy of the same report), however much more the clashing
// one shares; among equals, the higher score.
func TestAnAgreeingDateComesBeforeAClash(t *testing.T) {
	for _, c := range []struct {
		name    string
		j, best joinable
		want    bool
	}{
		{"agreeing over clashing", joinable{relation: within, score: 2}, joinable{relation: clashing, score: 4}, true},
		{"covering over clashing", joinable{relation: covering, score: 1}, joinable{relation: clashing, score: 4}, true},
		{"clashing after agreeing", joinable{relation: clashing, score: 9}, joinable{relation: within, score: 2}, false},
		{"not yet reported first", joinable{relation: clashing, score: 1}, joinable{relation: within, score: 9, same: true}, true},
		{"higher score among agreeing", joinable{relation: within, score: 3}, joinable{relation: covering, score: 2}, true},
		{"lower score among agreeing", joinable{relation: within, score: 1}, joinable{relation: within, score: 2}, false},
	} {
		if got := better(c.j, c.best); got != c.want {
			t.Errorf("%s: better = %v, want %v", c.name, got, c.want)
		}
	}
}
