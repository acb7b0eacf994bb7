package corpus

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// upkeepCorpus is a corpus of articles, each naming a run of n actors who
// have aliases (a full name and a surname), with an annotations file that
// lists the actors without their mentions, for Fill to find, and one
// quotation per article: what corpus check and corpus fill read.
func upkeepCorpus(n int) fstest.MapFS {
	const perArticle = 50
	items, files := map[string]string{}, map[string]string{}
	var actors []string
	for a := 0; a*perArticle < n; a++ {
		var b strings.Builder
		b.WriteString("A report\n\n")
		for k := a * perArticle; k < min(n, (a+1)*perArticle); k++ {
			fmt.Fprintf(&b, "Minister Karin Vale%d met the envoy. Vale%d spoke later.\n", k, k)
		}
		fmt.Fprintf(&b, "“We will rebuild the portal together this year,” Vale%d said.\n", a*perArticle)
		id := fmt.Sprintf("a%d", a)
		items[id], files[id+".txt"] = id+".txt", b.String()
	}
	for k := range n {
		actors = append(actors, fmt.Sprintf(`{"id": "vale%d", "name": "Karin Vale%d", "kind": "person", "aliases": ["Karin Vale%d", "Vale%d"], "roles": []}`, k, k, k, k))
	}
	m := byoCorpus(items, files)
	m[AnnotationsFile] = &fstest.MapFile{Data: []byte(`{"schema": 4, "countries": {}, "actors": [` + strings.Join(actors, ",") +
		`], "statements": [], "quotes": [], "events": []}`)}
	return m
}

// BenchmarkFill fills the mentions of 250, 500, 1,000 and 2,000 actors:
// the time a mention takes must not grow with the number of actors.
func BenchmarkFill(b *testing.B) {
	for _, n := range []int{250, 500, 1000, 2000} {
		m := upkeepCorpus(n)
		b.Run(fmt.Sprintf("actors=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, err := Fill(m, "corpus"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck opens corpora of 250 to 2,000 actors and as many
// quotations as articles, as corpus check does: statements are grouped,
// mentions found and spans checked in time that grows with the corpus,
// not with its square.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{250, 500, 1000, 2000} {
		m := upkeepCorpus(n)
		out, _, err := Fill(m, "corpus")
		if err != nil {
			b.Fatal(err)
		}
		m[AnnotationsFile] = &fstest.MapFile{Data: out}
		b.Run(fmt.Sprintf("actors=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Open(m, "corpus", Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// quoteCorpus is a corpus of n short articles, none annotated, each with
// one quotation by one of 97 speakers: what corpus check reads when a
// folder of new articles is opened, with statements to group.
func quoteCorpus(n int) fstest.MapFS {
	items, files := map[string]string{}, map[string]string{}
	for a := range n {
		id := fmt.Sprintf("a%d", a)
		items[id] = id + ".txt"
		files[id+".txt"] = fmt.Sprintf("A report %d\n\nThe ministry met on Monday.\n“We will rebuild portal number %d together this year,” Karin Vale%d said on Tuesday.\n", a, a, a%97)
	}
	return byoCorpus(items, files)
}

// BenchmarkCheckArticles opens 500 to 4,000 unannotated one-quotation
// articles, as corpus check does: each doubling must cost about twice
// the time, not four times.
func BenchmarkCheckArticles(b *testing.B) {
	for _, n := range []int{500, 1000, 2000, 4000} {
		m := quoteCorpus(n)
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Open(m, "corpus", Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
