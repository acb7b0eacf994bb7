package extract

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// titleAhead reads on several goroutines the very titles and main verbs
// the joins would read one mention at a time, and leaves none unread.
func TestTitleAheadReadsWhatTheJoinsWould(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	published := timeline.DayDate(2024, 3, 6)
	sentences := []string{
		"The harbour master reopened the port of Velen to tankers on Monday.",
		"On Tuesday, police arrested two men at their homes in Aldcastle.",
		"Ines Varga said on Monday that the council would pass the harbour levy.",
		"After weeks of protest, the harbour master of Velen resigned on Wednesday.",
		"Thieves broke into Brackwell Museum in the small hours of Sunday.",
	}
	mk := func(k int) *mention {
		s := fmt.Sprintf("%s Then %d boats left.", sentences[k%len(sentences)], k)
		a := &timeline.Article{ID: fmt.Sprint(k), Text: untrusted.Text(s), Published: published}
		m := &mention{article: a, start: 0, end: len(s), from: 0, to: len(s) - len(fmt.Sprintf(" Then %d boats left.", k)), dates: FindDates(s, published)}
		m.all = m.dates
		return m
	}
	var ahead, lazy []*mention
	for k := range 5 * titleBatch {
		ahead, lazy = append(ahead, mk(k)), append(lazy, mk(k))
	}
	titleAhead(ahead[:titleBatch], ahead[titleBatch:])
	for k, m := range ahead {
		if !m.titled || !m.verbed {
			t.Fatalf("mention %d left unread", k)
		}
		title, whole := mentionTitle(lazy[k])
		if m.title != title || m.whole != whole || m.verb != mentionVerb(lazy[k]) {
			t.Errorf("mention %d: ahead %q %v %q, as asked %q %v %q", k, m.title, m.whole, m.verb, title, whole, lazy[k].verb)
		}
	}
	if ahead[0].verb == "" || ahead[0].title == "" {
		t.Errorf("the first mention has no title (%q) or verb (%q): the case tests nothing", ahead[0].title, ahead[0].verb)
	}
}
