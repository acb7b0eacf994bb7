package model

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dated is a story of one event on each date, all citing one article.
func dated(t testing.TB, dates ...timeline.Date) *timeline.Dataset {
	t.Helper()
	text := "Something happened."
	sp := timeline.Span{Article: "a", Start: 0, End: len(text), Text: untrusted.Text(text)}
	p := timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "o", Name: "Outlet"}},
		Articles:  []timeline.Article{{ID: "a", File: "a.txt", Outlet: "o", Title: "A", Published: timeline.DayDate(2023, 1, 1), Text: untrusted.Text(text)}},
	}
	for i, d := range dates {
		p.Events = append(p.Events, timeline.Event{ID: fmt.Sprintf("e%02d", i), Title: "Event " + d.String(), Summary: "S",
			Start: d, Sources: []timeline.Source{{Span: sp}}})
	}
	ds, err := timeline.New(p)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// busy is a story with a busy 2022 (months under it), sparse years
// before it, and events dated only to the year or the month.
func busy(t testing.TB) *timeline.Dataset {
	day, month, year := timeline.DayDate, timeline.MonthDate, timeline.YearDate
	return dated(t, year(1939), year(1991), year(1999), year(2009), year(2022),
		day(2022, 7, 15), month(2022, 7), day(2022, 7, 20),
		month(2022, 9), timeline.WeekDate(2022, 9, 5), day(2022, 9, 12), day(2022, 9, 12),
		day(2022, 10, 23), day(2022, 10, 24), day(2022, 10, 25))
}

// TestChronologyHeadersCountAndFold: years with counts, months with
// counts in a busy year, sparse years under one header, and within a
// period the event dated only to it first.
func TestChronologyHeadersCountAndFold(t *testing.T) {
	m := New(busy(t))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	out := plain(m)
	var headers []string
	for _, h := range m.chron.headers {
		headers = append(headers, h.label)
	}
	if want := []string{"1939–2009 · 4 events", "2022 · 11 events", "Jul 2022 · 3", "Sep 2022 · 4", "Oct 2022 · 3"}; !slices.Equal(headers, want) {
		t.Errorf("headers %q, want %q", headers, want)
	}
	for _, want := range []string{"── 1939–2009 · 4 events", "── 2022 · 11 events", "┈ Jul 2022 · 3", "┈ Sep 2022 · 4"} {
		if !strings.Contains(out, want) {
			t.Errorf("the chronology lacks the header %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "── 1991 ") {
		t.Error("a sparse year kept a header of its own")
	}
	sep, wk := strings.Index(out, "Sep 2022         [bg] Event"), strings.Index(out, "wk 2022-09-05")
	year, jul := strings.Index(out, "  2022             Event 2022"), strings.Index(out, "┈ Jul 2022")
	if sep < 0 || wk < 0 || sep > wk || year < 0 || year > jul {
		t.Errorf("within a period the event dated only to it must come first:\n%s", out)
	}
}

// TestJumpToADate: @ then a date selects the first event on or after it.
func TestJumpToADate(t *testing.T) {
	m := New(busy(t))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(m, "@")
	typeText(m, "2022-09")
	press(m, "enter")
	if got := m.SelectedEvent(); got != "e08" { // Sep 2022, first of September
		t.Fatalf("@2022-09 selected %s", got)
	}
	press(m, "@")
	typeText(m, "2022-9-x")
	press(m, "enter")
	if !m.typing || m.bar.err == "" {
		t.Fatal("a date that cannot be read must be refused, saying why")
	}
	press(m, "esc", "@")
	typeText(m, "2030")
	press(m, "enter")
	if got := m.SelectedEvent(); got != "e14" || !strings.Contains(plain(m), "No event shown is on or after 2030") {
		t.Errorf("a date after every event selects the last and says so: %s\n%s", got, plain(m))
	}
}

// TestTimeAxis: t shows the events by period with the selected one's
// marked, opening on the story's shape; + and - zoom, ←/→ move, enter
// shows the period's first event.
func TestTimeAxis(t *testing.T) {
	m := New(busy(t))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	// The story (Oct 2022) and the background (1939-Sep 2022) both shown:
	// the strip draws the story's months, not centuries of history.
	if out := plain(m); !strings.Contains(out, "by month · the story's events") || !strings.Contains(out, "┃ Oct 2022 ") || strings.Contains(out, "1950") {
		t.Errorf("the strip at 120x40 does not draw the story alone:\n%s", out)
	}
	press(m, "b", "b") // the background alone: drawn whole, 1939 on
	if out := plain(m); !strings.Contains(out, "2 years a cell") || strings.Contains(out, "the story") || !strings.Contains(out, "┃ ▲ ") || !strings.Contains(out, "┃ 1938  1950 1960") {
		t.Errorf("the background's strip at 120x40:\n%s", out)
	}
	press(m, "b")
	press(m, "G", "t") // opens on the story's months, not on 1939-2022 by year
	if m.screen != screenAxis || m.axis.unit != unitMonth || !strings.Contains(plain(m), "Oct 2022: 3 events") {
		t.Fatalf("t: screen %v unit %v\n%s", m.screen, m.axis.unit, plain(m))
	}
	press(m, "-")
	if m.axis.unit != unitQuarter || !strings.Contains(plain(m), "Q4 2022: 3 events") {
		t.Fatalf("- did not zoom out to quarters on the selected event's:\n%s", plain(m))
	}
	press(m, "+")
	if m.axis.unit != unitMonth || !strings.Contains(plain(m), "Oct 2022: 3 events") || !strings.Contains(plain(m), "5 events dated less finely than a month") {
		t.Fatalf("+ did not zoom to months:\n%s", plain(m))
	}
	// the legend names • only where one is drawn: on the selected
	// event's own period ▲ stands in its place
	marked := regexp.MustCompile(`┃ *(▲ +•|• +▲) *┃`) // the markers' line: ▲ and a • apart
	if out := plain(m); !strings.Contains(out, "▲ the period chosen, which holds the event selected") || marked.MatchString(out) {
		t.Errorf("the axis on the selected event's period:\n%s", out)
	}
	press(m, "h")
	if out := plain(m); !strings.Contains(out, "Sep 2022: 4 events") || !strings.Contains(out, "▲ the period chosen, • the event selected") || !marked.MatchString(out) {
		t.Fatalf("← did not move to September, or no • under October:\n%s", out)
	}
	press(m, "enter")
	if m.screen != screenPanes || m.SelectedEvent() != "e08" {
		t.Fatalf("enter on September: screen %v selected %s", m.screen, m.SelectedEvent())
	}
	press(m, "t", "-", "-", "-")
	if m.axis.unit != unitDecade {
		t.Errorf("- three times: unit %v, want decades", m.axis.unit)
	}
	press(m, "esc")
	if m.screen != screenPanes {
		t.Error("esc did not leave the time axis")
	}
}

func TestTimeAxisGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"strip_120x40", 120, 40, []string{"G"}},
		{"axis_80x24", 80, 24, []string{"G", "t", "+", "+"}},
		{"axis_120x40", 120, 40, []string{"G", "t", "+", "+", "h"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := New(busy(t))
			m.Update(tea.WindowSizeMsg{Width: tt.w, Height: tt.h})
			press(m, tt.keys...)
			golden.RequireEqual(t, []byte(plain(m)))
		})
	}
}

// TestSearchFindsPassagesAndMarksMatches: the search reads the sources'
// passages too, and marks the words found in the rows.
func TestSearchFindsPassagesAndMarksMatches(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "/")
	typeText(m, "expels")
	if got := eventIDs(m); len(got) != 1 || got[0] != "2022-09-ties" {
		t.Fatalf("a word of a summary finds %v", got)
	}
	press(m, "esc", "/")
	typeText(m, "last week")
	if got := eventIDs(m); len(got) != 1 || got[0] != "2022-09-ties" {
		t.Fatalf("words only a source passage holds find %v", got)
	}
	press(m, "enter")
	m.filter.Search = "cuts"
	m.applyFilter()
	if v := m.View().Content; !strings.Contains(v, m.env.styles.SelectedMatch.Render("cuts")) {
		t.Errorf("the word found is not marked in the row")
	}
}

// TestReaderFindsWords: / in the reader marks words in the article; n
// and N step through them, round its ends.
func TestReaderFindsWords(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "j", "j", "j", "enter", "enter") // the July attack in a1
	press(m, "/")
	typeText(m, "rama")
	press(m, "enter")
	r := m.reader
	if len(r.find.matches) != 2 || !strings.Contains(plain(m), "2 matches of “rama”") {
		t.Fatalf("find: %d matches\n%s", len(r.find.matches), plain(m))
	}
	press(m, "n")
	if r.find.cur != 0 || !strings.Contains(plain(m), "match 1/2") {
		t.Fatalf("n: at match %d\n%s", r.find.cur, plain(m))
	}
	press(m, "n", "n")
	if r.find.cur != 0 {
		t.Errorf("n past the last match must go round to the first, at %d", r.find.cur)
	}
	press(m, "N")
	if r.find.cur != 1 {
		t.Errorf("N from the first must go to the last, at %d", r.find.cur)
	}
	if v := m.View().Content; !strings.Contains(v, m.env.styles.Match.Render("Rama")) {
		t.Error("the words found are not marked")
	}
	press(m, "/", "backspace", "backspace", "backspace", "backspace")
	typeText(m, "zzz")
	press(m, "enter")
	if !strings.Contains(plain(m), "“zzz” is not in this article") {
		t.Errorf("a find with no match must say so:\n%s", plain(m))
	}
}

// TestActorsFindByName: / in the actors pane narrows it to the names
// holding what is typed; esc clears it; s opens their statements.
func TestActorsFindByName(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "tab", "/")
	typeText(m, "lap")
	if ai := m.actors.Selected(); ai < 0 || m.env.ds.Actors()[ai].ID != "lapid" {
		t.Fatalf("typing lap did not put the cursor on Lapid")
	}
	if out := plain(m); strings.Contains(out, "Edi Rama") && !strings.Contains(out, "Quotes by") {
		t.Errorf("the actors pane still lists Rama:\n%s", out)
	}
	press(m, "enter")
	if m.typing || m.focus != focusActors {
		t.Fatal("enter must keep the find and the focus")
	}
	press(m, "esc")
	if m.actors.find != "" || m.focus != focusActors {
		t.Fatalf("esc must clear the find first: find %q focus %v", m.actors.find, m.focus)
	}
	_ = time.Now
}

// TestSpeakerScreen: s in the actors pane, or ctrl+s in the actor
// picker, shows one person's statements; enter reads a quote, y copies
// it, esc goes back.
func TestSpeakerScreen(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "tab", "/")
	typeText(m, "lapid")
	press(m, "enter", "s")
	if m.screen != screenSpeaker || !strings.Contains(plain(m), "Quotes by Yair Lapid") || !strings.Contains(plain(m), "Iran is a shared threat") {
		t.Fatalf("s on Lapid: screen %v\n%s", m.screen, plain(m))
	}
	if text, _ := clipboard(t, press(m, "y")); !strings.Contains(text, "— Yair Lapid, quoted by The Northern Star") {
		t.Errorf("y on the speaker screen copied %q", text)
	}
	press(m, "enter")
	if m.screen != screenReader {
		t.Fatal("enter on a statement did not read it")
	}
	press(m, "esc", "esc")
	if m.screen != screenPanes {
		t.Fatalf("esc, esc: screen %v", m.screen)
	}
	press(m, "esc", "esc", "a")
	typeText(m, "rama")
	m.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if m.picking || m.screen != screenSpeaker || !strings.Contains(plain(m), "Quotes by Edi Rama") {
		t.Fatalf("ctrl+s in the actor picker: picking %v screen %v\n%s", m.picking, m.screen, plain(m))
	}
}

// TestSearchTheArticles: tab in the search switches it to the articles'
// whole text: every place the words stand, with outlet, paragraph and
// line; enter reads one there, finding the words.
func TestSearchTheArticles(t *testing.T) {
	m := newSized(t, 120, 40)
	press(m, "/")
	typeText(m, "jerusalem")
	if len(m.events) != 1 {
		t.Fatalf("the events' search found %d", len(m.events))
	}
	if footer := ansiFooter(m); !strings.Contains(footer, "/jerusalem") || !strings.Contains(footer, "tab in the articles") {
		t.Errorf("the footer does not say tab searches the articles: %q", footer)
	}
	press(m, "tab")
	if m.screen != screenHits || m.filter.Search != "" || len(m.events) != 6 {
		t.Fatalf("tab: screen %v, events search %q, %d events", m.screen, m.filter.Search, len(m.events))
	}
	out := plain(m)
	for _, want := range []string{"In the articles · “jerusalem” · 1 place", "The Northern Star · 2022-10-25 · paragraph 2, line 2", "Lapid met Rama in Jerusalem"} {
		if !strings.Contains(out, want) {
			t.Errorf("the places lack %q:\n%s", want, out)
		}
	}
	press(m, "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	typeText(m, "ALBANIA")
	if len(m.hits.hits) != 4 {
		t.Errorf("“albania” stands %d times in the articles, want 4", len(m.hits.hits))
	}
	press(m, "enter", "j", "enter")
	if m.screen != screenReader || m.reader.span.Text.Verbatim() != "Albania" || len(m.reader.find.matches) == 0 {
		t.Fatalf("enter on a place: screen %v span %q", m.screen, m.reader.span.Text)
	}
	press(m, "esc")
	if m.screen != screenHits {
		t.Fatal("esc from the reader did not return to the places")
	}
	press(m, "/", "tab")
	if m.screen != screenPanes || m.filter.Search != "ALBANIA" {
		t.Errorf("tab back: screen %v, search %q", m.screen, m.filter.Search)
	}
}

// TestHistogramCountsEveryUnit holds the bin table's one pass to the
// plain count, unit by unit, over random stories: each event in the
// period of its start when dated finely enough, else counted as coarse.
func TestHistogramCountsEveryUnit(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 50 {
		var dates []timeline.Date
		for range 1 + rng.IntN(60) {
			y := 1980 + rng.IntN(45)
			switch rng.IntN(5) {
			case 0:
				dates = append(dates, timeline.DayDate(y, time.Month(1+rng.IntN(12)), 1+rng.IntN(28)))
			case 1:
				dates = append(dates, timeline.MonthDate(y, time.Month(1+rng.IntN(12))))
			case 2:
				dates = append(dates, timeline.YearDate(y))
			case 3:
				dates = append(dates, timeline.DecadeDate(y/10*10))
			default:
				dates = append(dates, timeline.WeekDate(2022, 9, 5))
			}
		}
		ds := dated(t, dates...)
		all := ds.Apply(timeline.Filter{})
		h, _, _ := newBinTable(ds).histograms(all)
		for u := range numUnits {
			want, coarse := map[int]int{}, 0
			for _, ei := range all {
				if b, ok := u.bin(ds.Events()[ei].Start); ok {
					want[b]++
				} else {
					coarse++
				}
			}
			c := h.units[u]
			got := map[int]int{}
			for i, n := range c.counts {
				if n > 0 {
					got[c.first+i] = n
				}
			}
			if !maps.Equal(got, want) || c.coarse != coarse {
				t.Fatalf("run %d, by %s: counts %v coarse %d, want %v coarse %d", run, u, got, c.coarse, want, coarse)
			}
		}
	}
}

// TestTimeAxisFollowsTheFilters: a filter changed on the axis redraws it
// for the events it selects, in a unit they have periods in.
func TestTimeAxisFollowsTheFilters(t *testing.T) {
	m := New(busy(t))
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(m, "G", "t", "+", "+")
	m.filter.Until = timeline.YearDate(2009)
	m.applyFilter()
	if m.axis.unit == unitMonth || len(m.axis.counts().counts) == 0 || !strings.Contains(plain(m), "Time axis · by") {
		t.Errorf("after a filter leaving no month: unit %v\n%s", m.axis.unit, plain(m))
	}
	if !strings.Contains(plain(m), "4 events") && !strings.Contains(plain(m), "1 event") {
		t.Errorf("the axis does not count the events filtered to:\n%s", plain(m))
	}
}

// TestTitlesKeep55CellsAt120x40: beside the actors at 120x40 a title
// keeps at least 55 cells; the tags give way first.
func TestTitlesKeep55CellsAt120x40(t *testing.T) {
	long := "Albania shelters Jews during World War II and hides them from the occupiers in mountain villages"
	text := "Something happened."
	sp := timeline.Span{Article: "a", Start: 0, End: len(text), Text: untrusted.Text(text)}
	ds, err := timeline.New(timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "c", Name: "C"}, {ID: "d", Name: "D"}, {ID: "e", Name: "E"}},
		Articles:  []timeline.Article{{ID: "a", File: "a.txt", Outlet: "a", Title: "A", Published: timeline.DayDate(2022, 9, 6), Text: untrusted.Text(text)}},
		Events: []timeline.Event{{ID: "e", Title: long, Summary: "S", Start: timeline.DayDate(2022, 9, 5), Tags: []string{"history", "refugees"},
			Sources: []timeline.Source{{Span: sp}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !m.layout.shared && !strings.Contains(plain(m), long[:54]+"…") { // 55 cells, the last an ellipsis
		t.Errorf("at 120x40 the title is cut before 55 cells:\n%s", plain(m))
	}
	if m.layout.shared {
		t.Error("at 120x40 the chronology and the actors must sit side by side")
	}
}

// TestStripNamesFewMonthsApart: over a few months the strip's bars
// widen to hold each month's name under its own bar, never one name over
// another ("Jun 2022 Jul      Aug", not "Jun 20Oct 2022").
func TestStripNamesFewMonthsApart(t *testing.T) {
	text := "Something happened."
	sp := timeline.Span{Article: "a", Start: 0, End: len(text), Text: untrusted.Text(text)}
	ev := func(id string, d timeline.Date) timeline.Event {
		return timeline.Event{ID: id, Title: "Event " + id, Summary: "S", Start: d, Sources: []timeline.Source{{Span: sp}}}
	}
	ds, err := timeline.New(timeline.Parts{
		Countries: map[string]string{},
		Outlets:   []timeline.Outlet{{ID: "a", Name: "A"}},
		Articles:  []timeline.Article{{ID: "a", File: "a.txt", Outlet: "a", Title: "A", Published: timeline.DayDate(2022, 8, 30), Text: untrusted.Text(text)}},
		Events: []timeline.Event{ev("year", timeline.YearDate(2022)), ev("jun", timeline.DayDate(2022, 6, 2)),
			ev("aug", timeline.DayDate(2022, 8, 2)), ev("oct", timeline.DayDate(2022, 10, 2))},
	})
	if err != nil {
		t.Fatal(err)
	}
	m := New(ds) // the year is selected: no mark on the month strip
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if out := plain(m); !strings.Contains(out, "┃ ████████          ████████") || !strings.Contains(out, "┃ Jun 2022 Jul      Aug      Sep      Oct") {
		t.Errorf("the strip's month names run into each other:\n%s", out)
	}
}

// TestTickLabelsReadLikeAChartAxis holds the axis's names to what a
// reader of a chart expects, over every unit, span, cell width and
// width: the first cell is named; each name starts under the cell it
// names and is that cell's first period; no two names touch and none
// runs past the line; a month or a quarter carries its year on the
// first name and wherever the year differs from the name before, except
// that the first year's may go on its last name instead, when the first
// name has no room for it.
func TestTickLabelsReadLikeAChartAxis(t *testing.T) {
	for u := range numUnits {
		for _, n := range []int{1, 2, 3, 4, 7, 13, 30, 100} {
			for _, cw := range []int{1, 2, 3, 6, 9} {
				for _, w := range []int{n * cw, 26, 40, 117} {
					if w < n*cw || w < 9 {
						continue
					}
					first, _ := u.bin(timeline.MonthDate(2015, time.November))
					periods := make([]int, n)
					for i := range periods {
						periods[i] = first + i
					}
					ticks := tickLabels(u, periods, cw, w)
					name := fmt.Sprintf("by %s, %d cells of %d in %d", u, n, cw, w)
					if len(ticks) == 0 || ticks[0].at != 0 || ticks[0].text != u.label(first) && ticks[0].text != u.shortLabel(first) {
						t.Fatalf("%s: the first cell is not named: %+v", name, ticks)
					}
					if ticks[0].text == u.shortLabel(first) && u.label(first) != u.shortLabel(first) && len([]rune(u.label(first))) < cw {
						t.Fatalf("%s: the first cell has room for its year: %+v", name, ticks)
					}
					year := 0
					for i, tk := range ticks {
						if tk.at%cw != 0 {
							t.Fatalf("%s: %q starts at %d, inside a cell", name, tk.text, tk.at)
						}
						p := periods[tk.at/cw]
						if year == 0 && tk.text == u.shortLabel(p) && tk.text != u.label(p) {
							year = yearNamedLater(u, periods, cw, ticks[i:])
						}
						if tk.text != u.label(p) && (tk.text != u.shortLabel(p) || u.year(p) != year) {
							t.Fatalf("%s: %q under the cell of %s (the last year named %d)", name, tk.text, u.label(p), year)
						}
						if tk.text == u.label(p) {
							year = u.year(p)
						}
						if end := tk.at + len([]rune(tk.text)); end > w || i+1 < len(ticks) && end >= ticks[i+1].at {
							t.Fatalf("%s: %q runs into the next name or past the line: %+v", name, tk.text, ticks)
						}
					}
				}
			}
		}
	}
}

// TestMonthAxisNamesEveryMonthItHasRoomFor: five months in cells of six
// columns are each named, the year on the last, rather than the first
// name's year hiding the second month's name.
func TestMonthAxisNamesEveryMonthItHasRoomFor(t *testing.T) {
	first, _ := unitMonth.bin(timeline.MonthDate(2022, time.June))
	periods := []int{first, first + 1, first + 2, first + 3, first + 4}
	if got, want := renderTicks(tickLabels(unitMonth, periods, 6, 116)), "Jun   Jul   Aug   Sep   Oct 2022"; got != want {
		t.Errorf("the month axis reads %q, want %q", got, want)
	}
	if got, want := renderTicks(tickLabels(unitMonth, periods, 9, 116)), "Jun 2022 Jul      Aug      Sep      Oct"; got != want {
		t.Errorf("with room for it the first name lost its year: %q, want %q", got, want)
	}
}

// yearNamedLater is the year// yearNamedLater is the year of the first of ticks named in full, 0 for
// none.
func yearNamedLater(u axisUnit, periods []int, cw int, ticks []tick) int {
	for _, tk := range ticks {
		if p := periods[tk.at/cw]; tk.text == u.label(p) {
			return u.year(p)
		}
	}
	return 0
}

// TestMonthAxisShowsTheYearWhereItTurns: a story from November 2015 to
// February 2016 reads "Nov 2015 Dec Jan 2016 Feb" on the time axis, and
// the strip over four months names its first month.
func TestMonthAxisShowsTheYearWhereItTurns(t *testing.T) {
	day := timeline.DayDate
	ds := dated(t, day(2015, 11, 3), day(2015, 12, 9), day(2015, 12, 10), day(2016, 1, 12), day(2016, 2, 1))
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	out := plain(m)
	if !strings.Contains(out, "┃ Nov 2015 Dec      Jan 2016 Feb") {
		t.Errorf("the strip over four months does not name each under its bar, with the year where it turns:\n%s", out)
	}
	press(m, "t")
	if m.axis.unit != unitMonth {
		t.Fatalf("t: unit %v, want months", m.axis.unit)
	}
	if out := plain(m); !strings.Contains(out, "Nov 2015") || !strings.Contains(out, "Jan 2016") {
		t.Errorf("the month axis does not say the years:\n%s", out)
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if out := plain(m); !strings.Contains(out, "Jan 2016") {
			t.Errorf("at %dx%d the month axis hides the year's turn:\n%s", size[0], size[1], out)
		}
	}
}

// TestZoomKeepsAYearPrecisionEventsYear: zooming in from the year of an
// event dated only to its year stays in that year (its first quarter
// with events), not at the axis's first period.
func TestZoomKeepsAYearPrecisionEventsYear(t *testing.T) {
	day, year := timeline.DayDate, timeline.YearDate
	ds := dated(t, day(1789, 7, 14), day(2015, 2, 1), year(2015), day(2015, 5, 3), day(2016, 1, 12))
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for i, e := range ds.Events() {
		if e.ID == "e02" { // the year 2015
			m.chron.Select(i)
		}
	}
	press(m, "t")
	m.axis.unit, m.axis.cursor = unitYear, 2015 // by year, on 2015, the event's
	m.updateKeybindings()
	press(m, "+")
	if m.axis.unit != unitQuarter || m.axis.unit.label(m.axis.cursor) != "Q1 2015" {
		t.Errorf("+ from 2015 went to %s, want Q1 2015", m.axis.unit.label(m.axis.cursor))
	}
	press(m, "+")
	if m.axis.unit != unitMonth || m.axis.unit.label(m.axis.cursor) != "Feb 2015" {
		t.Errorf("+ from Q1 2015 went to %s, want Feb 2015", m.axis.unit.label(m.axis.cursor))
	}
}

// TestStripNoteIsNeverCut: at any width, what the strip says of its cells
// ("2 years a cell", "2 years") is whole or absent, never cut mid-word.
func TestStripNoteIsNeverCut(t *testing.T) {
	m := New(busy(t))
	for w := 60; w <= 200; w++ {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 40})
		for _, l := range strings.Split(plain(m), "\n")[:4] {
			if strings.Contains(l, "…") && (strings.Contains(l, "▁") || strings.Contains(l, "█")) {
				t.Fatalf("at %d columns the strip's note is cut:\n%s", w, l)
			}
		}
	}
}

// TestTimeAxisOpensOnTheStorysMonths: with history two centuries back
// shown beside a story of four months, t draws the story's months wide
// enough to read, not a column each among 2,700.
func TestTimeAxisOpensOnTheStorysMonths(t *testing.T) {
	day, month := timeline.DayDate, timeline.MonthDate
	ds := dated(t, month(1800, 1), month(1900, 1), day(2022, 10, 5), day(2022, 11, 5), day(2022, 12, 5), day(2023, 1, 3))
	m := New(ds)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	press(m, "G", "t") // on the story's last event
	if m.axis.unit != unitMonth || m.axis.cellW() != 6 {
		t.Fatalf("t: by %v, %d cells a month; want months 6 cells wide", m.axis.unit, m.axis.cellW())
	}
	if out := plain(m); !strings.Contains(out, "Time axis · by month · Jul 2021–Jan 2023") { // 19 months of 6 cells, to the story's end
		t.Errorf("the axis does not open on the story's months:\n%s", out)
	}
}
