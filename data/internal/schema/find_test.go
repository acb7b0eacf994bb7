package schema

import (
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

// TestFind: a pointer is placed at its member's name, or at an array's
// element; one that is not there is placed at the deepest part of it
// that is, and a second entry with the same id is told from the first.
func TestFind(t *testing.T) {
	src := []byte("{\n \"schema\": 4,\n \"articles\": [\n  {\"id\": \"a\", \"title\": {\"value\": \"x\"}},\n  {\"id\": \"a\",\n   \"title\": {\"value\": \"y\", \"evidence\": {\"start\": 1}}}\n ],\n \"a/b\": [0, [1, 2]]\n}\n")
	for _, tc := range []struct {
		ptr       jsontext.Pointer
		line, col int
	}{
		{Pointer("schema"), 2, 2},
		{Pointer("articles"), 3, 2},
		{Pointer("articles", 0), 4, 3},
		{Pointer("articles", 1), 5, 3},
		{Pointer("articles", 1, "title", "evidence"), 6, 28},
		{Pointer("articles", 1, "title", "evidence", "start"), 6, 41},
		{Pointer("articles", 0, "byline"), 4, 3},
		{Pointer("articles", 7), 3, 2},
		{Pointer("a/b", 1, 1), 8, 17},
		{Pointer("nothing"), 1, 1},
	} {
		if l, c := Find(src, tc.ptr); l != tc.line || c != tc.col {
			t.Errorf("%s: at %d:%d, want %d:%d", tc.ptr, l, c, tc.line, tc.col)
		}
	}
	if l, c := Find([]byte(`nonsense`), Pointer("a")); l != 0 || c != 0 {
		t.Errorf("not JSON: at %d:%d, want 0:0", l, c)
	}
	if l, c := Find([]byte(`{"a": [1, `), Pointer("a", 3)); l != 1 || c != 2 {
		t.Errorf("cut short: at %d:%d, want 1:2, the deepest place found", l, c)
	}
}
