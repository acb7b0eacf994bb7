package export

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// internIDs decodes each of ids as an id list's member would be, through
// d, and returns what it made of them.
func internIDs(t *testing.T, d *eventDecoder, ids []string) []string {
	t.Helper()
	var out []string
	for _, id := range ids {
		d.b, d.i = []byte(`"`+id+`"`), 0
		var s string
		if !d.idStr(&s) {
			t.Fatalf("idStr(%q) failed", id)
		}
		out = append(out, s)
	}
	return out
}

// TestIDTableInterns: an id decoded again is the same string, whatever
// its length (in the table up to 16 bytes, in the map past that) and
// wherever it ends in the bytes read (a word read past its end must not
// count what follows), and ids that differ only in their last byte or
// length stay apart.
func TestIDTableInterns(t *testing.T) {
	var ids []string
	for n := range 21 {
		base := strings.Repeat("a", n)
		ids = append(ids, base)
		if n > 0 {
			ids = append(ids, base[:n-1]+"b")
		}
	}
	d := newEventDecoder(nil)
	first := internIDs(t, d, ids)
	again := internIDs(t, d, ids)
	for i, id := range ids {
		if first[i] != id {
			t.Fatalf("id %q decoded as %q", id, first[i])
		}
		if unsafe.StringData(again[i]) != unsafe.StringData(first[i]) {
			t.Errorf("id %q: decoded again, a new copy", id)
		}
	}
	// The same ids with bytes after them, as in an event.
	for _, id := range ids {
		d.b, d.i = []byte(`"`+id+`", "zzzzzzzzzzzzzzzzzz"`), 0
		var s string
		if !d.idStr(&s) || s != id {
			t.Fatalf("idStr(%q) followed by more = %q", id, s)
		}
	}
}

// TestIDTableFull: a table whose places are all taken (as by ids made to
// collide) leaves lookups to the map: every id is still decoded, and
// interned.
func TestIDTableFull(t *testing.T) {
	d := newEventDecoder(nil)
	for i := range d.table.slots {
		d.table.slots[i] = idSlot{lo: ^uint64(i), hi: ^uint64(0), s: "xxxxxxxxxxxxxxxxx"[:1+i%16]}
	}
	d.table.used = 0 // as if a growth had not come
	ids := []string{"US", "art0001", "1990-05-12", "crimson-hornet"}
	first := internIDs(t, d, ids)
	again := internIDs(t, d, ids)
	for i, id := range ids {
		if first[i] != id || unsafe.StringData(again[i]) != unsafe.StringData(first[i]) {
			t.Errorf("id %q: decoded %q, then %q (a copy: %t)", id, first[i], again[i], unsafe.StringData(again[i]) != unsafe.StringData(first[i]))
		}
	}
}

// TestIDTableGrows: thousands of ids, more than the table was sized
// for, are each found again.
func TestIDTableGrows(t *testing.T) {
	var ids []string
	for i := range 5000 {
		ids = append(ids, fmt.Sprintf("actor-%d", i))
	}
	d := newEventDecoder(nil)
	first := internIDs(t, d, ids)
	if len(d.table.slots) < 2*len(ids) {
		t.Errorf("%d slots for %d ids", len(d.table.slots), len(ids))
	}
	for i, s := range internIDs(t, d, ids) {
		if s != ids[i] || unsafe.StringData(s) != unsafe.StringData(first[i]) {
			t.Fatalf("id %q decoded again as %q, or a copy", ids[i], s)
		}
	}
}
