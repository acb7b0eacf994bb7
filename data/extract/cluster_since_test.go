package extract

import (
	"slices"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestASinceDateIsAComparison: "since World War II", "since 1937" in a
// sentence that reports something of its own day measures it against the
// past; it makes no event of its own then.
func TestASinceDateIsAComparison(t *testing.T) {
	for _, text := range []string{
		"Mayor Ines Varga won 34 percent of the vote in a poll released on Sunday, the most for a challenger since World War II.\n",
		"Mayor Ines Varga won 34 percent of the vote in a poll released on Sunday, her best showing since 1937.\n",
	} {
		parts := timeline.Parts{
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 8)}},
			Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
		}
		Into(&parts, []string{"a"}, Options{})
		if len(parts.Events) != 1 || parts.Events[0].Start != timeline.DayDate(2024, 5, 5) {
			var got []string
			for _, e := range parts.Events {
				got = append(got, timeline.FormatRange(e.Start, e.End)+" "+e.Title)
			}
			t.Errorf("%q: events %q, want one, on 2024-05-05", text, got)
		}
	}
}

// TestASinceDateASuperlativeMeasuresAgainstDatesNothing: alone in its
// sentence, a date after "since" that a superlative measures against
// ("the deadliest flood … since 1953") is no happening of that year;
// "closed since Monday" still dates the closing.
func TestASinceDateASuperlativeMeasuresAgainstDatesNothing(t *testing.T) {
	for _, c := range []struct {
		text string
		want []timeline.Date
	}{
		{"Mayor Ines Varga called it the deadliest flood in the valley since 1953.\n", nil},
		{"For the first time since early March, Mayor Ines Varga trails in the weekly poll.\n", nil},
		{"Mayor Ines Varga has kept the old bridge closed since Monday.\n", []timeline.Date{timeline.DayDate(2024, 5, 6)}},
	} {
		if got := eventStarts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: events dated %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAMonthBeforeANounDatesThatNoun: a month or weekday that a
// preposition puts before the noun it dates ("over April flooding
// report", headline style, or "over the April flood") dates that
// happening, named in passing, not the resignation: a sentence dated
// otherwise too is a mention of its own day only; the same date standing
// alone, or opening the sentence, still dates it.
func TestAMonthBeforeANounDatesThatNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		want []timeline.Date
	}{
		{"Mayor Ines Varga resigns over April flooding report\n", nil},
		{"Mayor Ines Varga resigned on Monday over the April flood.\n", []timeline.Date{timeline.DayDate(2024, 5, 6)}},
		{"Mayor Ines Varga resigned over the April flood.\n", nil},
		{"Mayor Ines Varga resigned in March.\n", []timeline.Date{timeline.MonthDate(2024, 3)}},
		{"After Tuesday vote, Mayor Ines Varga resigned.\n", []timeline.Date{timeline.DayDate(2024, 5, 7)}},
		{"Mayor Ines Varga resigned after Tuesday night.\n", []timeline.Date{timeline.DayDate(2024, 5, 7)}},
	} {
		if got := eventStarts(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: events dated %v, want %v", c.text, got, c.want)
		}
	}
}

// eventStarts is when each event extracted from text starts, text being
// one article published on Wednesday 2024-05-08.
func eventStarts(text string) []timeline.Date {
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 8)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	var got []timeline.Date
	for _, e := range parts.Events {
		got = append(got, e.Start)
	}
	return got
}
