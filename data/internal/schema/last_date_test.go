package schema

import "testing"

// TestEventDatesConvertEachTime: Event keeps the last date it converted
// for the next event, and a date that differs in its day, precision or
// approximation, or that does not convert, is converted again: each
// event's dates are what Date.Value makes of them, and each bad one is
// reported.
func TestEventDatesConvertEachTime(t *testing.T) {
	dates := []Date{
		{Date: "1990", Precision: "decade"},
		{Date: "1990", Precision: "decade"},
		{Date: "1990", Precision: "year"},
		{Date: "1990", Precision: "year", Approx: true},
		{Date: "1991", Precision: "year", Approx: true},
		{Date: "1991-02", Precision: "year"},
		{Date: "1991-02", Precision: "year"},
		{Date: "1991-02", Precision: "month"},
		{Date: "1990", Precision: "decade"},
	}
	var r Reader
	bad := 0
	for i, d := range dates {
		end := d
		e := r.Event(&Event{ID: "e", Start: d, End: &end})
		want, err := d.Value()
		if err != nil {
			bad++
		}
		if e.Start != want || e.End != want {
			t.Errorf("date %d %+v: start %v, end %v; want %v", i, d, e.Start, e.End, want)
		}
	}
	if bad == 0 || len(r.Errs) != 2*bad {
		t.Errorf("%d errors for %d bad dates, start and end; want one for each", len(r.Errs), bad)
	}
}
