package extract

import (
	"reflect"
	"testing"
)

// TestUnmaskedKeepsOnlyWhatTheMaskLeaves: the words read from the text
// are kept for the mask only where the mask has the same bytes, and are
// then the words the mask itself gives; a paragraph with a quotation
// blanked or a no-break space is read again.
func TestUnmaskedKeepsOnlyWhatTheMaskLeaves(t *testing.T) {
	text := "Prime Minister Edi Rama spoke.\n" +
		"“Iran attacked us,” Rama said.\n" +
		"Rama\u00a0added more.\n" +
		"The Albanian Parliament met.\n"
	paras := paragraphs(text)
	nm := newNamer(text, paras)
	quotes := findQuotations(text, paras, nil)
	if len(quotes) != 1 {
		t.Fatalf("quotations %v, want one", quotes)
	}
	mask := string(masked(text, quotes))
	got := unmasked(text, mask, paras, nm.paras)
	for i, pa := range paras {
		ts, kept := got[pa.start]
		if want := i == 0 || i == 3; kept != want {
			t.Errorf("paragraph %d %q: kept %v, want %v", i, text[pa.start:pa.end], kept, want)
		}
		if kept && !reflect.DeepEqual(ts, tokens(mask, pa.start, pa.end)) {
			t.Errorf("paragraph %d: kept words %v, the mask's are %v", i, ts, tokens(mask, pa.start, pa.end))
		}
	}
}
