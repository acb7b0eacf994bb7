package extract

import (
	"fmt"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// BenchmarkBuildEvents joins n synthetic mentions into events: 1,000 to
// 100,000 of them, spread over three years, one actor for every 20
// mentions (a larger corpus names more people) and 5,000 words, a tenth
// of them reporting the same happening as another. ns/mention should
// stay flat as n grows: a mention is compared only with the events its
// actors index in its months, at most maxScanned per key, never with
// every event.
func BenchmarkBuildEvents(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			articles, ms := syntheticMentions(n)
			b.ResetTimer()
			for b.Loop() {
				parts := timeline.Parts{Articles: articles, Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
				x := &extractor{parts: &parts, lx: newLexicon(nil), curated: newLexicon(nil)}
				x.index()
				x.pending = make([]*mention, len(ms))
				for i := range ms {
					m := ms[i]
					m.article = &parts.Articles[i%len(parts.Articles)]
					m.outlet = m.article.ID // prec28: an outlet per article, or the one sentence they all print is boilerplate (cluster_boiler.go)
					x.pending[i] = &m
				}
				var rep Report
				x.buildEvents(&rep)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/mention")
		})
	}
}

// syntheticMentions makes n mentions, deterministically, over articles of
// one sentence each.
func syntheticMentions(n int) ([]timeline.Article, []mention) {
	const text = "Someone did something somewhere on some day."
	articles := make([]timeline.Article, 1000)
	for i := range articles {
		articles[i] = timeline.Article{ID: fmt.Sprintf("a%d", i), Outlet: "o", Published: timeline.DayDate(2024, 1, 1), Text: untrusted.Text(text)}
	}
	seed := uint64(1)
	next := func(k int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % k
	}
	start := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	ms := make([]mention, n)
	for i := range ms {
		j := i
		if i > 0 && next(10) == 0 {
			j = next(i) // reports what an earlier one did
		}
		src := uint64(j)*2654435761 + 1
		pick := func(k int) int { src = src*6364136223846793005 + 1442695040888963407; return int(src>>33) % k }
		day := start.AddDate(0, 0, pick(3*365))
		d := timeline.DayDate(day.Year(), day.Month(), day.Day())
		dt := Date{Start: 36, End: 43, Phrase: "on some day", From: d}
		m := mention{start: 0, end: len(text), from: 0, to: len(text), date: dt, dates: []Date{dt}, spans: []days{daysOf(d, timeline.Date{})}}
		for range 2 {
			m.actors = append(m.actors, fmt.Sprintf("actor-%d", pick(max(n/20, 50))))
		}
		for range 6 {
			m.stems = append(m.stems, fmt.Sprintf("w%d", pick(5000)))
		}
		m.title = "Someone did something"
		m.main = []string{""}
		ms[i] = m
	}
	return articles, ms
}
