package timeline

import "testing"

// TestARestoredDatasetFindsEventsBeforeItsIDTable: a restored dataset
// whose statements name no event builds its id table with the indexes;
// until then EventIndex finds each event by reading them, to the same
// answer, and a missing id is missing.
func TestARestoredDatasetFindsEventsBeforeItsIDTable(t *testing.T) {
	ds, err := adoptAs(fixtureWithoutStatements(), true)
	if err != nil {
		t.Fatal(err)
	}
	if !ds.idsLater {
		t.Fatal("the id table was built before the indexes")
	}
	check := func(when string) {
		for i, e := range ds.Events() {
			if got, ok := ds.EventIndex(e.ID); !ok || got != i {
				t.Errorf("%s: %s at %d (%v), want %d", when, e.ID, got, ok, i)
			}
		}
		if _, ok := ds.EventIndex("no-such-event"); ok {
			t.Errorf("%s: found an event that is not there", when)
		}
	}
	check("before the indexes")
	ds.index()
	check("indexed")
}

// fixtureWithoutStatements is the fixture's parts with no statements or
// quotes (and so no discrepancies of wording).
func fixtureWithoutStatements() Parts {
	p := fixture()
	p.Statements, p.Quotes, p.Discrepancies = nil, nil, nil
	return p
}
