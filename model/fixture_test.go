package model

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// spanIn finds a test's spans: at(article, sub) is the span of sub, the
// first place it stands in texts[article].
func spanIn(t testing.TB, texts map[string]string) func(article, sub string) timeline.Span {
	return func(article, sub string) timeline.Span {
		t.Helper()
		i := strings.Index(texts[article], sub)
		if i < 0 {
			t.Fatalf("fixture: %q not in %s", sub, article)
		}
		return timeline.Span{Article: article, Start: i, End: i + len(sub), Text: untrusted.Text(sub)}
	}
}

// fixture is a small story: three outlets, six events over three years, a
// statement two outlets quote differently and one only one outlet quotes.
func fixture(t testing.TB) *timeline.Dataset {
	t.Helper()
	texts := map[string]string{
		"a1": "Hackers struck Albania on July 15. \"This was state aggression,\" Rama said.\nOn Monday Lapid met Rama in Jerusalem. \"Iran is a shared threat to both nations,\" Lapid said.",
		"a2": "In July hackers hit Albania. Rama called it \"state aggression.\"\nLapid told Rama on Monday: \"Iran is a shared threat.\" Albania joined NATO in 2009.",
		"a3": "Albania cut ties with Iran last week. In 1991 relations with Israel began. The attack was in July.",
	}
	at := spanIn(t, texts)
	src := func(article, sub string) timeline.Source { return timeline.Source{Span: at(article, sub)} }
	day := timeline.DayDate
	parts := timeline.Parts{
		Countries: map[string]string{"AL": "Albania", "IL": "Israel", "IR": "Iran"},
		Outlets: []timeline.Outlet{
			{ID: "north", Name: "The Northern Star", Country: "IL"},
			{ID: "wire", Name: "Wire Service"},
			{ID: "daily", Name: "Daily Ledger"},
		},
		Articles: []timeline.Article{
			{ID: "a1", File: "a1.txt", Outlet: "north", Title: "Rama in Jerusalem", Published: day(2022, 10, 25), Text: untrusted.Text(texts["a1"])},
			{ID: "a2", File: "a2.txt", Outlet: "wire", Title: "Talks", Published: day(2022, 10, 25), Text: untrusted.Text(texts["a2"])},
			{ID: "a3", File: "a3.txt", Outlet: "daily", Title: "Ties cut", Published: day(2022, 9, 13), Text: untrusted.Text(texts["a3"])},
		},
		Actors: []timeline.Actor{
			{ID: "rama", Name: "Edi Rama", Kind: timeline.Person, Country: "AL", Aliases: []string{"Rama"},
				Roles: []timeline.Role{{Title: "Prime Minister of Albania", Source: at("a1", "Rama")}}},
			{ID: "lapid", Name: "Yair Lapid", Kind: timeline.Person, Country: "IL", Aliases: []string{"Lapid"}},
			{ID: "albania", Name: "Albania", Kind: timeline.State, Country: "AL"},
			{ID: "iran", Name: "Iran", Kind: timeline.State, Country: "IR"},
			{ID: "hackers", Name: "Hackers", Kind: timeline.Group},
		},
		Events: []timeline.Event{
			{ID: "1991-relations", Title: "Albania and Israel open relations", Summary: "Diplomatic relations begin.",
				Start: timeline.YearDate(1991), Countries: []string{"AL", "IL"}, Tags: []string{"diplomacy", "history"},
				Sources: []timeline.Source{src("a3", "In 1991 relations with Israel began.")}},
			{ID: "2009-nato", Title: "Albania joins NATO", Summary: "Albania becomes a NATO member.",
				Start: timeline.YearDate(2009), Actors: []string{"albania"}, Tags: []string{"alliance"},
				Sources: []timeline.Source{src("a2", "Albania joined NATO in 2009.")}},
			{ID: "2022-07-15-attack", Title: "Cyberattack on Albania", Summary: "Hackers disrupt government services.",
				Start: day(2022, 7, 15), Actors: []string{"hackers", "albania"}, Countries: []string{"AL"}, Tags: []string{"cyberattack"},
				Sources: []timeline.Source{src("a1", "Hackers struck Albania on July 15."), src("a2", "In July hackers hit Albania."), src("a3", "The attack was in July.")}},
			{ID: "2022-07-attribution", Title: "Rama blames a state", Summary: "Rama calls the attack state aggression.",
				Start: timeline.MonthDate(2022, 7), Actors: []string{"rama", "iran"}, Tags: []string{"statement"},
				Sources: []timeline.Source{src("a1", "Rama said."), src("a2", "Rama called it")}},
			{ID: "2022-09-ties", Title: "Albania cuts ties with Iran", Summary: "Albania expels Iran's diplomats.",
				Start: timeline.WeekDate(2022, 9, 5), Actors: []string{"albania", "iran"}, Tags: []string{"diplomacy"},
				Sources: []timeline.Source{{Span: at("a3", "Albania cut ties with Iran last week."), When: "last week"}}},
			{ID: "2022-10-24-meeting", Title: "Lapid meets Rama in Jerusalem", Summary: "The two leaders discuss cyber defence.",
				Start: day(2022, 10, 24), Actors: []string{"lapid", "rama"}, Tags: []string{"meeting", "visit"},
				Sources: []timeline.Source{src("a1", "On Monday Lapid met Rama in Jerusalem."), src("a2", "Lapid told Rama on Monday:")}},
		},
		Statements: []timeline.Statement{
			{ID: "aggression", Speaker: "rama", Label: "The attack was state aggression", Events: []string{"2022-07-attribution"}},
			{ID: "threat", Speaker: "lapid", Label: "Iran is a shared threat", Events: []string{"2022-10-24-meeting"}},
		},
		Quotes: []timeline.Quote{
			{ID: "q1", Statement: "aggression", Speaker: "rama", Span: at("a1", "This was state aggression,")},
			{ID: "q2", Statement: "aggression", Speaker: "rama", Span: at("a2", "state aggression.")},
			{ID: "q3", Statement: "threat", Speaker: "lapid", Span: at("a1", "Iran is a shared threat to both nations,")},
			{ID: "q4", Statement: "threat", Speaker: "lapid", Span: at("a2", "Iran is a shared threat.")},
		},
		Discrepancies: []timeline.Discrepancy{
			{ID: "attack-day", Kind: timeline.DiscrepancyDate, Description: "The day of the attack: the Northern Star says July 15, Wire Service only July",
				Sides: []timeline.Claim{{Span: at("a1", "on July 15"), Reading: "July 15"}, {Span: at("a2", "In July"), Reading: "July"}}},
		},
	}
	ds, err := timeline.New(parts)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// press sends key presses, named as the tea.Key String() would name them.
func press(m *Model, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = m.Update(keyMsg(k))
	}
	return cmd
}

func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]rune{
		"up": tea.KeyUp, "down": tea.KeyDown, "enter": tea.KeyEnter, "esc": tea.KeyEscape,
		"tab": tea.KeyTab, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace,
		"home": tea.KeyHome, "end": tea.KeyEnd,
	}
	switch {
	case k == "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case k == "ctrl+c", k == "ctrl+z", k == "ctrl+s":
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	case k == "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case named[k] != 0:
		return tea.KeyPressMsg{Code: named[k]}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func newSized(t testing.TB, w, h int, opts ...Option) *Model {
	t.Helper()
	m := New(fixture(t), opts...)
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

func plain(m *Model) string { return ansi.Strip(m.View().Content) }
