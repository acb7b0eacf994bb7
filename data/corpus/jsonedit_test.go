package corpus

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// TestJSONEditKeepsEveryOtherByte: values are replaced where they stand
// and elements added at an array's end, indented as its elements are;
// everything else, the writer's layout included, is as it was.
func TestJSONEditKeepsEveryOtherByte(t *testing.T) {
	src := `{"schema": 4,
   "outlets": [],
   "articles": [
     {"id": "a",   "sha256": "old", "title": {"value": "T", "evidence": {"start": 3, "end": 5}}},

     {"id": "b", "list": [1, 2]}
   ],
   "tail": [ 1 ]
}`
	e := newJSONEdit([]byte(src))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(e.set(schema.Pointer("articles", 0, "sha256"), "new"))
	must(e.set(schema.Pointer("articles", 0, "title", "evidence", "start"), 30))
	must(e.set(schema.Pointer("articles", 0, "title", "evidence", "end"), 50))
	must(e.add(schema.Pointer("outlets"), map[string]string{"id": "w"}))
	must(e.add(schema.Pointer("articles"), map[string]any{"id": "c"}))
	must(e.add(schema.Pointer("articles", 1, "list"), 3))
	must(e.add(schema.Pointer("tail"), 2))
	got, err := e.apply()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema": 4,
   "outlets": [
     {
       "id": "w"
     }
   ],
   "articles": [
     {"id": "a",   "sha256": "new", "title": {"value": "T", "evidence": {"start": 30, "end": 50}}},

     {"id": "b", "list": [1, 2,
       3]},
     {
       "id": "c"
     }
   ],
   "tail": [ 1,
     2 ]
}`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// put replaces a member where the object has it, and adds it where not
	e = newJSONEdit([]byte(`{"a": {"x": 1},
  "b": {
    "y": 2
  }
}`))
	must(e.put(schema.Pointer("a", "x"), 3))
	must(e.put(schema.Pointer("b", "url"), "u"))
	got, err = e.apply()
	if want := `{"a": {"x": 3},
  "b": {
    "y": 2,
    "url": "u"
  }
}`; err != nil || string(got) != want {
		t.Errorf("put: %v\n%s\nwant\n%s", err, got, want)
	}
	e = newJSONEdit([]byte(src))
	must(e.set(schema.Pointer("articles", 5, "id"), "x"))
	if _, err := e.apply(); err != errNotFound {
		t.Errorf("an edit to a value not there: %v", err)
	}
}
