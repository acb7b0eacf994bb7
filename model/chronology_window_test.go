package model

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// refRow is one row of the chronology as the list of every row would
// hold it: a header's label (and whether it is a month's), or an event's
// position.
type refRow struct {
	label string
	month bool
	pos   int // -1 for a header
}

// referenceRows is every row of the list, built the plain way: each event
// read in turn, a header wherever its year (or decade) or, in a busy
// year, its month changes, runs of sparse years under one header. The
// chronology works its rows out from its headers alone; this is what
// they must come to.
func referenceRows(ds *timeline.Dataset, events []int) []refRow {
	start := func(pos int) timeline.Date { return ds.Events()[events[pos]].Start }
	groupEnd := func(pos int) int {
		d := start(pos)
		end := pos + 1
		for end < len(events) && start(end).Year() == d.Year() &&
			(start(end).Precision == timeline.Decade) == (d.Precision == timeline.Decade) {
			end++
		}
		return end
	}
	label := func(pos int) string {
		if d := start(pos); d.Precision == timeline.Decade {
			return strconv.Itoa(d.Year()) + "s"
		}
		return strconv.Itoa(start(pos).Year())
	}
	monthOf := func(pos int) int {
		d := start(pos)
		if d.Precision == timeline.Year || d.Precision == timeline.Decade {
			return -1
		}
		return d.Year()*12 + int(d.Month()) - 1
	}
	var rows []refRow
	add := func(from, to int, months bool) {
		month := -1
		for pos := from; pos < to; pos++ {
			if m := monthOf(pos); months && m >= 0 && m != month {
				month = m
				n := 0
				for e := pos; e < to && monthOf(e) == m; e++ {
					n++
				}
				d := start(pos)
				rows = append(rows, refRow{label: d.Month().String()[:3] + " " + strconv.Itoa(d.Year()) + " · " + strconv.Itoa(n), month: true, pos: -1})
			}
			rows = append(rows, refRow{pos: pos})
		}
	}
	for pos := 0; pos < len(events); {
		end := groupEnd(pos)
		if end-pos <= sparseYear {
			last := pos
			for end < len(events) {
				next := groupEnd(end)
				if next-end > sparseYear {
					break
				}
				last, end = end, next
			}
			l := label(pos)
			if last != pos {
				l += "–" + label(last)
			}
			rows = append(rows, refRow{label: l + " · " + counted(end-pos), pos: -1})
			add(pos, end, false)
		} else {
			rows = append(rows, refRow{label: label(pos) + " · " + counted(end-pos), pos: -1})
			add(pos, end, end-pos >= monthsFrom)
		}
		pos = end
	}
	return rows
}

// windowedRows is every row as the chronology works it out.
func windowedRows(c *chronology) []refRow {
	rows := make([]refRow, c.rowCount())
	for r := range rows {
		h, pos := c.rowAt(r)
		if h >= 0 {
			rows[r] = refRow{label: c.headers[h].label, month: c.headers[h].month, pos: -1}
		} else {
			rows[r] = refRow{pos: pos}
		}
	}
	return rows
}

// randomDated is a story of n events at random dates of every precision,
// from sparse centuries to busy months.
func randomDated(t *testing.T, rng *rand.Rand, n int) *timeline.Dataset {
	var dates []timeline.Date
	for range n {
		y := 2022
		switch rng.IntN(4) {
		case 0:
			y = 1800 + rng.IntN(220)
		case 1:
			y = 2015 + rng.IntN(10)
		}
		switch rng.IntN(6) {
		case 0:
			dates = append(dates, timeline.MonthDate(y, time.Month(1+rng.IntN(12))))
		case 1:
			dates = append(dates, timeline.YearDate(y))
		case 2:
			dates = append(dates, timeline.DecadeDate(y/10*10))
		case 3:
			dates = append(dates, timeline.WeekDate(2022, 9, 5))
		default:
			dates = append(dates, timeline.DayDate(y, time.Month(1+rng.IntN(12)), 1+rng.IntN(28)))
		}
	}
	return dated(t, dates...)
}

// TestWindowedChronologyShowsTheFullRows holds the chronology, which keeps
// its headers alone and works out the row at a position where it is
// drawn, to the list of every row built the plain way: the same rows in
// the same order, the same window at every cursor position tried, the
// same histograms, over synthetic and random stories, filters and sizes.
func TestWindowedChronologyShowsTheFullRows(t *testing.T) {
	rng := rand.New(rand.NewPCG(30, 16))
	stories := map[string]*timeline.Dataset{"busy": busy(t), "fixture": fixture(t)}
	for i := range 4 {
		stories["random"+strconv.Itoa(i)] = randomDated(t, rng, 20+rng.IntN(300))
	}
	for _, o := range []synth.Options{{Events: 3000, Seed: 7}, {Events: 800, Seed: 3, Shape: synth.Short}} {
		ds, err := timeline.New(synth.Parts(o))
		if err != nil {
			t.Fatal(err)
		}
		stories[fmt.Sprintf("synth%d", o.Events)] = ds
	}
	filters := []timeline.Filter{
		{},
		{Search: "a"},
		{Search: "the"},
		{Scope: timeline.ScopeStory},
		{Scope: timeline.ScopeBackground},
		{Since: timeline.YearDate(2000), Until: timeline.MonthDate(2022, 9)},
		{Search: "zzzzqq"},
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range stories {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		ds := stories[name]
		bins := newBinTable(ds)
		for fi, f := range filters {
			for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 12}} {
				m := New(ds)
				m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				events := ds.Apply(f)
				m.showEvents(f, events)
				c := m.chron
				want := referenceRows(ds, events)
				if got := windowedRows(c); !slices.Equal(got, want) {
					t.Fatalf("%s, filter %d, %dx%d: rows differ\n got %v\nwant %v", name, fi, size[0], size[1], head(got), head(want))
				}
				rowOf := map[int]int{}
				for r, row := range want {
					if row.pos >= 0 {
						rowOf[row.pos] = r
					}
				}
				for pos := range events {
					if got := c.rowOf(pos); got != rowOf[pos] {
						t.Fatalf("%s, filter %d: event %d's row %d, want %d", name, fi, pos, got, rowOf[pos])
					}
				}
				// The window at cursor positions reached by moves of every
				// size, against the plain scroll over the full rows.
				offset := c.offset
				for range 12 {
					if len(events) == 0 {
						break
					}
					switch rng.IntN(4) {
					case 0:
						c.move(1 + rng.IntN(3))
					case 1:
						c.move(-(1 + rng.IntN(c.listH()+1)))
					case 2:
						c.move(c.listH())
					default:
						c.Select(events[rng.IntN(len(events))])
					}
					cur := rowOf[c.cursor]
					for cur > 0 && want[cur-1].pos < 0 && cur-1 < offset {
						cur--
					}
					offset = clampScroll(offset, cur, c.listH(), len(want))
					if c.offset != offset {
						t.Fatalf("%s, filter %d, %dx%d, cursor %d: offset %d, want %d", name, fi, size[0], size[1], c.cursor, c.offset, offset)
					}
					_ = m.View()
				}
				// The strip's and the time axis's counts: all the events
				// shown, and the story's alone.
				var story []int
				for _, ei := range events {
					if ds.Scope(ei) == timeline.ScopeStory {
						story = append(story, ei)
					}
				}
				all, only, n := bins.histograms(events)
				if n != len(story) {
					t.Errorf("%s, filter %d: %d story events counted, want %d", name, fi, n, len(story))
				}
				slow, n := histogramOf(bins.bins, events, false)
				if n != len(story) {
					t.Errorf("%s, filter %d: %d story events counted one by one, want %d", name, fi, n, len(story))
				}
				slowOnly, _ := histogramOf(bins.bins, events, true)
				for u := range numUnits {
					for _, tt := range []struct {
						h      counts
						events []int
					}{{all.units[u], events}, {only.units[u], story}, {slow.units[u], events}, {slowOnly.units[u], story}} {
						if got, want := binned(tt.h), plainCounts(ds, u, tt.events); !equalCounts(got, want) {
							t.Fatalf("%s, filter %d, by %v: counts %v, want %v", name, fi, u, got, want)
						}
					}
				}
			}
		}
	}
}

// head is the first rows, for a message.
func head(rows []refRow) []refRow { return rows[:min(len(rows), 12)] }

// countsBy is a histogram unit's counts by period, with the coarse ones
// under key coarseKey.
type countsBy map[int]int

const coarseKey = -1 << 40

func binned(c counts) countsBy {
	got := countsBy{}
	for i, n := range c.counts {
		if n > 0 {
			got[c.first+i] = n
		}
	}
	if c.coarse > 0 {
		got[coarseKey] = c.coarse
	}
	return got
}

// plainCounts counts each event in the period of u its start falls in,
// or as coarse, as the histogram's first version read them from the
// events' dates.
func plainCounts(ds *timeline.Dataset, u axisUnit, events []int) countsBy {
	want := countsBy{}
	for _, ei := range events {
		if b, ok := u.bin(ds.Events()[ei].Start); ok {
			want[b]++
		} else {
			want[coarseKey]++
		}
	}
	return want
}

func equalCounts(a, b countsBy) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
