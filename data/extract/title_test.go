package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestEventTitle: a title says who did what in the sentence's main
// clause, without its date phrases, the clause leading into it, the
// clauses hanging off it or the frame of reported speech, unless what is
// reported is the speaker's view ("might") or about the speaker and the
// frame is short ("X said that").
func TestEventTitle(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	tests := []struct{ name, sentence, want string }{
		{"date and hanging clause", "Port workers in Velen walked out on Monday, which halted every crane.", "Port workers in Velen walked out"},
		{"leading clause", "In a late statement on Tuesday, the harbour master closed the north basin to tankers.", "The harbour master closed the north basin to tankers"},
		{"reported speech keeps who says it", "The ministry said it would call in the envoy on Tuesday.", "The ministry said it would call in the envoy"},
		{"said that", "Officials told reporters on Monday that the bridge had been closed for repairs.", "The bridge had been closed for repairs"},
		{"a view keeps whose it is", "Mara Holt said on Monday that the new rosters might be unlawful.", "Mara Holt said the new rosters might be unlawful"},
		{"a claim about the speaker keeps who spoke", "Ana Brel said on Monday that the union had acted against her.", "Ana Brel said the union had acted against her"},
		{"a long frame with whom it was told goes", "Ana Brel told the harbour board and the union on Monday that the new rosters might be unlawful.", "The new rosters might be unlawful"},
		{"a relative clause's frame is not the sentence's", "Ana Brel, who said last week that the new rosters were unlawful and unsafe for every crane driver, resigned on Monday.", "Ana Brel resigned"},
		{"aside left by its date", "The board, formed in 1998, approved the merger on Monday.", "The board approved the merger"},
		{"asides between dashes", "Velen — a port of 40,000 people — reopened its terminal on Monday.", "Velen reopened its terminal"},
		{"long: cut before a phrase", "Port workers in Velen walked out of the terminal on Monday over pay and the new rosters that cut their breaks.", "Port workers in Velen walked out of the terminal"},
		{"quote marks as two apostrophes", "''There are five primaries on Tuesday,'' the chairman said.", "There are five primaries"},
		{"quotation led", "“We will not go back until the rosters change,” Mara Holt said on Monday.", "Mara Holt: We will not go back until the rosters change"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &timeline.Article{ID: "a", Text: untrusted.Text(tt.sentence), Published: published}
			m := &mention{article: a, start: 0, end: len(tt.sentence), dates: FindDates(tt.sentence, published)}
			if got := eventTitle(m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTitleIsWhole: a title has a subject and a finite verb, ends on
// neither a function word nor a bare verb, drops a subordinate clause
// leading into the main one however long it is, and keeps the clause a
// verb of saying or deciding takes when it cuts for length.
func TestTitleIsWhole(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	tests := []struct {
		name, sentence, want string
		whole                bool
	}{
		{"long subordinate lead", "Despite trailing in each of the last six harbour polls by an average of four points, the mayor of Velen was defeated on Monday by the port union's candidate, who won narrowly.",
			"The mayor of Velen was defeated by the port union's candidate", true},
		{"verb keeps its clause", "Last week the port director, Ana Brel, recommended that no fines be imposed on the crane operators over the collapse of the gantry.",
			"Ana Brel recommended that no fines be imposed on the crane operators", true},
		{"no verb after cutting", "The tanker fleet of the northern cooperative and its many partners in the harbour towns of Velen and Ostra on Monday.",
			"", false},
		{"relative clause, no main verb", "Velen's mayor, who stayed in the race on Monday despite the union's call to withdraw.", "", false},
		{"relative clause, no main verb, no comma", "Many harbour workers who walked out of the north basin on Monday.", "", false},
		{"condition in the reported clause", "The harbour master predicted on Monday that if the union struck, the basin would close to tankers for a week.",
			"The harbour master predicted that if the union struck, the basin would close to tankers", true},
		{"dateline", "Velen – The harbour master closed the north basin to tankers on Monday.", "The harbour master closed the north basin to tankers", true},
		{"a verb ends it", "Ana Brel responded first on Tuesday, ripping into the harbour board.", "Ana Brel responded first", true},
		{"aside on the subject", "The harbour master, speaking on condition of anonymity, said on Monday that the north basin would close to tankers.",
			"The harbour master said the north basin would close to tankers", true},
		{"question", "Why did the harbour master close the north basin to tankers on Monday?", "", false},
		{"inverted condition", "Should the union reject the offer on Monday, the harbour master will close the north basin to tankers.",
			"The harbour master will close the north basin to tankers", true},
		{"a pronoun for a subject", "It last wrecked a ship, the trawler Maren, in 1987.", "", false},
		{"they for a subject", "They shook hands at the airport on Monday.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &timeline.Article{ID: "a", Text: untrusted.Text(tt.sentence), Published: published}
			m := &mention{article: a, start: 0, end: len(tt.sentence), dates: FindDates(tt.sentence, published)}
			got, whole := mentionTitle(m)
			if whole != tt.whole || tt.whole && got != tt.want {
				t.Errorf("got %q (whole %v), want %q (whole %v)", got, whole, tt.want, tt.whole)
			}
		})
	}
}

// TestClusterTitleFallsBack: when the most central mention gives no
// whole statement, the cluster is titled by another of its mentions.
func TestClusterTitleFallsBack(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	var ms []mention
	for k, s := range []string{
		"Why did the harbour master close the north basin to tankers on Monday?",
		"The harbour master reopened the port of Velen to tankers on Monday.",
	} {
		a := &timeline.Article{ID: string(rune('a' + k)), Text: untrusted.Text(s), Published: published}
		ms = append(ms, mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)})
	}
	if got, want := clusterTitle(ms, 0), "The harbour master reopened the port of Velen to tankers"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := clusterTitle(ms, 1), "The harbour master reopened the port of Velen to tankers"; got != want {
		t.Errorf("central whole: got %q, want %q", got, want)
	}
	// a headline run into the central sentence gives way to a plain one
	h := "HARBOUR MASTER QUITS After weeks of protest, the harbour master of Velen resigned on Monday."
	ms[0] = mention{article: &timeline.Article{ID: "h", Text: untrusted.Text(h), Published: published}, start: 0, end: len(h), dates: FindDates(h, published)}
	if got, want := clusterTitle(ms, 0), "The harbour master reopened the port of Velen to tankers"; got != want {
		t.Errorf("headline: got %q, want %q", got, want)
	}
}

// TestFallbackTitle: a cluster none of whose sentences reads whole is
// titled in our words, "<person>: <noun phrase>", the phrase around the
// word its mentions share, outside names and quotations, where a
// determiner opens it; a single sentence, or one naming no person, keeps
// its own words.
func TestFallbackTitle(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	mk := func(id, s string, persons ...string) mention {
		a := &timeline.Article{ID: id, Text: untrusted.Text(s), Published: published}
		m := mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)}
		m.all = m.dates
		for _, p := range persons {
			if i := strings.Index(s, p); i >= 0 {
				m.people = append(m.people, match{start: i, end: i + len(p), id: p})
			}
		}
		var skip [][2]int
		for _, p := range m.people {
			skip = addSkip(skip, p.start, p.end)
		}
		m.stems = stemsOf(s, 0, len(s), skip)
		return m
	}
	ms := []mention{
		mk("a", "Monday on a morning radio show, Ines Varga said if long-serving town council chairman Tomas Holm passed the harbour levy it would be “a two-captain ship.”", "Ines Varga", "Tomas Holm"),
		mk("b", "The harbour levy, which fishermen fought for a year, passed on Monday after a long night."),
	}
	if _, whole := mentionTitle(&ms[0]); whole {
		t.Fatalf("the first sentence reads whole (%q): the case tests nothing", ms[0].title)
	}
	if got, want := clusterTitle(ms, 0), "Ines Varga: Harbour levy"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// a phrase no determiner opens is no whole noun phrase: "now passed
	// harbour levy" gives none
	verbal := []mention{
		mk("c", "Monday on a morning radio show, Ines Varga said if long-serving town council chairman Tomas Holm now passed harbour levy it would be “a two-captain ship.”", "Ines Varga", "Tomas Holm"),
		ms[1],
	}
	if got := fallbackTitle(verbal, 0); got != "" {
		t.Errorf("no determiner: got %q, want none", got)
	}
	if got := fallbackTitle(ms[:1], 0); got != "" {
		t.Errorf("one sentence: got %q, want none", got)
	}
	if got := fallbackTitle(ms, 1); got != "" {
		t.Errorf("no person named: got %q, want none", got)
	}
}
