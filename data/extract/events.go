package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// candidate is a sentence with date phrases and the actors it names.
type candidate struct {
	start, end int
	dates      []Date // in order; a dateline's date is not among them
	actors     []string
	caption    bool
	skip       [][2]int // the names and date phrases in it, by position
	names      []match  // the actors' names in it
	group      bool     // its subject is a group or a happening (see subjectOf)
	event      []string // the happening its subject names, its action classes
	verb       int      // where a group subject's main verb stands
	short      []match  // what may name an actor by a short name (see shortNames)
	head       string   // the head noun of a definite subject (see storyHead)
	pronoun    []string // whom its pronoun subject stands for, naming no one (see cluster_pronoun.go)
}

// newExtractedCluster is the cluster of an event m starts.
func newExtractedCluster(m *mention) *cluster {
	cl := &cluster{stems: map[string]int{}, basis: 0, basisDate: m.date, days: daysOf(m.date.From, m.date.To)}
	for _, s := range m.stems {
		cl.stems[s]++
	}
	cl.mentions = []mention{*m}
	cl.group = m.group
	cl.entity = m.entity
	cl.named = m.named && len(m.actors) > 0
	return cl
}

// sourced is a source the article being read gave an event: the event's
// index and the source's bytes.
type sourced struct {
	event      int
	start, end int
}

// addEvent appends e with its cluster and indexes it by its actors.
func (x *extractor) addEvent(e timeline.Event, cl *cluster) {
	x.parts.Events = append(x.parts.Events, e)
	x.clusters = append(x.clusters, cl)
	x.indexEvent(len(x.parts.Events) - 1)
}

// indexEvent indexes event i by its actors, and by each actor and month
// its dates touch, unless they span more than wideMonths: a sentence's
// date agrees only with events whose dates overlap its own or come near
// it, so the events of the months it touches are the only ones to read.
func (x *extractor) indexEvent(i int) {
	for _, id := range x.parts.Events[i].Actors {
		x.indexActor(i, id)
	}
	x.indexDate(i)
}

// indexDate indexes event i by its dates exactly, where a sentence that
// shares no actor with it finds it (see candidateEvents). An event whose
// date is refined is indexed again; its old entry is skipped.
func (x *extractor) indexDate(i int) {
	e := &x.parts.Events[i]
	k := dateSpan{e.Start, e.End}
	x.byDate[k] = append(x.byDate[k], i)
	if len(e.Actors) == 0 {
		x.bareByDate[k] = append(x.bareByDate[k], i)
	}
}

// dateSpan is an event's or a date phrase's dates, as a key.
type dateSpan struct{ from, to timeline.Date }

// indexActor indexes event i under actor id.
func (x *extractor) indexActor(i int, id string) {
	e := &x.parts.Events[i]
	m0, m1 := monthsOf(e.Start, e.End)
	if p := x.byActor[id]; len(p) == 0 || p[len(p)-1] != i {
		x.byActor[id] = append(p, i)
	}
	if m1-m0 > wideMonths {
		x.wideByActor[id] = append(x.wideByActor[id], i)
		return
	}
	months := x.byMonth[id]
	if months == nil {
		months = map[int][]int{}
		x.byMonth[id] = months
	}
	for m := m0; m <= m1; m++ {
		if p := months[m]; len(p) == 0 || p[len(p)-1] != i {
			months[m] = append(p, i)
		}
	}
}

// wideMonths is the most months an event's dates span for it to be
// indexed by month.
const wideMonths = 24

// monthsOf returns the first and last months (counted from year 0) that
// the dates from..to touch.
func monthsOf(from, to timeline.Date) (int, int) {
	last := from
	if !to.IsZero() {
		last = to
	}
	f, l := from.First(), last.Last()
	return f.Year()*12 + int(f.Month()) - 1, l.Year()*12 + int(l.Month()) - 1
}

// maxCandidates bounds the dated sentences read in one article: a news
// article has tens.
const maxCandidates = 500

// candidates returns one candidate per dated sentence that names a known
// actor, at most maxCandidates: the sentence's first date phrase dates it.
// subjects, when not nil, holds what readDateSubject reads of the
// sentence of each of dates, read ahead (dateSubjects), and where
// datedSentence found that sentence: it is not looked for again.
func (x *extractor) candidates(a *timeline.Article, r *reader, furniture []Furniture, dates []Date, subjects []dateSubject) []candidate {
	var out []candidate
	at := map[[2]int]int{} // sentence -> index in out
	for i, d := range dates {
		if len(out) >= maxCandidates {
			break
		}
		var pi, s, e int
		var caption, ok bool
		if subjects != nil {
			pi, s, e, caption, ok = subjects[i].pi, subjects[i].s, subjects[i].e, subjects[i].caption, subjects[i].found
		} else {
			pi, s, e, caption, ok = datedSentence(a.Text.Verbatim(), r.mask, r.paras, furniture, d)
		}
		if !ok {
			continue
		}
		if i, ok := at[[2]int{s, e}]; ok {
			out[i].dates = append(out[i].dates, d)
			out[i].skip = addSkip(out[i].skip, d.Start, d.End)
			continue
		}
		var actors []string
		var skip [][2]int
		names := r.find(a.Text.Verbatim(), s, e)
		if lead := s + len(reLead().FindString(a.Text.Verbatim()[s:e])); lead > s {
			// a dateline's agency, "CALDERPORT (MNA) - ": who wrote it,
			// not who took part; its place may be where it happened
			// (rec28r)
			agency := func(m match) bool {
				return m.end <= lead && strings.Contains(a.Text.Verbatim()[s:m.start], "(") && !strings.Contains(a.Text.Verbatim()[s:m.start], ")")
			}
			for _, m := range names {
				if agency(m) {
					skip = append(skip, [2]int{m.start, m.end})
				}
			}
			names = slices.DeleteFunc(slices.Clone(names), agency)
		}
		for _, m := range names {
			skip = append(skip, [2]int{m.start, m.end})
			if !slices.Contains(actors, m.id) {
				actors = append(actors, m.id)
			}
		}
		var sub dateSubject
		if subjects != nil {
			sub = subjects[i]
		} else {
			sub = readDateSubject(a.Text.Verbatim(), s, e, d)
		}
		group, event, verb, head := sub.group, sub.event, sub.verb, sub.head
		short := shortNames(a.Text.Verbatim(), s, e, names, dates)
		var pronoun []string
		if !group && head == "" {
			pronoun = x.pronounActors(a.Text.Verbatim(), r, pi, s, e, d) // rec28n: see cluster_pronoun.go
			if len(actors) == 0 && len(short) == 0 && len(pronoun) == 0 {
				continue
			}
		}
		at[[2]int{s, e}] = len(out)
		end := e
		for end > s && a.Text[end-1] == ' ' {
			end--
		}
		out = append(out, candidate{start: s, end: end, dates: []Date{d}, actors: actors, caption: caption, skip: addSkip(skip, d.Start, d.End), names: names,
			group: group, event: event, verb: verb, short: short, head: head, pronoun: pronoun})
	}
	return out
}

// addSkip inserts [start, end) into skip, kept sorted by start.
func addSkip(skip [][2]int, start, end int) [][2]int {
	i, _ := slices.BinarySearchFunc(skip, start, func(r [2]int, s int) int { return r[0] - s })
	return slices.Insert(skip, i, [2]int{start, end})
}

// dateline reports whether d opens its paragraph as a dateline does:
// "JERUSALEM, Oct. 24 (CWS) -" dates the report, not what it reports.
func dateline(text string, lo int, d Date) bool {
	head := text[lo:d.Start]
	after := strings.TrimLeft(text[d.End:min(len(text), d.End+12)], " ")
	return len(head) < 40 && strings.HasSuffix(strings.TrimSpace(head), ",") && strings.ToUpper(head) == head &&
		(strings.HasPrefix(after, "(") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–"))
}

// sharingActors returns, in order, the events that name any of actors
// and whose dates touch the months of d's (or, for a day or a week, the
// month either side, where a clashing date may be): the only ones a
// sentence naming them and dated by d can report. Of each
// actor's events in a month, the latest maxScanned are read.
func (x *extractor) sharingActors(actors []string, d Date) []int {
	var out []int
	m0, m1 := monthsOf(d.From, d.To)
	latest := func(p []int) []int { return p[max(0, len(p)-maxScanned):] }
	for _, id := range actors {
		if m1-m0 > wideMonths {
			out = append(out, latest(x.byActor[id])...)
			continue
		}
		out = append(out, latest(x.wideByActor[id])...)
		lo, hi := m0, m1
		if d.From.Precision <= timeline.Week {
			lo, hi = m0-1, m1+1 // a clash with an event of the month before or after
		}
		months := x.byMonth[id] // looked up once, not once a month
		for m := lo; m <= hi && months != nil; m++ {
			out = append(out, latest(months[m])...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *extractor) newEvent(m *mention) timeline.Event {
	a, d := m.article, m.date
	src := timeline.Source{Span: spanOf(a, m.start, m.end), Caption: m.caption, Extracted: true}
	if t, ok := readsBack(d, a.Published); ok {
		src.When, src.Tense = d.Phrase, t
	}
	return timeline.Event{
		ID:        x.unique(fmt.Sprintf("%s-x-%s", d.From.ISO(), slug(firstWords(a.Text[m.start:m.end].String(), 5)))),
		Start:     d.From,
		End:       d.To,
		Actors:    slices.Clone(m.actors),
		Sources:   []timeline.Source{src},
		Extracted: true,
	}
}

// reLead matches what opens a sentence without being its news: a live
// page's time stamp ("09:40 — ") or a dateline ("STAVNA — ",
// "JERUSALEM, Oct. 24 (CWS) - ", "CALDERPORT (MNA) - ").
var reLead = lazyRegexp(`^(?:\d{1,2}:\d{2}\s*[—–-]\s*|\p{Lu}[\p{Lu} .'’-]+(?:,[^—–\n]{0,30}|\s\([^()\n]{1,24}\))?\s[—–-]\s)`)

// readsBack reports whether the dataset's own check will read d's phrase
// as FindDates did, and in which tense; a source cites its date phrase
// only then. A month or a day of a month named without its year is read
// from the sentence around it ("the vote on March 1" written in
// February looks ahead): the tense that reads it alike says which way.
func readsBack(d Date, published timeline.Date) (timeline.Tense, bool) {
	for _, t := range []timeline.Tense{d.Tense, 1 - d.Tense} {
		from, to, err := timeline.Resolve(d.Phrase, published, t)
		if err == nil && from == d.From && to == d.To {
			return t, true
		}
	}
	return d.Tense, false
}

// linkStatements ties the statements first quoted in a to the events a
// reports: those whose source holds the quotation (the sentence that
// quotes it reports them), else those with a source in the quotation's
// paragraph, else the nearest one before it in the article, else the
// nearest after. That is where the explorer shows them. It reads only
// what a gave: the sources and quotations added while reading it.
func (x *extractor) linkStatements(a *timeline.Article) {
	sources := x.sourced
	x.sourced = x.sourced[:0]
	quotes := x.quoted
	x.quoted = x.quoted[:0]
	if len(sources) == 0 {
		return
	}
	slices.SortStableFunc(sources, func(p, q sourced) int { return p.event - q.event })
	var order []string                       // statements in order of first quotation in a
	firstQuote := map[string]timeline.Span{} // statement -> its first quotation in a
	for _, q := range quotes {
		if _, ok := firstQuote[q.Statement]; !ok {
			firstQuote[q.Statement] = q.Span
			order = append(order, q.Statement)
		}
	}
	slices.SortFunc(order, func(p, q string) int { return x.statements[p].order - x.statements[q].order })
	paras := paragraphs(a.Text.Verbatim())
	paraOf := func(off int) int {
		return sort.Search(len(paras), func(i int) bool { return paras[i].end >= off })
	}
	for _, id := range order {
		s := &x.parts.Statements[x.statements[id].order]
		q := firstQuote[id]
		if !s.Extracted || len(s.Events) > 0 {
			continue
		}
		for _, src := range sources {
			eid := x.parts.Events[src.event].ID
			if src.start <= q.Start && q.End <= src.end && !slices.Contains(s.Events, eid) {
				s.Events = append(s.Events, eid)
			}
		}
		if len(s.Events) > 0 {
			continue
		}
		p := paraOf(q.Start)
		for _, src := range sources {
			eid := x.parts.Events[src.event].ID
			if paraOf(src.start) == p && !slices.Contains(s.Events, eid) {
				s.Events = append(s.Events, eid)
			}
		}
		if len(s.Events) > 0 {
			continue
		}
		best, dist := "", -1
		for _, src := range sources {
			d := q.Start - src.end // before the quotation: positive
			if d < 0 {
				d = len(a.Text) + src.start - q.End // after: worse than any before
			}
			if dist < 0 || d < dist {
				best, dist = x.parts.Events[src.event].ID, d
			}
		}
		s.Events = []string{best}
	}
}
