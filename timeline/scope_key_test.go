package timeline

import (
	"math/rand/v2"
	"testing"
	"time"
)

// anyDate is a date of any precision around the years news cites,
// regular or not, with or without finer fields than its precision.
func anyDate(r *rand.Rand) Date {
	d := Date{year: int16(1890 + r.IntN(160)), Precision: Precision(1 + r.IntN(5))}
	if r.IntN(8) > 0 || d.Precision <= Month {
		d.month = uint8(1 + r.IntN(12))
	}
	if r.IntN(8) > 0 || d.Precision <= Week {
		d.day = uint8(1 + r.IntN(31)) // some beyond their month's end
	}
	return d
}

// TestDayKeysAgreeWithTheCalendar: for every plain date, the day numbers
// scopeOf compares are those of its First and Last days, across month
// and year ends and leap years.
func TestDayKeysAgreeWithTheCalendar(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 1))
	plain := 0
	for range 200_000 {
		d := anyDate(r)
		if !d.plain() {
			continue
		}
		plain++
		if got, want := d.lastKey(), dayKey(d.Last()); got != want {
			t.Fatalf("%+v: lastKey %d, the day of Last (%v) %d", d, got, d.Last(), want)
		}
		if got, want := d.firstKey(), dayKey(d.First()); got != want {
			t.Fatalf("%+v: firstKey %d, the day of First (%v) %d", d, got, d.First(), want)
		}
	}
	if plain < 50_000 {
		t.Fatalf("only %d plain dates drawn", plain)
	}
}

// TestScopeByKeyIsScopeByTime: the fast path gives every event the scope
// the calendar gives it, for periods and events that meet at their edges.
func TestScopeByKeyIsScopeByTime(t *testing.T) {
	r := rand.New(rand.NewPCG(30, 2))
	for range 2_000 {
		ds := &Dataset{}
		from := time.Date(1900+r.IntN(140), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
		ds.period = [2]time.Time{from, from.AddDate(0, 0, r.IntN(900))}
		ds.periodKeys = [2]int64{dayKey(ds.period[0]), dayKey(ds.period[1])}
		for range 100 {
			e := Event{Start: anyDate(r)}
			if r.IntN(3) == 0 {
				e.End = anyDate(r)
			}
			if r.IntN(2) == 0 {
				// a day, week or month at an edge of the period
				at := ds.period[r.IntN(2)].AddDate(0, 0, r.IntN(9)-4)
				e.Start, e.End = Date{year: int16(at.Year()), month: uint8(at.Month()), day: uint8(at.Day()), Precision: Precision(1 + r.IntN(3))}, Date{}
				if e.Start.Precision == Month {
					e.Start.day = 0
				}
			}
			if e.Start.Precision >= Decade || !e.Start.plain() || !e.End.IsZero() && !e.End.plain() {
				continue
			}
			if got, want := ds.scopeByKey(&e), ds.scopeByTime(&e); got != want {
				t.Fatalf("period %v–%v, event %+v–%+v: by key %v, by time %v", ds.period[0], ds.period[1], e.Start, e.End, got, want)
			}
		}
	}
}

// BenchmarkScope: what telling an event's scope costs (the explorer tells
// every event's before its first frame), by day numbers and by the
// calendar.
func BenchmarkScope(b *testing.B) {
	r := rand.New(rand.NewPCG(30, 3))
	ds := &Dataset{}
	ds.period = [2]time.Time{time.Date(2015, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2017, 1, 31, 0, 0, 0, 0, time.UTC)}
	ds.periodKeys = [2]int64{dayKey(ds.period[0]), dayKey(ds.period[1])}
	var evs []Event
	for len(evs) < 1<<16 {
		if d := anyDate(r); d.plain() && d.Precision < Decade {
			evs = append(evs, Event{Start: d})
		}
	}
	for _, c := range []struct {
		name  string
		scope func(*Event) Scope
	}{{"key", ds.scopeByKey}, {"time", ds.scopeByTime}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				c.scope(&evs[i&(len(evs)-1)])
			}
		})
	}
}
