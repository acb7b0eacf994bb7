package extract

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// crossCorpus is a made-up story: a port director's promise, quoted
// word for word by three outlets, one of which credits it to the port's
// authority, and a two-word jibe said by two people.
func crossCorpus() timeline.Parts {
	day := timeline.DayDate(2025, 11, 3)
	art := func(id, outlet, text string) timeline.Article {
		return timeline.Article{ID: id, File: id + ".txt", Outlet: outlet, Published: day, Text: untrusted.Text(text)}
	}
	return timeline.Parts{
		Outlets: []timeline.Outlet{{ID: "o1", Name: "Harbour Post"}, {ID: "o2", Name: "Coast Wire"}, {ID: "o3", Name: "Valley Times"}},
		Articles: []timeline.Article{
			art("auth", "o2", "Lenmark's harbour is to stay open this winter.\n\n“We will keep every berth of the northern harbour open through the winter storms,” the Lenmark Harbour Authority said on Monday.\n"),
			art("vell", "o1", "The port of Lenmark will stay open all winter.\n\n“We will keep every berth of the northern harbour open through the winter storms,” port director Mara Vell said on Monday.\n\nVell called the rival plan “a disaster”.\n"),
			art("brandt", "o3", "Councillor Ivo Brandt spoke on Monday.\n\nBrandt called the rival plan “a disaster”.\n"),
			art("again", "o3", "Mara Vell, the port director, spoke on Monday.\n\n“We will keep every berth of the northern harbour open through the winter storms,” Vell said.\n"),
		},
	}
}

// crossExtract reads the made-up story, the authority's article
// first, as Into does (attributions settled).
func crossExtract(t *testing.T) timeline.Parts {
	t.Helper()
	parts := crossCorpus()
	Into(&parts, []string{"auth", "vell", "brandt", "again"}, Options{})
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatalf("the dataset does not validate: %v", err)
	}
	var buf bytes.Buffer
	if err := export.Write(&buf, ds); err != nil {
		t.Fatal(err)
	}
	if _, err := export.Load("story.json", buf.Bytes(), export.Options{}); err != nil {
		t.Fatalf("the export does not load back: %v", err)
	}
	return parts
}

func quotesIn(parts timeline.Parts, text string) []timeline.Quote {
	var out []timeline.Quote
	for _, q := range parts.Quotes {
		if q.Span.Text.String() == text {
			out = append(out, q)
		}
	}
	return out
}

// TestQuotationJoinsAcrossSpeakers: the same long words credited to two
// speakers are one statement, each quote keeping its speaker and the
// words that credit it; the statement's speaker is the one most outlets
// credit, though the first article read credits the other.
func TestQuotationJoinsAcrossSpeakers(t *testing.T) {
	parts := crossExtract(t)
	qs := quotesIn(parts, "We will keep every berth of the northern harbour open through the winter storms")
	if len(qs) != 3 {
		t.Fatalf("got %d quotes of the promise, want 3", len(qs))
	}
	want := map[string][2]string{
		"auth":  {"lenmark-harbour-authority", "the Lenmark Harbour Authority said"},
		"vell":  {"mara-vell", "port director Mara Vell said"},
		"again": {"mara-vell", "Vell said"},
	}
	for _, q := range qs {
		if q.Statement != qs[0].Statement {
			t.Errorf("%s's quote is in statement %s, not %s with the others", q.Span.Article, q.Statement, qs[0].Statement)
		}
		if w := want[q.Span.Article]; q.Speaker != w[0] || q.Attribution.Text.String() != w[1] {
			t.Errorf("%s's quote credits %s (%q), want %s (%q)", q.Span.Article, q.Speaker, q.Attribution.Text, w[0], w[1])
		}
	}
	for _, s := range parts.Statements {
		if s.ID == qs[0].Statement && s.Speaker != "mara-vell" {
			t.Errorf("the statement's speaker is %s, want mara-vell, whom two outlets credit", s.Speaker)
		}
	}
}

// TestShortQuotationsStayWithTheirSpeaker: two words two people said are
// not one statement.
func TestShortQuotationsStayWithTheirSpeaker(t *testing.T) {
	parts := crossExtract(t)
	qs := quotesIn(parts, "a disaster")
	if len(qs) != 2 {
		t.Fatalf("got %d quotes of the jibe, want 2", len(qs))
	}
	if qs[0].Statement == qs[1].Statement {
		t.Errorf("%s and %s share statement %s", qs[0].Speaker, qs[1].Speaker, qs[0].Statement)
	}
}

// TestAttributionDiscrepancyCitesEachCredit: the outlets' credits are an
// attribution discrepancy, a side per outlet and speaker citing the words
// that credit it.
func TestAttributionDiscrepancyCitesEachCredit(t *testing.T) {
	parts := crossExtract(t)
	var ds []timeline.Discrepancy
	for _, d := range parts.Discrepancies {
		if d.Kind == timeline.DiscrepancyAttribution {
			ds = append(ds, d)
		}
	}
	if len(ds) != 1 {
		t.Fatalf("got %d attribution discrepancies, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	const desc = "Who said “We will keep every berth of the northern harbour…”: Harbour Post and Valley Times credit Mara Vell; Coast Wire credits Lenmark Harbour Authority"
	if d.Description != desc || !d.Extracted {
		t.Errorf("description %q (extracted %v), want %q", d.Description, d.Extracted, desc)
	}
	var got []string
	for _, s := range d.Sides {
		got = append(got, s.Article+": "+s.Text.String()+" → "+s.Reading)
	}
	const words = "We will keep every berth of the northern harbour open through the winter storms,” "
	want := []string{
		"vell: " + words + "port director Mara Vell said → Mara Vell",
		"again: " + words + "Vell said → Mara Vell",
		"auth: " + words + "the Lenmark Harbour Authority said → Lenmark Harbour Authority",
	}
	if !slices.Equal(got, want) {
		t.Errorf("sides:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGroupsJoinAcrossSpeakers: a quotation joins another speaker's
// statement only when it renders it nearly word for word (see
// crossShared); the speaker's own statement comes first.
func TestGroupsJoinAcrossSpeakers(t *testing.T) {
	g := newGroups()
	add := func(speaker, statement, article, text string) {
		g.add(speaker, rendered{statement: statement, article: article, words: words(text)})
	}
	add("vell", "s0", "a1", "We will keep every berth of the northern harbour open through the winter storms")
	add("vell", "s1", "a1", "the ferries will run twice a day from the harbour")
	add("brandt", "s2", "a1", "the ferries will run twice a day from the harbour until the spring")
	add("vell", "s3", "a1", "the night ferry leaves the quay at nine sharp")
	tests := []struct{ name, speaker, text, want string }{
		{"word for word", "authority", "We will keep every berth of the northern harbour open through the winter storms", "s0"},
		{"a word changed", "authority", "We shall keep every berth of the northern harbour open through the winter storms", "s0"},
		{"eight words held", "authority", "every berth of the northern harbour open through", "s0"},
		{"four words of thirteen changed", "authority", "We will keep every berth of the southern docks closed through the spring", ""},
		{"eight words of nine", "authority", "the night ferry leaves the quay at nine", "s3"},
		{"seven words of nine", "authority", "night ferry leaves the quay at nine", ""},
		{"held in a longer quotation", "authority", "Vell promised that they would keep every berth of the northern harbour open through the winter storms but nobody here believes a word of it any more", ""},
		{"the speaker's own first", "brandt", "the ferries will run twice a day from the harbour", "s2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, score := g.best(tt.speaker, "a2", words(tt.text)); got != tt.want {
				t.Errorf("got %q (score %.2f), want %q", got, score, tt.want)
			}
		})
	}
}

// TestAttributionNamesItsSpeaker: a side of the discrepancy needs the
// outlet to name the speaker; "he said" is cyberdesk's reading.
func TestAttributionNamesItsSpeaker(t *testing.T) {
	parts := crossExtract(t)
	x := &extractor{parts: &parts, lx: newLexicon(parts.Actors)}
	a := &timeline.Article{ID: "n", Text: untrusted.Text("he said; port director Mara Vell said; the director said")}
	for _, c := range []struct {
		start, end int
		want       bool
	}{{0, 7, false}, {9, 37, true}, {39, 56, false}} {
		if got := x.names(spanOf(a, c.start, c.end), "mara-vell"); got != c.want {
			t.Errorf("%q names Mara Vell: %v, want %v", a.Text[c.start:c.end], got, c.want)
		}
	}
	if x.names(timeline.Span{}, "mara-vell") {
		t.Error("no attribution names Mara Vell")
	}
}

// TestOneSpeakerUnderTwoNames: credits to names one of which ends the
// other ("Mitch McConnell", "Senator Mitch McConnell", "McConnell") are
// one speaker: no discrepancy; another speaker beside them makes one.
func TestOneSpeakerUnderTwoNames(t *testing.T) {
	parts := timeline.Parts{
		Outlets: []timeline.Outlet{{ID: "o1", Name: "Harbour Post"}, {ID: "o2", Name: "Coast Wire"}, {ID: "o3", Name: "Valley Times"}},
		Actors: []timeline.Actor{{ID: "long", Name: "Senator Mitch McConnell"}, {ID: "short", Name: "Mitch McConnell"},
			{ID: "sur", Name: "McConnell"}, {ID: "other", Name: "Connell"}},
	}
	x := &extractor{parts: &parts, lx: newLexicon(parts.Actors), ids: map[string]bool{}, next: map[string]int{}}
	st := &timeline.Statement{ID: "s", Label: "“It is time”"}
	by := func(speaker, outlet string) credit {
		return credit{speaker: speaker, quotes: 1, outlets: []string{outlet}}
	}
	if d, ok := x.attributionDiscrepancy(st, []credit{by("long", "o1"), by("short", "o2"), by("sur", "o3")}); ok {
		t.Errorf("one speaker under three names makes a discrepancy: %q", d.Description)
	}
	d, ok := x.attributionDiscrepancy(st, []credit{by("short", "o1"), by("other", "o2")})
	if want := "Who said “It is time”: Harbour Post credits Mitch McConnell; Coast Wire credits Connell"; !ok || d.Description != want {
		t.Errorf("got %q (%v), want %q", d.Description, ok, want)
	}
}
