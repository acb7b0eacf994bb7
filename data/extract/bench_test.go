package extract_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/internal/procstat"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// polnearDir is the PolNeAR corpus beside the repository, when it is
// there (see ../shared/corpora/README.md); nothing of it is copied here.
const polnearDir = "../../../shared/corpora/polnear-train"

// BenchmarkExtract reads a corpus once, twice and four times over (the
// copies as articles of their own, so their quotations group across
// them as renderings do): ns/article should stay flat as the corpus
// grows, since no step compares every quotation, sentence or article
// with every other. It reads the PolNeAR articles when they are beside
// the repository, else the labelled and held-out corpora.
func BenchmarkExtract(b *testing.B) {
	base, outlets := benchArticles(b)
	for _, k := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			var arts []timeline.Article
			var ids []string
			size := 0
			for c := range k {
				for _, a := range base {
					a.ID = fmt.Sprintf("%s-%d", a.ID, c)
					arts = append(arts, a)
					ids = append(ids, a.ID)
					size += len(a.Text)
				}
			}
			b.SetBytes(int64(size))
			// the processor time too, which a busy machine moves less
			// than the clock (both cores' time, collector's included)
			cpu := procstat.CPU()
			for b.Loop() {
				parts := timeline.Parts{Articles: arts, Outlets: outlets, Countries: map[string]string{}}
				extract.Into(&parts, ids, extract.Options{})
			}
			cpu = procstat.CPU() - cpu
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(arts)), "ns/article")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(arts)), "cpu-ns/article")
		})
	}
}

func benchArticles(b *testing.B) ([]timeline.Article, []timeline.Outlet) {
	if arts, ok := polnearArticles(b); ok {
		return arts, []timeline.Outlet{{ID: "o", Name: "Outlet"}}
	}
	var arts []timeline.Article
	var outlets []timeline.Outlet
	for _, dir := range []string{labelledDir, heldoutDir} {
		c, err := corpus.Open(os.DirFS(dir), dir, corpus.Options{})
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, c.Dataset.Articles()...)
		outlets = append(outlets, c.Dataset.Outlets()...)
	}
	return arts, outlets
}

// polnearArticles reads the PolNeAR texts with their publication dates,
// if the corpus is there.
func polnearArticles(tb testing.TB) ([]timeline.Article, bool) {
	f, err := os.Open(filepath.Join(polnearDir, "metadata.tsv"))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var arts []timeline.Article
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 6 || cols[0] == "compartment" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(polnearDir, "text", cols[1]+".txt"))
		if err != nil {
			continue // another split's article
		}
		pub, err := timeline.ParseDate(cols[5], timeline.Day)
		if err != nil {
			tb.Fatalf("%s: %v", cols[1], err)
		}
		arts = append(arts, timeline.Article{ID: cols[1], Outlet: "o", Published: pub, Text: untrusted.Text(text)})
	}
	return arts, len(arts) > 0
}
