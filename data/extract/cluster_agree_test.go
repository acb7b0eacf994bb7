package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestAnchorDate: a date phrase that dates another happening the clause
// only measures itself against ("ahead of Tuesday's vote") is an anchor;
// one that dates the clause's own happening is not.
func TestAnchorDate(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	for _, c := range []struct {
		text, phrase string
		anchor       bool
	}{
		{"Mayor Korr toured the docks ahead of Tuesday's council vote.", "Tuesday", true},
		{"Korr stumbled twice in Monday night's televised forum.", "Monday", true},
		{"Korr met donors before the vote on Tuesday.", "on Tuesday", true},
		{"Korr's lead narrowed in Tuesday's poll of likely voters.", "Tuesday", true},
		{"Korr rallied volunteers ahead of voting Tuesday.", "Tuesday", true},
		{"Korr opened the new footbridge on Tuesday.", "on Tuesday", false},
		{"On Monday, Korr resigned after a long meeting.", "On Monday", false},
		{"Korr, before anyone asked, said on Monday that she would resign.", "on Monday", false},
		{"The docks have been shut since Monday.", "Monday", true},
		{"The docks have been shut since Monday, when the storm hit.", "Monday", false},
		{"The two dockers appeared before magistrates on Tuesday.", "on Tuesday", false},
		{"Korr testified before the harbour committee on Monday.", "on Monday", false},
		{"Korr met donors before the hearing on Monday.", "on Monday", true},
		{"Korr testified before the committee earlier this month.", "earlier this month", true},
	} {
		var d *Date
		for _, x := range FindDates(c.text, published) {
			if x.Phrase == c.phrase {
				d = &x
			}
		}
		if d == nil {
			t.Fatalf("%q: no date phrase %q in %v", c.text, c.phrase, FindDates(c.text, published))
		}
		if got := anchorDate(c.text, *d); got != c.anchor {
			t.Errorf("%q: %q anchor %v, want %v", c.text, c.phrase, got, c.anchor)
		}
	}
}

// korrCorpus is a corpus in which one mayor is named in most dated
// sentences, each about something else, and then extra: the articles of
// the test.
func korrCorpus(extra ...timeline.Article) timeline.Parts {
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}}}
	for i := range 45 {
		// made-up words, one set per article, so that they join nothing
		w := func(k int) string {
			return "zor" + string(rune('a'+i%26)) + string(rune('a'+k)) + string(rune('a'+i/26)) + "ton"
		}
		text := fmt.Sprintf("Mayor Dana Korr praised the %s %s on March %d, 2023.\n\nKorr said the %s would %s the %s.\n",
			w(0), w(1), i%28+1, w(2), w(3), w(4))
		parts.Articles = append(parts.Articles, timeline.Article{ID: fmt.Sprintf("f%d", i), Outlet: "o3",
			Published: timeline.DayDate(2023, 3, i%28+1), Text: untrusted.Text(text)})
	}
	parts.Articles = append(parts.Articles, extra...)
	return parts
}

// eventCiting is the index of the event with a source in article whose
// text holds words, or -1.
func eventCiting(parts *timeline.Parts, article, words string) int {
	for i, e := range parts.Events {
		for _, s := range e.Sources {
			if s.Article == article && strings.Contains(s.Text.String(), words) {
				return i
			}
		}
	}
	return -1
}

// TestACommonNameAloneDoesNotJoin: where one mayor is named in most of
// the corpus's dated sentences, her name and a day say little: two
// outlets' reports of two things she did that day, sharing a topic word
// ("harbour"), stay apart, while two reports of one thing she did, in
// other words, still join.
func TestACommonNameAloneDoesNotJoin(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	parts := korrCorpus(
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Mayor Dana Korr toured the flooded harbour on Monday.\n\n" +
				"Mayor Dana Korr vetoed the tram budget on Tuesday, citing a deficit.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Mayor Dana Korr appointed a new harbour master on Monday, after the floods.\n\n" +
				"Korr's veto of the tram budget on Tuesday cited a deficit.\n")},
	)
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	tour, appoint := eventCiting(&parts, "a", "toured the flooded"), eventCiting(&parts, "b", "appointed a new")
	if tour < 0 || appoint < 0 {
		t.Fatalf("the Monday sentences are not both sources (%d, %d)", tour, appoint)
	}
	if tour == appoint {
		t.Errorf("the tour and the appointment are one event: %q", parts.Events[tour].Title)
	}
	veto, other := eventCiting(&parts, "a", "vetoed the tram"), eventCiting(&parts, "b", "veto of the tram")
	if veto < 0 || veto != other {
		t.Errorf("the veto is not one event (%d, %d)", veto, other)
	}
}

// TestMainVerb: the verb of a clause's main clause, past its subject, a
// relative clause in it and the adverbs after an auxiliary.
func TestMainVerb(t *testing.T) {
	for _, c := range []struct{ text, verb string }{
		{"Mayor Dana Korr vetoed the tram budget", "vetoed"},
		{"The harbour speech, which was never delivered, angered the voters", "angered"},
		{"Korr has already appointed a harbour master", "appointed"},
		{"Korr was quietly charged with fraud", "charged"},
	} {
		if want, _ := contentStem(c.verb); mainVerb(c.text) != want {
			t.Errorf("%q: main verb %q, want %q's", c.text, mainVerb(c.text), c.verb)
		}
	}
}

// TestACommonYearAloneDoesNotJoin: where many sentences are dated only
// by the same year, two that share a councillor and a place but not what
// their main clauses say (an opening; a criticism after a tour of the
// place) stay apart, while two reports of the opening join.
func TestACommonYearAloneDoesNotJoin(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4)
	var fill []timeline.Article
	for i := range 12 {
		w := "qir" + string(rune('a'+i)) + "vel"
		fill = append(fill, timeline.Article{ID: fmt.Sprintf("y%d", i), Outlet: "o3", Published: published,
			Text: untrusted.Text(fmt.Sprintf("The %s council approved the %s plan in 2024.\n", w, w))})
	}
	parts := korrCorpus(append(fill,
		timeline.Article{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga opened the Brenmoor zinc smelter in 2024.\n")},
		timeline.Article{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
			"Councillor Ines Varga criticised the tariffs in 2024, after a tour of the Brenmoor zinc smelter.\n")},
		timeline.Article{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
			"The Brenmoor zinc smelter was opened by Councillor Ines Varga in 2024.\n")})...)
	ids := make([]string, len(parts.Articles))
	for i, a := range parts.Articles {
		ids[i] = a.ID
	}
	Into(&parts, ids, Options{})
	a, b, c := eventCiting(&parts, "a", "opened the"), eventCiting(&parts, "b", "criticised the"), eventCiting(&parts, "c", "was opened by")
	if a < 0 || b < 0 || c < 0 {
		t.Fatalf("the sentences are not all sources (%d, %d, %d)", a, b, c)
	}
	if a == b {
		t.Errorf("the opening and the criticism are one event: %q", parts.Events[a].Title)
	}
	if a != c {
		t.Errorf("the opening is two events: %q and %q", parts.Events[a].Title, parts.Events[c].Title)
	}
}
