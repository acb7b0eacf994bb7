package model

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// longArticle is a model over one article of text, with an event citing
// the passage want in it, opened in the reader at 120x40.
func longArticle(t testing.TB, text, want string) *Model {
	t.Helper()
	at := strings.Index(text, want)
	if at < 0 {
		t.Fatalf("%q is not in the article", want)
	}
	span := timeline.Span{Article: "a", Start: at, End: at + len(want), Text: untrusted.Text(want)}
	ds, err := timeline.New(timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "o", Name: "Outlet"}},
		Articles: []timeline.Article{{ID: "a", File: "long.txt", Outlet: "o", Title: "Long",
			Published: timeline.DayDate(2022, 9, 7), Text: untrusted.Text(text)}},
		Events: []timeline.Event{{ID: "e", Title: "E", Summary: "S", Start: timeline.DayDate(2022, 9, 7),
			Sources: []timeline.Source{{Span: span}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m.openReader(spanPassage(ds, span, ""), screenDetail)
	return m
}

// paragraphs is n numbered paragraphs of varying length, one a line.
func paragraphs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Paragraph %d says %s.\n", i, strings.Repeat("something rather long ", 1+i%13))
	}
	return b.String()
}

// fullWrap is the oracle checkWindow holds the reader to: every line of
// text wrapped whole, a copy of how the reader wrapped before it wrapped
// only a window around the passage, kept unchanged on purpose.
func fullWrap(text string, w int) []lineSpan {
	var out []lineSpan
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, wrapSpans(text[start:end], start, w)...)
		start = end + 1
	}
	return out
}

// checkWindow fails unless the reader's lines are a run of the article's
// lines wrapped whole, and the passage or the lines shown are on screen.
func checkWindow(t *testing.T, m *Model, full []lineSpan, step string) {
	t.Helper()
	r := m.reader
	i := slices.Index(full, r.lines[0])
	if i < 0 || i+len(r.lines) > len(full) || !slices.Equal(full[i:i+len(r.lines)], r.lines) {
		t.Fatalf("%s: the window's %d lines are not a run of the whole wrap (first at %d)", step, len(r.lines), i)
	}
	if top := r.lines[r.offset]; !strings.Contains(plain(m), clean(r.article.Text[top.start:top.end])) {
		t.Fatalf("%s: the top line %q is not on screen:\n%s", step, r.article.Text[top.start:top.end], plain(m))
	}
}

// TestReaderWrapsAWindowOfALongArticle: over a 4 MB article the reader
// wraps a window around the passage, not the article, and scrolling
// through it, page by page and to either end, shows the lines a whole
// wrap gives, in order.
func TestReaderWrapsAWindowOfALongArticle(t *testing.T) {
	text := paragraphs(20_000)
	m := longArticle(t, text, "Paragraph 12345 says")
	full := fullWrap(text, m.reader.textW())
	if n := len(m.reader.lines); n > len(full)/10 {
		t.Errorf("opening wrapped %d of the article's %d lines", n, len(full))
	}
	if !strings.Contains(plain(m), "▌ Paragraph 12345 says") {
		t.Fatalf("the passage is not shown:\n%s", plain(m))
	}
	checkWindow(t, m, full, "open")
	opened := m.reader.from
	for i := range 60 {
		press(m, "pgdown")
		checkWindow(t, m, full, fmt.Sprintf("pgdown %d", i+1))
	}
	for i := range 150 {
		press(m, "pgup")
		checkWindow(t, m, full, fmt.Sprintf("pgup %d", i+1))
	}
	if top := m.reader.lines[m.reader.offset].start; top >= opened-readerChunk {
		t.Errorf("90 pages up the top line is at byte %d, still in the window opened at %d", top, opened)
	}
	press(m, "G")
	checkWindow(t, m, full, "G")
	if last := m.reader.lines[len(m.reader.lines)-1]; last != full[len(full)-1] || !strings.Contains(plain(m), "Paragraph 19999 says") || !strings.Contains(plain(m), "100%") {
		t.Errorf("G does not show the article's end:\n%s", plain(m))
	}
	press(m, "g")
	checkWindow(t, m, full, "g")
	if !strings.Contains(plain(m), "Paragraph 0 says") || !strings.Contains(plain(m), "0%") {
		t.Errorf("g does not show the article's start:\n%s", plain(m))
	}
	press(m, "k", "j", "j")
	checkWindow(t, m, full, "k j j")
}

// TestReaderOpensALongParagraph: an article of one paragraph of a
// megabyte, without a newline, opens on its passage and scrolls to its
// ends, every word shown once.
func TestReaderOpensALongParagraph(t *testing.T) {
	words := make([]string, 150_000)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	text := strings.Join(words, " ")
	m := longArticle(t, text, "w77777 w77778")
	if n := len(m.reader.lines); n > 5000 {
		t.Errorf("opening wrapped %d lines", n)
	}
	if !strings.Contains(plain(m), "w77777") {
		t.Fatalf("the passage is not shown:\n%s", plain(m))
	}
	press(m, "G")
	if !strings.Contains(plain(m), "w149999") {
		t.Errorf("G does not show the last word:\n%s", plain(m))
	}
	for range 30 {
		press(m, "pgup")
	}
	// Every word of the window, in order, once: the pieces it was
	// wrapped in neither lose nor repeat a word at their seams.
	var seen []string
	for _, l := range m.reader.lines {
		seen = append(seen, strings.Fields(text[l.start:l.end])...)
	}
	first := slices.Index(words, seen[0])
	if first < 0 || !slices.Equal(words[first:first+len(seen)], seen) {
		t.Errorf("the window's words are not a run of the paragraph's (from %q, %d words)", seen[0], len(seen))
	}
	press(m, "g")
	if !strings.Contains(plain(m), "w0 w1 w2") {
		t.Errorf("g does not show the first words:\n%s", plain(m))
	}
}

// TestReaderOpensTextWithoutBreaks: a megabyte with neither newlines nor
// spaces, of two-byte runes, is cut at rune starts, from its end too.
func TestReaderOpensTextWithoutBreaks(t *testing.T) {
	text := strings.Repeat("é", 500_000) + "END"
	m := longArticle(t, text, "END")
	if !strings.Contains(plain(m), "END") {
		t.Fatalf("the passage is not shown:\n%s", plain(m))
	}
	press(m, "g", "G", "pgup", "pgup")
	for _, l := range m.reader.lines {
		if !utf8.ValidString(text[l.start:l.end]) {
			t.Fatalf("line %d-%d cuts a rune", l.start, l.end)
		}
	}
}

// BenchmarkReaderOpen opens the reader on a passage in the middle of an
// article of 32 MB, the size of a TimelineJS import of 100,000 slides.
func BenchmarkReaderOpen(b *testing.B) {
	text := paragraphs(160_000)
	m := longArticle(b, text, "Paragraph 80000 says")
	at := m.reader.at
	b.ReportAllocs()
	for b.Loop() {
		m.openReader(at, screenDetail)
		_ = m.View()
	}
}
