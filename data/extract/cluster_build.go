package extract

import (
	"math"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// readMentions reads a's dated sentences as mentions of happenings,
// kept with the quotations a gave until every article is read: only
// then is it known which words are common to the corpus (see
// buildEvents).
func (x *extractor) readMentions(a *timeline.Article, r *reader, p *prep) {
	furniture, dates := p.furniture, p.dating
	var view string
	for _, c := range x.candidates(a, r, furniture, dates, p.subjects) {
		if view == "" {
			view = r.outer
		}
		x.pending = append(x.pending, x.mentionsOf(a, view, c)...)
	}
	if view != "" { // rec28o: see cluster_rec3.go
		x.readEchoes(a, r, p.echoes, dates, view)
	}
	if p.anchored != nil { // clu28g, rec28n: see cluster_anchor.go
		if view == "" {
			view = r.outer
		}
		x.readAnchored(a, r, furniture, dates, view, p.anchored)
	}
	if p.cameAfter != nil { // see cluster_came.go
		if view == "" {
			view = r.outer
		}
		x.readCameAfter(a, r, furniture, dates, view, p.cameAfter)
	}
	x.read = append(x.read, readArticle{a, slices.Clone(x.quoted), p.entityWords})
	x.quoted = x.quoted[:0]
}

// readArticle is an article read, with the quotations it gave and the
// words that may head its definite noun phrases (entityWords).
type readArticle struct {
	article     *timeline.Article
	quoted      []timeline.Quote
	entityWords []string
}

// buildEvents joins every mention, in the order read, to the event it
// reports (see bestJoin), or starts an event with it; then ties each
// article's statements to its events.
func (x *extractor) buildEvents(rep *Report) {
	x.resolveAnchored() // clu28g: see cluster_anchor.go
	entities := storyEntities(x.pending, x.read)
	var bare []*mention     // naming no one: they may only join (see cluster_bare.go)
	var pronouns []*mention // standing for whom the article named before: likewise (rec28n: see cluster_pronoun.go)
	x.pending = slices.DeleteFunc(x.pending, func(m *mention) bool {
		if x.resolveShort(m) {
			return false
		}
		if entities[m.head] && slices.ContainsFunc(m.stems, eventClass) && datesOwnClause(m.article.Text.Verbatim(), m.start, m.date) {
			// its subject is a story entity and it reports a news
			// action its date dates: a mention naming no one, read as
			// a group subject is (see cluster_entity.go)
			m.group, m.named, m.entity = true, false, m.head
			return false
		}
		if len(m.pronoun) > 0 {
			// its pronoun subject stands for whom the article named
			// just before: it may join their reports once they are all
			// joined (see cluster_pronoun.go)
			m.actors = m.pronoun
			pronouns = append(pronouns, m)
			return true
		}
		bare = append(bare, m)
		return true
	})
	x.placeAliases(x.pending, bare, pronouns) // rec28r: see cluster_rec4_alias.go
	x.pending = dropBoilerplate(x.pending)    // prec28: see cluster_boiler.go
	titleAhead(x.pending, bare, pronouns)     // perf28f: see perf_titles.go
	x.dateCounts = mentionsPerDate(x.pending)
	x.weights, x.dateWeights = stemWeights(x.pending), dateWeights(len(x.pending), x.dateCounts)
	x.agree = newAgreement(x.pending) // prec28: see cluster_agree.go
	for _, ms := range [][]*mention{x.pending, bare, pronouns} {
		for _, m := range ms {
			for _, st := range m.stems {
				if w := x.weights[st]; w >= minTelling {
					m.telling, m.weights = append(m.telling, st), append(m.weights, w)
				}
			}
		}
	}
	quotedIn := map[string][]timeline.Quote{}
	for _, r := range x.read {
		quotedIn[r.article.ID] = r.quoted
	}
	for k, m := range x.pending {
		m.event, m.read = -1, k
		j, ok := x.saidJoin(m, quotedIn[m.article.ID])
		if !ok {
			j, ok = x.bestJoin(m)
		}
		if ok {
			if j.same {
				continue // the article already reports it
			}
			x.join(m, j)
			m.event = j.event
			rep.Sources++
		} else if m.aside {
			continue // see mentionsOf: it starts no event
		} else {
			x.addEvent(x.newEvent(m), newExtractedCluster(m))
			m.event = len(x.parts.Events) - 1
			rep.Events++
		}
		x.clusters[m.event].grew = k
	}
	dropped := x.rejoinAlone(rep)
	x.rejoinUnweighed(rep, dropped)                                          // rec28m: see cluster_recjudge.go
	x.mergeSimilar(rep, dropped)                                             // clu28g: see cluster_merge.go
	x.rejoinLooseWeeks(rep, dropped)                                         // rec28o: see cluster_rec3_week.go
	x.pending = append(x.pending, x.joinPronouns(pronouns, dropped, rep)...) // rec28n: see cluster_pronoun.go
	x.pending = append(x.pending, x.joinBare(bare, dropped, rep)...)
	paired, dropped := x.pairBare(bare, dropped, rep) // rec28r: see cluster_rec4_bare.go
	x.pending = append(x.pending, paired...)
	x.dropEvents(dropped)
	sourcedIn := x.joinEchoes(rep) // rec28o: see cluster_rec3.go
	if sourcedIn == nil {
		sourcedIn = map[string][]sourced{}
	}
	for _, m := range x.pending {
		if m.event >= 0 {
			sourcedIn[m.article.ID] = append(sourcedIn[m.article.ID], sourced{m.event, m.start, m.end})
		}
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
	return idf(len(ms), df)
}

// idf weighs each key df counts in n mentions: log(n/df)/log(n), 1 for a
// key one mention holds, 0 for one every mention holds.
func idf[K comparable](n int, df map[K]int) map[K]float64 {
	w := make(map[K]float64, len(df))
	all := float64(max(n, 2))
	for k, d := range df {
		w[k] = math.Log(all/float64(d)) / math.Log(all)
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
	// "the most liberal justices since 1937", "the first time since
	// 2008": a date after "since" that a superlative measures against
	// dates no happening of the sentence, even alone
	groups = slices.DeleteFunc(groups, func(g []Date) bool {
		return !slices.ContainsFunc(g, func(d Date) bool {
			return (whenClause(view, d) || !measuredSince(view, d)) && !datesANoun(view[c.start:], d, c.start)
		})
	})
	if len(groups) > 1 {
		// "the most since World War II": a date after "since" is what the
		// sentence's own news is measured against, not a happening of its
		// own, once another date says when the news is
		kept := slices.DeleteFunc(slices.Clone(groups), func(g []Date) bool {
			return !slices.ContainsFunc(g, func(d Date) bool { return !afterSince(view, d) || whenClause(view, d) })
		})
		if len(kept) > 0 {
			groups = kept
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
			lo, hi = joinedClauses(view, lo, hi, g) // see cluster_clauses.go
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
		var antecedent *match
		stemsFrom := -1
		clause := false
		if rs, re, who, ok := relativeClause(view, c, lo, hi, first, last); ok && x.lx.actor(who.id).Kind == timeline.Person {
			// "Scalia, who died in February, …, the high court
			// deadlocked": the date dates the relative clause, of the
			// person before it; its words, and those that say who the
			// person is ("Brenlow's chief executive, Ruth Aldane, who
			// visited the pit on Wednesday"), are the mention's
			stemsFrom, lo, hi, antecedent = lo, rs, re, who
		} else if ns, ne, ok := nounClause(view, lo, hi, g, groups); ok {
			// prec28t: "the collapse that killed two dockers in March",
			// told in passing: it joins, never starts (prec5_relclause.go)
			lo, hi, clause = ns, ne, true
		} else if ns, ne, ok := possessedNounDate(view, lo, hi, g, groups); ok {
			// "his statement in March", told in passing: it joins,
			// never starts (passing_noun.go)
			lo, hi, clause = ns, ne, true
		}
		aside := clause
		if d := g[0]; afterSince(view, d) && whenClause(view, d) && (measuredSince(view, d) || len(groups) > 1) && lo <= d.Start && d.Start < hi {
			// "the deadliest since 1987, when six miners drowned", "on
			// Tuesday, … since 2009, when Sanders joined 89 senators":
			// the happening the date dates is the when-clause's (its
			// words from its subject on), not the main clause's, which
			// is measured against it or dated otherwise ("in place since
			// last Thursday, when crowds were gathered" keeps its own).
			// Told in passing, it only joins another outlet's report
			lo = d.End + strings.Index(view[d.End:], "when ") + len("when ")
			aside = true
		}
		m := &mention{article: a, outlet: a.Outlet, start: c.start, end: c.end, from: lo, to: hi, date: g[0], dates: g, all: c.dates,
			caption: c.caption, group: c.group, noun: c.event, head: c.head, aside: aside, pronoun: c.pronoun}
		m.named = !c.group
		for _, n := range c.names {
			if n.start >= lo && n.end <= hi && n.start < c.verb {
				m.named = true // a group subject that names who it is
			}
			if n.start >= lo && n.end <= hi && !slices.Contains(m.actors, n.id) {
				m.actors = append(m.actors, n.id)
			}
			if n.start >= lo && n.end <= hi && x.lx.actor(n.id).Kind == timeline.Person {
				m.people = append(m.people, n)
			}
		}
		if antecedent != nil {
			m.actors = append([]string{antecedent.id}, slices.DeleteFunc(m.actors, func(id string) bool { return id == antecedent.id })...)
			m.named = true
		}
		if len(m.actors) == 0 {
			m.actors = slices.Clone(c.actors)
		}
		if len(m.actors) > 0 {
			// "He died on Sunday at Dunmarrow General Hospital": whom its
			// pronoun subject stands for took part too (see cluster_pronoun.go)
			for _, id := range c.pronoun {
				if !slices.Contains(m.actors, id) {
					m.actors = append(m.actors, id)
				}
			}
		}
		for _, n := range c.short {
			if n.start >= lo && n.end <= hi {
				m.short = append(m.short, n)
			}
		}
		for _, n := range c.names {
			if n.start < lo && x.lx.actor(n.id).Kind == timeline.Person {
				m.subject = surname(x.lx.actor(n.id).Name)
				break
			}
		}
		if antecedent != nil {
			m.subject, m.relative = surname(x.lx.actor(antecedent.id).Name), true
		}
		m.stems = stemsOf(view, lo, hi, c.skip)
		wordsFrom := lo
		if stemsFrom >= 0 {
			wordsFrom = stemsFrom
			m.stems = stemsOf(view, stemsFrom, hi, c.skip)
		}
		m.described = descriptions(view, wordsFrom, hi, c.names)
		for _, d := range g {
			m.spans = append(m.spans, daysOf(d.From, d.To))
		}
		out = append(out, m)
	}
	return out
}

// relativeClause finds the relative clause a person's name and a comma
// open (", who") that holds a group of dates from first to last, within
// lo to hi of the candidate c, and ends at a comma or the end of the
// words: its verb's words (from after "who") and the person it tells of.
// A comma between "who" and the first date, or none after the last date
// before hi where more of the sentence follows, and the dates are not
// (or not only) the clause's: "Fiorina, who dropped out, spoke on
// Wednesday" dates the speaking.
func relativeClause(view string, c candidate, lo, hi, first, last int) (start, end int, who *match, ok bool) {
	if first < lo || last > hi || first > last {
		return 0, 0, nil, false
	}
	at := strings.LastIndex(view[lo:first], ", who ")
	if at < 0 {
		return 0, 0, nil, false
	}
	at += lo
	if strings.ContainsAny(view[at+len(", who "):first], ",;") {
		return 0, 0, nil, false
	}
	for k := range c.names {
		if n := &c.names[k]; n.end == at {
			who = n
		}
	}
	if who == nil || who.start < c.start {
		return 0, 0, nil, false
	}
	end = hi
	if i := strings.IndexAny(view[last:hi], ",;"); i >= 0 {
		end = last + i
	}
	return at + len(", who "), end, who, true
}

// surname is the last of name's words: a person's surname.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// afterSince reports whether the date phrase d opens with "since" or
// follows it: "since 1937", "since World War II".
func afterSince(view string, d Date) bool {
	if len(d.Phrase) >= 6 && strings.EqualFold(d.Phrase[:6], "since ") {
		return true
	}
	before := strings.TrimRight(view[:max(min(d.Start, len(view)), 0)], " ")
	return len(before) >= 5 && strings.EqualFold(before[len(before)-5:], "since") &&
		(len(before) == 5 || before[len(before)-6] == ' ' || before[len(before)-6] == '\n')
}

// whenClause reports whether the date phrase d is followed by a clause
// "when" opens: "since 1987, when six miners drowned", "on October 13,
// when the gang dumped the files". The clause tells what happened then,
// so a date that would be a baseline ("the deadliest since 1987") dates
// a happening after all.
func whenClause(view string, d Date) bool {
	if d.End < 0 || d.End > len(view) {
		return false
	}
	rest := view[d.End:min(len(view), d.End+8)]
	return strings.HasPrefix(rest, ", when ") || strings.HasPrefix(rest, " when ")
}

// measuredSince reports whether the date phrase d follows "since" after
// a superlative in its clause, within a few words: "the highest turnout
// since 1992", "the first such vote since March". Such a date is a
// baseline the sentence's news is measured against; "closed since
// Monday" still dates the closing.
func measuredSince(view string, d Date) bool {
	if !afterSince(view, d) {
		return false
	}
	start := max(min(d.Start, len(view)), 0)
	if len(d.Phrase) < 6 || !strings.EqualFold(d.Phrase[:6], "since ") {
		start = max(start-len("since "), 0) // the phrase follows "since"
	}
	ws := strings.Fields(view[max(0, start-80):start])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-8; k-- {
		w := strings.ToLower(strings.Trim(ws[k], "“”\"'’()"))
		if superlatives[w] {
			return true
		}
		if strings.ContainsAny(ws[k], ",;:.") {
			break // another clause
		}
	}
	return false
}

// datesANoun reports whether the date phrase d, in the sentence that
// starts at start (sentence is its text on), is a month or a weekday that
// a preposition inside the sentence puts before the noun it dates,
// with or without a determiner: "cuts ties with Iran over July
// cyberattack", "imposed sanctions on Friday over the July attack",
// "resigned after Tuesday vote". It dates that happening, named in
// passing, not what the sentence says was done; "After Tuesday vote, …"
// opening the sentence sets its scene.
func datesANoun(sentence string, d Date, start int) bool {
	at, end := d.Start-start, d.End-start
	if at <= 0 || end >= len(sentence) || sentence[end] != ' ' || strings.ContainsAny(d.Phrase, " ,") {
		return false
	}
	ws := strings.Fields(sentence[:at])
	if len(ws) > 0 && subjectDeterminers[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 || !nounPrepositions[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	after := strings.Fields(sentence[end:min(len(sentence), end+30)])
	return len(after) > 0 && datedNoun(d.Phrase, after[0]) && !timeOfDay[bareTime(after[0])] // "after Tuesday night" is a time
}

// nounPrepositions put a happening named in passing after a verb: "over
// July cyberattack", "after Tuesday vote".
var nounPrepositions = set(`over after before following amid despite about against since for from with`)

// superlatives measure a happening against others: "the most … since".
var superlatives = set(`most least first best worst highest lowest largest biggest smallest greatest fewest longest
	shortest deadliest strongest weakest fastest slowest closest earliest latest oldest youngest hottest coldest
	wettest driest heaviest lightest richest poorest widest narrowest steepest sharpest`)

// rejoinAlone gives each mention that started an event no other joined a
// second reading: mentions are joined in the order read, so one read
// before the reports that share most with it ("came the sale to
// Northwall Bank for 95 million florins", read before "agreed to buy …
// for 95 million florins") met an event that held too little of them.
// It joins the event it would join now, among those that grew after
// it was read, and its own event is marked dropped (see dropEvents).
func (x *extractor) rejoinAlone(rep *Report) []bool {
	dropped := make([]bool, len(x.clusters))
	for k, m := range x.pending {
		i := m.event
		if i < 0 || x.clusters[i].curated || len(x.clusters[i].mentions) != 1 || x.clusters[i].grew != k ||
			!slices.ContainsFunc(m.telling, func(s string) bool { return s[0] == '#' }) { // see firmJoin
			continue
		}
		j, ok := x.bestJoinAfter(m, k, i, dropped)
		if !ok {
			continue
		}
		x.join(m, j)
		m.event, dropped[i] = j.event, true
		rep.Sources++
		rep.Events--
	}
	return dropped
}

// dropEvents removes the events marked dropped, whose mentions joined
// others, and renumbers the rest. The indexes by actor and date are not
// renumbered: nothing reads them after.
func (x *extractor) dropEvents(dropped []bool) {
	if !slices.Contains(dropped, true) {
		return
	}
	at := make([]int, len(x.clusters)) // old index -> new
	n := 0
	for i := range x.clusters {
		at[i] = n
		if dropped[i] {
			delete(x.ids, x.parts.Events[i].ID)
			continue
		}
		x.parts.Events[n], x.clusters[n] = x.parts.Events[i], x.clusters[i]
		n++
	}
	x.parts.Events, x.clusters = x.parts.Events[:n], x.clusters[:n]
	for _, m := range x.pending {
		if m.event >= 0 {
			m.event = at[m.event]
		}
	}
}

// bestJoinAfter is bestJoin among the events other than own, not
// dropped, that a mention joined after the k-th was read.
func (x *extractor) bestJoinAfter(m *mention, k, own int, dropped []bool) (joinable, bool) {
	var best joinable
	found := false
	for _, d := range m.dates {
		for _, i := range x.candidateEvents(m, d) {
			if i == own || dropped[i] || x.clusters[i].grew <= k {
				continue
			}
			j, ok := x.judge(m, d, i)
			if !ok || j.same || !x.firmJoin(m, d, i, j) {
				continue
			}
			if !found || j.score > best.score {
				best, found = j, true
			}
		}
		if found {
			break
		}
	}
	return best, found
}

// firmJoin reports whether j, a join judge allowed of m, dated d, to
// event i, rests on firm ground for a second reading: m names one of the
// event's actors, rarely named, by a date that anchors nothing else (or
// m's subject is a group naming no one, which judge let join only on the
// very day and kind of happening), and
// shares with it a figure ("95 million", "46 percent") and words
// weighing minStrong in all. On PolNeAR, a second reading that asked
// less joined more wrong pairs of reports than right ones.
func (x *extractor) firmJoin(m *mention, d Date, i int, j joinable) bool {
	e, cl := &x.parts.Events[i], x.clusters[i]
	if !slices.ContainsFunc(m.actors, func(id string) bool { return slices.Contains(e.Actors, id) }) {
		// a group subject naming no one ("The 2,000-florin cap had been
		// in place since Thursday") joins on what judge asked of it
		// (agreeWithoutActors: the very same date, the kind of
		// happening) and on the figure and words below
		if len(m.actors) > 0 || !m.group || !sameEntity(m, cl) {
			return false
		}
	} else if x.weakFooting(m, d, e) != sound {
		return false
	}
	figure, weight := false, 0.0
	for k, s := range m.telling {
		if cl.holds(s) {
			weight += m.weights[k]
			figure = figure || s[0] == '#'
		}
	}
	return figure && weight >= minStrong
}
