package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The research corpora beside the repository (../shared/corpora, see its
// README), read where they are and never copied: the same measures as
// ../shared/tools' scorers, taken on the extractor directly.
const timebankDir = "../../../shared/corpora/timebank"

// polnearGold is PolNeAR's annotated direct quotations and attributed
// contents in one article, in characters.
type polnearGold struct {
	quotes   [][3]int // start, end, and 1 if the source names someone
	named    [][]string
	contents [][2]int
}

var (
	reGoldQuote = regexp.MustCompile(`[“"]([^“”"]+?)[”"]`)
	// reTwinQuote finds the quotations in two apostrophes (or two
	// backticks then two apostrophes) that score_polnear.py leaves out:
	// The New York Times's articles quote so.
	reTwinQuote = regexp.MustCompile("(?:''|``)(.+?)''")
	reGoldName  = regexp.MustCompile(`[A-Z][\w'’.-]+`)
	notNamed    = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
		"his": true, "her": true, "their": true, "the": true, "a": true, "an": true, "this": true, "that": true,
		"these": true, "those": true, "who": true, "which": true, "one": true, "some": true, "many": true, "most": true,
		"both": true, "mr": true, "mrs": true, "ms": true, "dr": true}
)

// readPolnearGold reads an article's first annotator's attributions, as
// score_polnear.py does.
func readPolnearGold(t *testing.T, file, text string, reQuote *regexp.Regexp) polnearGold {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	type tb struct {
		spans [][2]int
		text  string
	}
	tbs := map[string]tb{}
	var events []map[string]string
	for _, line := range strings.Split(string(src), "\n") {
		p := strings.Split(line, "\t")
		switch {
		case strings.HasPrefix(p[0], "T") && len(p) >= 3:
			_, rest, _ := strings.Cut(p[1], " ")
			var spans [][2]int
			for _, sp := range strings.Split(rest, ";") {
				f := strings.Fields(sp)
				s, _ := strconv.Atoi(f[0])
				e, _ := strconv.Atoi(f[1])
				spans = append(spans, [2]int{s, e})
			}
			tbs[p[0]] = tb{spans, p[2]}
		case strings.HasPrefix(p[0], "E") && len(p) >= 2:
			ev := map[string]string{}
			for _, kv := range strings.Fields(p[1]) {
				k, v, _ := strings.Cut(kv, ":")
				ev[k] = v
			}
			events = append(events, ev)
		}
	}
	runes := []rune(text)
	var g polnearGold
	for _, ev := range events {
		cont, ok := tbs[ev["Content"]]
		if !ok {
			continue
		}
		var named []string
		for _, w := range reGoldName.FindAllString(tbs[ev["Source"]].text, -1) {
			if lw := strings.ToLower(w); !notNamed[strings.Trim(lw, ".")] && len(w) > 2 {
				named = append(named, lw)
			}
		}
		for _, sp := range cont.spans {
			g.contents = append(g.contents, sp)
			seg := string(runes[sp[0]:sp[1]])
			for _, m := range reQuote.FindAllStringSubmatchIndex(seg, -1) {
				if len(strings.Fields(seg[m[2]:m[3]])) < 3 || utf8.RuneCountInString(seg[m[2]:m[3]]) > 2000 {
					continue
				}
				s := sp[0] + utf8.RuneCountInString(seg[:m[2]])
				e := s + utf8.RuneCountInString(seg[m[2]:m[3]])
				hasName := 0
				if len(named) > 0 {
					hasName = 1
				}
				g.quotes = append(g.quotes, [3]int{s, e, hasName})
				g.named = append(g.named, named)
			}
		}
	}
	return g
}

// TestQualityOnPolNeAR extracts the 840 PolNeAR articles as a plain
// corpus and scores the quotations and the people named as
// score_polnear.py does, failing below floors a little under the numbers
// in README ("How well it reads"). It takes a few seconds: skipped with
// -short, and where the corpus is not beside the repository.
func TestQualityOnPolNeAR(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 840 articles; run without -short")
	}
	arts, ok := polnearArticles(t)
	if !ok {
		t.Skip("no PolNeAR corpus beside the repository")
	}
	parts := timeline.Parts{Articles: arts, Outlets: []timeline.Outlet{{ID: "o", Name: "Outlet"}}, Countries: map[string]string{}}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	extract.Into(&parts, ids, extract.Options{})
	names := map[string]string{}
	for _, a := range parts.Actors {
		names[a.ID] = strings.ToLower(strings.Join(append([]string{a.Name}, a.Aliases...), " "))
	}
	byArt := map[string][]polnearExt{}
	runeSpan := func(text string, s, e int) (int, int) {
		rs := utf8.RuneCountInString(text[:s])
		return rs, rs + utf8.RuneCountInString(text[s:e])
	}
	texts := map[string]string{}
	for _, a := range arts {
		texts[a.ID] = a.Text.Verbatim()
	}
	for _, q := range parts.Quotes {
		s, e := runeSpan(texts[q.Span.Article], q.Span.Start, q.Span.End)
		byArt[q.Span.Article] = append(byArt[q.Span.Article], polnearExt{s, e, names[q.Speaker]})
	}
	first := map[string]string{}
	annDir := filepath.Join(polnearDir, "attributions")
	entries, _ := os.ReadDir(annDir)
	for _, e := range entries {
		doc := e.Name()[:len(e.Name())-len("-xxxx.ann")]
		if _, ok := first[doc]; !ok {
			first[doc] = e.Name()
		}
	}
	var marks, twins polnearTally
	for _, a := range arts {
		fn, ok := first[a.ID]
		if !ok {
			continue
		}
		marks.add(readPolnearGold(t, filepath.Join(annDir, fn), texts[a.ID], reGoldQuote), byArt[a.ID], true)
		twins.add(readPolnearGold(t, filepath.Join(annDir, fn), texts[a.ID], reTwinQuote), byArt[a.ID], false)
	}
	recall, precision, speakers := marks.ratio(marks.found, marks.gold), marks.ratio(marks.inContent, marks.extracted), marks.ratio(marks.right, marks.named)
	people := polnearPeople(t, parts, names)
	t.Logf("PolNeAR: direct-quote recall %.3f (%d/%d), precision %.3f (%d/%d), named speaker %.3f (%d/%d), people named %.3f",
		recall, marks.found, marks.gold, precision, marks.inContent, marks.extracted, speakers, marks.right, marks.named, people)
	twinRecall, twinSpeakers := twins.ratio(twins.found, twins.gold), twins.ratio(twins.right, twins.named)
	t.Logf("PolNeAR, quotations in two apostrophes (not scored by score_polnear.py): recall %.3f (%d/%d), named speaker %.3f (%d/%d)",
		twinRecall, twins.found, twins.gold, twinSpeakers, twins.right, twins.named)
	if recall < 0.96 || precision < 0.96 || speakers < 0.949 || people < 0.91 || twinRecall < 0.96 || twinSpeakers < 0.940 {
		t.Errorf("below the floors: recall %.2f (0.96), precision %.2f (0.96), named speaker %.3f (0.949), people %.2f (0.91); in two apostrophes, recall %.2f (0.96), named speaker %.3f (0.940)",
			recall, precision, speakers, people, twinRecall, twinSpeakers)
	}
}

// polnearExt is an extracted quotation, in characters, with its
// speaker's names.
type polnearExt struct {
	s, e    int
	speaker string
}

// polnearTally counts, over articles, the gold quotations found and
// rightly credited, and the extracted ones inside an annotated content.
type polnearTally struct {
	gold, found, named, right, extracted, inContent int
}

func (c *polnearTally) ratio(n, d int) float64 { return float64(n) / float64(max(d, 1)) }

// add scores one article's extracted quotations xs against its gold g;
// precise says whether to count the extracted quotations' precision too.
func (c *polnearTally) add(g polnearGold, xs []polnearExt, precise bool) {
	overlap := func(a, b, c, d int) int { return max(0, min(b, d)-max(a, c)) }
	for i, q := range g.quotes {
		c.gold++
		var hits []polnearExt
		for _, x := range xs {
			if 2*overlap(q[0], q[1], x.s, x.e) >= q[1]-q[0] {
				hits = append(hits, x)
			}
		}
		if len(hits) == 0 {
			continue
		}
		c.found++
		if q[2] == 0 {
			continue
		}
		c.named++
	hit:
		for _, x := range hits {
			for _, w := range g.named[i] {
				if strings.Contains(x.speaker, strings.Trim(w, ".")) {
					c.right++
					break hit
				}
			}
		}
	}
	if !precise {
		return
	}
	for _, x := range xs {
		c.extracted++
		for _, ct := range g.contents {
			if 2*overlap(x.s, x.e, ct[0], ct[1]) >= x.e-x.s {
				c.inContent++
				break
			}
		}
	}
}

// polnearPeople is the share of the people CoreNLP finds in each article
// (by the last word of the name) that an actor mentioned or quoted in that
// article goes by.
func polnearPeople(t *testing.T, parts timeline.Parts, names map[string]string) float64 {
	src, err := os.ReadFile(filepath.Join(polnearDir, "corenlp_entities.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ents map[string][]struct{ Type, Text string }
	if err := json.Unmarshal(src, &ents); err != nil {
		t.Fatal(err)
	}
	inArt := map[string]map[string]bool{}
	add := func(art, id string) {
		if inArt[art] == nil {
			inArt[art] = map[string]bool{}
		}
		inArt[art][id] = true
	}
	for _, a := range parts.Actors {
		for _, m := range a.Mentions {
			add(m.Article, a.ID)
		}
	}
	for _, q := range parts.Quotes {
		add(q.Span.Article, q.Speaker)
	}
	n, ok := 0, 0
	for _, a := range parts.Articles {
		var have []string
		for id := range inArt[a.ID] {
			have = append(have, names[id])
		}
		all := " " + strings.Join(have, " ") + " "
		seen := map[string]bool{}
		for _, e := range ents[a.ID] {
			if e.Type != "PERSON" || len(e.Text) <= 2 {
				continue
			}
			w := strings.Fields(e.Text)
			last := strings.ToLower(w[len(w)-1])
			if seen[last] {
				continue
			}
			seen[last] = true
			n++
			if regexp.MustCompile(`\b` + regexp.QuoteMeta(last) + `\b`).MatchString(all) {
				ok++
			}
		}
	}
	return float64(ok) / float64(n)
}

// TestDatesOnTimeBank lists the date phrases of TimeBank's documents as
// the export does and scores them as score_timeml.py does: found where a
// human marked a date, and read to the same value.
func TestDatesOnTimeBank(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(timebankDir, "gold.json"))
	if err != nil {
		t.Skip("no TimeBank corpus beside the repository")
	}
	var gold map[string]struct {
		DCT     string `json:"dct"`
		Timexes []struct {
			Start, End  int
			Type, Value string
		} `json:"timexes"`
	}
	if err := json.Unmarshal(src, &gold); err != nil {
		t.Fatal(err)
	}
	norm := regexp.MustCompile(`^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{3})$`)
	docs := make([]string, 0, len(gold))
	for d := range gold {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	var gN, gFound, gVal, xN, xOK, xVal int
	for _, doc := range docs {
		g := gold[doc]
		b, err := os.ReadFile(filepath.Join(timebankDir, doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		dct, err := timeline.ParseDate(g.DCT, timeline.Day)
		if err != nil {
			t.Fatal(err)
		}
		type found struct {
			s, e  int
			value string
		}
		var xs []found
		for _, d := range extract.FindDates(text, dct) {
			s := utf8.RuneCountInString(text[:d.Start])
			xs = append(xs, found{s, s + utf8.RuneCountInString(d.Phrase), timemlValue(d.From)})
		}
		for _, tx := range g.Timexes {
			if tx.Type != "DATE" || !norm.MatchString(tx.Value) {
				continue
			}
			gN++
			hit, val := false, false
			for _, x := range xs {
				if min(x.e, tx.End) > max(x.s, tx.Start) {
					hit = true
					val = val || x.value == tx.Value
				}
			}
			if hit {
				gFound++
			}
			if val {
				gVal++
			}
		}
		for _, x := range xs {
			xN++
			hit, val := false, false
			for _, tx := range g.Timexes {
				if min(x.e, tx.End) > max(x.s, tx.Start) {
					hit = true
					val = val || x.value == tx.Value
				}
			}
			if hit {
				xOK++
			}
			if val {
				xVal++
			}
		}
	}
	f1 := func(p, r float64) float64 { return 2 * p * r / (p + r) }
	det := f1(float64(xOK)/float64(xN), float64(gFound)/float64(gN))
	val := f1(float64(xVal)/float64(xN), float64(gVal)/float64(gN))
	t.Logf("TimeBank (%d docs, %d dates): detection F1 %.3f, value F1 %.3f", len(docs), gN, det, val)
	if det < 0.96 || val < 0.88 {
		t.Errorf("below the floors: detection F1 %.2f (0.96), value F1 %.2f (0.88)", det, val)
	}
}

// timemlValue writes a date as TimeML does: 1998-08-07, 1998-W32, 1998-08,
// 1998, 199 for the 1990s.
func timemlValue(d timeline.Date) string {
	iso := d.ISO()
	switch d.Precision {
	case timeline.Day:
		return iso
	case timeline.Week:
		y, w := d.First().ISOWeek()
		return strconv.Itoa(y) + "-W" + twoDigits(w)
	case timeline.Month:
		return iso[:7]
	case timeline.Year:
		return iso[:4]
	case timeline.Decade:
		return iso[:3]
	}
	return iso
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
