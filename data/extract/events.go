package extract

import (
	"fmt"
	"math"
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
}

// readMentions reads a's dated sentences as mentions of happenings,
// kept with the quotations a gave until every article is read: only
// then is it known which words are common to the corpus (see
// buildEvents).
func (x *extractor) readMentions(a *timeline.Article, r *reader, furniture []Furniture, dates []Date) {
	var view string
	for _, c := range x.candidates(a, r, furniture, dates) {
		if view == "" {
			view = string(r.mask)
		}
		x.pending = append(x.pending, x.mentionsOf(a, view, c)...)
	}
	x.read = append(x.read, readArticle{a, slices.Clone(x.quoted)})
	x.quoted = x.quoted[:0]
}

// readArticle is an article read, with the quotations it gave.
type readArticle struct {
	article *timeline.Article
	quoted  []timeline.Quote
}

// buildEvents joins every mention, in the order read, to the event it
// reports (see bestJoin), or starts an event with it; then ties each
// article's statements to its events.
func (x *extractor) buildEvents(rep *Report) {
	x.weights = stemWeights(x.pending)
	for _, m := range x.pending {
		for _, st := range m.stems {
			if w := x.weights[st]; w >= minTelling {
				m.telling, m.weights = append(m.telling, st), append(m.weights, w)
			}
		}
	}
	sourcedIn := map[string][]sourced{}
	for _, m := range x.pending {
		if j, ok := x.bestJoin(m); ok {
			if j.same {
				continue // the article already reports it
			}
			x.join(m, j)
			m.event = j.event
			rep.Sources++
		} else {
			x.addEvent(x.newEvent(m), newExtractedCluster(m))
			m.event = len(x.parts.Events) - 1
			rep.Events++
		}
		sourcedIn[m.article.ID] = append(sourcedIn[m.article.ID], sourced{m.event, m.start, m.end})
	}
	x.pending = nil
	for _, r := range x.read {
		x.sourced, x.quoted = sourcedIn[r.article.ID], r.quoted
		x.linkStatements(r.article)
	}
	x.read = nil
}

// stemWeights says how much sharing each stem tells: log(N/df)/log(N)
// over the N mentions, df of which hold it. A stem in one mention weighs
// 1; one every mention holds ("campaign" in a campaign's coverage), 0.
func stemWeights(ms []*mention) map[string]float64 {
	df := map[string]int{}
	for _, m := range ms {
		for _, s := range m.stems {
			df[s]++
		}
	}
	w := make(map[string]float64, len(df))
	n := math.Log(float64(max(len(ms), 2)))
	for s, d := range df {
		w[s] = math.Log(float64(max(len(ms), 2))/float64(d)) / n
	}
	return w
}

// mentionsOf reads c as one mention per happening it dates: its dates
// fall in groups that agree (one covers the other), and a sentence whose
// dates disagree ("an attack in July was followed by another in
// September") reports one happening per group, each read from the words
// between the groups around it.
func (x *extractor) mentionsOf(a *timeline.Article, view string, c candidate) []*mention {
	var groups [][]Date
	for _, d := range c.dates {
		k := slices.IndexFunc(groups, func(g []Date) bool {
			return timeline.RangeCovers(g[0].From, g[0].To, d.From, d.To) || timeline.RangeCovers(d.From, d.To, g[0].From, g[0].To)
		})
		if k < 0 {
			groups = append(groups, []Date{d})
		} else {
			groups[k] = append(groups[k], d)
		}
	}
	out := make([]*mention, 0, len(groups))
	for k, g := range groups {
		lo, hi := c.start, c.end
		if len(groups) > 1 {
			for _, o := range groups[:k] {
				lo = max(lo, o[len(o)-1].End)
			}
			for _, o := range groups[k+1:] {
				hi = min(hi, o[0].Start)
			}
			if hi <= lo {
				lo, hi = c.start, c.end
			}
		}
		// a date dates the clause it stands in: clauses a semicolon
		// joins are told apart ("X blames Tehran for attacks in July,
		// will meet …; Dutch PM also slated to land this week")
		first, last := g[0].Start, g[len(g)-1].End
		if lo <= first && first <= last && last <= hi {
			if i := strings.LastIndexByte(view[lo:first], ';'); i >= 0 {
				lo += i + 1
			}
			if i := strings.IndexByte(view[last:hi], ';'); i >= 0 {
				hi = last + i
			}
		}
		m := &mention{article: a, outlet: a.Outlet, start: c.start, end: c.end, from: lo, to: hi, date: g[0], dates: g, all: c.dates,
			caption: c.caption}
		for _, n := range c.names {
			if n.start >= lo && n.end <= hi && !slices.Contains(m.actors, n.id) {
				m.actors = append(m.actors, n.id)
			}
			if n.start >= lo && n.end <= hi && x.lx.actor(n.id).Kind == timeline.Person {
				m.people = append(m.people, n)
			}
		}
		if len(m.actors) == 0 {
			m.actors = c.actors
		}
		for _, n := range c.names {
			if n.start < lo && x.lx.actor(n.id).Kind == timeline.Person {
				m.subject = surname(x.lx.actor(n.id).Name)
				break
			}
		}
		m.stems = stemsOf(view, lo, hi, c.skip)
		for _, d := range g {
			m.spans = append(m.spans, daysOf(d.From, d.To))
		}
		out = append(out, m)
	}
	return out
}

// surname is the last of name's words: a person's surname.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// newExtractedCluster is the cluster of an event m starts.
func newExtractedCluster(m *mention) *cluster {
	cl := &cluster{stems: map[string]int{}, basis: 0, basisDate: m.date, days: daysOf(m.date.From, m.date.To)}
	for _, s := range m.stems {
		cl.stems[s]++
	}
	cl.mentions = []mention{*m}
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
}

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
	for m := m0; m <= m1; m++ {
		k := actorMonth{id, m}
		if p := x.byMonth[k]; len(p) == 0 || p[len(p)-1] != i {
			x.byMonth[k] = append(p, i)
		}
	}
}

// wideMonths is the most months an event's dates span for it to be
// indexed by month.
const wideMonths = 24

type actorMonth struct {
	actor string
	month int
}

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
func (x *extractor) candidates(a *timeline.Article, r *reader, furniture []Furniture, dates []Date) []candidate {
	var out []candidate
	at := map[[2]int]int{} // sentence -> index in out
	for _, d := range dates {
		if len(out) >= maxCandidates {
			break
		}
		pi := paragraphAt(r.paras, d.Start, d.End)
		if pi < 0 {
			continue
		}
		lo, hi := r.paras[pi].start, r.paras[pi].end
		f, inFurniture := furnitureOver(furniture, lo, d.Start, d.End)
		caption := inFurniture && f.Kind == Caption
		if inFurniture && !caption {
			continue
		}
		if dateline(a.Text.Verbatim(), lo, d) {
			continue
		}
		s, e := sentence(r.mask, lo, hi, d.Start)
		if i, ok := at[[2]int{s, e}]; ok {
			out[i].dates = append(out[i].dates, d)
			out[i].skip = addSkip(out[i].skip, d.Start, d.End)
			continue
		}
		var actors []string
		var skip [][2]int
		names := r.find(a.Text.Verbatim(), s, e)
		for _, m := range names {
			skip = append(skip, [2]int{m.start, m.end})
			if !slices.Contains(actors, m.id) {
				actors = append(actors, m.id)
			}
		}
		if len(actors) == 0 {
			continue
		}
		at[[2]int{s, e}] = len(out)
		end := e
		for end > s && a.Text[end-1] == ' ' {
			end--
		}
		out = append(out, candidate{start: s, end: end, dates: []Date{d}, actors: actors, caption: caption, skip: addSkip(skip, d.Start, d.End), names: names})
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
		for m := lo; m <= hi; m++ {
			out = append(out, latest(x.byMonth[actorMonth{id, m}])...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *extractor) newEvent(m *mention) timeline.Event {
	a, d := m.article, m.date
	src := timeline.Source{Span: spanOf(a, m.start, m.end), Caption: m.caption, Extracted: true}
	if readsBack(d, a.Published) {
		src.When, src.Tense = d.Phrase, d.Tense
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
// "JERUSALEM, Oct. 24 (CWS) - ").
var reLead = lazyRegexp(`^(?:\d{1,2}:\d{2}\s*[—–-]\s*|\p{Lu}[\p{Lu} .'’-]+(?:,[^—–\n]{0,30})?\s[—–-]\s)`)

// readsBack reports whether the dataset's own check will read d's phrase
// as FindDates did; a source cites its date phrase only then.
func readsBack(d Date, published timeline.Date) bool {
	from, to, err := timeline.Resolve(d.Phrase, published, d.Tense)
	return err == nil && from == d.From && to == d.To
}

// linkStatements ties the statements first quoted in a to the events a
// reports: those with a source in the quotation's paragraph, else the
// nearest one before it in the article, else the nearest after. That is
// where the explorer shows them. It reads only what a gave: the sources
// and quotations added while reading it.
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
