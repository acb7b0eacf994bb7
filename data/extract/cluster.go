package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// An event is a cluster of mentions: sentences, in one article or
// several, that report the same happening. A sentence joins an event
// when they agree on what happened (they share content stems, see
// stemsOf), on who took part (they share actors) and on when (one's
// dates cover the other's). A date that falls in an event's range is
// not enough: a year-precision event would take in every sentence of its
// year naming its actors. Candidates are found through the index of
// events by actor and month, so a sentence is compared with the few
// events of its actors in its months, never with every event.

// cluster is what joining reads of one event; x.clusters[i] is
// parts.Events[i]'s.
type cluster struct {
	stems    map[string]int // content stem -> how many of its texts hold it
	curated  bool
	group    bool      // one of its mentions has a group subject
	named    bool      // one of its mentions names who took part (see mention.named)
	mentions []mention // an extracted event's sentences, in the order read
	// basis is the source whose date dates the event (-1: none does);
	// basisDate is that date.
	basis     int
	basisDate Date
	refined   string // how a more precise source refined the date, for the note
	days      days   // the event's dates
	conflicts []conflict
	grew      int    // the index in pending of the last mention that joined it or started it
	entity    string // the story entity its first mention was read for (see cluster_entity.go)
}

// holds reports whether s is one of the words the event's texts share: a
// curated event's, any of its texts; an extracted event's, a third of its
// mentions at least, so that a cluster does not grow by chaining, taking
// in a sentence that shares a word with only one of its mentions.
func (cl *cluster) holds(s string) bool {
	n := cl.stems[s]
	return n > 0 && (cl.curated || 3*n >= len(cl.mentions))
}

// span is the days of d, one of m's dates.
func (m *mention) span(d Date) days {
	for k := range m.dates {
		if m.dates[k].Start == d.Start && k < len(m.spans) {
			return m.spans[k]
		}
	}
	return daysOf(d.From, d.To)
}

// mention is a sentence, or the words of it around one group of its
// dates, reporting one happening.
type mention struct {
	article  *timeline.Article
	outlet   string
	start    int // the sentence
	end      int
	from, to int // the words of the sentence that report it
	// relative: those words are a relative clause on a person named
	// before it ("Scalia, who died in February,"): subject is that person
	relative bool
	stems    []string
	title    string // its title, once read (titled), and whether it is whole
	titled   bool
	whole    bool
	verb     string // the main verb of its title, once read (verbed; see mentionVerb)
	verbed   bool
	main     []string // the stems of its main clause, as its title reads it
	telling  []string // the stems weighing minTelling or more, and their weights
	weights  []float64
	date     Date
	dates    []Date // the date phrases of the sentence that date it
	all      []Date // every date phrase of the sentence
	spans    []days // dates' days, in order
	actors   []string
	people   []match // the people it names, for the title
	subject  string  // who the sentence names first, when the words reporting it do not
	head     string  // the head noun of its definite subject (see storyHead)
	entity   string  // head, when it is read as a mention for it alone (see cluster_entity.go)
	caption  bool
	subjects []string // the actors its sentence's subject names, then "" (rec28o: see cluster_rec3.go)
	pronoun  []string // whom its pronoun subject stands for, when it names no one (see cluster_pronoun.go)
	aside    bool     // a when-clause after a baseline date: it joins, never starts, an event (see mentionsOf)
	group    bool     // its subject is a group or a happening (see subjectOf)
	// named says it names who took part: its actors, unless its subject
	// is a group that names none of them ("Trains stopped running when
	// members of Ostrova's union stopped work": Ostrova stands aside)
	named bool
	noun  []string // the happening its subject names, its action classes
	// described are the stems of the words that say who its actors are
	// (see cluster_describe.go)
	described []described
	short     []match // what may name an actor by a short name, until resolveShort
	event     int     // index of the event it joined or started
	// anchor is what a mention waiting for its date counts from (see
	// resolveAnchored); nil once dated
	anchor *anchor
	// read is its index in pending when events were built: the order in
	// which judge weighed it (see unweighed)
	read int
}

// conflict is a source dating the event otherwise than its basis.
type conflict struct {
	source int
	date   Date
}

// Joining thresholds: an event and a sentence share at least one actor
// and content stems weighing minWeight in all, each further actor they
// share counting actorWeight (see stemWeights: a stem
// few sentences hold weighs near 1, one that most hold near 0); a date
// of very different precision (a year against a day) needs two stems
// weighing minStrong, and a date that contradicts the event's minConflict.
const (
	minTelling  = 0.25 // a stem weighing less tells nothing
	minWeight   = 0.9
	actorWeight = 0.25 // what each shared actor past the first adds to the stems' weight
	minStrong   = 1.3
	minConflict = 1.6
	maxScanned  = 64 // events read per actor and month, the latest first
)

// dateRelation is how a sentence's date stands to an event's.
type dateRelation int

const (
	apart    dateRelation = iota
	within                // the sentence's date lies inside the event's
	covering              // the sentence's date covers the event's
	clashing              // near, but they cannot both be right
)

// days is the first and last day of the dates from..to, counted from
// 1970: comparing two ranges is then four integer comparisons.
type days struct{ first, last int64 }

func daysOf(from, to timeline.Date) days {
	return days{from.First().Unix() / 86400, lastDay(from, to).Unix() / 86400}
}

// relate says how a date spanning d stands to an event's dates, e. Two
// dates that do not overlap clash when they are closer than the length
// of the longer: a day or two apart for days (the third against the
// fourth), a week for weeks, a month for months; further apart, they are
// two happenings.
func relate(d, e days) dateRelation {
	switch {
	case e.first <= d.first && d.last <= e.last:
		return within
	case d.first <= e.first && e.last <= d.last:
		return covering
	}
	slack := max(d.last-d.first, e.last-e.first, 2)
	if d.last < e.first && e.first-d.last <= slack || e.last < d.first && d.first-e.last <= slack {
		return clashing
	}
	return apart
}

func lastDay(start, end timeline.Date) time.Time {
	if end.IsZero() {
		return start.Last()
	}
	return end.Last()
}

// coarse reports whether two precisions are two steps apart or more: a
// month against a day, a year against a week.
func coarse(a, b timeline.Precision) bool {
	return a >= b+2 || b >= a+2
}

// newCuratedCluster is the cluster of a curated event: its title, summary and
// passages say what happened.
func newCuratedCluster(e *timeline.Event) *cluster {
	cl := &cluster{stems: map[string]int{}, curated: true, basis: -1, days: daysOf(e.Start, e.End)}
	add := func(s string) {
		for _, st := range stemsOf(s, 0, len(s), nil) {
			cl.stems[st]++
		}
	}
	add(e.Title)
	add(e.Summary)
	for k, s := range e.Sources {
		add(s.Text.Verbatim())
		if cl.basis < 0 && s.When != "" {
			cl.basis = k
			cl.basisDate = Date{Phrase: s.When, From: e.Start, To: e.End}
		}
	}
	return cl
}

// Scoring: of the events a mention may join, the one sharing most
// actors, stems and stems of the mention's main clause wins: who took
// part tells apart two happenings of one day better than words do, and
// the main clause says what the sentence reports.

// joinable is an event a mention may join, and how.
type joinable struct {
	event    int
	relation dateRelation
	score    float64
	same     bool // the event already cites the mention's article
	// loose: the dates agree only because the event's is far coarser
	// than the mention's ("c. 2022" holds any day of that year)
	loose bool
}

// bestJoin finds the event m reports: the one sharing most actors and
// stems, above the thresholds, among those its actors index in the
// months near its dates.
func (x *extractor) bestJoin(m *mention) (joinable, bool) {
	var best joinable
	found := false
	for _, d := range m.dates {
		for _, i := range x.candidateEvents(m, d) {
			j, ok := x.judge(m, d, i)
			if !ok {
				continue
			}
			// an article seldom reports one happening twice: an event it
			// has not reported yet comes first; then one whose dates agree
			// with the mention's before one whose dates clash, which
			// would make the two outlets disagree ("trapped after water
			// flooded the pit on Tuesday" reports Tuesday's flood, not the
			// rescue of Thursday another outlet dates Tuesday)
			if !found || better(j, best) {
				best, found = j, true
			}
		}
		if found {
			break
		}
	}
	return best, found
}

// better reports whether j comes before best among the events a
// mention may join (see bestJoin).
func better(j, best joinable) bool {
	if j.same != best.same {
		return !j.same
	}
	if jc, bc := j.relation == clashing, best.relation == clashing; jc != bc {
		if j.loose || best.loose {
			// a year's event holds any day of it: that says little
			// against a report of the same happening another outlet
			// dates a day apart ("hit by a second cyberattack on
			// Thursday, September 8" beside "on Friday")
			return j.score > best.score
		}
		return !jc
	}
	return j.score > best.score
}

// judge says whether m, dated d, may join event i.
func (x *extractor) judge(m *mention, d Date, i int) (joinable, bool) {
	e, cl := &x.parts.Events[i], x.clusters[i]
	rel := relate(m.span(d), cl.days)
	if rel == apart {
		return joinable{}, false
	}
	actors := 0
	for _, id := range m.actors {
		if slices.Contains(e.Actors, id) {
			actors++
		}
	}
	stems, weight, main := 0, 0.0, 0.0
	who := describedActors(m, e, cl) // prec28c: see cluster_describe.go
	for k, s := range m.telling {
		if cl.holds(s) && !x.agree.describes(s, who) {
			stems++
			weight += m.weights[k]
		}
	}
	if actors == 0 && !x.agreeWithoutActors(m, d, e, cl, rel, stems, weight) {
		return joinable{}, false
	}
	if actors > 0 && (stems == 0 || weight+actorWeight*float64(actors-1)+x.rareYear(d, e, stems) < minWeight) && !x.sameDayAction(m, d, e, cl) {
		return joinable{}, false
	}
	if (rel == clashing || coarse(d.From.Precision, e.Start.Precision)) && (stems < 2 || weight+actorWeight*float64(max(actors-1, 0)) < minStrong) {
		return joinable{}, false
	}
	if m.main == nil {
		t, _ := mentionTitle(m)
		m.main = append(stemsOf(t, 0, len(t), nil), "") // read once, even when empty
	}
	for _, s := range m.main {
		if cl.holds(s) {
			main += x.weights[s]
		}
	}
	if !x.agrees(m, d, e, cl, rel, actors, weight, main) { // prec28: see cluster_agree.go
		return joinable{}, false
	}
	same := slices.ContainsFunc(e.Sources, func(s timeline.Source) bool { return s.Article == m.article.ID && s.Caption == m.caption })
	if rel == clashing {
		// who took part can stand for words: two outlets' one-line
		// reports of the same two actors' talks a day apart
		if same || actors < 2 && weight < minConflict || cl.basis < 0 || x.outletOf(e.Sources[cl.basis].Article) == m.outlet {
			return joinable{}, false
		}
		if !x.soundClash(m, d, i) { // see cluster_clash.go
			return joinable{}, false
		}
	}
	if same && x.ownMain(m, cl) < minWeight {
		// the article reports the event elsewhere: this sentence, whose
		// main clause says something else, reports another happening
		return joinable{}, false
	}
	return joinable{event: i, relation: rel, score: 1.5*float64(actors) + weight + 3*main, same: same,
		loose: rel == within && coarse(d.From.Precision, e.Start.Precision)}, true
}

// rareYear is what sharing d tells when it is the event's very date, a
// month or a year few mentions give ("In 2022 the audit office told the
// trust", "A 2022 report by the audit office"): a happening long before
// the story that two outlets date alike, in two telling words at least,
// or a year and a month of it that both are (see yearAndMonths).
// Its weight is the date's (see dateWeights) past minRareDate, the
// lesser of the two's; 0 for a day, which sameDayAction weighs, and for
// a date many mentions give.
func (x *extractor) rareYear(d Date, e *timeline.Event, stems int) float64 {
	if stems < 2 || d.From.Precision < timeline.Month {
		return 0
	}
	w := x.dateWeights[dateSpan{d.From, d.To}]
	if d.From != e.Start || d.To != e.End {
		// a year and a month of it, both few mentions give ("since
		// 1987, when six miners drowned", "In February 1987 a flood
		// killed six men"), as agreeWithoutActors reads them
		if !slices.Contains(x.yearAndMonths(d), dateSpan{e.Start, e.End}) {
			return 0
		}
		w = min(w, x.dateWeights[dateSpan{e.Start, e.End}])
	}
	return max(w-minRareDate, 0)
}

// outletOf is the outlet of the article with id.
func (x *extractor) outletOf(id string) string {
	if a, ok := x.article(id); ok {
		return a.Outlet
	}
	return ""
}

// join adds m as a source of event j.event, refining the event's date
// when m's is compatible and more precise, and noting a clash.
func (x *extractor) join(m *mention, j joinable) {
	e, cl := &x.parts.Events[j.event], x.clusters[j.event]
	a := m.article
	src := timeline.Source{Span: spanOf(a, m.start, m.end), Caption: m.caption, Extracted: true}
	d := m.date
	for _, dd := range m.dates {
		if relate(m.span(dd), cl.days) == j.relation {
			d = dd
			break
		}
	}
	refined := false
	switch j.relation {
	case within:
		if refines(d, e) {
			refined = true
			from := timeline.FormatRange(e.Start, e.End)
			e.Start, e.End = d.From, d.To
			cl.days = daysOf(e.Start, e.End)
			cl.refined = from
			cl.basis, cl.basisDate = len(e.Sources), d
			x.indexDate(j.event)
			if cl.curated {
				e.DateNote = strings.TrimSpace(e.DateNote + " " + refinedNote(from, d, x.outletName(a.Outlet), a.ID))
			}
		}
		fallthrough
	case covering:
		if t, ok := readsBack(d, a.Published); ok && timeline.RangeCovers(d.From, d.To, e.Start, e.End) {
			src.When, src.Tense = d.Phrase, t
		}
	case clashing:
		cl.conflicts = append(cl.conflicts, conflict{source: len(e.Sources), date: d})
	}
	if refined && cl.curated && src.When != "" {
		// the curated event's date is now this source's: it says so, as
		// an extracted event's basis does (see describeEvent)
		for k := range e.Sources {
			e.Sources[k].Basis = false
		}
		src.Basis = true
	}
	e.Sources = append(e.Sources, src)
	for _, s := range m.stems {
		cl.stems[s]++
	}
	if !cl.curated {
		for _, id := range m.actors {
			if !slices.Contains(e.Actors, id) {
				e.Actors = append(e.Actors, id)
				x.indexActor(j.event, id)
			}
		}
		cl.mentions = append(cl.mentions, *m)
		cl.group = cl.group || m.group
		cl.named = cl.named || m.named && len(m.actors) > 0
	}
}

// refines reports whether d, inside e's dates, is more precise than them:
// a day in an event's week. An event that spans a range keeps it: a day
// in it dates its beginning or a part.
func refines(d Date, e *timeline.Event) bool {
	return e.End.IsZero() && d.To.IsZero() && d.From.Precision < e.Start.Precision
}

func refinedNote(from string, d Date, outlet, article string) string {
	return "Refined from " + from + " to " + timeline.FormatRange(d.From, d.To) + " by " + outlet + " (" + article + "): “" + d.Phrase + "”."
}

// outletName is the name of the outlet with id, or id.
func (x *extractor) outletName(id string) string {
	for _, o := range x.parts.Outlets {
		if o.ID == id {
			return o.Name
		}
	}
	return id
}

// sameDayAction reports whether m, dated d, and event e, with which it
// shares an actor, give the very same day and the same kind of news
// action ("Kessray Ferries apologised on Monday", "Kessray Ferries'
// chief executive came down on Monday to apologise"): then one action
// word says what words weighing minWeight would, since an actor seldom
// does one kind of thing twice in a day; or another outlet's mention in
// the event has the same subject noun, one m's words tell ("Ambulances
// were diverted to Pellham County Hospital", "ambulances … were sent on to
// Pellham County Hospital"). (Where the footing is weak, a
// commonly named actor or a date that anchors another happening, agrees
// asks more.) A curated event's words are its curator's: it is joined
// on them only.
func (x *extractor) sameDayAction(m *mention, d Date, e *timeline.Event, cl *cluster) bool {
	if cl.curated || d.From.Precision != timeline.Day || d.From != e.Start || d.To != e.End || !d.To.IsZero() {
		return false
	}
	if slices.ContainsFunc(m.telling, func(s string) bool { return eventClass(s) && cl.holds(s) }) {
		return true
	}
	// or the same thing as subject ("Ambulances were diverted to Pellham
	// County Hospital from Tuesday morning", "ambulances … began to be
	// sent on to Pellham County Hospital"), told by another outlet
	h := subjectStem(m)
	return h != "" && slices.Contains(m.telling, h) && slices.ContainsFunc(cl.mentions, func(o mention) bool {
		return o.outlet != m.outlet && subjectStem(&o) == h
	})
}

// subjectStem is the content stem of the head of m's subject, "" when
// none is read or it names no thing (a pronoun, a name).
func subjectStem(m *mention) string {
	sub, ok := readSubject(m.article.Text.Verbatim(), m.start, m.end, m.date)
	if !ok || sub.head < 0 || sub.head >= len(sub.ws) {
		return ""
	}
	w := strings.Trim(sub.ws[sub.head], ",;:.“”\"'’()")
	if w == "" || sub.head > 0 && startsUpper(w) {
		return ""
	}
	st, _ := contentStem(strings.ToLower(w))
	return st
}

// ownMain is what m's main clause shares with cl in words other than
// the names it holds: a sentence whose main clause shares with an event
// its article reports elsewhere only who took part and where ("Shares in
// Brenlow fell 18 percent in Pellham trading", "Brenlow chief executive
// Ruth Aldane flew in from the head office in Pellham") is not that
// event told again, and is kept (see judge).
func (x *extractor) ownMain(m *mention, cl *cluster) float64 {
	main := 0.0
	for _, s := range m.main {
		if _, ok := slices.BinarySearch(m.stems, s); ok && cl.holds(s) && !capitalisedStem(m.article.Text.Verbatim(), m.from, m.to, s) {
			main += x.weights[s]
		}
	}
	return main
}

// capitalisedStem reports whether s is the stem of a capitalised word of
// text[from:to] past its first: a name ("Pellham", "Brenlow").
func capitalisedStem(text string, from, to int, s string) bool {
	for k, w := range strings.Fields(text[from:to]) {
		w = strings.Trim(w, ",;:.“”\"'’()")
		if k == 0 || !startsUpper(w) {
			continue
		}
		if st, _ := contentStem(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))); st == s {
			return true
		}
	}
	return false
}
