package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// want is one expected quotation: where it is, who said it, and which
// statement it renders.
type want struct {
	span    timeline.Span
	speaker []string // names any of which identify the speaker
	group   string
}

// got is one extracted quotation.
type got struct {
	span      timeline.Span
	speaker   []string
	statement string
}

// quality is how an extraction compares with the expected quotations.
type quality struct {
	quotes, found, extracted, correct int // expected, of them found; extracted, of them expected
	speakers, speakersRight           int // found quotations, of them with the right speaker
	pairs, pairsFound                 int // expected same-statement pairs, of them grouped together
	grouped, groupedRight             int // extracted same-statement pairs, of them expected
}

func (q quality) recall() float64    { return ratio(q.found, q.quotes) }
func (q quality) precision() float64 { return ratio(q.correct, q.extracted) }
func (q quality) speakerAccuracy() float64 {
	return ratio(q.speakersRight, q.speakers)
}
func (q quality) groupRecall() float64    { return ratio(q.pairsFound, q.pairs) }
func (q quality) groupPrecision() float64 { return ratio(q.groupedRight, q.grouped) }

func (q quality) String() string {
	return fmt.Sprintf("quotes: recall %.2f (%d/%d), precision %.2f (%d/%d); speakers: %.2f (%d/%d); groups: recall %.2f (%d/%d pairs), precision %.2f (%d/%d)",
		q.recall(), q.found, q.quotes, q.precision(), q.correct, q.extracted,
		q.speakerAccuracy(), q.speakersRight, q.speakers,
		q.groupRecall(), q.pairsFound, q.pairs, q.groupPrecision(), q.groupedRight, q.grouped)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// overlaps reports whether b covers at least half of a.
func overlaps(a, b timeline.Span) bool {
	if a.Article != b.Article {
		return false
	}
	shared := min(a.End, b.End) - max(a.Start, b.Start)
	return shared > 0 && 2*shared >= a.End-a.Start
}

// best returns the extracted quotation that covers at least half of s and
// is most like it (the most shared bytes over their union), or -1.
func best(s timeline.Span, gots []got) int {
	out, score := -1, 0.0
	for j, g := range gots {
		if !overlaps(s, g.span) {
			continue
		}
		shared := min(s.End, g.span.End) - max(s.Start, g.span.Start)
		union := max(s.End, g.span.End) - min(s.Start, g.span.Start)
		if sc := float64(shared) / float64(union); sc > score {
			out, score = j, sc
		}
	}
	return out
}

// sameSpeaker reports whether the names agree. A name that is the end of
// the other counts ("Foreign Ministry" for "Ostrania's Foreign Ministry",
// "Lapid" for "Yair Lapid"): the article named the speaker so.
func sameSpeaker(want, got []string) bool {
	norm := func(s string) string { return strings.ToLower(strings.ReplaceAll(s, "’", "'")) }
	for _, x := range want {
		for _, y := range got {
			if x, y := norm(x), norm(y); x == y || strings.HasSuffix(x, " "+y) {
				return true
			}
		}
	}
	return false
}

// measure matches extracted quotations to expected ones by overlap.
func measure(wants []want, gots []got) (quality, []string) {
	var q quality
	var misses []string
	match := make([]int, len(wants)) // index into gots, or -1
	for i, w := range wants {
		match[i] = best(w.span, gots)
		q.quotes++
		if match[i] < 0 {
			misses = append(misses, fmt.Sprintf("missed %s %q", w.span.Article, clip(w.span.Text.Verbatim())))
			continue
		}
		q.found++
		q.speakers++
		if g := gots[match[i]]; sameSpeaker(w.speaker, g.speaker) {
			q.speakersRight++
		} else {
			misses = append(misses, fmt.Sprintf("speaker of %s %q: got %v, want %v", w.span.Article, clip(w.span.Text.Verbatim()), g.speaker, w.speaker))
		}
	}
	for _, g := range gots {
		q.extracted++
		if slices.ContainsFunc(wants, func(w want) bool { return overlaps(g.span, w.span) }) {
			q.correct++
		} else {
			misses = append(misses, fmt.Sprintf("extra %s %q", g.span.Article, clip(g.span.Text.Verbatim())))
		}
	}
	for i := range wants {
		for j := i + 1; j < len(wants); j++ {
			same := wants[i].group != "" && wants[i].group == wants[j].group
			gi, gj := match[i], match[j]
			together := gi >= 0 && gj >= 0 && gots[gi].statement == gots[gj].statement
			if same {
				q.pairs++
				if together {
					q.pairsFound++
				} else {
					misses = append(misses, fmt.Sprintf("not grouped: %q with %q", clip(wants[i].span.Text.Verbatim()), clip(wants[j].span.Text.Verbatim())))
				}
			}
			if together && gi != gj {
				q.grouped++
				if same {
					q.groupedRight++
				} else {
					misses = append(misses, fmt.Sprintf("wrongly grouped: %q with %q", clip(wants[i].span.Text.Verbatim()), clip(wants[j].span.Text.Verbatim())))
				}
			}
		}
	}
	return q, misses
}

func clip(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func namesOf(ds *timeline.Dataset, id string) []string {
	a, ok := ds.Actor(id)
	if !ok {
		return []string{id}
	}
	return append([]string{a.Name}, a.Aliases...)
}

// TestQualityOnSeeds extracts quotations from the five embedded articles
// with only their actors known, and scores them against the curated
// quotes, speakers and statements.
func TestQualityOnSeeds(t *testing.T) {
	ds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	parts := timeline.Parts{Articles: ds.Articles(), Outlets: ds.Outlets(), Countries: ds.Countries()}
	for _, a := range ds.Actors() {
		a.Mentions, a.Roles = nil, nil
		parts.Actors = append(parts.Actors, a)
	}
	var ids []string
	for _, a := range ds.Articles() {
		ids = append(ids, a.ID)
	}
	extract.Into(&parts, ids, extract.Options{})
	var wants []want
	for _, q := range ds.Quotes() {
		wants = append(wants, want{span: q.Span, speaker: namesOf(ds, q.Speaker), group: q.Statement})
	}
	byID := map[string][]string{}
	for _, a := range parts.Actors {
		byID[a.ID] = append([]string{a.Name}, a.Aliases...)
	}
	var gots []got
	for _, q := range parts.Quotes {
		gots = append(gots, got{span: q.Span, speaker: byID[q.Speaker], statement: q.Statement})
	}
	q, misses := measure(wants, gots)
	t.Logf("seeds: %v", q)
	for _, m := range misses {
		t.Log(m)
	}
	if q.recall() < 0.9 || q.speakerAccuracy() < 0.9 {
		t.Errorf("quote recall %.2f and speaker accuracy %.2f on the seeds; both must be at least 0.9", q.recall(), q.speakerAccuracy())
	}
}
