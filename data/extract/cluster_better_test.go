package extract

import "testing"

// TestBetterJoin: of two events a mention may join, one whose dates agree
// with the mention's comes before one whose dates clash, which would make
// two outlets disagree; unless the agreement is loose (a year's event
// holds any day of it), when the one sharing more wins: a second outlet's
// report of an attack a day off is that attack's, with a discrepancy,
// not a day of the year-long deliberation it shares two words with.
func TestBetterJoin(t *testing.T) {
	tight := joinable{event: 1, relation: within, score: 2}
	loose := joinable{event: 1, relation: within, score: 2, loose: true}
	clash := joinable{event: 2, relation: clashing, score: 9}
	if !better(tight, clash) || better(clash, tight) {
		t.Errorf("a clash sharing more came before an event whose day agrees")
	}
	if better(loose, clash) || !better(clash, loose) {
		t.Errorf("an event whose year holds the day came before a clash sharing far more")
	}
	weak := joinable{event: 2, relation: clashing, score: 1}
	if !better(loose, weak) {
		t.Errorf("a clash sharing less came before a loosely agreeing event")
	}
}
