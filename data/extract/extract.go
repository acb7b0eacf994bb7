package extract

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Options tune [Into].
type Options struct {
	// Furniture lists, per article id, byte ranges a curator marked as
	// page furniture; they are kept out of quotations and events like the
	// lines [FindFurniture] recognises.
	Furniture map[string][][2]int
	// Read, when not nil, is told after each article is read how many of
	// ids have been, on the goroutine calling Into.
	Read func(n int)
}

// Report counts what [Into] added.
type Report struct {
	Articles   int // articles read
	Quotes     int // quotations found and attributed
	Joined     int // of them, renderings that joined an existing statement
	Statements int // new statements
	Actors     int // new actors, for names nobody described
	Events     int // candidate events
	Sources    int // sentences added as sources of existing events
	Dates      int // date phrases listed
}

// Into reads the articles named by ids, which must be in parts, and adds
// to parts what it finds: quotations with their speakers and statements,
// new actors, mentions of every actor in those articles, and candidate
// events or further sources of existing ones. Every item is marked
// Extracted and cites the article's bytes. Into never fails: what it
// cannot attribute or date it leaves out.
func Into(parts *timeline.Parts, ids []string, opt Options) Report {
	x := &extractor{parts: parts, lx: newLexicon(parts.Actors), curated: newLexicon(parts.Actors), opt: opt}
	x.index()
	x.outletNames = newLexicon(nil)
	for _, o := range parts.Outlets {
		x.outletNames.addAlias(o.Name, "")
	}
	x.outlet("") // its names made before prepare reads them (readNames)
	var rep Report
	stop := make(chan struct{})
	defer close(stop)
	for p := range x.prepared(ids, stop) {
		a := p.article
		rep.Articles++
		r := newReader(x.lx, p, x.register(a, p.names, p.read))
		for _, q := range r.run() {
			x.addQuote(a, q, p.quoted(q.q), &rep)
		}
		x.mentions(a, r, p.furniture, p.blocked)
		x.listDates(a, p.dates, &rep)
		x.readMentions(a, r, p)
		if opt.Read != nil {
			opt.Read(rep.Articles)
		}
	}
	x.buildEvents(&rep)
	x.finishEvents()
	x.finishAttributions()
	rep.Actors = len(x.lx.actors) - x.lx.known
	// Known actors gained mentions; new ones are appended.
	copy(parts.Actors, x.lx.actors[:x.lx.known])
	parts.Actors = append(parts.Actors, x.lx.actors[x.lx.known:]...)
	return rep
}

// prep is what can be read from an article alone, before what it says is
// joined to the dataset: its furniture, paragraphs, words and names,
// quotations and date phrases.
type prep struct {
	article    *timeline.Article
	furniture  []Furniture
	paras      []paragraph
	nm         *namer
	names      []found
	read       namesRead // what register reads of names from the text (readNames)
	quotes     []quotation
	mask       []byte
	outerNames []name // the names outside quotations, as the reader reads them
	dates      []Date
	dating     []Date        // of dates, those that date (datingDates)
	echoes     []echoClause  // the sentences that may be echoes (echoClauses)
	subjects   []dateSubject // the subjects of dating's sentences (dateSubjects)
	issued     [][2]int      // where a document's issuer is named (issued)
	view       string        // mask, as a string
	// anchored: the phrases counted from a happening (anchoredPhrases),
	// not nil when the text may hold one (mayAnchor); cameAfter: the
	// matches of reCameAfter, not nil when it may hold one (countedFrom)
	anchored, cameAfter [][]int
	// inner and innerView: the text with the nested quotations masked,
	// when it has any (nestedMask)
	inner     []byte
	innerView string
	// wording holds, by the bytes each quotation quotes, what its
	// quote's ids, label and grouping read of its words
	wording     map[[2]int]wording
	blocked     [][2]int // the outlets' names in the text (AliasMatches)
	entityWords []string // the words that may head its definite noun phrases
}

// wording is what a quotation's words give its quote: the words its
// renderings are grouped by (words), the slug of its first four words,
// which its ids open with, and its first nine, a new statement's label.
type wording struct {
	words []string
	slug  string
	label string
}

// wordingOf reads a quotation's words, id and label from its text,
// which callers give cleaned (the article's Text sliced, as String
// gives it, as its span's text is): the label is shown and kept as ours.
func wordingOf(text string) wording {
	return wording{words: words(text), slug: slug(firstWords(text, 4)), label: firstWords(text, 9)}
}

// quoted returns q's wording, read in prepare.
func (p *prep) quoted(q quotation) wording {
	if w, ok := p.wording[[2]int{q.start, q.end}]; ok {
		return w
	}
	return wordingOf(p.article.Text[q.start:q.end].String())
}

// prepared reads the articles named by ids on every processor, a few
// ahead of the goroutine joining them to the dataset, and hands them
// over in the order of ids: extraction is the same on every run, and
// the reading that needs no other article's takes the other cores.
func (x *extractor) prepared(ids []string, stop <-chan struct{}) <-chan *prep {
	return inOrder(ids, x.article, x.prepare, stop)
}

// inOrder runs read over the articles named by ids on every processor
// and hands over what it returns in the order of ids, until stop is
// closed: then its goroutines end, read or not.
func inOrder(ids []string, article func(string) (*timeline.Article, bool), read func(*timeline.Article) *prep,
	stop <-chan struct{}) <-chan *prep {
	workers := max(1, runtime.GOMAXPROCS(0))
	type job struct {
		a   *timeline.Article
		out chan *prep
	}
	jobs := make(chan job)
	// order holds each article's answer in the order of ids; its buffer
	// bounds how far the readers run ahead of the join.
	order := make(chan chan *prep, 4*workers)
	go func() {
		defer close(jobs)
		defer close(order)
		for _, id := range ids {
			if a, ok := article(id); ok {
				out := make(chan *prep, 1) // its reader never waits
				select {
				case order <- out:
				case <-stop:
					return
				}
				select {
				case jobs <- job{a, out}:
				case <-stop:
					return
				}
			}
		}
	}()
	for range workers {
		go func() {
			for j := range jobs {
				j.out <- read(j.a)
			}
		}()
	}
	ch := make(chan *prep, 2*workers)
	go func() {
		defer close(ch)
		for out := range order {
			var p *prep
			select {
			case p = <-out:
			case <-stop:
				return
			}
			select {
			case ch <- p:
			case <-stop:
				return
			}
		}
	}()
	return ch
}

// prepare reads a alone. It must read nothing Into changes.
func (x *extractor) prepare(a *timeline.Article) *prep {
	text := a.Text.Verbatim()
	p := &prep{article: a, furniture: x.furniture(a), paras: paragraphs(text)}
	p.nm = newNamer(text, p.paras)
	for _, pa := range p.paras {
		if f, ok := furnitureOver(p.furniture, pa.start, pa.start, pa.end); ok && f.Kind != Caption {
			continue
		}
		p.names = append(p.names, p.nm.find(pa.start, pa.end)...)
	}
	p.read = readNames(text, p.names, x.outlet)
	p.quotes = findQuotations(text, p.paras, p.furniture)
	p.mask = masked(text, p.quotes)
	mask := string(p.mask)
	nv := namer{text: mask, lower: p.nm.lower, inside: p.nm.inside, surnames: p.nm.surnames, speaking: true,
		paras: unmasked(text, mask, p.paras, p.nm.paras)}
	p.outerNames = []name{}
	for _, pa := range p.paras {
		p.outerNames = append(p.outerNames, nv.find(pa.start, pa.end)...)
	}
	p.dates = FindDates(text, a.Published)
	p.dating = datingDates(p.dates)
	p.echoes = echoClauses(text, mask, p.mask, p.paras, p.furniture, p.dating)
	p.subjects = dateSubjects(text, p.mask, p.paras, p.furniture, p.dating)
	p.issued = issued(text)
	p.view = mask
	if mayAnchor(text) { // clu28g, rec28n: see cluster_anchor.go
		p.anchored = anchoredPhrases(text)
		if p.anchored == nil {
			p.anchored = [][]int{}
		}
	}
	if countedFrom(text) { // see cluster_came.go
		p.cameAfter = cameAfterMatches(text)
		if p.cameAfter == nil {
			p.cameAfter = [][]int{}
		}
	}
	if slices.ContainsFunc(p.quotes, func(q quotation) bool { return q.parent >= 0 }) {
		p.inner, p.innerView = nestedMask(text, p.quotes)
	}
	p.wording = make(map[[2]int]wording, len(p.quotes))
	for _, q := range p.quotes {
		p.wording[[2]int{q.start, q.end}] = wordingOf(a.Text[q.start:q.end].String())
	}
	for _, m := range x.outletNames.find(text, 0, len(text)) {
		p.blocked = append(p.blocked, [2]int{m.start, m.end})
	}
	p.entityWords = entityWords(text)
	return p
}

// unmasked returns the words of the paragraphs the mask leaves as they
// are (no quotation blanked, no no-break space), by paragraph start: the
// mask's words are the text's there, read once. A paragraph's words
// (tokens) are read from its bytes and the one before it, the line break
// that opens its first sentence; anything else is read again from the
// mask.
func unmasked(text, mask string, paras []paragraph, words map[int][]tok) map[int][]tok {
	out := make(map[int][]tok, len(paras))
	for _, pa := range paras {
		from := max(0, pa.start-1)
		if ts, ok := words[pa.start]; ok && text[from:pa.end] == mask[from:pa.end] {
			out[pa.start] = ts
		}
	}
	return out
}

type extractor struct {
	parts *timeline.Parts
	lx    *lexicon
	// curated finds the curated actors' aliases alone, which may be
	// lower-case ("the Albanian ambassador") and no name finder meets.
	curated *lexicon
	opt     Options
	// outletNames finds the outlets' names, which no actor's mention is
	// inside (mentions); made once, read by every article's prepare
	outletNames *lexicon

	ids      map[string]bool // every id in use, so new ones are unique
	next     map[string]int  // per id base, how many numbered ids were made
	articles map[string]int  // article id -> index in parts.Articles
	// statements holds, by statement id, its speaker and its place in
	// parts.Statements; groups indexes every statement's quotations.
	statements map[string]statementAt
	curatedIDs map[string]int // curated event id -> index, made on first use (see saidJoin)
	groups     *groups
	last       timeline.Quote // the previous quotation added
	lastAt     attributed
	// byActor lists, by actor id, the events naming it, in order; byMonth
	// by actor and then month, wideByActor those spanning years
	// (indexEvent).
	byActor, wideByActor map[string][]int
	byMonth              map[string]map[int][]int
	// byDate indexes events by their dates exactly, bareByDate those
	// that named no actor when indexed (indexDate)
	byDate, bareByDate map[dateSpan][]int
	clusters           []*cluster // parts.Events[i]'s is clusters[i]
	pending            []*mention // every mention read, to be joined
	read               []readArticle
	weights            map[string]float64   // by stem, see stemWeights
	dateWeights        map[dateSpan]float64 // see dateWeights
	dateCounts         map[dateSpan]int     // see mentionsPerDate
	agree              *agreement           // prec28: see cluster_agree.go
	// sourced and quoted are the sources and quotations the article
	// being read has given so far.
	sourced []sourced
	quoted  []timeline.Quote
	outlets map[string]bool // the outlets' names by nameKey, made on first use
	// namedIn counts, by person id, the articles that have named them in
	// full so far: a lone surname in another article is theirs only once
	// two have.
	namedIn map[string]int
	// echoes are the undated sentences of the articles read, by article
	// id, that may tell again a happening the article dates (rec28o: see
	// cluster_rec3.go)
	echoes map[string][]echo
}

type statementAt struct {
	speaker string
	order   int
}

func (x *extractor) index() {
	x.ids, x.next = map[string]bool{}, map[string]int{}
	x.articles = map[string]int{}
	for i, a := range x.parts.Articles {
		if _, dup := x.articles[a.ID]; !dup {
			x.articles[a.ID] = i
		}
	}
	x.statements, x.groups = map[string]statementAt{}, newGroups()
	for i, s := range x.parts.Statements {
		x.ids[s.ID] = true
		x.statements[s.ID] = statementAt{s.Speaker, i}
	}
	for _, q := range x.parts.Quotes {
		x.ids[q.ID] = true
		x.render(q, nil)
	}
	x.byActor, x.wideByActor, x.byMonth = map[string][]int{}, map[string][]int{}, map[string]map[int][]int{}
	x.byDate, x.bareByDate = map[dateSpan][]int{}, map[dateSpan][]int{}
	for i, e := range x.parts.Events {
		x.ids[e.ID] = true
		x.clusters = append(x.clusters, newCuratedCluster(&x.parts.Events[i]))
		x.indexEvent(i)
	}
}

// render indexes q, whose words are ws (nil: to be read), as a rendering
// of its statement.
func (x *extractor) render(q timeline.Quote, ws []string) {
	s, ok := x.statements[q.Statement]
	if !ok || s.speaker == x.lx.unknownID {
		return
	}
	if ws == nil {
		ws = words(q.Span.Text.String())
	}
	x.groups.add(s.speaker, rendered{statement: q.Statement, order: s.order, article: q.Span.Article, words: ws})
}

func (x *extractor) article(id string) (*timeline.Article, bool) {
	i, ok := x.articles[id]
	if !ok {
		return nil, false
	}
	return &x.parts.Articles[i], true
}

func (x *extractor) furniture(a *timeline.Article) []Furniture {
	fs := FindFurniture(a.Text.Verbatim())
	for _, r := range x.opt.Furniture[a.ID] {
		fs = append(fs, Furniture{Start: r[0], End: r[1], Kind: Boilerplate})
	}
	slices.SortStableFunc(fs, func(a, b Furniture) int { return a.Start - b.Start })
	return fs
}

// unique returns base, or base with a number, not yet in use. The next
// number to try is kept per base, so a thousand quotations opening with
// the same words cost no more than a thousand different ones.
func (x *extractor) unique(base string) string {
	id := base
	for x.ids[id] {
		x.next[base]++
		id = fmt.Sprintf("%s-%d", base, x.next[base]+1)
	}
	x.ids[id] = true
	return id
}

func (x *extractor) addQuote(a *timeline.Article, at attributed, w wording, rep *Report) {
	q := timeline.Quote{
		ID:        x.unique(a.ID + "-x-" + w.slug),
		Speaker:   at.speaker,
		Span:      spanOf(a, at.q.start, at.q.end),
		Extracted: true,
	}
	if at.attribution != [2]int{} {
		q.Attribution = spanOf(a, at.attribution[0], at.attribution[1])
	}
	ws := w.words
	q.Statement, q.Score = x.group(a, at, q, ws)
	if q.Statement == "" {
		q.Statement = x.unique(a.ID + "-x-" + w.slug + "-statement")
		q.Score = 1
		x.statements[q.Statement] = statementAt{q.Speaker, len(x.parts.Statements)}
		x.parts.Statements = append(x.parts.Statements, timeline.Statement{
			ID: q.Statement, Speaker: q.Speaker, Label: "“" + w.label + "”", Extracted: true,
		})
		rep.Statements++
	} else if !strings.HasPrefix(q.Statement, a.ID+"-x-") {
		rep.Joined++
	}
	x.render(q, ws)
	x.parts.Quotes = append(x.parts.Quotes, q)
	x.quoted = append(x.quoted, q)
	x.last, x.lastAt = q, at
	rep.Quotes++
}

// group finds the statement q renders: the best match by wording among
// the speaker's statements in other articles, else the statement of the
// quotation before it when only an attribution splits them.
func (x *extractor) group(a *timeline.Article, at attributed, q timeline.Quote, ws []string) (string, float64) {
	if q.Speaker == x.lx.unknownID {
		// nobody known said it: no other quotation renders the same words
	} else if best, score := x.groups.best(q.Speaker, a.ID, ws); best != "" {
		return best, score
	}
	if x.last.Span.Article == a.ID && x.last.Speaker == q.Speaker && splitBetween(a.Text.Verbatim(), x.lastAt.q, at) {
		return x.last.Statement, 1
	}
	return "", 0
}

// connectives may join two parts of one quotation: “…” and, therefore, “…”.
var connectives = map[string]bool{"and": true, "therefore": true, "but": true, "then": true, "adding": true, "while": true, "also": true}

// splitBetween reports whether two quotations of one paragraph are parts
// of one statement: only a connective stands between them, or the first
// one's attribution and the second has none of its own.
func splitBetween(text string, a quotation, at attributed) bool {
	b := at.q
	if a.para != b.para || a.parent >= 0 || b.parent >= 0 || b.open < a.close {
		return false
	}
	between := text[a.close:b.open]
	words := strings.FieldsFunc(between, func(r rune) bool { return strings.ContainsRune(" ,.;:", r) })
	if len(words) > 12 {
		return false
	}
	if len(speechVerbs([]byte(between), 0, len(between))) > 0 {
		// “…,” X said. “…”: the attribution ends its sentence
		return !at.own && strings.HasSuffix(strings.TrimSpace(between), ".")
	}
	for _, w := range words {
		if !connectives[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// mentions adds to every actor where a names it: the names the reader
// joined to it, outside page furniture other than captions and outlet
// names.
func (x *extractor) mentions(a *timeline.Article, r *reader, furniture []Furniture, blocked [][2]int) {
	// blocked is sorted, never overlapping
	for _, m := range r.men {
		i := sort.Search(len(blocked), func(i int) bool { return blocked[i][1] > m.start })
		if i < len(blocked) && blocked[i][0] < m.end && !(blocked[i][0] == m.start && blocked[i][1] == m.end) {
			continue // inside an outlet's name
		}
		if p := paragraphAt(r.paras, m.start, m.end); p >= 0 {
			if f, ok := furnitureOver(furniture, r.paras[p].start, m.start, m.end); ok && f.Kind != Caption {
				continue
			}
		}
		act := x.lx.actor(m.id)
		act.Mentions = append(act.Mentions, spanOf(a, m.start, m.end))
	}
}

// listDates lists every date phrase of a in the dataset, cited or not,
// so that what was read can be checked against the text.
func (x *extractor) listDates(a *timeline.Article, dates []Date, rep *Report) {
	for _, d := range dates {
		x.parts.Dates = append(x.parts.Dates, timeline.DatePhrase{Span: spanOf(a, d.Start, d.End), Date: d.From, End: d.To})
	}
	rep.Dates += len(dates)
}

// spanOf is the span of a's text from start to end, its ends moved
// inward to whole characters: the reader sees a no-break space as two
// spaces (see masked), so a span found in the mask can begin on the
// space's second byte, which is no character of the text.
func spanOf(a *timeline.Article, start, end int) timeline.Span {
	for start < end && !utf8.RuneStart(a.Text[start]) {
		start++
	}
	for end > start && end < len(a.Text) && !utf8.RuneStart(a.Text[end]) {
		end--
	}
	return timeline.Span{Article: a.ID, Start: start, End: end, Text: a.Text[start:end]}
}

// firstWords returns s's first n words, with an ellipsis if it has more.
func firstWords(s string, n int) string {
	var buf [10]string // the n+1 words read, on the stack for n < 10
	w := buf[:0]
	for f := range strings.FieldsSeq(s) {
		if len(w) == n {
			return strings.Join(w, " ") + "…"
		}
		w = append(w, f)
	}
	return strings.Join(w, " ")
}
