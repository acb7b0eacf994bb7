package export

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
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

// TestEventsShareTheirLists: two events naming the same countries share
// one list, and one naming others, or the same in another order, has its
// own.
func TestEventsShareTheirLists(t *testing.T) {
	event := func(id, countries string) []byte {
		return []byte(`{"id": "` + id + `", "title": "T", "summary": "S", "start": {"date": "2020", "precision": "year"}, "countries": [` + countries + `], "actors": [], "tags": ["visit"]}`)
	}
	d := newEventDecoder(nil)
	var a, b, c, e schema.Event
	for _, x := range []struct {
		je  *schema.Event
		doc []byte
	}{{&a, event("a", `"US", "FR"`)}, {&b, event("b", `"US", "FR"`)}, {&c, event("c", `"FR", "US"`)}, {&e, event("e", `"US"`)}} {
		if err := d.decode(x.doc, x.je); err != nil || d.fallbacks > 0 {
			t.Fatalf("%s: %v", x.doc, err)
		}
	}
	if unsafe.SliceData(a.Countries) != unsafe.SliceData(b.Countries) || unsafe.SliceData(a.Tags) != unsafe.SliceData(b.Tags) {
		t.Error("two events naming the same countries and tags do not share their lists")
	}
	if unsafe.SliceData(a.Countries) == unsafe.SliceData(c.Countries) || unsafe.SliceData(a.Countries) == unsafe.SliceData(e.Countries) {
		t.Error("events naming other countries share a list")
	}
	if len(c.Countries) != 2 || c.Countries[0] != "FR" || len(e.Countries) != 1 || cap(a.Countries) != 2 {
		t.Errorf("lists %q, %q (cap %d), %q", a.Countries, c.Countries, cap(a.Countries), e.Countries)
	}
}

// TestListCacheKeepsListsApart: far more different lists than the cache
// has places, so that many meet in one, each come back as they were
// named.
func TestListCacheKeepsListsApart(t *testing.T) {
	d := newEventDecoder(nil)
	var codes []string
	for i := range 150 {
		codes = append(codes, fmt.Sprintf("c%d", i))
	}
	ids := internIDs(t, d, codes)
	lists := &listCache{}
	for i := range 3 * len(lists.lists) {
		want := []string{ids[i%150], ids[i/150%150], ids[i%149]}
		switch i % 3 {
		case 0:
			want = want[:1]
		case 1:
			want = want[:2]
		}
		got := lists.intern(want)
		if !slices.Equal(got, want) {
			t.Fatalf("list %d: %q, want %q", i, got, want)
		}
	}
}
