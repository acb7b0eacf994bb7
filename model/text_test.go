package model

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapKeepsWordsAndWidth(t *testing.T) {
	tests := []struct {
		name string
		in   string
		w    int
		want []string
	}{
		{"fits", "a b c", 10, []string{"a b c"}},
		{"breaks at spaces", "the quick brown fox", 9, []string{"the quick", "brown fox"}},
		{"long word is cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word then more", "abcdefg hi", 4, []string{"abcd", "efg", "hi"}},
		{"paragraphs kept", "one\n\ntwo", 10, []string{"one", "", "two"}},
		{"curly quotes count as one cell", "“Iran is a shared threat”", 12, []string{"“Iran is a", "shared", "threat”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.in, tt.w)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, tt.want)
			}
			for _, l := range got {
				if ansi.StringWidth(l) > tt.w {
					t.Errorf("line %q is wider than %d", l, tt.w)
				}
			}
		})
	}
}

// TestCleanDropsControlsAndEscapes checks the views' clean is the one
// sanitiser's (untrusted.Clean): what it takes out leaves a visible ⌧.
func TestCleanDropsControlsAndEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain “text”", "plain “text”"},
		{"red\x1b[31mtext\x1b[0m", "red⌧text⌧"},
		{"title\x1b]0;pwned\x07 here", "title⌧ here"},
		{"tab\there", "tab here"},
		{"over\rwrite", "overwrite"},
		{"bidi\u202eevil", "bidi⌧evil"},
		{"c1\u009b31mcsi", "c1⌧csi"},
		{"zero\u200bwidth", "zero⌧width"},
		{"keeps\nnewline", "keeps\nnewline"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzFit checks fit against what it does in one pass: ansi.Truncate to w
// cells with an ellipsis, then padding to w.
func FuzzFit(f *testing.F) {
	for _, s := range []string{"", "short", "a string that is far too long", "“quoted”",
		"\x1b[1mbold\x1b[0m and plain", "tab\there", "wide 漢字 text", "e\u0301 combining", "ctrl\x07bell", "~~~~~~~~~~~~~~"} {
		f.Add(s, 5)
		f.Add(s, 14)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		w = w % 200
		want := ""
		if w > 0 {
			want = ansi.Truncate(s, w, "…")
			if pad := w - ansi.StringWidth(want); pad > 0 {
				want += strings.Repeat(" ", pad)
			}
		}
		if got := fit(s, w); got != want {
			t.Errorf("fit(%q, %d) = %q, want %q", s, w, got, want)
		}
	})
}

func TestFitIsExact(t *testing.T) {
	for _, s := range []string{"", "short", "a string that is far too long", "“quoted”"} {
		for _, w := range []int{1, 5, 12} {
			if got := ansi.StringWidth(fit(s, w)); got != w {
				t.Errorf("fit(%q, %d) is %d wide", s, w, got)
			}
		}
	}
}
