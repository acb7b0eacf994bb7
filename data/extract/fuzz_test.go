package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// FuzzInto feeds arbitrary text to the whole extractor as an article and
// checks that it never panics and that everything it adds cites the
// article's bytes exactly.
func FuzzInto(f *testing.F) {
	for _, s := range []string{
		"“We are back,” Interior Minister Jana Kovac said on Friday.\n",
		"\"A,\" he said. \"B.\"\n‘x’ “y\" 'z' “unclosed\n",
		"STAVNA — Ostrania’s envoy said, ‘this is not our policy,’ on March 3, 2023.\n",
		"\xff“\xfe”\n“”\"\"",
		"“Who?” Rama asked. The press release said Lapid proposed that the nations “cooperate in the field of cyber”.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		parts := timeline.Parts{
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}},
			Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
			Actors:   []timeline.Actor{{ID: "rama", Name: "Edi Rama", Kind: timeline.Person, Aliases: []string{"Rama"}}},
		}
		Into(&parts, []string{"a"}, Options{})
		check := func(what string, s timeline.Span) {
			if s.Article != "a" || s.Start < 0 || s.End > len(text) || s.Start >= s.End || text[s.Start:s.End] != s.Text.Verbatim() {
				t.Fatalf("%s cites %+v, not bytes of the article", what, s)
			}
		}
		for _, q := range parts.Quotes {
			check("quote", q.Span)
			if q.Attribution != (timeline.Span{}) {
				check("attribution", q.Attribution)
			}
		}
		for _, e := range parts.Events {
			for _, s := range e.Sources {
				check("source", s.Span)
			}
		}
		for _, a := range parts.Actors {
			for _, m := range a.Mentions {
				check("mention", m)
			}
		}
	})
}

// BenchmarkIntoHostile reads a megabyte that is one paragraph of quote
// marks, names and pronouns: the worst text for attribution. Its cost per
// byte should stay near an ordinary article's (BenchmarkIntoArticle).
func BenchmarkIntoHostile(b *testing.B) {
	text := strings.Repeat(`“He said,” Jana Kovac told the minister. “She added” `, 1<<20/52)
	benchmarkInto(b, text)
}

// BenchmarkIntoFurniture is a megabyte of short dated lines between
// furniture lines: the worst text for the date and furniture lookups.
func BenchmarkIntoFurniture(b *testing.B) {
	text := strings.Repeat("Advertisement\nOn Monday Jana Kovac met Edi Rama in Tirana.\n", 1<<20/60)
	benchmarkInto(b, text)
}

func BenchmarkIntoArticle(b *testing.B) {
	text := strings.Repeat("Interior Minister Jana Kovac said on Friday that the port would reopen. “We are back,” she said. “The attackers failed.”\n", 1<<20/120)
	benchmarkInto(b, text)
}

func benchmarkInto(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		parts := timeline.Parts{
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}},
			Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
		}
		Into(&parts, []string{"a"}, Options{})
	}
}
