package timeline

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// asciiLower is s with its ASCII letters in lower case.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func TestIndexFold(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want int
	}{
		{"Phishing in TIRANA", "tirana", 12},
		{"Phishing in TIRANA", "phish", 0},
		{"phish PHISH", "hish", 1},
		{"xxP", "p", 2},
		{"Pp", "pp", 0},
		{"Tirana", "tiranas", -1},
		{"2022-07-15, Tirana", "-15,", 7},
		{"CAFÉ café", "café", 6}, // É is not ASCII: only the lower-case é matches
		{"abc", "", 0},
		{"", "a", -1},
	} {
		if tt.w == "" {
			continue // search words are never empty
		}
		if got := indexFold(tt.s, newWord(tt.w)); got != tt.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.w, got, tt.want)
		}
	}
}

// FuzzIndexFold holds indexFold to looking for the word in the text with
// its ASCII letters lowered.
func FuzzIndexFold(f *testing.F) {
	f.Add("Phishing in TIRANA", "tirana")
	f.Add("pP pp Pp", "pp")
	f.Add("Café, CAFÉ", "fé")
	f.Add("zzz-Z9", "z9")
	f.Add("a long line of text with one P near its end, then more text", "p")
	f.Add("a long line of text with no letter Q at all but once", "q")
	f.Add("Phishing PHISHING phishing, and a HISH at the end of the line", "hish")
	f.Add("NEEDLE in a haystack of some forty-odd bytes, needle", "needle")
	f.Add("12345678901234567890 ends with 9Z", "9z")
	f.Fuzz(func(t *testing.T, s, w string) {
		w = strings.ToLower(w)
		if w == "" {
			return
		}
		want := strings.Index(asciiLower(s), w)
		if got := indexFold(s, newWord(w)); got != want {
			t.Fatalf("indexFold(%q, %q) = %d, want %d", s, w, got, want)
		}
	})
}

// inPlaceParts is a story whose events are searched in their article,
// but for those that cannot be (copied instead): one whose text overlaps
// another's, one lower-casing would change beyond ASCII, one too long.
func inPlaceParts() Parts {
	long := strings.Repeat("word ", 1<<inLenBits/5) + "needle"
	text := "Portal attack in Tirana\nThe PORTAL went dark.\n\nTiranaxyz\n\nÉlan in Tirana\nIt spread.\n\nQuiet day\n\nLong\n" + long + "\n\n"
	span := func(sub string) Span {
		i := strings.Index(text, sub)
		return Span{Article: "a", Start: i, End: i + len(sub), Text: untrusted.Text(sub)}
	}
	ev := func(id, title, summary, passage string) Event {
		return Event{ID: id, Title: title, Summary: summary, Start: DayDate(2022, 7, 15), Tags: []string{"cyberattack"},
			Sources: []Source{{Span: span(passage)}}}
	}
	return Parts{
		Countries: map[string]string{},
		Outlets:   []Outlet{{ID: "o", Name: "Paper"}},
		Articles:  []Article{{ID: "a", File: "a.txt", Outlet: "o", Title: "All", Published: DayDate(2022, 7, 16), Text: untrusted.Text(text)}},
		Events: []Event{
			ev("attack", "Portal attack in Tirana", "The PORTAL went dark.", "Portal attack in Tirana\nThe PORTAL went dark."),
			// the same passage, its title a part of the first's: its text overlaps
			ev("portal", "Portal", "Portal", "Portal attack in Tirana\nThe PORTAL went dark."),
			// the text ends inside a word of the passage
			ev("tirana", "Tirana", "Tirana", "Tiranaxyz"),
			// É lowers to é, beyond ASCII: copied
			ev("elan", "Élan in Tirana", "It spread.", "Élan in Tirana\nIt spread."),
			ev("quiet", "Quiet day", "Quiet day", "Quiet day"),
			// longer than an in-place length can say
			ev("long", "Long", long, "Long\n"+long),
		},
		Placer: placeAll{},
	}
}

// placeAll claims every event's text opens its passage, as an importer
// would; the search checks each claim.
type placeAll struct{}

func (placeAll) TextOpensSource(*Event) bool { return true }

func TestPlaced(t *testing.T) {
	in := []inArticle{{text: "abcdef"}, {text: "ghijkl"}}
	if p, ok := placed(1, 2, 3); !ok || p.text(in) != "ijk" {
		t.Errorf("placed(1, 2, 3) = %v, %v: text %q, want \"ijk\"", p, ok, p.text(in))
	}
	for _, tt := range []struct{ group, start, n int }{
		{0, 0, 0}, {0, 0, 1 << inLenBits}, {0, 1 << inStartBits, 1}, {1 << inGroupBits, 0, 1}, {0, -1, 1},
	} {
		if _, ok := placed(tt.group, tt.start, tt.n); ok {
			t.Errorf("placed(%d, %d, %d) fits, want not", tt.group, tt.start, tt.n)
		}
	}
}

func TestSearchInPlace(t *testing.T) {
	unplaced := inPlaceParts()
	unplaced.Placer = nil
	if n := SearchedInPlace(mustNew(unplaced)); n != 0 {
		t.Errorf("without a placer, %d events are searched in place, want 0", n)
	}
	ds := mustNew(inPlaceParts())
	in := map[string]bool{}
	for i, e := range ds.Events() {
		in[e.ID] = ds.search.inAt != nil && ds.search.inAt[i] != 0
	}
	if want := map[string]bool{"attack": true, "portal": false, "tirana": true, "elan": false, "quiet": true, "long": false}; !maps.Equal(in, want) {
		t.Errorf("searched in place: %v, want %v", in, want)
	}
	ids := func(f Filter) []string {
		var out []string
		for _, i := range ds.Apply(f) {
			out = append(out, ds.Events()[i].ID)
		}
		slices.Sort(out)
		return out
	}
	for _, tt := range []struct {
		search string
		want   []string
	}{
		{"portal", []string{"attack", "portal"}},
		{"PORTAL dark", []string{"attack"}},
		{"tirana", []string{"attack", "elan", "tirana"}},
		{"tiranax", nil}, // past the end of "tirana"'s text
		{"élan", []string{"elan"}},
		{"spread", []string{"elan"}},
		{"went", []string{"attack"}},
		{"quiet", []string{"quiet"}},
		{"needle", []string{"long"}},
	} {
		if got := ids(Filter{Search: tt.search}); !slices.Equal(got, tt.want) {
			t.Errorf("%q: %v, want %v", tt.search, got, tt.want)
		}
		for i := range ds.Events() {
			if m, in := ds.Matches(i, Filter{Search: tt.search}), slices.Contains(tt.want, ds.Events()[i].ID); m != in {
				t.Errorf("%q: Matches(%s) = %v", tt.search, ds.Events()[i].ID, m)
			}
		}
	}
}
