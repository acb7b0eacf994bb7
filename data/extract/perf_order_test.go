package extract

import (
	"maps"
	"slices"
	"strings"
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

// mayWeighSound lets rejoinUnweighed pass over a mention no event could
// take on sound footing: it must never refuse one weakFooting and
// strongMatch would let through, or the mention, read again no more,
// stays alone in its event.
func TestMayWeighSoundRefusesOnlyWhatCouldNotJoin(t *testing.T) {
	var generic string
	for s := range genericHeads {
		generic = s
		break
	}
	x := &extractor{agree: &agreement{actors: map[string]float64{"common": 0.1, "rare": 0.9}}}
	for _, tc := range []struct {
		actors  []string
		telling []string
		weights []float64
		want    bool
	}{
		{[]string{"rare"}, []string{"fired", "coach"}, []float64{0.8, 0.5}, true}, // minStrong exactly
		{[]string{"common", "rare"}, []string{"fired", "coach", "team"}, []float64{0.6, 0.5, 0.3}, true},
		{[]string{"common"}, []string{"fired", "coach"}, []float64{0.8, 0.9}, false},   // no rare name: weakFooting
		{[]string{"rare"}, []string{"fired", generic}, []float64{0.8, 0.9}, false},     // a generic head weighs nothing
		{[]string{"rare"}, []string{"fired", "coach"}, []float64{0.8, 0.4}, false},     // below minStrong
		{[]string{"unweighed"}, []string{"fired", "coach"}, []float64{0.8, 0.6}, true}, // an actor agreement never counted is rare
	} {
		m := &mention{actors: tc.actors, telling: tc.telling, weights: tc.weights}
		if got := x.mayWeighSound(m); got != tc.want {
			t.Errorf("actors %q, telling %q %v: %v, want %v", tc.actors, tc.telling, tc.weights, got, tc.want)
		}
	}
}

// An undated sentence naming a time of its own, or telling another
// happening of the kind, is no echo of a dated one.
func TestTellsItsTimeOrAnother(t *testing.T) {
	for s, want := range map[string]bool{
		"The week after his proposal, the board met":  true,
		"DAYS LATER the board met":                    true,
		"The nonprofit also paid $1.07 million":       true,
		"The board met again":                         true,
		"They, too, resigned":                         true,
		"The deputies resigned too":                   true,
		"The deputies resigned too.":                  true,
		"Too many deputies resigned":                  false,
		"The board (of the museum) met in the garden": false,
		"Weekly papers reported the theft":            false,
	} {
		if got := tellsItsTimeOrAnother(s); got != want {
			t.Errorf("%q: %v, want %v", s, got, want)
		}
	}
}

// A nested quotation's words are read in the inner view of the
// paragraphs its parent spans: the reader finds the names there, the
// same the name finder reads in each paragraph, and reads no other
// paragraph of the view.
func TestInnerNamesAreReadInTheParagraphsAsked(t *testing.T) {
	text := "Ned Tallard met Mara Quist in Carson City on Monday.\n\n" +
		"“I told Ines Varga ‘we will not sell’ before the vote,” said Tomas Holm.\n\n" +
		"Ruth Aldane left for Pellham on Tuesday.\n"
	paras := paragraphs(text)
	view := []byte(text)
	inner := strings.Index(text, "‘")
	blank(view, inner, strings.Index(text, "’")+len("’"))
	r := &reader{nm: newNamer(text, paras), text: text, paras: paras, innerView: string(view)}
	p := paras[1]
	if p.start >= inner || inner >= p.end {
		t.Fatalf("the nested quotation is not in the second paragraph: the case tests nothing")
	}
	nv := r.viewNamer(r.innerView)
	want := nv.find(p.start, p.end)
	got := r.names(r.innerView, p.start, p.end)
	if len(want) < 2 || !slices.Equal(got, want) {
		t.Errorf("names %v, want %v (two at least)", got, want)
	}
	if len(r.innerNames) != 1 {
		t.Errorf("%d paragraphs of the inner view read, want 1", len(r.innerNames))
	}
}
