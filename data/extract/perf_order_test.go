package extract

import (
	"maps"
	"slices"
	"testing"
)

// A paragraph's run of names is read against the surnames of the people
// named in full before it: "Tallard and Nevada Sen. Mara Quist" ends a
// name at "Tallard" only once "Ned Tallard" has been read. newNamer
// gathers the surnames in the paragraphs' order, so the same article
// gives the same surnames (and the same roles) on every run; read in a
// map's order, it gave one of two sets at random.
func TestTheSurnamesAreReadInTheParagraphsOrder(t *testing.T) {
	text := "Backers of Tallard and Nevada Sen. Mara Quist paid for the ads on Monday.\n\n" +
		"Governor Ned Tallard spoke in Carson City on Tuesday.\n"
	want := []string{"quist", "tallard"}
	for range 40 { // a map's order changes from run to run
		got := slices.Sorted(maps.Keys(newNamer(text, paragraphs(text)).surnames))
		if !slices.Equal(got, want) {
			t.Fatalf("surnames %q, want %q", got, want)
		}
	}
	// Read the other way round, "Tallard" is a surname when the first
	// paragraph is read, and Mara Quist's is not gathered from it.
	other := "Governor Ned Tallard spoke in Carson City on Tuesday.\n\n" +
		"Backers of Tallard and Nevada Sen. Mara Quist paid for the ads on Monday.\n"
	if got := slices.Sorted(maps.Keys(newNamer(other, paragraphs(other)).surnames)); !slices.Equal(got, []string{"tallard"}) {
		t.Fatalf("surnames %q, want only %q", got, "tallard")
	}
}
