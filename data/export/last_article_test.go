package export

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// TestSpanSharesOnlyItsOwnArticle: the decoder remembers the article the
// last span cited, and a span that cites another, or one it does not
// know, is checked against that one's bytes, not the last: the same
// words at the same place in another article keep their own copy (the
// first span, even of an article whose id is empty, is looked up).
func TestSpanSharesOnlyItsOwnArticle(t *testing.T) {
	texts := map[string]untrusted.Text{"": "hello again", "a": "hello world", "b": "hello there", "c": "other words"}
	d := newEventDecoder(texts)
	for i, tc := range []struct {
		article string
		shared  bool
	}{{"", true}, {"a", true}, {"a", true}, {"c", false}, {"b", true}, {"z", false}, {"a", true}} {
		b := fmt.Appendf(nil, `{"id": "e%d", "sources": [{"span": {"article": %q, "start": 0, "end": 5, "text": "hello"}}]}`, i, tc.article)
		var je schema.Event
		if err := d.decode(b, &je); err != nil || d.fallbacks > 0 {
			t.Fatalf("event %d: not decoded fast: %v", i, err)
		}
		s := je.Sources[0].Span
		from, want := "none", "none"
		for id, text := range texts {
			if unsafe.StringData(string(s.Text)) == unsafe.StringData(string(text)) {
				from = id
			}
		}
		if tc.shared {
			want = tc.article
		}
		if s.Text != "hello" || from != want {
			t.Errorf("event %d citing %q: text %q shares the bytes of article %q, want %q", i, tc.article, s.Text, from, want)
		}
	}
}
