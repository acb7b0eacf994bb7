package extract

import (
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestArticlesAreJoinedInOrder: the articles are read on every
// processor, but handed to the join in the order they were named, even
// when an earlier one takes longer to read, so extraction is the same on
// every run.
func TestArticlesAreJoinedInOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	arts := map[string]*timeline.Article{}
	var ids []string
	for i := range 24 {
		id := strconv.Itoa(i)
		arts[id] = &timeline.Article{ID: id}
		ids = append(ids, id)
	}
	ids = append(ids, "missing")
	article := func(id string) (*timeline.Article, bool) { a, ok := arts[id]; return a, ok }
	read := func(a *timeline.Article) *prep {
		n, _ := strconv.Atoi(a.ID)
		if n%4 == 0 { // the first of each four read slowest
			time.Sleep(5 * time.Millisecond)
		}
		return &prep{article: a}
	}
	var got []string
	for p := range inOrder(ids, article, read, make(chan struct{})) {
		got = append(got, p.article.ID)
	}
	if len(got) != 24 {
		t.Fatalf("got %d articles, want the 24 that exist", len(got))
	}
	for i, id := range got {
		if id != strconv.Itoa(i) {
			t.Fatalf("article %s handed over in place %d: %v", id, i, got)
		}
	}
}

// TestAStoppedReadingEndsItsGoroutines: a join that stops early (stop
// closed) leaves no reader waiting.
func TestAStoppedReadingEndsItsGoroutines(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	before := runtime.NumGoroutine()
	var ids []string
	for i := range 100 {
		ids = append(ids, strconv.Itoa(i))
	}
	article := func(id string) (*timeline.Article, bool) { return &timeline.Article{ID: id}, true }
	read := func(a *timeline.Article) *prep { return &prep{article: a} }
	stop := make(chan struct{})
	ch := inOrder(ids, article, read, stop)
	<-ch
	close(stop)
	n := runtime.NumGoroutine()
	for i := 0; i < 2000 && n > before; i++ { // up to 10 s on a busy machine
		time.Sleep(5 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	if n > before {
		t.Errorf("%d goroutines left running after the reading stopped", n-before)
	}
}
