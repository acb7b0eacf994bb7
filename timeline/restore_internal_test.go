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

// TestMadeIDsWaitForTheIndexes: a dataset whose loader made its ids
// (Parts.IDsMade) builds its id table with the indexes, as a restored one
// does, finding each event by its id before and after; where statements
// name events, the table is built at once, as they need it.
func TestMadeIDsWaitForTheIndexes(t *testing.T) {
	p := fixtureWithoutStatements()
	p.IDsMade = true
	ds, err := adopt(p)
	if err != nil {
		t.Fatal(err)
	}
	if !ds.idsLater {
		t.Fatal("the id table was built before the indexes")
	}
	for _, when := range []string{"before the indexes", "indexed"} {
		if when == "indexed" {
			ds.index()
		}
		for i, e := range ds.Events() {
			if got, ok := ds.EventIndex(e.ID); !ok || got != i {
				t.Errorf("%s: %s at %d (%v), want %d", when, e.ID, got, ok, i)
			}
		}
	}
	if ds.Parts().IDsMade {
		t.Error("Parts, for a changed dataset, still vouches for its ids")
	}
	cited := fixture()
	cited.IDsMade = true
	if ds, err := adopt(cited); err != nil || ds.idsLater {
		t.Errorf("with statements naming events: idsLater %v (%v), want the table at once", ds != nil && ds.idsLater, err)
	}
}
