package timeline

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

func TestIDTable(t *testing.T) {
	var events []Event
	for i := range 5000 {
		events = append(events, Event{ID: fmt.Sprintf("ev%d", i)})
	}
	// a repeat of ev7, which must not replace it, and one without an id
	events = append(events, Event{ID: "ev7", Title: "again"}, Event{})
	var errs []error
	tab := newIDTable(events, &errs)
	if len(errs) != 2 {
		t.Fatalf("errors = %v, want a duplicate and a missing id", errs)
	}
	var ve *ValidationError
	if !errors.As(errs[0], &ve) || ve.ID != "ev7" || ve.Err.Error() != "duplicate id" {
		t.Errorf("first error = %v, want ev7's duplicate id", errs[0])
	}
	if !errors.As(errs[1], &ve) || ve.ID != "#5002" || ve.Err.Error() != "missing" {
		t.Errorf("second error = %v, want #5002's missing id", errs[1])
	}
	for i := range 5000 {
		if got, ok := tab.find(events, events[i].ID); !ok || got != i {
			t.Fatalf("find(%q) = %d, %v; want %d, true", events[i].ID, got, ok, i)
		}
	}
	for _, id := range []string{"", "ev5000", "EV1", "ev"} {
		if got, ok := tab.find(events, id); ok {
			t.Errorf("find(%q) = %d, true; want not found", id, got)
		}
	}
	var empty idTable
	if _, ok := empty.find(nil, "ev1"); ok {
		t.Error("the zero table found an id")
	}
}

// TestIDTableInParts: built in parts side by side, the table finds every
// id and reports the same problems, in the events' order, as built whole.
func TestIDTableInParts(t *testing.T) {
	var events []Event
	for i := range 20000 {
		events = append(events, Event{ID: fmt.Sprintf("ev%d", i)})
		switch i % 3001 {
		case 7:
			events = append(events, Event{ID: fmt.Sprintf("ev%d", i/2)}) // a repeat
		case 11:
			events = append(events, Event{}) // no id
		}
	}
	var whole []error
	buildIDTable(events, &whole, 1, func() {})
	if len(whole) < 10 {
		t.Fatalf("%d problems; want the repeats and the missing ids", len(whole))
	}
	for _, parts := range []int{2, 3, 4, 8} {
		var errs []error
		tab := buildIDTable(events, &errs, parts, func() {})
		if fmt.Sprint(errs) != fmt.Sprint(whole) {
			t.Fatalf("%d parts: problems %v, want %v", parts, errs, whole)
		}
		first := map[string]int{}
		for i := range events {
			if _, ok := first[events[i].ID]; !ok && events[i].ID != "" {
				first[events[i].ID] = i
			}
		}
		for id, want := range first {
			if got, ok := tab.find(events, id); !ok || got != want {
				t.Fatalf("%d parts: find(%q) = %d, %v; want %d", parts, id, got, ok, want)
			}
		}
		for _, id := range []string{"", "ev20000", "EV1", "ev"} {
			if got, ok := tab.find(events, id); ok {
				t.Errorf("%d parts: find(%q) = %d, true; want not found", parts, id, got)
			}
		}
	}
}

// TestIDTableSteps: each goroutine building the table calls its step
// every checkEvery events it reads, in both of its passes, so that a key
// typed meanwhile is read and a pause may hold the index build.
func TestIDTableSteps(t *testing.T) {
	const n = 20 * checkEvery
	events := make([]Event, n)
	for i := range events {
		events[i].ID = fmt.Sprintf("ev%d", i)
	}
	for _, parts := range []int{1, 2, 4} {
		var steps atomic.Int64
		var errs []error
		tab := buildIDTable(events, &errs, parts, func() { steps.Add(1) })
		// the first pass reads each event once, the second each event in
		// every part
		if got, want := steps.Load(), int64((1+parts)*n/checkEvery); got < want || len(errs) > 0 {
			t.Fatalf("%d parts: %d steps (%v), want %d or more", parts, got, errs, want)
		}
		if i, ok := tab.find(events, "ev12345"); !ok || i != 12345 {
			t.Fatalf("%d parts: find(ev12345) = %d, %v", parts, i, ok)
		}
	}
}
